import { describe, expect, it } from "vitest";
import { evalLocal, js } from "./helpers.js";

const unknownVar = { "v.tf": 'variable "u" {}\nvariable "nul" {\n  default = null\n}\nvariable "five" {\n  default = 5\n}\n' };

const cases: [string, unknown][] = [
  // arithmetic and Terraform's conversions
  ["1 + 2 * 3", 7],
  ['"1" + 1', 2],
  ["10 / 4", 2.5],
  ["5 % 3", 2],
  ["-5 % 3", -2],
  ["-(3)", -3],
  ["1.5e3", 1500],
  // comparison
  ["1 < 2", true],
  ['"2" > 1', true],
  ["2 <= 2", true],
  ["3 >= 4", false],
  // equality never converts
  ['1 == "1"', false],
  ["[1, 2] == [1, 2]", true],
  ["{ a = 1 } == { a = 1 }", true],
  ["{ a = 1 } == { a = 2 }", false],
  ["null == null", true],
  ['"a" != "b"', true],
  // logic
  ["true && false", false],
  ["true || false", true],
  ["!true", false],
  ['"true" && true', true],
  ["var.u && false", false],
  ["false && var.u", false],
  ["var.u || true", true],
  // conditionals
  ['true ? "a" : "b"', "a"],
  ['false ? "a" : "b"', "b"],
  ['"true" ? 1 : 2', 1],
  ['var.u ? "same" : "same"', "same"],
  ["false ? local.missing : 3", 3],
  // collections, index, attributes
  ['["a", "b"][1]', "b"],
  ['["a", "b"]["1"]', "b"],
  ['{ a = 1 }["a"]', 1],
  ["{ a = { b = [1, 2] } }.a.b[1]", 2],
  ['{ a = 1, "b" = 2, ("c${1}") = 3 }', { a: 1, b: 2, c1: 3 }],
  ['{ a = 1, a = 2 }', { a: 2 }],
  // splat
  ["[{ a = 1 }, { a = 2 }][*].a", [1, 2]],
  ["[{ a = 1 }, { a = 2 }].*.a", [1, 2]],
  ["[{ a = [1] }, { a = [2] }][*].a[0]", [1, 2]],
  ["{ a = 1 }[*].a", [1]],
  ['"x"[*]', ["x"]],
  ["var.nul[*]", []],
  // for expressions
  ['[for s in ["a", "b"] : upper(s)]', ["A", "B"]],
  ['[for i, v in ["a", "b"] : "${i}${v}"]', ["0a", "1b"]],
  ['{ for k, v in { a = 1 } : v => k }', { "1": "a" }],
  ['[for k, v in { b = 1, a = 2 } : k]', ["a", "b"]],
  ['[for k, v in { a = 1, b = 2 } : "${k}=${v}" if v > 1]', ["b=2"]],
  ['{ for s in ["a", "bb", "cc"] : length(s) => s... }', { "1": ["a"], "2": ["bb", "cc"] }],
  ['[for s in toset(["b", "a"]) : s]', ["a", "b"]],
  ['[for k, s in toset(["b", "a"]) : k]', ["a", "b"]],
  ['[for x in [1, 2] : [for y in [3, 4] : x * y]]', [[3, 4], [6, 8]]],
  // templates
  ['"${"a"}${1}${true}"', "a1true"],
  ['"x${1 + 2}y"', "x3y"],
  ['"${5}"', 5],
  ['"${var.five}"', 5],
  ['"n=${var.five}"', "n=5"],
  ['"%{ for x in [1, 2] }${x},%{ endfor }"', "1,2,"],
  ['"%{ for k, v in { a = 1 } }${k}:${v}%{ endfor }"', "a:1"],
  ['"%{ if false }a%{ else }b%{ endif }"', "b"],
  ['"%{ if true }a%{ endif }"', "a"],
  ['"a ${~ "b" ~} c"', "abc"],
  ['"a %{~ if true ~} b %{~ endif ~} c"', "abc"],
  ['"$${x} %%{y}"', "${x} %{y}"],
  ["<<-EOT\n    a ${1}\n      b\n    EOT\n", "a 1\n  b\n"],
  ["<<EOT\nplain\nEOT\n", "plain\n"],
  ['"${1.5e3}"', 1500],
  ['"${1e21}"', 1e21],
  ['"v${1e21}"', "v1000000000000000000000"],
  // path and terraform
  ["path.root", "."],
  ['terraform.workspace', "default"],
];

