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

const TWO_16 = 0x1_0000;
const TWO_32 = 0x1_0000_0000;

/**
 * −37^100 mod 2^64 as two 32-bit halves. With P(j) the hash of the first j
 * counted characters (no window), the hash of the 100 characters from p is
 * P(p + 100) − P(p)·37^100 = P(p + 100) + P(p)·DROP.
 */
const DROP = BigInt.asUintN(64, -(BigInt(BASE) ** BigInt(WINDOW)));
const DROP_HIGH = Number(DROP >> 32n);
const DROP_LOW = Number(DROP & 0xffff_ffffn);

/*
 * Scratch space shared by all calls (the function is synchronous and not
 * re-entrant): per line, where its window starts in the counted characters
 * and P there, then its hash. Grown by doubling, never shrunk, so a report
 * over thousands of files allocates it a handful of times.
 */
let lineCapacity = 0;
let lineStarts = new Int32Array(0);
let lineHighs = new Uint32Array(0);
let lineLows = new Uint32Array(0);

function reserveLines(count: number): void {
  if (count <= lineCapacity) return;
  lineCapacity = Math.max(count, lineCapacity * 2, 1024);
  lineStarts = new Int32Array(lineCapacity);
  lineHighs = new Uint32Array(lineCapacity);
  lineLows = new Uint32Array(lineCapacity);
}

/**
 * Hashes lines 1..`last` of `text` (fewer when the text has fewer lines)
 * into `lineHighs`/`lineLows` and returns how many were hashed.
 *
 * One pass over the text keeps P(j) in two 32-bit halves (every
 * intermediate value stays below 2^53, so plain numbers are exact and far
 * faster than BigInt). A line's P is noted where it starts and its hash is
 * finished 100 counted characters later, so the text is read once, up to
 * 100 counted characters past the start of line `last`.
 */
function hashLines(text: string, last: number): number {
  reserveLines(last);
  const starts = lineStarts;
  const highs = lineHighs;
  const lows = lineLows;
  let high = 0; // P(j), high half
  let low = 0; // P(j), low half
  let j = 0; // counted characters so far
  // Line 1 starts at the first counted character, where P is 0.
  starts[0] = 0;
  highs[0] = 0;
  lows[0] = 0;
  let started = 1;
  let done = 0;
  // Where line `done` gets its hash; -1 while no started line awaits one.
  let finishAt = WINDOW;

  const end = text.length;
  // The characters of the text, then the end-of-input marker, then zeros
  // (the `i >= end` steps; only WINDOW + 1 of them are ever needed).
  for (let i = 0; ; i++) {
    let c: number;
    if (i < end) {
      c = text.charCodeAt(i);
      if (c <= SPACE) {
        if (c === SPACE || c === TAB) continue;
        if (c === CR) {
          c = LF;
          if (i + 1 < end && text.charCodeAt(i + 1) === LF) i++;
        }
      }
    } else if (finishAt === -1) {
      return done; // every line has its hash, and none starts after the text
    } else c = i === end ? END_OF_INPUT : 0;

    if (j === finishAt) {
      // hash = P(j) + P(start)·DROP  (mod 2^64); the product in 16- and 32-bit pieces.
      const startHigh = highs[done];
      const startLow = lows[done];
      const x = (startLow & 0xffff) * DROP_LOW;
      const y = (startLow >>> 16) * DROP_LOW;
      const xLow = x >>> 0;
      const yLow = y % TWO_16;
      const productLowFull = xLow + yLow * TWO_16;
      const productLow = productLowFull >>> 0;
      const productHigh =
        (x - xLow) / TWO_32 +
        (y - yLow) / TWO_16 +
        (productLowFull - productLow) / TWO_32 +
        Math.imul(startHigh, DROP_LOW) +
        Math.imul(startLow, DROP_HIGH);
      const sumLow = low + productLow;
      const hashLow = sumLow >>> 0;
      highs[done] = (high + productHigh + (sumLow - hashLow) / TWO_32) >>> 0;
      lows[done] = hashLow;
      done++;
      if (done === last) return done;
      finishAt = done < started ? starts[done] + WINDOW : -1;
    }

    // P(j + 1) = 37·P(j) + c  (mod 2^64)
    const lowFull = BASE * low + c;
    const newLow = lowFull >>> 0;
    high = (Math.imul(BASE, high) + (lowFull - newLow) / TWO_32) >>> 0;
    low = newLow;
    j++;

    // The next line starts at the next counted character (the end-of-input
    // marker when nothing but spaces follows).
    if (c === LF && started < last) {
      starts[started] = j;
      highs[started] = high;
      lows[started] = low;
      if (finishAt === -1) finishAt = j + WINDOW;
      started++;
    }
  }
}

