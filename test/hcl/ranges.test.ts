/**
 * Source ranges: for nodes of every kind, the range covers exactly the
 * node's text, and every line/column agrees with its offset (lines end at
 * \n, \r\n or a lone \r; columns count code points, so an emoji is one
 * column and two UTF-16 units, a combining accent is a column of its own).
 */
import { describe, expect, it } from "vitest";
import { parseNative, parseExpressionText, parseTemplateText } from "../../src/hcl/parser.js";
import { SourceRange, plainRange } from "../../src/hcl/positions.js";
import type { HclFile } from "../../src/hcl/ast.js";
import { allRanges, rangeProblems, slowPos, textOf } from "./parser-walk.js";
import type { Visit } from "./parser-walk.js";

const LINES = [
  "# comment 😀",
  'resource "aws_instance" "wéb" {',
  '\tami   = "ami-${var.x}-é"',
  "  count = 1 + 2 * 3",
  '  tags  = { Name = "😀x", (k) = [1, 2.5e3, true, null], "q": e\u0301 }',
  "  v     = var.a.b[0].c[*].d",
  "  s     = var.l.*.id",
  "  n     = x[*].y[*].z",
  "  f     = provider::aws::arn(x...)",
  "  h     = <<-EOT",
  "    héllo ${name}",
  "    %{ if a }yes%{ else }no%{ endif }",
  "    %{ for k, v in m ~}${k}%{ endfor }",
  "    EOT",
  "  c     = a ? b : c",
  "  u     = !a && -b < 2",
  '  fe    = [for k, v in m : v if k != "😀"]',
  "  fo    = {for k, v in m : k => v... }",
  "  p     = (e\u0301 + 1) /* 😀 */",
  "  i     = x.0",
  "  lifecycle { create_before_destroy = true } // 🚀",
  "}",
  "",
];

function parse(eol: string): { source: string; file: HclFile; visits: Visit[] } {
  const source = LINES.join(eol);
  const file = parseNative(source, "ranges.tf");
  return { source, file, visits: allRanges(file) };
}

/** Texts that some node of kind `what` must cover exactly. */
const EXPECTED: ReadonlyArray<readonly [string, string]> = [
  ["Block", LINES.slice(1, 22).join("\n")],
  ["Block.typeRange", "resource"],
  ["BlockLabel", '"aws_instance"'],
  ["BlockLabel", '"wéb"'],
  ["Block.openBraceRange", "{"],
  ["Block.closeBraceRange", "}"],
  ["Attribute", 'ami   = "ami-${var.x}-é"'],
  ["Attribute.nameRange", "ami"],
  ["Template", '"ami-${var.x}-é"'],
  ["TemplateLiteral", "ami-"],
  ["TemplateInterpolation", "${var.x}"],
  ["GetAttr", "var.x"],
  ["GetAttr.nameRange", "x"],
  ["Variable", "var"],
  ["Binary", "1 + 2 * 3"],
  ["Binary", "2 * 3"],
  ["Binary.opRange", "+"],
  ["Literal", "2.5e3"],
  ["Literal", "null"],
  ["Object", '{ Name = "😀x", (k) = [1, 2.5e3, true, null], "q": e\u0301 }'],
  ["ObjectItem", 'Name = "😀x"'],
  ["ObjectItem", '"q": e\u0301'],
  ["Variable", "e\u0301"],
  ["Parentheses", "(k)"],
  ["Tuple", "[1, 2.5e3, true, null]"],
  ["Splat", "var.a.b[0].c[*].d"],
  ["SplatStep.GetAttr", ".d"],
  ["Index", "var.a.b[0]"],
  ["Splat", "var.l.*.id"],
  ["SplatStep.GetAttr", ".id"],
  ["Splat", "x[*].y[*].z"],
  ["NestedSplat", "[*].z"],
  ["FunctionCall", "provider::aws::arn(x...)"],
  ["FunctionCall.nameRange", "provider::aws::arn"],
  ["Template", LINES.slice(9, 14).join("\n").slice("  h     = ".length)],
  ["TemplateInterpolation", "${name}"],
  ["TemplateIf", "%{ if a }yes%{ else }no%{ endif }"],
  ["TemplateFor", "%{ for k, v in m ~}${k}%{ endfor }"],
  ["Conditional", "a ? b : c"],
  ["Unary", "!a"],
  ["Unary", "-b"],
  ["Binary", "!a && -b < 2"],
  ["For", '[for k, v in m : v if k != "😀"]'],
  ["For", "{for k, v in m : k => v... }"],
  ["Parentheses", "(e\u0301 + 1)"],
  ["Index", "x.0"],
  ["Attribute", "create_before_destroy = true"],
  ["Comment", "# comment 😀"],
  ["Comment", "/* 😀 */"],
  ["Comment", "// 🚀"],
];

