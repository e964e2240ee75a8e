/**
 * Turns UTF-16 offsets into `Pos` values (1-based line, 1-based column in
 * code points). Built once per file. A lookup costs O(1) for offsets asked
 * in order (the usual case) and O(log n) otherwise; columns after astral
 * characters come from a sorted list of surrogate pairs, so a 50 MB
 * single-line file costs no quadratic time whatever the order of lookups.
 */
import type { Pos, Range } from "../ast.js";

/** The number of entries of the ascending `list` that are below `value`. */
function countBelow(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class PositionIndex {
  /** Offset of the first character of each line. */
  private readonly lineStarts: number[] = [0];
  /** Offsets of the low surrogates that complete a pair: each makes one column fewer than offsets say. */
  private readonly astral: number[] = [];
  private lastLine = 0;
  private readonly length: number;

  constructor(source: string) {
    const n = source.length;
    this.length = n;
    for (let i = 0; i < n; i++) {
      const c = source.charCodeAt(i);
      if (c === 10) {
        this.lineStarts.push(i + 1);
      } else if (c === 13) {
        if (i + 1 < n && source.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = source.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i + 1);
          i++;
        }
      }
    }
  }

  /** The position of `offset` (clamped into the source). */
  pos(offset: number): Pos {
    const at = offset < 0 ? 0 : offset > this.length ? this.length : offset;
    const line = this.lineOf(at);
    const start = this.lineStarts[line];
    let column = at - start + 1;
    if (this.astral.length > 0) column -= countBelow(this.astral, at) - countBelow(this.astral, start);
    return { line: line + 1, column, offset: at };
  }

  range(start: number, end: number): Range {
    return { start: this.pos(start), end: this.pos(end) };
  }

  /** 0-based line of an offset; lookups mostly come in order, so the last answer is tried first. */
  private lineOf(offset: number): number {
    const starts = this.lineStarts;
    const last = this.lastLine;
    if (offset >= starts[last] && (last + 1 === starts.length || offset < starts[last + 1])) return last;
    const line = countBelow(starts, offset + 1) - 1;
    this.lastLine = line;
    return line;
  }
}
