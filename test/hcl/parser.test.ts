/**
 * The native parser, production by production: the tree shape it builds and
 * the diagnostics it gives. (Agreement with HCL itself on hundreds of inputs
 * is in oracle.test.ts; exact ranges in ranges.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { parseExpressionText, parseNative, parseTemplateText } from "../../src/hcl/parser.js";
import type { Attribute, Block, Expression, TemplateExpr } from "../../src/hcl/ast.js";

function file(src: string) {
  return parseNative(src, "test.tf");
}

function expr(src: string): Expression {
  const { expr: e, diagnostics } = parseExpressionText(src, "expr.hcl");
  expect(diagnostics).toEqual([]);
  return e;
}

function attr(src: string): Attribute {
  const f = file(src);
  expect(f.diagnostics).toEqual([]);
  return f.body.items[0] as Attribute;
}

function summaries(src: string): string[] {
  return file(src).diagnostics.map((d) => d.summary);
}

/** Literal texts and `${…}` markers of a template, to compare shapes briefly. */
function partsOf(e: Expression): unknown[] {
  expect(e.type).toBe("Template");
  return (e as TemplateExpr).parts.map((p) => {
    switch (p.type) {
      case "TemplateLiteral":
        return p.value;
      case "TemplateInterpolation":
        return { interp: p.expr.type, stripLeft: p.stripLeft, stripRight: p.stripRight };
      default:
        return p.type;
    }
  });
}

describe("bodies, attributes and blocks", () => {
  it("reads attributes and blocks in source order", () => {
    const f = file('a = 1\nb "x" y {\n  c = 2\n}\nd = 3\n');
    expect(f.diagnostics).toEqual([]);
    expect(f.body.items.map((i) => i.type)).toEqual(["Attribute", "Block", "Attribute"]);
    const b = f.body.items[1] as Block;
    expect(b.blockType).toBe("b");
    expect(b.labels).toMatchObject([
      { value: "x", quoted: true },
      { value: "y", quoted: false },
    ]);
    expect(b.body.items).toMatchObject([{ type: "Attribute", name: "c", expr: { type: "Literal", value: 2 } }]);
  });

  it("reads one-line blocks and empty blocks", () => {
    const f = file("a { b = 1 }\nc {}\nd {\n}\n");
    expect(f.diagnostics).toEqual([]);
    expect(f.body.items).toMatchObject([
      { blockType: "a", body: { items: [{ name: "b" }] } },
      { blockType: "c", body: { items: [] } },
      { blockType: "d", body: { items: [] } },
    ]);
  });

  it("decodes escapes in quoted labels", () => {
    const b = file('a "x\\ty\\u00e9" {}\n').body.items[0] as Block;
    expect(b.labels[0].value).toBe("x\ty\u00e9");
  });

  it("nests blocks", () => {
    const b = file("a {\n  b {\n    c {\n      d = 1\n    }\n  }\n}\n").body.items[0] as Block;
    expect(b).toMatchObject({ body: { items: [{ blockType: "b", body: { items: [{ blockType: "c", body: { items: [{ name: "d" }] } }] } }] } });
  });

  it("keeps comments of all three styles, without markers or line ends", () => {
    const f = file("# one\r\na = 1 // two\n/* three\n */ b = 2\n");
    expect(f.comments.map((c) => [c.style, c.text])).toEqual([
      ["#", " one"],
      ["//", " two"],
      ["/*", " three\n "],
    ]);
  });
});

describe("literals and strings", () => {
  it("reads numbers with fractions and exponents", () => {
    expect(expr("1")).toMatchObject({ type: "Literal", value: 1, raw: "1" });
    expect(expr("1.5e-3")).toMatchObject({ type: "Literal", value: 0.0015, raw: "1.5e-3" });
    expect(expr("2E+2")).toMatchObject({ type: "Literal", value: 200 });
  });

  it("reads true, false and null", () => {
    expect([expr("true"), expr("false"), expr("null")].map((e) => (e.type === "Literal" ? e.value : "?"))).toEqual([true, false, null]);
  });

  it("decodes every escape of quoted strings", () => {
    expect(partsOf(expr('"\\n\\r\\t\\"\\\\\\u00e9\\U0001F600"'))).toEqual(["\n\r\t\"\\é😀"]);
  });

  it("keeps $${ and %%{ as literal ${ and %{", () => {
    expect(partsOf(expr('"$${a} %%{b} $ % $$"'))).toEqual(["${a} %{b} $ % $$"]);
  });

  it("gives an empty string no parts", () => {
    expect(partsOf(expr('""'))).toEqual([]);
  });

  it("normalises literal text to NFC as HCL does", () => {
    expect(partsOf(expr('"e\\u0301"'))).toEqual(["\u00e9"]);
  });
});

