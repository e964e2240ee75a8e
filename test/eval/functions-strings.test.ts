import { describe, expect, it } from "vitest";
import { evalLocal, evalWithDiagnostics, js } from "./helpers.js";

// Expected values follow Terraform's documentation and cty's behaviour.
const cases: [string, unknown][] = [
  ['split(",", "a,b,c")', ["a", "b", "c"]],
  ['split(",", "")', [""]],
  ['split(",", "a,")', ["a", ""]],
  ['split("", "abc")', ["a", "b", "c"]],
  ['join(", ", ["a", "b"])', "a, b"],
  ['join("-", ["a"], ["b", "c"])', "a-b-c"],
  ['join(",", [])', ""],
  ['join(",", [1, true])', "1,true"],
  ['replace("1 + 2 + 3", "+", "-")', "1 - 2 - 3"],
  ['replace("hello world", "/w.*d/", "everybody")', "hello everybody"],
  ['replace("abc", "", "-")', "-a-b-c-"],
  ['replace("a1b22", "/(\\\\d+)/", "<$1>")', "a<1>b<22>"],
  ['replace("a1", "/(\\\\d)/", "$1x")', "a"],
  ['replace("a1", "/(\\\\d)/", "${1}x")', "a1x"],
  ['replace("ab", "/(?P<l>a)/", "$l$l")', "aab"],
  ['replace("a", "/a/", "$$")', "$"],
  ['replace("baaab", "/a*/", "-")', "-b-b-"],
  ['lower("HELLO")', "hello"],
  ['upper("hello")', "HELLO"],
  ['title("hello world")', "Hello World"],
  ['title("hello-world_x")', "Hello-World_x"],
  ['trim("?!hello?!", "!?")', "hello"],
  ['trimprefix("helloworld", "hello")', "world"],
  ['trimprefix("helloworld", "cat")', "helloworld"],
  ['trimsuffix("helloworld", "world")', "hello"],
  ['trimspace("  hello\\n\\n")', "hello"],
  ['chomp("hello\\n\\n")', "hello"],
  ['chomp("hello\\r\\n")', "hello"],
  ['indent(2, "a\\nb\\n")', "a\n  b\n  "],
  ['substr("hello world", 1, 4)', "ello"],
  ['substr("hello world", -5, 3)', "wor"],
  ['substr("hello world", -5, -1)', "world"],
  ['substr("🤔🤷x", 0, 1)', "🤔"],
  ['substr("hello", 10, 1)', ""],
  ['startswith("hello world", "hello")', true],
  ['startswith("hello world", "world")', false],
  ['endswith("hello world", "world")', true],
  ['strcontains("hello world", "wor")', true],
  ['strcontains("hello world", "cat")', false],
  ['strrev("hello")', "olleh"],
  ['strrev("a🤔b")', "b🤔a"],
  ['regex("[a-z]+", "53453453.345345aaabbbccc23454")', "aaabbbccc"],
  ['regex("(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)", "2019-02-01")', ["2019", "02", "01"]],
  [
    'regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")',
    { authority: "terraform.io", scheme: "https" },
  ],
  ['regex("(a)|(b)", "b")', [null, "b"]],
  ['regex("(?i)HELLO", "say hello")', "hello"],
  ['regex("\\\\Aab\\\\z", "ab")', "ab"],
  ['regex("[[:digit:]]+", "ab123")', "123"],
  ['regex("\\\\pL+", "12été")', "été"],
  ['regex("a{2}", "caab")', "aa"],
  ['regex("{x}", "a{x}")', "{x}"],
  ['regex("[]a]+", "b]a]")', "]a]"],
  ['regex("\\\\Q.*\\\\E", "a.*b")', ".*"],
  ['regexall("[a-z]+", "1234abcd5678efgh9")', ["abcd", "efgh"]],
  ['length(regexall("[a-z]+", "1234abcd5678efgh9"))', 2],
  ['regexall("\\\\d", "")', []],
  ['regexall("a*", "baaab")', ["", "aaa", ""]],
  ['regexall("(\\\\w)=(\\\\d)", "a=1 b=2")', [["a", "1"], ["b", "2"]]],
];

describe("string functions", () => {
  it.each(cases)("%s", (expr, expected) => {
    expect(js(expr)).toEqual(expected);
  });

  it.each([
    'regex("a", "b")',
    'regex("(?P<x>a)(b)", "ab")',
    'regex("a(?=b)", "ab")',
    'regex("a**", "aa")',
    'regex("(a", "a")',
    'substr("abc", 0.5, 1)',
    'upper(null)',
    'join(",", ["a", null])',
    'split(",")',
  ])("%s is an error, so unknown", (expr) => {
    const v = evalLocal(expr);
    expect(v.kind).toBe("unknown");
    expect(v.kind === "unknown" && v.error).toBe(true);
  });

  it.each(['regex("(?i:a)b", "Ab")', 'regex("\\\\C", "a")', 'regex("[[:^alpha:]]", "1")', 'regex("\\\\12", "a")'])(
    "%s uses RE2 syntax JavaScript lacks: unknown, not an error",
    (expr) => {
      const v = evalLocal(expr);
      expect(v.kind).toBe("unknown");
      expect(v.kind === "unknown" && v.error).toBeFalsy();
    },
  );

  it("stops a pattern that backtracks catastrophically, with a diagnostic", () => {
    const { value, diagnostics } = evalWithDiagnostics('regex("^(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")');
    expect(value.kind).toBe("unknown");
    expect(diagnostics.map((d) => d.summary)).toContain("Regular expression too slow");
  });

  it("runs a safe nested pattern normally", () => {
    expect(js('regex("^(ab)+$", "ababab")')).toEqual(["ab"]);
    expect(js('regex("^(a|b)+$", "abba")')).toEqual(["a"]);
  });

  it("joins partly known lists into partly known strings", () => {
    const v = evalLocal('join(":", ["nginx", var.tag])', { "v.tf": 'variable "tag" {}' });
    expect(v.kind).toBe("unknown");
    expect(v.kind === "unknown" && v.pieces).toEqual([{ known: true, text: "nginx:" }, { known: false }]);
  });
});

