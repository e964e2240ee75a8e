/**
 * Turns UTF-16 offsets into `Pos` values (1-based line, 1-based column in
 * code points). Built once per file; lookups are O(1) on lines without
 * astral characters, which is nearly all of them, so a 50 MB single-line
 * JSON file does not cost quadratic time.
 */
import type { Pos, Range } from "../ast.js";

export class PositionIndex {
  /** Offset of the first character of each line. */
  private readonly lineStarts: number[] = [0];
  /** Lines (0-based) that contain a surrogate pair, where columns differ from offsets. */
  private readonly astralLines = new Set<number>();
  /** The last column computed on an astral line, to walk forward from. */
  private cursor = { line: -1, offset: 0, column: 1 };

  constructor(private readonly source: string) {
    const n = source.length;
    for (let i = 0; i < n; i++) {
      const c = source.charCodeAt(i);
      if (c === 10) {
        this.lineStarts.push(i + 1);
      } else if (c === 13) {
        if (i + 1 < n && source.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        this.astralLines.add(this.lineStarts.length - 1);
      }
    }
  }

  /** The position of `offset` (clamped into the source). */
  pos(offset: number): Pos {
    const at = Math.max(0, Math.min(offset, this.source.length));
    const line = this.lineOf(at);
    const start = this.lineStarts[line];
    if (!this.astralLines.has(line)) return { line: line + 1, column: at - start + 1, offset: at };
    let from = start;
    let column = 1;
    if (this.cursor.line === line && this.cursor.offset <= at) {
      from = this.cursor.offset;
      column = this.cursor.column;
    }
    const src = this.source;
    for (let i = from; i < at; i++) {
      const c = src.charCodeAt(i);
      // A high surrogate followed by a low one is a single code point.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < at) {
        const d = src.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      column++;
    }
    this.cursor = { line, offset: at, column };
    return { line: line + 1, column, offset: at };
  }

  range(start: number, end: number): Range {
    return { start: this.pos(start), end: this.pos(end) };
  }

  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
