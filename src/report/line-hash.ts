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
type Limbs = [number, number, number, number];

function toLimbs(value: bigint): Limbs {
  const mask = 0xffffn;
  return [Number(value & mask), Number((value >> 16n) & mask), Number((value >> 32n) & mask), Number((value >> 48n) & mask)];
}

/** 37^100 mod 2^64, negated mod 2^64: subtracting `begin·37^100` becomes adding `begin·NEG`. */
const NEGATED_DROP_FACTOR: Limbs = toLimbs(BigInt.asUintN(64, -(BigInt(BASE) ** BigInt(WINDOW))));

function hex(h: Limbs): string {
  const high = h[3] * 0x10000 + h[2];
  const low = h[1] * 0x10000 + h[0];
  return high === 0 ? low.toString(16) : high.toString(16) + low.toString(16).padStart(8, "0");
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

  const window = new Array<number>(WINDOW).fill(0);
  const lineAt = new Array<number>(WINDOW).fill(-1);
  const h: Limbs = [0, 0, 0, 0];
  const seen = new Map<string, number>();
  let index = 0;
  let lineNumber = 0;
  let atLineStart = true;
  let afterCR = false;
  let done = false;

  const emit = (): void => {
    const line = lineAt[index];
    lineAt[index] = -1;
    const value = hex(h);
    const count = (seen.get(value) ?? 0) + 1;
    seen.set(value, count);
    if (pending.has(line)) {
      out.set(line, `${value}:${count}`);
      pending.delete(line);
      if (pending.size === 0) done = true;
    }
  };

  const push = (c: number): void => {
    const dropped = window[index];
    window[index] = c;
    // h = 37·h + c − dropped·37^100  (mod 2^64)
    let t = BASE * h[0] + c + dropped * NEGATED_DROP_FACTOR[0];
    let carry = Math.floor(t / 0x10000);
    h[0] = t - carry * 0x10000;
    t = BASE * h[1] + dropped * NEGATED_DROP_FACTOR[1] + carry;
    carry = Math.floor(t / 0x10000);
    h[1] = t - carry * 0x10000;
    t = BASE * h[2] + dropped * NEGATED_DROP_FACTOR[2] + carry;
    carry = Math.floor(t / 0x10000);
    h[2] = t - carry * 0x10000;
    t = BASE * h[3] + dropped * NEGATED_DROP_FACTOR[3] + carry;
    h[3] = t % 0x10000;
    index = index + 1 === WINDOW ? 0 : index + 1;
  };

  const take = (code: number): void => {
    if (code === SPACE || code === TAB || (afterCR && code === LF)) {
      afterCR = false;
      return;
    }
    let c = code;
    if (c === CR) {
      c = LF;
      afterCR = true;
    } else {
      afterCR = false;
    }
    if (lineAt[index] !== -1) emit();
    if (atLineStart) {
      atLineStart = false;
      lineNumber++;
      lineAt[index] = lineNumber;
    }
    if (c === LF) atLineStart = true;
    push(c);
  };

  for (let i = 0; i < text.length && !done; i++) {
    take(text.charCodeAt(i));
  }
  if (!done) {
    take(END_OF_INPUT);
    for (let i = 0; i < WINDOW && !done; i++) {
      if (lineAt[index] !== -1) emit();
      push(0);
    }
  }
  return out;
}