describe("ranges", () => {
  for (const [eolName, eol] of [
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ] as const) {
    describe(`with ${eolName} line endings`, () => {
      const { source, file, visits } = parse(eol);

      it("parses without diagnostics", () => {
        expect(file.diagnostics).toEqual([]);
      });

      it("gives every range a line and column that agree with its offset", () => {
        const problems = visits.flatMap((v) => rangeProblems(source, v));
        expect(problems).toEqual([]);
        expect(visits.length).toBeGreaterThan(100);
      });

      for (const [what, text] of EXPECTED) {
        const want = text.split("\n").join(eol);
        it(`covers exactly ${JSON.stringify(want)} with a ${what}`, () => {
          const texts = visits.filter((v) => v.what === what).map((v) => textOf(source, v.range));
          expect(texts).toContain(want);
        });
      }

      it("counts a tab as one column", () => {
        const ami = visits.find((v) => v.what === "Attribute.nameRange" && textOf(source, v.range) === "ami")!;
        expect(ami.range.start).toMatchObject({ line: 3, column: 2 });
      });

      it("counts an emoji as one column and two offsets", () => {
        const literal = visits.find((v) => v.what === "TemplateLiteral" && textOf(source, v.range) === "😀x")!;
        expect(literal.range.end.column - literal.range.start.column).toBe(2);
        expect(literal.range.end.offset - literal.range.start.offset).toBe(3);
      });

      it("counts a combining accent as a column of its own", () => {
        const e = visits.find((v) => v.what === "Variable" && textOf(source, v.range) === "e\u0301" && v.range.start.line === 19)!;
        expect(e.range.end.column - e.range.start.column).toBe(2);
        const one = visits.find((v) => v.what === "Literal" && v.range.start.line === 19)!;
        // "  p     = (e\u0301 + 1": the 1 is the 17th code point of the line.
        expect(one.range.start.column).toBe(17);
      });

      it("puts the body of the whole file from the start to the end", () => {
        expect(file.body.range.start).toEqual({ line: 1, column: 1, offset: 0 });
        expect(file.body.range.end).toEqual(slowPos(source, source.length));
      });
    });
  }

  it("treats a lone carriage return as a line break", () => {
    const source = "a = 1 # one\rtwo\nb = 2\n";
    const file = parseNative(source, "cr.tf");
    const b = file.body.items[1];
    expect(b.range.start).toEqual({ line: 3, column: 1, offset: source.indexOf("b") });
    expect(allRanges(file).flatMap((v) => rangeProblems(source, v))).toEqual([]);
  });

  it("keeps offsets of text after a byte order mark", () => {
    const source = "\uFEFFa = 1\n";
    const file = parseNative(source, "bom.tf");
    expect(file.diagnostics).toEqual([]);
    expect(file.body.items[0].range.start).toEqual({ line: 1, column: 2, offset: 1 });
  });

  it("gives ranges of diagnostics at the offending token", () => {
    // The operand after `+` is missing: HCL reports the newline where it should start.
    const source = 'a = "😀" +\nb = 1\n';
    const file = parseNative(source, "bad.tf");
    const invalid = file.diagnostics.find((d) => d.summary === "Invalid expression")!;
    expect(textOf(source, invalid.range)).toBe("\n");
    expect(plainRange(invalid.range)).toEqual({ start: { line: 1, column: 10, offset: 10 }, end: { line: 2, column: 1, offset: 11 } });
  });

  it("measures parseTemplateText and parseExpressionText from their own text, or from a given start", () => {
    const t = parseTemplateText("😀 ${a.b} x", "t");
    expect(t.diagnostics).toEqual([]);
    const parts = t.expr.type === "Template" ? t.expr.parts : [];
    expect(plainRange(parts[1].range)).toEqual({ start: { line: 1, column: 3, offset: 3 }, end: { line: 1, column: 9, offset: 9 } });

    const e = parseExpressionText("f(\n  x)", "e", { line: 7, column: 5, offset: 100 });
    expect(plainRange(e.expr.range)).toEqual({ start: { line: 7, column: 5, offset: 100 }, end: { line: 8, column: 5, offset: 107 } });
  });
});

describe("lazy ranges", () => {
  it("read like plain ranges, print as plain JSON and copy to plain objects", () => {
    const source = 'a = "😀" + b\n';
    const attr = parseNative(source, "x.tf").body.items[0];
    const range = attr.type === "Attribute" ? attr.expr.range : undefined;
    const plain = { start: { line: 1, column: 5, offset: 4 }, end: { line: 1, column: 12, offset: 12 } };
    expect(range?.start.column).toBe(5);
    expect(range?.end).toEqual(plain.end);
    expect(JSON.parse(JSON.stringify(range))).toEqual(plain);
    expect(plainRange(range!)).toEqual(plain);
    expect(structuredClone(plainRange(range!))).toEqual(plain);
  });

  it("give their offsets without positions, also for text that starts later in a file", () => {
    const e = parseExpressionText("f(\n  x)", "e", { line: 7, column: 5, offset: 100 });
    expect([SourceRange.startOffset(e.expr.range), SourceRange.endOffset(e.expr.range)]).toEqual([100, 107]);
    const plain = { start: { line: 1, column: 1, offset: 3 }, end: { line: 1, column: 2, offset: 4 } };
    expect([SourceRange.startOffset(plain), SourceRange.endOffset(plain)]).toEqual([3, 4]);
  });
});

