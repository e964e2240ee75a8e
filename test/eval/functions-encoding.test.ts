import { describe, expect, it } from "vitest";
import { evalLocal, js } from "./helpers.js";

const cases: [string, unknown][] = [
  ['jsonencode({ b = "<a>&", a = [1, 2.5, true, null] })', '{"a":[1,2.5,true,null],"b":"\\u003ca\\u003e\\u0026"}'],
  ['jsonencode({ "z" = 1, "B" = 2, "a" = 3 })', '{"B":2,"a":3,"z":1}'],
  ['jsonencode("line\\nquote\\" tab\\t")', '"line\\nquote\\" tab\\t"'],
  ['jsonencode("\\u2028")', '"\\u2028"'],
  ["jsonencode(null)", "null"],
  ["jsonencode([])", "[]"],
  ["jsonencode({})", "{}"],
  ["jsonencode(1e21)", "1000000000000000000000"],
  ["jsonencode(0.5)", "0.5"],
  ['jsonencode(toset(["b", "a"]))', '["a","b"]'],
  ['jsondecode("{\\"hello\\": \\"world\\"}")', { hello: "world" }],
  ['jsondecode("true")', true],
  ['jsondecode("[1, \\"a\\", null]")', [1, "a", null]],
  ['yamlencode({ "a" = "b", "c" = "d" })', '"a": "b"\n"c": "d"\n'],
  ['yamlencode({ "foo" = [1, 2, 3], "bar" = "baz" })', '"bar": "baz"\n"foo":\n- 1\n- 2\n- 3\n'],
  ['yamlencode({ "foo" = [1, { "a" = "b", "c" = "d" }, 3], "bar" = "baz" })', '"bar": "baz"\n"foo":\n- 1\n- "a": "b"\n  "c": "d"\n- 3\n'],
  ['yamldecode("hello: world")', { hello: "world" }],
  ['yamldecode("true")', true],
  ['yamldecode("- a\\n- 1\\n- null")', ["a", 1, null]],
  ['yamldecode("{a: &x [1, 2], b: *x}")', { a: [1, 2], b: [1, 2] }],
  ['base64encode("Hello World")', "SGVsbG8gV29ybGQ="],
  ['base64decode("SGVsbG8gV29ybGQ=")', "Hello World"],
  ['base64decode(base64encode("été 🤔"))', "été 🤔"],
  ['textencodebase64("Hello World", "UTF-16LE")', "SABlAGwAbABvACAAVwBvAHIAbABkAA=="],
  ['textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")', "Hello World"],
  ['urlencode("Hello World!")', "Hello+World%21"],
  ['urlencode("☃")', "%E2%98%83"],
  ['urlencode("a/b?c=d&e")', "a%2Fb%3Fc%3Dd%26e"],
  ['csvdecode("a,b,c\\n1,2,3\\n4,5,6")', [{ a: "1", b: "2", c: "3" }, { a: "4", b: "5", c: "6" }]],
  ['csvdecode("a,b\\n\\"x,y\\",\\"say \\"\\"hi\\"\\"\\"\\n")', [{ a: "x,y", b: 'say "hi"' }]],
];

describe("encoding functions", () => {
  it.each(cases)("%s", (expr, expected) => {
    expect(js(expr)).toEqual(expected);
  });

  it.each([
    'jsondecode("{")',
    'yamldecode("a: 1\\n---\\nb: 2")',
    'yamldecode("a: [")',
    'base64decode("abc")',
    'base64decode("/w==")',
    'csvdecode("a,b\\n1")',
  ])("%s is an error, so unknown", (expr) => {
    const v = evalLocal(expr);
    expect(v.kind === "unknown" && v.error).toBe(true);
  });

  it("jsonencode of a partly unknown value is unknown", () => {
    expect(evalLocal("jsonencode({ a = var.x })", { "v.tf": 'variable "x" {}' }).kind).toBe("unknown");
  });
});
