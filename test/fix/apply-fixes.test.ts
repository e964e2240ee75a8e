/** The pure fix applier: order, overlaps, identical fixes, line breaks, BOM, ranges that do not fit. */
import { describe, expect, it } from "vitest";
import type { Fix } from "../../rules/api/rule.js";
import { applyFixes, lineBreakOf } from "../../src/engine/apply-fixes.js";

/** A fix replacing [start, end) (UTF-16 offsets) with text; line and column are not used by the applier. */
function fix(start: number, end: number, text: string, description = `${start}-${end}`): Fix {
  const pos = (offset: number) => ({ line: 1, column: offset + 1, offset });
  return { description, file: "main.tf", replacements: [{ range: { start: pos(start), end: pos(end) }, text }] };
}

describe("applyFixes", () => {
  it("applies fixes in source order whatever order they come in", () => {
    const out = applyFixes("a = false\nb = false\n", [fix(14, 19, "true"), fix(4, 9, "true")]);
    expect(out.output).toBe("a = true\nb = true\n");
    expect(out.applied.map((f) => f.description)).toEqual(["4-9", "14-19"]);
    expect(out.deferred).toEqual([]);
  });

  it("defers a fix that overlaps or touches one applied, for the next pass", () => {
    const text = "abcdefghij";
    const out = applyFixes(text, [fix(2, 5, "X"), fix(4, 6, "Y"), fix(5, 5, "Z"), fix(8, 9, "W")]);
    expect(out.output).toBe("abXfghWj");
    expect(out.deferred.map((f) => f.description)).toEqual(["4-6", "5-5"]);
    // The next pass (on the new text, with fixes made for it) applies what waited.
    expect(applyFixes(out.output, [fix(3, 3, "Z")]).output).toBe("abXZfghWj");
  });

  it("defers the second of two insertions at one place", () => {
    const out = applyFixes("{}", [fix(1, 1, "a"), fix(1, 1, "b")]);
    expect(out.output).toBe("{a}");
    expect(out.deferred).toHaveLength(1);
  });

  it("applies identical fixes (one per module instance) once", () => {
    const out = applyFixes("x = false", [fix(4, 9, "true"), fix(4, 9, "true"), fix(4, 9, "true")]);
    expect(out.output).toBe("x = true");
    expect(out.applied).toHaveLength(1);
    expect(out.deferred).toEqual([]);
  });

  it("applies a fix with several replacements whole, or not at all", () => {
    const two: Fix = { ...fix(0, 1, "A"), replacements: [...fix(0, 1, "A").replacements, ...fix(4, 5, "E").replacements] };
    expect(applyFixes("abcdef", [two]).output).toBe("AbcdEf");
    // One of its replacements overlaps a fix taken before it: none of them is applied.
    const out = applyFixes("abcdef", [fix(0, 1, "_"), { ...two, replacements: [...fix(1, 2, "B").replacements, ...fix(4, 5, "E").replacements] }]);
    expect(out.output).toBe("_bcdef");
    expect(out.deferred).toHaveLength(1);
  });

  it("writes line breaks in a fix as the file has them", () => {
    expect(lineBreakOf("a\r\nb\n")).toBe("\r\n");
    expect(lineBreakOf("a\nb\r\n")).toBe("\n");
    expect(lineBreakOf("no break")).toBe("\n");
    const crlf = 'resource "a" "b" {\r\n  x = 1\r\n}\r\n';
    const at = crlf.indexOf("}");
    expect(applyFixes(crlf, [fix(at, at, "  y = 2\n")]).output).toBe('resource "a" "b" {\r\n  x = 1\r\n  y = 2\r\n}\r\n');
    const lf = 'resource "a" "b" {\n  x = 1\n}\n';
    expect(applyFixes(lf, [fix(lf.indexOf("}"), lf.indexOf("}"), "  y = 2\r\n")]).output).toBe('resource "a" "b" {\n  x = 1\n  y = 2\n}\n');
  });

  it("keeps the BOM and never edits it", () => {
    const text = "\uFEFFx = false\n";
    expect(applyFixes(text, [fix(5, 10, "true")]).output).toBe("\uFEFFx = true\n");
    const out = applyFixes(text, [fix(0, 1, "")]);
    expect(out.output).toBe(text);
    expect(out.invalid).toHaveLength(1);
  });

  it("refuses ranges that do not fit the text", () => {
    const text = "a\r\nb 😀 c";
    const emoji = text.indexOf("😀");
    const bad = [fix(0, 99, "x"), fix(3, 2, "x"), fix(2, 2, "x"), fix(emoji + 1, emoji + 2, "x"), fix(-1, 0, "x"), fix(0.5, 1, "x")];
    const out = applyFixes(text, bad);
    expect(out.output).toBe(text);
    expect(out.invalid).toHaveLength(bad.length);
    expect(applyFixes(text, [fix(emoji, emoji + 2, "🙂")]).output).toBe("a\r\nb 🙂 c");
  });

  it("returns the same text when there is nothing to apply", () => {
    const out = applyFixes("x = 1\n", []);
    expect(out).toEqual({ output: "x = 1\n", applied: [], deferred: [], invalid: [] });
  });
});