describe("templates", () => {
  it("splits literal text and interpolations", () => {
    expect(partsOf(expr('"a-${b}-c"'))).toEqual(["a-", { interp: "Variable", stripLeft: false, stripRight: false }, "-c"]);
  });

  it("applies ~ strip markers to the neighbouring literal text", () => {
    expect(partsOf(expr('"a  ${~ b ~}  c"'))).toEqual(["a", { interp: "Variable", stripLeft: true, stripRight: true }, "c"]);
  });

  it("builds if/else and for directives", () => {
    const e = expr('"%{ if a }x%{ else }y%{ endif }%{ for k, v in m }${k}%{ endfor }"') as TemplateExpr;
    expect(e.parts).toMatchObject([
      { type: "TemplateIf", condition: { name: "a" }, then: [{ value: "x" }], else: [{ value: "y" }] },
      { type: "TemplateFor", keyVar: "k", valueVar: "v", collection: { name: "m" }, body: [{ type: "TemplateInterpolation" }] },
    ]);
  });

  it("leaves else undefined when there is no else clause", () => {
    const e = expr('"%{ if a }x%{ endif }"') as TemplateExpr;
    expect(e.parts[0]).toMatchObject({ type: "TemplateIf", else: undefined });
  });

  it("strips whitespace around directives with ~", () => {
    const e = expr('"a %{~ if x ~} b %{~ endif ~} c"') as TemplateExpr;
    expect(e.parts).toMatchObject([{ value: "a" }, { type: "TemplateIf", then: [{ value: "b" }] }, { value: "c" }]);
  });
});

describe("heredocs", () => {
  it("reads <<EOT with its marker", () => {
    const a = attr("a = <<EOT\nhello ${x}\n  world\nEOT\n");
    expect(a.expr).toMatchObject({ type: "Template", kind: "heredoc", heredoc: { marker: "EOT", stripIndent: false } });
    expect(partsOf(a.expr)).toEqual(["hello ", { interp: "Variable", stripLeft: false, stripRight: false }, "\n  world\n"]);
  });

  it("strips the common indentation of <<-EOT, counting lines that start with an interpolation", () => {
    expect(partsOf(attr("a = <<-EOT\n    x\n      y\n    EOT\n").expr)).toEqual(["x\n  y\n"]);
    expect(partsOf(attr("a = <<-EOT\n  x\n${y}\n  EOT\n").expr)).toEqual(["  x\n", { interp: "Variable", stripLeft: false, stripRight: false }, "\n"]);
  });

  it("ignores blank lines when measuring indentation", () => {
    expect(partsOf(attr("a = <<-EOT\n    x\n\n    y\n  EOT\n").expr)).toEqual(["x\n\ny\n"]);
  });

  it("accepts CRLF line ends and an indented end marker", () => {
    expect(partsOf(attr("a = <<EOT\r\nx\r\n  EOT\r\n").expr)).toEqual(["x\r\n"]);
  });

  it("does not process backslash escapes", () => {
    expect(partsOf(attr("a = <<EOT\n\\n $${x}\nEOT\n").expr)).toEqual(["\\n ${x}\n"]);
  });
});