describe("expressions", () => {
  it.each(cases)("%s", (expr, expected) => {
    expect(js(expr, unknownVar)).toEqual(expected);
  });

  it.each([
    '"a" + 1',
    "true + 1",
    "null + 1",
    "1 / 0",
    "1 % 0",
    '!"x"',
    '-"x"',
    "null ? 1 : 2",
    '"x" ? 1 : 2',
    '["a"][5]',
    '["a"][0.5]',
    '{ a = 1 }["b"]',
    '{ a = 1 }.b',
    "null.a",
    "toset([1])[0]",
    '"x${null}"',
    '"x${[1]}"',
    '"x${{ a = 1 }}"',
    '{ for s in ["a", "a"] : s => s }',
    '[for s in "abc" : s]',
    '[for s in [1] : s if "maybe"]',
    "local.undeclared",
    "var.undeclared",
    '"%{ if "x" }a%{ endif }"',
  ])("%s is an error, so unknown", (expr) => {
    const v = evalLocal(expr, unknownVar);
    expect(v.kind).toBe("unknown");
    expect(v.kind === "unknown" && v.error).toBe(true);
  });

  it.each([
    "var.u + 1",
    "var.u == 1",
    "var.u && true",
    '!var.u',
    'var.u ? "a" : "b"',
    "var.u[0]",
    "var.u.attr",
    "[for x in var.u : x]",
    '{ for x in ["a"] : x => x if var.u }',
    "aws_instance.web.id",
    "data.aws_ami.ubuntu.id",
    "module.vpc.id",
    "count.index",
    "each.key",
    "self.id",
  ])("%s is unknown (not an error)", (expr) => {
    const v = evalLocal(expr, unknownVar);
    expect(v.kind).toBe("unknown");
    expect(v.kind === "unknown" && v.error).toBeFalsy();
  });

  it("gives an unknown its type where known", () => {
    expect(evalLocal("var.u + 1", unknownVar)).toMatchObject({ kind: "unknown", type: "number" });
    expect(evalLocal("var.u == 1", unknownVar)).toMatchObject({ kind: "unknown", type: "bool" });
    expect(evalLocal('var.u ? "a" : "b"', unknownVar)).toMatchObject({ kind: "unknown", type: "string" });
    expect(evalLocal("[for x in var.u : x]", unknownVar)).toMatchObject({ kind: "unknown", type: "tuple" });
  });

  it("keeps the known parts of a template with unknown holes", () => {
    const v = evalLocal('"nginx:${var.u}-${"x"}"', unknownVar);
    expect(v).toMatchObject({ kind: "unknown", type: "string" });
    expect(v.kind === "unknown" && v.pieces).toEqual([{ known: true, text: "nginx:" }, { known: false }, { known: true, text: "-x" }]);
  });

  it("splices the pieces of a partly known string into a template", () => {
    const files = { ...unknownVar, "l.tf": 'locals {\n  repo = "nginx:${var.u}"\n}\n' };
    const v = evalLocal('"image=${local.repo}@sha"', files);
    expect(v.kind === "unknown" && v.pieces).toEqual([{ known: true, text: "image=nginx:" }, { known: false }, { known: true, text: "@sha" }]);
  });

  it("a template condition that is unknown leaves a hole", () => {
    const v = evalLocal('"a%{ if var.u }b%{ endif }c"', unknownVar);
    expect(v.kind === "unknown" && v.pieces).toEqual([{ known: true, text: "a" }, { known: false }, { known: true, text: "c" }]);
  });

  it("expands the final argument with ...", () => {
    expect(js('concat(["a"], [["b"], ["c"]]...)')).toEqual(["a", "b", "c"]);
    const v = evalLocal('concat(["a"], var.u...)', unknownVar);
    expect(v.kind).toBe("unknown");
  });

  it("a list with an unknown element still knows its other elements", () => {
    const v = evalLocal('["a", var.u]', unknownVar);
    expect(v.kind).toBe("tuple");
    expect(v.kind === "tuple" && v.items.map((i) => i.kind)).toEqual(["string", "unknown"]);
    expect(js('["a", var.u][0]', unknownVar)).toBe("a");
  });

  it("an object with an unknown key is unknown", () => {
    expect(evalLocal("{ (var.u) = 1 }", unknownVar)).toMatchObject({ kind: "unknown", type: "object" });
  });

  it("try returns the first argument that evaluates", () => {
    expect(js('try(local.nope, "d")')).toBe("d");
    expect(js('try({ a = 1 }.b, { a = 1 }.a, 0)')).toBe(1);
    expect(js('try(tonumber("x"), 7)')).toBe(7);
    expect(evalLocal('try(var.u, "d")', unknownVar).kind).toBe("unknown");
    expect(evalLocal("try(local.nope)").kind === "unknown").toBe(true);
  });

  it("can tells whether an expression evaluates", () => {
    expect(js("can(local.nope)")).toBe(false);
    expect(js('can(regex("^a", "abc"))')).toBe(true);
    expect(js('can(regex("^z", "abc"))')).toBe(false);
    expect(evalLocal("can(var.u)", unknownVar).kind).toBe("unknown");
  });
});

describe("conditional result types", () => {
  it("converts to a common type as HCL does", () => {
    expect(js('true ? 1 : "a"')).toBe("1");
    expect(js('false ? 1 : "a"')).toBe("a");
    expect(js('true ? false : "x"')).toBe("false");
    expect(js("true ? 1 : null")).toBe(1);
    expect(js("true ? [1] : []")).toEqual([1]);
  });

  it("is an error when a number and a bool cannot share a type", () => {
    const b = evalLocal("true ? 1 : false");
    expect(b.kind === "unknown" && b.error).toBe(true);
  });
});
