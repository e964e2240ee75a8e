/**
 * Turns UTF-16 offsets into {@link Pos} values (1-based line, column in code
 * points) quickly: line starts are found once with `indexOf`, and columns are
 * plain subtraction unless the line holds astral characters.
 */
import type { Pos, Range } from "./ast.js";

const HAS_SURROGATE = /[\uD800-\uDFFF]/;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Maps offsets in one source string to positions. */
export class LineIndex {
  /** Offset at which each line starts; `lineStarts[0]` is 0. */
  private readonly lineStarts: number[];
  /** Offsets of low surrogates that complete a pair (they add no column), ascending. */
  private readonly astral: number[];
  private lastLine = 0;
  private readonly base: Pos;

  /**
   * @param source the text
   * @param base where offset 0 of `source` sits (for text embedded in a larger file)
   */
  constructor(source: string, base: Pos = { line: 1, column: 1, offset: 0 }) {
    this.base = base;
    this.lineStarts = findLineStarts(source);
    this.astral = [];
    if (HAS_SURROGATE.test(source)) {
      SURROGATE_PAIR.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SURROGATE_PAIR.exec(source)) !== null) this.astral.push(m.index + 1);
    }
  }

  /** Number of lines (a file without line breaks has one). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset of the first character of a 1-based line (relative to the source). */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? 0;
  }

  /** The position of an offset (0 ≤ offset ≤ source length). */
  pos(offset: number): Pos {
    const line = this.lineOf(offset);
    const start = this.lineStarts[line];
    let column = offset - start + 1;
    if (this.astral.length > 0) column -= this.countAstral(start, offset);
    if (line === 0) {
      return { line: this.base.line, column: column + this.base.column - 1, offset: offset + this.base.offset };
    }
    return { line: line + this.base.line, column, offset: offset + this.base.offset };
  }

  /** A range between two offsets. */
  range(start: number, end: number): Range {
    return { start: this.pos(start), end: this.pos(end) };
  }

  /** 0-based line index holding `offset`. Positions are asked for mostly in order, so try the last answer first. */
  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    let line = this.lastLine;
    if (offset >= starts[line]) {
      const next = starts[line + 1];
      if (next === undefined || offset < next) return line;
      const next2 = starts[line + 2];
      if (next2 === undefined || offset < next2) {
        this.lastLine = line + 1;
        return line + 1;
      }
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    line = lo;
    this.lastLine = line;
    return line;
  }

  /** How many pair-completing low surrogates lie in [from, to). */
  private countAstral(from: number, to: number): number {
    const a = this.astral;
    return lowerBound(a, to) - lowerBound(a, from);
  }
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
  if (source.indexOf("\r") < 0) {
    let i = source.indexOf("\n");
    while (i >= 0) {
      starts.push(i + 1);
      i = source.indexOf("\n", i + 1);
    }
    return starts;
  }
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