describe("collections", () => {
  it("reads tuples with trailing commas and newlines", () => {
    expect(expr("[1,\n 2,\n]")).toMatchObject({ type: "Tuple", items: [{ value: 1 }, { value: 2 }] });
  });

  it("reads objects with =, :, commas, newlines and every kind of key", () => {
    const f = file('a = {\n  b = 1, "c": 2\n  (d) = 3\n  "${e}" = 4\n  f.g = 5\n}\n');
    expect(f.diagnostics).toEqual([]);
    const o = (f.body.items[0] as Attribute).expr;
    expect(o).toMatchObject({
      type: "Object",
      items: [
        { key: { type: "Variable", name: "b" }, separator: "=", value: { value: 1 } },
        { key: { type: "Template" }, separator: ":", value: { value: 2 } },
        { key: { type: "Parentheses", expr: { name: "d" } } },
        { key: { type: "Template", parts: [{ type: "TemplateInterpolation" }] } },
        { key: { type: "GetAttr", name: "g" } },
      ],
    });
  });
});

describe("references and calls", () => {
  it("reads traversals as nested GetAttr and Index nodes", () => {
    expect(expr('a.b[0]["c"]')).toMatchObject({
      type: "Index",
      key: { type: "Template" },
      legacy: false,
      collection: { type: "Index", key: { value: 0 }, collection: { type: "GetAttr", name: "b", object: { type: "Variable", name: "a" } } },
    });
  });

  it("reads the legacy .0 index", () => {
    expect(expr("a.0.b")).toMatchObject({ type: "GetAttr", name: "b", object: { type: "Index", legacy: true, key: { value: 0 } } });
  });

  it("reads attribute-only and full splats with their trailing steps", () => {
    expect(expr("a.*.b.c")).toMatchObject({ type: "Splat", kind: "attr", source: { name: "a" }, steps: [{ name: "b" }, { name: "c" }] });
    expect(expr("a[*].b[0]")).toMatchObject({ type: "Splat", kind: "full", steps: [{ type: "GetAttr", name: "b" }, { type: "Index", key: { value: 0 } }] });
    // An index after an attribute-only splat applies to the splat's result.
    expect(expr("a.*.b[0]")).toMatchObject({ type: "Index", collection: { type: "Splat", kind: "attr" } });
  });

  it("reads a splat inside a full splat as nested", () => {
    expect(expr("a[*].b[*].c")).toMatchObject({ type: "Splat", steps: [{ name: "b" }], nested: { kind: "full", steps: [{ name: "c" }] } });
  });

  it("reads function calls, with expansion and provider namespaces", () => {
    expect(expr("f(1, x...)")).toMatchObject({ type: "FunctionCall", name: "f", expandFinal: true, args: [{ value: 1 }, { name: "x" }] });
    expect(expr("provider::aws::arn_parse(x)")).toMatchObject({ type: "FunctionCall", name: "provider::aws::arn_parse", expandFinal: false });
    expect(expr("f(\n  1,\n  2,\n)")).toMatchObject({ args: [{}, {}] });
  });
});

describe("operators", () => {
  it("follows HCL's precedence and left associativity", () => {
    expect(expr("a || b && c == d < e + f * g")).toMatchObject({
      op: "||",
      right: { op: "&&", right: { op: "==", right: { op: "<", right: { op: "+", right: { op: "*" } } } } },
    });
    expect(expr("a - b - c")).toMatchObject({ op: "-", left: { op: "-" }, right: { name: "c" } });
    expect(expr("a % b / c * d")).toMatchObject({ op: "*", left: { op: "/", left: { op: "%" } } });
  });

  it("binds unary operators tighter than binary ones, but looser than traversals", () => {
    expect(expr("-1 + 2")).toMatchObject({ op: "+", left: { type: "Unary", op: "-" } });
    expect(expr("!a.b")).toMatchObject({ type: "Unary", op: "!", operand: { type: "GetAttr" } });
  });

  it("reads conditionals right-associatively", () => {
    expect(expr("a ? b : c ? d : e")).toMatchObject({ type: "Conditional", falseExpr: { type: "Conditional" } });
  });

  it("keeps parentheses as a node", () => {
    expect(expr("(a + b) * c")).toMatchObject({ op: "*", left: { type: "Parentheses", expr: { op: "+" } } });
  });
});

