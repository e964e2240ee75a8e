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

const TWO_32 = 0x1_0000_0000;

/**
 * −37^100 mod 2^64 as two 32-bit halves: removing the character that leaves
 * the window (`− dropped·37^100`) becomes adding `dropped·DROP`.
 */
const DROP = BigInt.asUintN(64, -(BigInt(BASE) ** BigInt(WINDOW)));
const DROP_HIGH = Number(DROP >> 32n);
const DROP_LOW = Number(DROP & 0xffff_ffffn);

function hex(high: number, low: number): string {
  return high === 0 ? low.toString(16) : high.toString(16) + low.toString(16).padStart(8, "0");
}

/**
 * Computes the line hashes of `text` for the lines in `wanted` (1-based line
 * numbers) and returns them as `line → "hex:N"`. Hashing stops after the
 * last wanted line, so a finding near the top of a large file is cheap.
 * Lines past the end of the text are absent from the map.
 */
export function lineHashes(text: string, wanted: Iterable<number>): Map<number, string> {
  const wantedLines = new Set(wanted);
  const out = new Map<number, string>();
  if (wantedLines.size === 0) return out;
  let lastWanted = 0;
  for (const line of wantedLines) if (line > lastWanted) lastWanted = line;

  // Pass 1: the hash of every line up to the last wanted one, as 32-bit halves.
  // The 64-bit arithmetic is done in two halves: every intermediate value stays
  // below 2^53, so plain numbers are exact (and far faster than BigInt).
  const highs: number[] = [];
  const lows: number[] = [];
  const window = new Uint16Array(WINDOW);
  const lineAt = new Int32Array(WINDOW).fill(-1);
  let high = 0;
  let low = 0;
  let index = 0;
  let lineNumber = 0;
  let atLineStart = true;
  let afterCR = false;
  const end = text.length;
  // The characters of the text (spaces and tabs skipped, line ends read as
  // LF), then one end-of-input marker, then zeros that flush the window.
  for (let i = 0; i <= end + WINDOW; i++) {
    let c: number;
    if (i < end) {
      c = text.charCodeAt(i);
      if (c <= SPACE) {
        if (c === SPACE || c === TAB || (afterCR && c === LF)) {
          afterCR = false;
          continue;
        }
        if (c === CR) {
          c = LF;
          afterCR = true;
        } else afterCR = false;
      } else afterCR = false;
    } else c = i === end ? END_OF_INPUT : 0;
    // The line that started WINDOW characters ago now has its hash.
    const started = lineAt[index];
    if (started !== -1) {
      lineAt[index] = -1;
      highs.push(high);
      lows.push(low);
      if (started === lastWanted) break;
    }
    if (atLineStart && i <= end) {
      atLineStart = false;
      lineNumber++;
      lineAt[index] = lineNumber;
    }
    if (c === LF) atLineStart = true;
    // hash = 37·hash + c − dropped·37^100  (mod 2^64)
    const dropped = window[index];
    window[index] = c;
    const lowFull = BASE * low + c + dropped * DROP_LOW;
    const newLow = lowFull >>> 0;
    high = (Math.imul(BASE, high) + Math.imul(dropped, DROP_HIGH) + (lowFull - newLow) / TWO_32) >>> 0;
    low = newLow;
    if (++index === WINDOW) index = 0;
  }

  // Pass 2: `:N` counts the lines so far with the same hash. Only the wanted
  // lines' hashes are counted; a table of their low 16 bits skips the others fast.
  const counts = new Map<number, { high: number; count: number }[]>();
  const maybe = new Uint8Array(0x10000);
  for (const line of wantedLines) {
    if (line < 1 || line > highs.length) continue;
    const l = lows[line - 1];
    const h = highs[line - 1];
    const entries = counts.get(l) ?? [];
    if (!entries.some((e) => e.high === h)) entries.push({ high: h, count: 0 });
    counts.set(l, entries);
    maybe[l & 0xffff] = 1;
  }
  const last = Math.min(lastWanted, highs.length);
  for (let line = 1; line <= last; line++) {
    const l = lows[line - 1];
    if (maybe[l & 0xffff] === 0) continue;
    const entry = counts.get(l)?.find((e) => e.high === highs[line - 1]);
    if (!entry) continue;
    entry.count++;
    if (wantedLines.has(line)) out.set(line, `${hex(entry.high, l)}:${entry.count}`);
  }
  return out;
}
