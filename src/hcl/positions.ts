/**
 * Turns UTF-16 offsets into {@link Pos} values (1-based line, column in code
 * points) quickly: line starts are found once with `indexOf`, and columns are
 * plain subtraction unless the line holds astral characters. Every layer
 * that needs positions uses this one index, built once per text
 * ({@link lineIndexOf}), so that all of them agree on what a line is.
 */
import type { Pos, Range } from "./ast.js";

const HAS_SURROGATE = /[\uD800-\uDFFF]/;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
const BEYOND = 0x7fffffff;
const LONE_CR = /\r(?!\n)/;
const ORIGIN: Pos = { line: 1, column: 1, offset: 0 };

/**
 * Maps offsets in one source string to positions. Line breaks are `\n`,
 * `\r\n` and a lone `\r`; a surrogate pair is one column.
 */
export class LineIndex {
  /** The text the index describes. */
  readonly source: string;
  /** Offset at which each line starts, then two sentinels larger than any offset. */
  private readonly starts: Int32Array;
  private readonly lines: number;
  /** Offsets of low surrogates that complete a pair (they add no column), ascending. */
  private readonly astral: number[];
  private lastLine = 0;
  private readonly baseLine: number;
  private readonly baseColumn: number;
  private readonly baseOffset: number;

  /**
   * @param source the text
   * @param base where offset 0 of `source` sits (for text embedded in a larger file)
   */
  constructor(source: string, base: Pos = ORIGIN) {
    this.source = source;
    this.baseLine = base.line;
    this.baseColumn = base.column;
    this.baseOffset = base.offset;
    const starts = findLineStarts(source);
    this.lines = starts.length;
    this.starts = new Int32Array(starts.length + 2);
    this.starts.set(starts);
    this.starts[starts.length] = BEYOND;
    this.starts[starts.length + 1] = BEYOND;
    this.astral = [];
    if (HAS_SURROGATE.test(source)) {
      SURROGATE_PAIR.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SURROGATE_PAIR.exec(source)) !== null) this.astral.push(m.index + 1);
    }
  }

  /** Number of lines (a file without line breaks has one; a final line break starts an empty last line). */
  get lineCount(): number {
    return this.lines;
  }

  /**
   * Offset (relative to the source) of the first character of a 1-based
   * line; a line past the last starts at the end of the text.
   */
  lineStart(line: number): number {
    if (line > this.lines) return this.source.length;
    return line >= 1 ? this.starts[line - 1] : 0;
  }

  /** The position of an offset; offsets outside the text are clamped to it. */
  pos(offset: number): Pos {
    if (offset < 0) offset = 0;
    else if (offset > this.source.length) offset = this.source.length;
    const starts = this.starts;
    let line = this.lastLine;
    // Positions are asked for mostly in order: try the last line and the next first.
    if (offset < starts[line] || offset >= starts[line + 1]) {
      if (offset >= starts[line + 1] && offset < starts[line + 2]) line++;
      else line = this.search(offset);
      this.lastLine = line;
    }
    const start = starts[line];
    let column = offset - start + 1;
    if (this.astral.length > 0) column -= this.countAstral(start, offset);
    if (line === 0) {
      return { line: this.baseLine, column: column + this.baseColumn - 1, offset: offset + this.baseOffset };
    }
    return { line: line + this.baseLine, column, offset: offset + this.baseOffset };
  }

  /** The offset a position at `offset` of this text has (texts embedded in a file start later). */
  offsetOf(offset: number): number {
    return offset + this.baseOffset;
  }

  /** A range between two offsets; its positions are worked out when read (see {@link SourceRange}). */
  range(start: number, end: number): Range {
    return new SourceRange(this, start, end);
  }

  /** A range between two offsets as a plain object, its positions worked out now. */
  plainRange(start: number, end: number): Range {
    return { start: this.pos(start), end: this.pos(end) };
  }

  /** Whether this index describes all of `source`, from line 1, column 1, offset 0. */
  describesWhole(source: string): boolean {
    return this.source === source && this.baseOffset === 0 && this.baseLine === 1 && this.baseColumn === 1;
  }

  /** 0-based index of the line holding `offset`. */
  private search(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = this.lines - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** How many pair-completing low surrogates lie in [from, to). */
  private countAstral(from: number, to: number): number {
    const a = this.astral;
    return lowerBound(a, to) - lowerBound(a, from);
  }
}

/** Anything that holds a file's text: a parsed file, a config file, an editor document. */
export interface HasSource {
  readonly source: string;
}

/**
 * Indexes per text holder. Weak, so an index lives as long as its file; a
 * parser's tree already holds the index through its ranges, so sharing it
 * costs nothing.
 */
const indexes = new WeakMap<HasSource, LineIndex>();

/**
 * The line index of a file's text, built on first use and kept as long as
 * the file object lives (rebuilt if the object's text has changed).
 */