describe("for expressions", () => {
  it("reads the tuple form with a condition", () => {
    expect(expr("[for i, v in l : v if i > 0]")).toMatchObject({
      type: "For",
      kind: "tuple",
      keyVar: "i",
      valueVar: "v",
      keyExpr: undefined,
      valueExpr: { name: "v" },
      condition: { op: ">" },
      grouping: false,
    });
  });

  it("reads the object form with grouping", () => {
    expect(expr("{for v in l : v.k => v...}")).toMatchObject({ kind: "object", keyVar: undefined, keyExpr: { name: "k" }, grouping: true });
  });
});

describe("standalone templates and expressions", () => {
  it("parseTemplateText reads sequences but not backslash escapes", () => {
    const { expr: e, diagnostics } = parseTemplateText('a\\n "${b}" %{ if c }d%{ endif }', "t");
    expect(diagnostics).toEqual([]);
    expect(e).toMatchObject({ type: "Template", parts: [{ value: 'a\\n "' }, { type: "TemplateInterpolation" }, { value: '" ' }, { type: "TemplateIf" }] });
  });

  it("parseExpressionText rejects extra characters after the expression", () => {
    expect(parseExpressionText("a b", "e").diagnostics.map((d) => d.summary)).toEqual(["Extra characters after expression"]);
  });

  it("parseExpressionText ignores newlines", () => {
    expect(parseExpressionText("a\n+\nb", "e").diagnostics).toEqual([]);
  });
});

describe("diagnostics", () => {
  it.each([
    ["a = 1 b = 2\n", "Missing newline after argument"],
    ["a = 1, b = 2\n", "Unexpected comma after argument"],
    ["a {\n  b = 1\n", "Unclosed configuration block"],
    ["a\n", "Argument or block definition required"],
    ['"a" = 1\n', "Invalid argument name"],
    ["a = \n", "Invalid expression"],
    ["a =", "Missing expression"],
    ['a = "x\ny"\n', "Invalid multi-line string"],
    ['a = "abc', "Unterminated template string"],
    ["a = <<EOT\nx\n", "Unterminated template string"],
    ["a = 1 @ 2\n", "Invalid character"],
    ["a = 'x'\n", "Invalid character"],
    ["a = [1 2]\n", "Missing item separator"],
    ["a = {b = 1 c = 2}\n", "Missing attribute separator"],
    ["a = f(1 2)\n", "Missing argument separator"],
    ["a = 1\na = 2\n", "Attribute redefined"],
    ['a = "\\q"\n', "Invalid escape sequence"],
    ["a = x.0.1\n", "Invalid legacy index syntax"],
    ["a = 1 & 2\n", "Unsupported operator"],
    ['a = "%{ if x }"\n', "Unexpected end of template"],
    ['a = "%{ nope }"\n', "Invalid template control keyword"],
    ['a "${x}" {}\n', "Invalid string literal"],
    ["a { b = 1, c = 2 }\n", "Invalid single-argument block definition"],
    ["a = [for x in y]\n", "Invalid 'for' expression"],
    ["a = (1\n", "Unbalanced parentheses"],
  ])("reports %j as %s", (src, summary) => {
    expect(summaries(src)).toContain(summary);
  });

  it("reports the duplicate attribute where the first one was set", () => {
    const d = file("a = 1\na = 2\n").diagnostics[0];
    expect(d.detail).toBe('The argument "a" was already set at test.tf:1,1-2. Each argument may be set only once.');
    expect(d.range.start.line).toBe(2);
  });

  it("keeps the items after an error but, like hclsyntax, reports only the first error", () => {
    // hclsyntax stays in recovery mode once an expression fails, so the later mistakes give no finding.
    const f = file("a = 1 +\nb = [1 2]\nc = )\nd = 4\n");
    expect(f.diagnostics.map((d) => d.range.start.line)).toEqual([1]);
    expect(f.body.items.map((i) => (i.type === "Attribute" ? i.name : i.blockType))).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps parsing the rest of the file after a stray closing brace", () => {
    const f = file("}\na = 1\n");
    expect(f.diagnostics).toHaveLength(1);
    expect(f.body.items).toMatchObject([{ name: "a" }]);
  });

  it("marks every diagnostic as an error with a detail", () => {
    for (const d of file("a = [1 2]\nb = 'c'\n").diagnostics) {
      expect(d.severity).toBe("error");
      expect(d.detail.length).toBeGreaterThan(10);
    }
  });
});
