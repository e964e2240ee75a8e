import { describe, expect, it } from "vitest";
import { toJs } from "../../src/eval/index.js";
import { evalLocal, evalWithDiagnostics, js, moduleScope } from "./helpers.js";

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

  it.each([
    ['regex("(?i:a)b", "Ab")', "Ab"],
    ['regex("[[:^alpha:]]+", "ab12c")', "12"],
    ['regex("a(?U)a+", "aaaa")', "aa"],
    ['regex("\\\\12", "a\\nb")', "\n"],
    ['regex("\\\\p{Greek}+", "abγδε")', "γδε"],
  ])("%s is evaluated with RE2's syntax", (expr, expected) => {
    expect(js(expr)).toEqual(expected);
  });

  it.each(['regex("\\\\C", "a")', 'regex("\\\\8", "a")', 'regex("(?P=x)", "a")'])("%s is invalid RE2: an error, as in Terraform", (expr) => {
    const v = evalLocal(expr);
    expect(v.kind === "unknown" && v.error).toBe(true);
  });

  it("runs a pattern that would backtrack catastrophically in linear time", () => {
    const { value, diagnostics } = evalWithDiagnostics('regex("^(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")');
    expect(value.kind === "unknown" && value.error).toBe(true);
    expect(diagnostics).toEqual([]);
  });

  it("keeps Terraform's capture semantics: a list for unnamed groups, an object for named ones", () => {
    const { scope } = moduleScope({
      "r.tf": `locals {\n  unnamed = regex("(\\\\d+)-(x)?", "12-")\n  named = regex("(?P<year>\\\\d{4})-(?<month>\\\\d\\\\d)", "2024-05")\n  mixed = regex("(?P<a>a)(b)", "ab")\n}\n`,
    });
    expect(toJs(scope.local("unnamed"))).toEqual(["12", null]);
    expect(toJs(scope.local("named"))).toEqual({ year: "2024", month: "05" });
    const mixed = scope.local("mixed");
    expect(mixed.kind === "unknown" && mixed.error).toBe(true);
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

