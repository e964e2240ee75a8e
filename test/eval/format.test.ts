import { describe, expect, it } from "vitest";
import { evalLocal, js } from "./helpers.js";

// Terraform's format verbs, as cty implements them with Go's fmt and big.Float.
const cases: [string, unknown][] = [
  ['format("%05.2f", 3.14159)', "03.14"],
  ['format("Hello, %s!", "Ander")', "Hello, Ander!"],
  ['format("There are %d lights", 4)', "There are 4 lights"],
  ['format("%d", "12")', "12"],
  ['format("%v", 3.14159)', "3.14159"],
  ['format("%v", 1000000)', "1e+06"],
  ['format("%v", 123456)', "123456"],
  ['format("%v", true)', "true"],
  ['format("%v", "s")', "s"],
  ['format("%v", null)', "null"],
  ['format("%#v", {b = 1, a = "x"})', '{"a":"x","b":1}'],
  ['format("%v", [1, "a"])', '[1,"a"]'],
  ['format("%#v", "a<b")', '"a\\u003cb"'],
  ['format("%q", "hi\\"")', '"hi\\""'],
  ['format("%q", 12)', '"12"'],
  ['format("%t", true)', "true"],
  ['format("%t", "false")', "false"],
  ['format("%x", 255)', "ff"],
  ['format("%X", 255)', "FF"],
  ['format("%#x", 255)', "0xff"],
  ['format("%x", "hi")', "6869"],
  ['format("%o", 8)', "10"],
  ['format("%b", 5)', "101"],
  ['format("%e", 1234.5678)', "1.234568e+03"],
  ['format("%E", 0.000123)', "1.230000E-04"],
  ['format("%.2e", 0)', "0.00e+00"],
  ['format("%f", 1.5)', "1.500000"],
  ['format("%.1f", 0.05)', "0.1"],
  ['format("%.0f", 2.5)', "2"],
  ['format("%.0f", 3.5)', "4"],
  ['format("%.2f", 1e21)', "1000000000000000000000.00"],
  ['format("%g", 1234.5678)', "1234.5678"],
  ['format("%g", 0.00001234)', "1.234e-05"],
  ['format("%.3g", 1234.5678)', "1.23e+03"],
  ['format("%G", 1e-10)', "1E-10"],
  ['format("%6.2f", -1.5)', " -1.50"],
  ['format("%-8.2f|", 1.5)', "1.50    |"],
  ['format("%+.1f", 2)', "+2.0"],
  ['format("%10s|", "ab")', "        ab|"],
  ['format("%-5s|", "ab")', "ab   |"],
  ['format("%.2s", "abcdef")', "ab"],
  ['format("%5s|", "🤔")', "    🤔|"],
  ['format("%+d", 5)', "+5"],
  ['format("% d", 5)', " 5"],
  ['format("%05d", -42)', "-0042"],
  ['format("%-5d|", 42)', "42   |"],
  ['format("%.4d", 7)', "0007"],
  ['format("%%")', "%"],
  ['format("100%% %s", "sure")', "100% sure"],
  ['format("%[2]s %[1]s", "a", "b")', "b a"],
  ['format("%[1]s %s", "a", "b")', "a b"],
  ['formatlist("Hello, %s!", ["Valentina", "Ander"])', ["Hello, Valentina!", "Hello, Ander!"]],
  ['formatlist("%s, %s!", "Salutations", ["Valentina", "Ander"])', ["Salutations, Valentina!", "Salutations, Ander!"]],
];

describe("format", () => {
  it.each(cases)("%s", (expr, expected) => {
    expect(js(expr)).toEqual(expected);
  });

  it.each([
    'format("%s")',
    'format("%s", "a", "b")',
    'format("%d", 3.5)',
    'format("%d", "x")',
    'format("%s", [1])',
    'format("%s", null)',
    'format("%z", 1)',
    'format("%", 1)',
    'format("%999999999s", "x")',
    'formatlist("%s %s", ["a"], ["b", "c"])',
  ])("%s is an error, so unknown", (expr) => {
    const v = evalLocal(expr);
    expect(v.kind === "unknown" && v.error).toBe(true);
  });

  it("leaves a hole for an unknown argument", () => {
    const v = evalLocal('format("%s:%s", "nginx", var.tag)', { "v.tf": 'variable "tag" {}' });
    expect(v.kind === "unknown" && v.pieces).toEqual([{ known: true, text: "nginx:" }, { known: false }]);
  });
});
