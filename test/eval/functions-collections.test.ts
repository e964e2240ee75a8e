import { describe, expect, it } from "vitest";
import { evalLocal, evalWithDiagnostics, js } from "./helpers.js";

const cases: [string, unknown][] = [
  ['length("🤔🤷")', 2],
  ["length([1, 2])", 2],
  ["length({ a = 1 })", 1],
  ['coalesce("", "b")', "b"],
  ["coalesce(1, 2)", 1],
  ['coalesce(null, "", "c")', "c"],
  ['coalesce(null, "a")', "a"],
  ['coalesce(1, "a")', "1"],
  ['coalescelist([], ["a"])', ["a"]],
  ['coalescelist(["x"], ["a"])', ["x"]],
  ['compact(["a", "", "b", null, "c"])', ["a", "b", "c"]],
  ['concat(["a"], ["b", "c"])', ["a", "b", "c"]],
  ["concat([], [])", []],
  ['contains(["a", "b"], "b")', true],
  ['contains(["a", "b"], "c")', false],
  ['distinct(["a", "b", "a", "c", "d", "b"])', ["a", "b", "c", "d"]],
  ['element(["a", "b", "c"], 1)', "b"],
  ['element(["a", "b", "c"], 3)', "a"],
  ['flatten([["a", "b"], [], ["c"]])', ["a", "b", "c"]],
  ['flatten([[["a"]], "b"])', ["a", "b"]],
  ['index(["a", "b", "c"], "b")', 1],
  ["keys({ a = 1, c = 2, d = 3 })", ["a", "c", "d"]],
  ["keys({ b = 1, a = 2 })", ["a", "b"]],
  ["values({ b = 1, a = 2 })", [2, 1]],
  ['lookup({ a = "ay", b = "bee" }, "a", "what?")', "ay"],
  ['lookup({ a = "ay", b = "bee" }, "c", "what?")', "what?"],
  ['matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])', ["i-abc", "i-def"]],
  ['merge({ a = "b", c = "d" }, { e = "f", c = "z" })', { a: "b", c: "z", e: "f" }],
  ["merge({ a = 1 }, null)", { a: 1 }],
  ["one([])", null],
  ['one(["hello"])', "hello"],
  ["range(3)", [0, 1, 2]],
  ["range(1, 4)", [1, 2, 3]],
  ["range(1, 8, 2)", [1, 3, 5, 7]],
  ["range(1, 3, 0.5)", [1, 1.5, 2, 2.5]],
  ["range(4, 1)", [4, 3, 2]],
  ["range(10, 5, -2)", [10, 8, 6]],
  ["range(0)", []],
  ["reverse([1, 2, 3])", [3, 2, 1]],
  ['setintersection(["a", "b"], ["b", "c"], ["b", "d"])', ["b"]],
  ['setunion(["a", "b"], ["b", "c"], ["d"])', ["a", "b", "c", "d"]],
  ['setsubtract(["a", "b", "c"], ["a", "c"])', ["b"]],
  [
    'setproduct(["development", "staging"], ["app1", "app2"])',
    [
      ["development", "app1"],
      ["development", "app2"],
      ["staging", "app1"],
      ["staging", "app2"],
    ],
  ],
  ['slice(["a", "b", "c", "d"], 1, 3)', ["b", "c"]],
  ['sort(["e", "d", "a", "x"])', ["a", "d", "e", "x"]],
  ["sort([10, 9])", ["10", "9"]],
  // Code point order, as Go sorts: U+E000 before U+1F600, whose UTF-16 units are smaller.
  ['sort(["\uE000", "😀", "ab", "a", ""])', ["", "a", "ab", "\uE000", "😀"]],
  ["sum([10, 13, 6, 4.5])", 33.5],
  ['transpose({ a = ["1", "2"], b = ["2", "3"] })', { "1": ["a"], "2": ["a", "b"], "3": ["b"] }],
  ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
  ['alltrue(["true", true])', true],
  ["alltrue([true, false])", false],
  ["alltrue([])", true],
  ["anytrue([])", false],
  ['anytrue([false, "true"])', true],
  ['chunklist(["a", "b", "c", "d", "e"], 2)', [["a", "b"], ["c", "d"], ["e"]]],
  ['toset(["c", "b", "b"])', ["b", "c"]],
  ["toset([3, 1, 2, 1])", [1, 2, 3]],
  ['tolist(["a", 1, true])', ["a", "1", "true"]],
  ['tomap({ a = 1, b = "x" })', { a: "1", b: "x" }],
  ["tostring(1)", "1"],
  ["tostring(1.5)", "1.5"],
  ["tostring(true)", "true"],
  ["tostring(null)", null],
  ['tonumber("1.5")', 1.5],
  ["tonumber(null)", null],
  ['tobool("true")', true],
  ["tobool(false)", false],
  ['sensitive("x")', "x"],
  ['nonsensitive("x")', "x"],
];

describe("collection and conversion functions", () => {
  it.each(cases)("%s", (expr, expected) => {
    expect(js(expr)).toEqual(expected);
  });

  it.each([
    "length(null)",
    "length(5)",
    "coalesce(null)",
    'coalesce(null, "")',
    "element([], 0)",
    'element(["a"], -1)',
    'index(["a"], "z")',
    'lookup({ a = 1 }, "c")',
    'one(["a", "b"])',
    "range(1, 2, 0)",
    "sum([])",
    'slice(["a"], 0, 2)',
    'zipmap(["a"], [1, 2])',
    'tostring(["a"])',
    'tonumber("no")',
    'tobool("yes")',
    'merge({ a = 1 }, ["x"])',
    "keys(null)",
  ])("%s is an error, so unknown", (expr) => {
    const v = evalLocal(expr);
    expect(v.kind === "unknown" && v.error).toBe(true);
  });

  it("caps range() at Terraform's 1024 elements with a diagnostic", () => {
    const { value, diagnostics } = evalWithDiagnostics("range(2000)");
    expect(value.kind).toBe("unknown");
    expect(diagnostics.map((d) => d.summary)).toContain("range() result too large");
    expect(js("length(range(1024))")).toBe(1024);
  });

  it("knows the length of a list whose elements are unknown", () => {
    expect(js("length([var.x, var.y])", { "v.tf": 'variable "x" {}\nvariable "y" {}' })).toBe(2);
  });

  it("keeps unknown elements through concat, element and lookup", () => {
    const files = { "v.tf": 'variable "x" {}' };
    const c = evalLocal('concat(["a"], [var.x])', files);
    expect(c.kind === "tuple" && c.items.map((i) => i.kind)).toEqual(["string", "unknown"]);
    expect(js('element(concat(["a"], [var.x]), 0)', files)).toBe("a");
    expect(js('lookup({ a = var.x, b = "known" }, "b", "d")', files)).toBe("known");
    expect(js('merge({ a = var.x }, { b = 1 })["b"]', files)).toBe(1);
  });

  it("coalesce is unknown while an earlier argument is unknown", () => {
    const v = evalLocal('coalesce(var.x, "default")', { "v.tf": 'variable "x" {}' });
    expect(v.kind).toBe("unknown");
    expect(js('coalesce("set", var.x)', { "v.tf": 'variable "x" {}' })).toBe("set");
  });

  it("anytrue is true as soon as one known element is true, even with unknowns", () => {
    const files = { "v.tf": 'variable "x" {}' };
    expect(js("anytrue([var.x, true])", files)).toBe(true);
    expect(evalLocal("anytrue([var.x, false])", files).kind).toBe("unknown");
    expect(js("alltrue([var.x, false])", files)).toBe(false);
  });
});
