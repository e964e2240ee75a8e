import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lineHashList, lineHashes } from "../../src/report/line-hash.js";

/** All line hashes of a text, in line order. */
function allHashes(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/).length + 1;
  const map = lineHashes(text, Array.from({ length: lines }, (_, i) => i + 1));
  return [...map.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

/**
 * A second, deliberately naive implementation: for every line, hash the 100
 * significant characters that start there with BigInt arithmetic.
 */
function naive(text: string): string[] {
  const chars: number[] = [];
  const starts: number[] = [];
  let atStart = true;
  let afterCR = false;
  for (let i = 0; i <= text.length; i++) {
    // One end-of-input marker follows the text.
    let c = i < text.length ? text.charCodeAt(i) : 0xffff;
    if (c === 0x20 || c === 0x09 || (afterCR && c === 0x0a)) {
      afterCR = false;
      continue;
    }
    afterCR = c === 0x0d;
    if (c === 0x0d) c = 0x0a;
    if (atStart) {
      starts.push(chars.length);
      atStart = false;
    }
    if (c === 0x0a) atStart = true;
    chars.push(c);
  }
  const seen = new Map<string, number>();
  return starts.map((s) => {
    let h = 0n;
    for (let k = 0; k < 100; k++) h = BigInt.asUintN(64, h * 37n + BigInt(chars[s + k] ?? 0));
    const v = h.toString(16);
    const n = (seen.get(v) ?? 0) + 1;
    seen.set(v, n);
    return `${v}:${n}`;
  });
}

describe("lineHashes (GitHub primaryLocationLineHash)", () => {
  // Expected values published with GitHub's upload action's own tests.
  it("hashes the empty file", () => {
    expect(allHashes("")).toEqual(["c129715d7a2bc9a3:1"]);
  });

  it("ignores spaces and tabs", () => {
    expect(allHashes(" a\nb\n  \t\tc\n d")).toEqual([
      "271789c17abda88f:1",
      "54703d4cd895b18:1",
      "180aee12dab6264:1",
      "a23a3dc5e078b07b:1",
    ]);
  });

  it("treats LF, CR and CRLF alike", () => {
    const expected = [
      "e9496ae3ebfced30:1",
      "fb7c023a8b9ccb3f:1",
      "ce8ba1a563dcdaca:1",
      "e20e36e16fcb0cc8:1",
      "b3edc88f2938467e:1",
      "c8e28b0b4002a3a0:1",
      "c129715d7a2bc9a3:1",
    ];
    expect(allHashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n")).toEqual(expected);
    expect(allHashes(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r")).toEqual(expected);
    expect(allHashes(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n")).toEqual(expected);
    expect(allHashes(" hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n")).toEqual(expected);
  });

  it("numbers repeated hashes", () => {
    expect(allHashes("Lorem ipsum dolor sit amet.\n".repeat(10))).toEqual([
      "a7f2ff13bc495cf2:1",
      "a7f2ff13bc495cf2:2",
      "a7f2ff13bc495cf2:3",
      "a7f2ff13bc495cf2:4",
      "a7f2ff13bc495cf2:5",
      "a7f2ff13bc495cf2:6",
      "a7f2ff1481e87703:1",
      "a9cf91f7bbf1862b:1",
      "55ec222b86bcae53:1",
      "cc97dc7b1d7d8f7b:1",
      "c129715d7a2bc9a3:1",
    ]);
  });

  it("agrees with a naive BigInt implementation on arbitrary text", () => {
    const alphabet = fc.constantFrom("a", "b", " ", "\t", "\n", "\r", "é", "😀", "=", '"');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }).map((a) => a.join("")), (text) => {
        expect(allHashes(text)).toEqual(naive(text));
      }),
      { numRuns: 300 },
    );
  });

  it("returns only the lines asked for, and stops early without changing them", () => {
    const text = Array.from({ length: 500 }, (_, i) => `line ${i % 7}`).join("\n");
    const all = allHashes(text);
    const some = lineHashes(text, [3, 250]);
    expect([...some.keys()].sort((a, b) => a - b)).toEqual([3, 250]);
    expect(some.get(3)).toBe(all[2]);
    expect(some.get(250)).toBe(all[249]);
  });

  it("omits lines past the end", () => {
    expect(lineHashes("a\nb", [5]).size).toBe(0);
  });

  it("lineHashList answers repeated and past-the-end lines in the order asked", () => {
    // Lines 1 to 9 start the same 100 characters: their hashes are equal and numbered.
    const text = "x = 1\n".repeat(30);
    const all = allHashes(text);
    expect(all[2]).toMatch(/:3$/);
    expect(lineHashList(text, [0, 1, 3, 3, 4, 40])).toEqual([undefined, all[0], all[2], all[2], all[3], undefined]);
  });

  it("gives any subset of lines the values the whole text gives them", () => {
    const alphabet = fc.constantFrom("a", "b", " ", "\n", "\r", "x".repeat(120), "é");
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 300 }).map((a) => a.join("")),
        fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 8 }),
        (text, picked) => {
          const all = allHashes(text);
          const lines = [...picked].sort((a, b) => a - b);
          expect(lineHashList(text, lines)).toEqual(lines.map((l) => all[l - 1]));
        },
      ),
      { numRuns: 300 },
    );
  });
});
