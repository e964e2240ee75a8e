/**
 * The parser never throws and never overflows the stack: deep nesting up to
 * MAX_NESTING is parsed; deeper nesting stops with a located "Nesting too
 * deep" diagnostic; bad bytes and unterminated constructs give diagnostics
 * whose ranges lie inside the file. (Random mutations are in fuzz.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { MAX_NESTING } from "../../src/hcl/limits.js";
import { parseExpressionText, parseNative, parseTemplateText } from "../../src/hcl/parser.js";
import { toHclJson } from "../../src/hcl/tohcljson.js";
import type { HclFile } from "../../src/hcl/ast.js";
import { allRanges, rangeProblems } from "./parser-walk.js";

function problems(file: HclFile): string[] {
  return allRanges(file).flatMap((v) => rangeProblems(file.source, v));
}

/** Sources nested `n` levels deep in each construct that nests. */
const NESTERS: Record<string, (n: number) => string> = {
  tuples: (n) => "a = " + "[".repeat(n) + "]".repeat(n) + "\n",
  parentheses: (n) => "a = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n",
  objects: (n) => "a = " + "{a=".repeat(n) + "1" + "}".repeat(n) + "\n",
  blocks: (n) => "a {\n".repeat(n) + "}\n".repeat(n),
  "quoted templates": (n) => "a = " + '"${'.repeat(n) + "1" + '}"'.repeat(n) + "\n",
  heredocs: (n) =>
    "a = " +
    Array.from({ length: n }, (_, i) => `<<E${i}\n\${`).join("") +
    "1" +
    Array.from({ length: n }, (_, i) => `}\nE${n - 1 - i}\n`).join(""),
  directives: (n) => 'a = "' + "%{ if x }".repeat(n) + "%{ endif }".repeat(n) + '"\n',
  "unary operators": (n) => "a = " + "!".repeat(n) + "x\n",
  conditionals: (n) => "a = " + "x ? y : ".repeat(n) + "z\n",
  "function calls": (n) => "a = " + "f(".repeat(n) + ")".repeat(n) + "\n",
  "for expressions": (n) => "a = " + "[for x in ".repeat(n) + "y" + " : x]".repeat(n) + "\n",
  "full splats": (n) => "a = x" + "[*]".repeat(n) + "\n",
  "index keys": (n) => "a = x" + "[y".repeat(n) + "]".repeat(n) + "\n",
};

describe("deep nesting", () => {
  const generous = MAX_NESTING - 10;
  for (const [name, make] of Object.entries(NESTERS)) {
    it(`parses ${generous} nested ${name} and converts them`, () => {
      const file = parseNative(make(generous), "deep.tf");
      expect(file.diagnostics).toEqual([]);
      expect(() => JSON.stringify(toHclJson(file))).not.toThrow();
    });

    it(`stops 10,000 nested ${name} with a located diagnostic`, () => {
      const source = make(10_000);
      const file = parseNative(source, "deep.tf");
      const deep = file.diagnostics.filter((d) => d.summary === "Nesting too deep");
      expect(deep).toHaveLength(1);
      expect(deep[0].range.start.offset).toBeGreaterThan(MAX_NESTING - 10);
      expect(problems(file)).toEqual([]);
    });
  }

  it("handles 100,000 levels without a stack overflow", () => {
    const file = parseNative("a = " + "[".repeat(100_000), "deep.tf");
    expect(file.diagnostics.map((d) => d.summary)).toContain("Nesting too deep");
  });

  it("handles long flat chains without recursion limits", () => {
    const ops = parseNative("a = " + "x + ".repeat(20_000) + "x\n", "flat.tf");
    expect(ops.diagnostics).toEqual([]);
    const steps = parseNative("a = x" + ".y[0]".repeat(20_000) + "\n", "flat.tf");
    expect(steps.diagnostics).toEqual([]);
  });
});

describe("bad input", () => {
  const CASES: Record<string, string> = {
    "NUL bytes": "a = 1\0\0\nb = \"\0\"\n\0",
    "lone surrogates": 'a = "\uD800"\n\uDC00 = 1\nb\uD800c = 2\n',
    "replacement characters": "a = \uFFFD\n\uFFFD\n",
    "unterminated string": 'a = "abc',
    "unterminated string at end of line": 'a = "abc\nb = 1\n',
    "unterminated heredoc": "a = <<EOT\nline\n",
    "heredoc end marker without a newline": "a = <<EOT\nline\nEOT",
    "unterminated interpolation": 'a = "${var.x',
    "unterminated directive": 'a = "%{ if x }',
    "unterminated block comment": "a = 1\n/* never",
    "unclosed blocks": "a {\n b {\n",
    "unclosed collections": "a = [{(f(",
    "stray closers": ")]}~}\n}}\n",
    "only operators": "= = = + - * / % ? : => ... ::\n",
    "a lone carriage return": "a = 1\rb = 2\n",
    "control characters": "a = \x01\x02\x7f\n",
    "curly quotes": "a = \u201cx\u201d\n",
    "mixed garbage": '<<<<"${%{~}}"\\\\\u2028\uFEFF\t\x0b',
  };
  for (const [name, source] of Object.entries(CASES)) {
    it(`returns a tree and in-file diagnostics for ${name}`, () => {
      const file = parseNative(source, "bad.tf");
      expect(file.diagnostics.length).toBeGreaterThan(0);
      expect(problems(file)).toEqual([]);
      expect(() => toHclJson(file)).toThrow(/parse config/);
    });
  }

  it("reports NUL outside strings as an invalid character and accepts it inside", () => {
    const file = parseNative('a = "\0"\nb = 1\0\n', "nul.tf");
    // HCL also reports the NUL as a missing newline after `b = 1`; nothing on line 1.
    expect(file.diagnostics.map((d) => [d.summary, d.range.start.line])).toEqual([
      ["Invalid character", 2],
      ["Missing newline after argument", 2],
    ]);
  });

  it("never throws from the standalone entry points", () => {
    for (const text of ["${", "%{ if", "\\", "$", "a b c", "[", "\uD800", "<<EOT"]) {
      expect(() => parseTemplateText(text, "t")).not.toThrow();
      expect(() => parseExpressionText(text, "e")).not.toThrow();
    }
  });
});

describe("large input", () => {
  it("parses a multi-megabyte file", () => {
    const unit = 'resource "aws_instance" "web" {\n  ami  = "ami-${var.id}"\n  tags = { Name = "x", n = [1, 2, 3] }\n}\n';
    const source = unit.repeat(Math.ceil(4_000_000 / unit.length));
    const file = parseNative(source, "big.tf");
    expect(file.diagnostics).toEqual([]);
    expect(file.body.items.length).toBe(Math.ceil(4_000_000 / unit.length));
    const last = file.body.items[file.body.items.length - 1];
    expect(last.range.end.offset).toBe(source.length - 1);
  });
});
