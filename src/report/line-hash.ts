/**
 * `partialFingerprints.primaryLocationLineHash`, computed the way GitHub's
 * SARIF upload computes it when a result has none, so that the value we write
 * is the value GitHub would have written (a mismatch makes the upload warn).
 *
 * The scheme: every line gets a polynomial rolling hash (base 37, modulo
 * 2^64) of the 100 characters that start at the line's first character,
 * counting only characters that are not spaces or tabs, with `\r\n` and `\r`
 * read as `\n`. After the last character comes one end-of-input marker
 * (0xFFFF) and then zeros, so lines near the end still have 100 characters.
 * The hash is written in lowercase hex without leading zeros, followed by
 * `:N`, where N counts how many earlier lines (plus this one) had the same
 * hash. Characters are UTF-16 code units.
 */

const WINDOW = 100;
const BASE = 37;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const END_OF_INPUT = 0xffff;

/**
 * The 64-bit hash is kept as four 16-bit limbs (least significant first) so
 * that every intermediate product stays far below 2^53 and the arithmetic is
 * exact in plain numbers, which is much faster than BigInt.
 */
function toLimbs(value: bigint): [number, number, number, number] {
  const mask = 0xffffn;
  return [Number(value & mask), Number((value >> 16n) & mask), Number((value >> 32n) & mask), Number((value >> 48n) & mask)];
}

/** 37^100 mod 2^64, negated mod 2^64: subtracting `dropped·37^100` becomes adding `dropped·NEG`. */
const [N0, N1, N2, N3] = toLimbs(BigInt.asUintN(64, -(BigInt(BASE) ** BigInt(WINDOW))));

function hex(high: number, low: number): string {
  return high === 0 ? low.toString(16) : high.toString(16) + low.toString(16).padStart(8, "0");
}

/**
 * Counts hashes seen so far without turning each into a string: keyed by the
 * low 32 bits, then the high 32 bits.
 */
class HashCounter {
  private readonly byLow = new Map<number, number | Map<number, number>>();
  private readonly highOf = new Map<number, number>();

  /** Counts one more occurrence of (high, low) and returns the new count. */
  add(high: number, low: number): number {
    const entry = this.byLow.get(low);
    if (entry === undefined) {
      this.byLow.set(low, 1);
      this.highOf.set(low, high);
      return 1;
    }
    if (typeof entry === "number") {
      if (this.highOf.get(low) === high) {
        this.byLow.set(low, entry + 1);
        return entry + 1;
      }
      const split = new Map<number, number>([[this.highOf.get(low) as number, entry], [high, 1]]);
      this.byLow.set(low, split);
      return 1;
    }
    const count = (entry.get(high) ?? 0) + 1;
    entry.set(high, count);
    return count;
  }
}

/**
 * Computes the line hashes of `text` for the lines in `wanted` (1-based line
 * numbers) and returns them as `line → "hex:N"`. Hashing stops once every
 * wanted line is known, so a finding near the top of a large file is cheap.
 * Lines past the end of the text are absent from the map.
 */
export function lineHashes(text: string, wanted: Iterable<number>): Map<number, string> {
  const pending = new Set(wanted);
  const out = new Map<number, string>();
  if (pending.size === 0) return out;

  const window = new Uint16Array(WINDOW);
  const lineAt = new Int32Array(WINDOW).fill(-1);
  let h0 = 0;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  const counter = new HashCounter();
  let index = 0;
  let lineNumber = 0;
  let atLineStart = true;
  let afterCR = false;

  /** Records the hash of the line that started WINDOW characters ago; true when every wanted line is known. */
  const emit = (): boolean => {
    const line = lineAt[index];
    lineAt[index] = -1;
    const high = h3 * 0x10000 + h2;
    const low = h1 * 0x10000 + h0;
    const count = counter.add(high, low);
    if (pending.has(line)) {
      out.set(line, `${hex(high, low)}:${count}`);
      pending.delete(line);
    }
    return pending.size === 0;
  };

  // h = 37·h + c − dropped·37^100  (mod 2^64), limb by limb with carries.
  const push = (c: number): void => {
    const dropped = window[index];
    window[index] = c;
    let t = BASE * h0 + c + dropped * N0;
    let carry = Math.floor(t / 0x10000);
    h0 = t - carry * 0x10000;
    t = BASE * h1 + dropped * N1 + carry;
    carry = Math.floor(t / 0x10000);
    h1 = t - carry * 0x10000;
    t = BASE * h2 + dropped * N2 + carry;
    carry = Math.floor(t / 0x10000);
    h2 = t - carry * 0x10000;
    t = BASE * h3 + dropped * N3 + carry;
    h3 = t % 0x10000;
    index = index + 1 === WINDOW ? 0 : index + 1;
  };

  /** Feeds one UTF-16 code unit; true when every wanted line is known. */
  const take = (code: number): boolean => {
    if (code === SPACE || code === TAB || (afterCR && code === LF)) {
      afterCR = false;
      return false;
    }
    let c = code;
    if (c === CR) {
      c = LF;
      afterCR = true;
    } else {
      afterCR = false;
    }
    if (lineAt[index] !== -1 && emit()) return true;
    if (atLineStart) {
      atLineStart = false;
      lineNumber++;
      lineAt[index] = lineNumber;
    }
    if (c === LF) atLineStart = true;
    push(c);
    return false;
  };

  for (let i = 0; i < text.length; i++) if (take(text.charCodeAt(i))) return out;
  if (take(END_OF_INPUT)) return out;
  for (let i = 0; i < WINDOW; i++) {
    if (lineAt[index] !== -1 && emit()) return out;
    push(0);
  }
  return out;
}