let primed = false;

/**
 * Hashes lines that take every branch of `hashLines` (spaces, tabs, CR and
 * CRLF line ends, lines longer than the window, the end of the text) before
 * the first real text. V8 optimises the loop while it hashes the first
 * file, with the feedback of that file alone; a branch taken only later (the
 * end of the text, a CR) threw the optimised code away, and the loop was
 * compiled four times in a run over the corpus.
 */
function primeHashLines(): void {
  if (primed) return;
  primed = true;
  // Long enough for V8 to give the function its feedback (a first short call collects none).
  const sample = `a \tb\r\nc\rd\n\n ${"e".repeat(120)}\n`.repeat(50);
  hashLines(sample, 400);
}

/*
 * Counting equal hashes: the wanted lines' distinct hashes in a table
 * chained from the low 16 bits of the hash, so that the many lines whose
 * hash no wanted line has are passed over with one lookup. Shared scratch,
 * cleared after each use.
 */
const firstEntry = new Int32Array(TWO_16);
const entryHighs: number[] = [0];
const entryLows: number[] = [0];
const entryCounts: number[] = [0];
const entryNext: number[] = [0];

function hex(high: number, low: number): string {
  return high === 0 ? low.toString(16) : high.toString(16) + low.toString(16).padStart(8, "0");
}

/** The table entry (1-based) holding a hash, or 0. */
function findEntry(high: number, low: number): number {
  let e = firstEntry[low & 0xffff];
  while (e !== 0 && (entryHighs[e] !== high || entryLows[e] !== low)) e = entryNext[e];
  return e;
}

/**
 * The line hashes of `text` for `lines` (1-based, ascending; repeats
 * allowed), in the same order; undefined for a line past the end of the
 * text. Hashing stops after the last line asked for, so a finding near the
 * top of a large file is cheap.
 */
export function lineHashList(text: string, lines: readonly number[]): (string | undefined)[] {
  primeHashLines();
  const out: (string | undefined)[] = new Array<string | undefined>(lines.length).fill(undefined);
  let first = 0;
  while (first < lines.length && lines[first] < 1) first++;
  if (first === lines.length) return out;
  // A text has at most one line more than it has characters.
  const count = hashLines(text, Math.min(lines[lines.length - 1], text.length + 1));

  // Entry 0 is "none".
  entryHighs.length = entryLows.length = entryCounts.length = entryNext.length = 1;
  for (let k = first; k < lines.length && lines[k] <= count; k++) {
    const high = lineHighs[lines[k] - 1];
    const low = lineLows[lines[k] - 1];
    if (findEntry(high, low) !== 0) continue;
    const e = entryHighs.length;
    entryHighs.push(high);
    entryLows.push(low);
    entryCounts.push(0);
    entryNext.push(firstEntry[low & 0xffff]);
    firstEntry[low & 0xffff] = e;
  }

  let k = first;
  const lastCounted = Math.min(lines[lines.length - 1], count);
  for (let line = 1; line <= lastCounted; line++) {
    const low = lineLows[line - 1];
    if (firstEntry[low & 0xffff] === 0) continue;
    const e = findEntry(lineHighs[line - 1], low);
    if (e === 0) continue;
    entryCounts[e]++;
    while (k < lines.length && lines[k] === line) out[k++] = `${hex(entryHighs[e], low)}:${entryCounts[e]}`;
  }

  for (let e = 1; e < entryLows.length; e++) firstEntry[entryLows[e] & 0xffff] = 0;
  return out;
}

/**
 * Computes the line hashes of `text` for the lines in `wanted` (1-based line
 * numbers) and returns them as `line → "hex:N"`. Lines past the end of the
 * text are absent from the map.
 */
export function lineHashes(text: string, wanted: Iterable<number>): Map<number, string> {
  const lines = [...new Set(wanted)].sort((a, b) => a - b);
  const hashes = lineHashList(text, lines);
  const out = new Map<number, string>();
  lines.forEach((line, k) => {
    const hash = hashes[k];
    if (hash !== undefined) out.set(line, hash);
  });
  return out;
}