export function lineIndexOf(file: HasSource): LineIndex {
  const known = existingLineIndexOf(file);
  if (known !== undefined) return known;
  const built = new LineIndex(file.source);
  indexes.set(file, built);
  return built;
}

/** The index {@link lineIndexOf} would give for `file` when one is already there; none is built. */
export function existingLineIndexOf(file: HasSource): LineIndex | undefined {
  const known = indexes.get(file);
  if (known !== undefined && known.source === file.source) return known;
  // A parsed file's body reads its positions from the parser's index: found there, no table entry is needed.
  const range = (file as { readonly body?: { readonly range?: Range } }).body?.range;
  const lines = range === undefined ? undefined : SourceRange.linesOf(range);
  return lines !== undefined && lines.describesWhole(file.source) ? lines : undefined;
}

/**
 * Lets {@link lineIndexOf} answer for `file` with the index its parser has
 * already built, when that index covers the file's whole text. Returns `file`.
 */
export function shareLineIndex<T extends HasSource>(file: T, lines: LineIndex): T {
  if (lines.describesWhole(file.source)) indexes.set(file, lines);
  return file;
}

function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Line starts for line breaks `\n`, `\r\n` and a lone `\r`. */
function findLineStarts(source: string): number[] {
  const starts = [0];
  let i = source.indexOf("\n");
  while (i >= 0) {
    starts.push(i + 1);
    i = source.indexOf("\n", i + 1);
  }
  // Carriage returns are almost always part of \r\n, which is already counted.
  if (!LONE_CR.test(source)) return starts;
  const all = [0];
  const n = source.length;
  for (let j = 0; j < n; j++) {
    const c = source.charCodeAt(j);
    if (c === 10) all.push(j + 1);
    else if (c === 13) {
      if (source.charCodeAt(j + 1) === 10) j++;
      all.push(j + 1);
    }
  }
  return all;
}

/**
 * A range that keeps two offsets and works its positions out when they are
 * read. A syntax tree holds one range or more per node and most are never
 * read: three objects per range (the range and two positions) made ranges
 * most of a tree's memory, and trees live long enough, while their module is
 * linted, for the garbage collector to copy them.
 *
 * It reads like any other `Range`; `toJSON` gives the plain form. Its fields
 * are private, so a structured clone (a message to a worker thread) would
 * lose them: `plainRange` first.
 */
export class SourceRange implements Range {
  readonly #lines: LineIndex;
  readonly #from: number;
  readonly #to: number;

  constructor(lines: LineIndex, from: number, to: number) {
    this.#lines = lines;
    this.#from = from;
    this.#to = to;
  }

  get start(): Pos {
    return this.#lines.pos(this.#from);
  }

  get end(): Pos {
    return this.#lines.pos(this.#to);
  }

  toJSON(): Range {
    return { start: this.start, end: this.end };
  }

  /** The index a `SourceRange` reads its positions from (its parser's, for a parsed node); undefined for a plain range. */
  static linesOf(range: Range): LineIndex | undefined {
    return range instanceof SourceRange ? range.#lines : undefined;
  }

  /** `range.start.offset`, without working out the position for a `SourceRange`. */
  static startOffset(range: Range): number {
    return range instanceof SourceRange ? range.#lines.offsetOf(range.#from) : range.start.offset;
  }

  /** `range.end.offset`, without working out the position for a `SourceRange`. */
  static endOffset(range: Range): number {
    return range instanceof SourceRange ? range.#lines.offsetOf(range.#to) : range.end.offset;
  }

  /** From the start of `a` to offset `to` of `lines`. */
  static until(a: Range, lines: LineIndex, to: number): Range {
    if (a instanceof SourceRange && a.#lines === lines) return new SourceRange(lines, a.#from, to);
    return { start: a.start, end: lines.pos(to) };
  }

  /** From offset `from` of `lines` to the end of `b`. */
  static after(lines: LineIndex, from: number, b: Range): Range {
    if (b instanceof SourceRange && b.#lines === lines) return new SourceRange(lines, from, b.#to);
    return { start: lines.pos(from), end: b.end };
  }

  /**
   * From the start of `a` to the end of `b`: a `SourceRange` when both are
   * ranges of the same text, else a plain range.
   */
  static span(a: Range, b: Range): Range {
    if (a instanceof SourceRange && b instanceof SourceRange && a.#lines === b.#lines) return new SourceRange(a.#lines, a.#from, b.#to);
    return { start: a.start, end: b.end };
  }
}

/** A range as a plain object (positions copied), for cloning or comparing. */
export function plainRange(range: Range): Range {
  const { start, end } = range;
  return { start: { line: start.line, column: start.column, offset: start.offset }, end: { line: end.line, column: end.column, offset: end.offset } };
}
