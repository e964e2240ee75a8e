/**
 * Fuzz test of the native-syntax parser: thousands of deterministic random
 * mutations of the fixtures in fixtures/hcl/, plus pathological inputs. For
 * each input `parseNative` must return (never throw), and every range in the
 * result (diagnostics, nodes, comments) must lie inside the source with a
 * line and column that agree with its offset.
 *
 * There is no wall-clock assertion: a hang would stop the run, and the final
 * count check proves every input was parsed.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { HclFile, Range } from "../../src/hcl/ast.js";
import { check, checkFile, listFixtures, mutate, prng } from "./mutate.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/hcl");
const SEED = 0x7f4a7c15;
const MUTATIONS_PER_FIXTURE = 12;

const show = (s: string): string => JSON.stringify(s.length > 300 ? s.slice(0, 300) + "…" : s);

describe("the fuzz checker itself", () => {
  // A checker that never complains would make the fuzz test pass for any parser.
  const text = "a = 1\r\nb = \"🚀\"\n";
  const at = (line: number, column: number, offset: number) => ({ line, column, offset });
  const file = (range: Range): HclFile => ({
    filename: "t.tf",
    source: text,
    syntax: "native",
    body: { type: "Body", items: [], range: { start: at(1, 1, 0), end: at(3, 1, text.length) } },
    comments: [],
    diagnostics: [{ severity: "error", summary: "x", detail: "", range }],
  });

  it("accepts correct positions, after CRLF and an astral character", () => {
    expect(checkFile(text, file({ start: at(2, 1, 7), end: at(2, 7, 14) }))).toEqual([]);
  });
  it("rejects an offset past the end", () => {
    expect(checkFile(text, file({ start: at(1, 1, 0), end: at(3, 2, text.length + 1) }))).toHaveLength(1);
  });
  it("rejects a column counted in UTF-16 units instead of code points", () => {
    expect(checkFile(text, file({ start: at(2, 1, 7), end: at(2, 8, 14) }))).toHaveLength(1);
  });
  it("rejects an offset inside a surrogate pair", () => {
    expect(checkFile(text, file({ start: at(2, 1, 7), end: at(2, 7, 13) }))).toHaveLength(1);
  });
  it("rejects a start after the end", () => {
    expect(checkFile(text, file({ start: at(2, 1, 7), end: at(1, 1, 0) }))).toHaveLength(1);
  });
});

describe("parser fuzz: mutated fixtures", () => {
  const fixtures = listFixtures(FIXTURES);

  it("finds the fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(150);
  });

  it(`parses ${MUTATIONS_PER_FIXTURE} mutations of every fixture without throwing, with ranges inside the file`, () => {
    const rnd = prng(SEED);
    const failures: string[] = [];
    let parsed = 0;
    for (const path of fixtures) {
      const source = readFileSync(path, "utf8");
      for (let i = 0; i < MUTATIONS_PER_FIXTURE; i++) {
        const { text, steps } = mutate(source, rnd);
        const problems = check(text);
        parsed++;
        if (problems.length > 0 && failures.length < 20) {
          failures.push(`${relative(FIXTURES, path)} #${i} (${steps.join("+")}): ${problems.slice(0, 3).join("; ")}\n  input: ${show(text)}`);
        }
      }
    }
    expect(failures, failures.join("\n")).toEqual([]);
    expect(parsed).toBe(fixtures.length * MUTATIONS_PER_FIXTURE);
  });

  it("parses every prefix of a realistic fixture", () => {
    // Truncation at every offset walks the parser through every unterminated state.
    const source = readFileSync(join(FIXTURES, "terraform/user-data.tf"), "utf8");
    const failures: string[] = [];
    for (let n = 0; n <= source.length; n++) {
      const problems = check(source.slice(0, n));
      if (problems.length > 0 && failures.length < 10) failures.push(`prefix ${n}: ${problems.slice(0, 2).join("; ")}`);
    }
    expect(failures, failures.join("\n")).toEqual([]);
  });
});

describe("parser fuzz: pathological inputs", () => {
  const deep = 10_000;
  const cases: Record<string, string> = {
    "empty": "",
    "only a BOM": "\uFEFF",
    "NUL bytes": "a = 1\0\0\0\nb = \"\0\"\n",
    "lone surrogates": "a = \"\uD800\"\n\uDC00 = 1\nb\uD800c = 2\n",
    "replacement characters from invalid UTF-8": "a = \uFFFD\n\uFFFD\uFFFD\n",
    "unterminated string": 'a = "abc',
    "unterminated heredoc": "a = <<EOT\nline\n",
    "unterminated template": 'a = "${var.x',
    "unterminated directive": 'a = "%{ if x }',
    "unterminated block comment": "a = 1\n/* never",
    "unclosed block at EOF": "a {\n b {\n",
    [`${deep} nested tuples`]: "a = " + "[".repeat(deep) + "]".repeat(deep) + "\n",
    [`${deep} unclosed tuples`]: "a = " + "[".repeat(deep),
    [`${deep} nested parentheses`]: "a = " + "(".repeat(deep) + "1" + ")".repeat(deep) + "\n",
    [`${deep} nested objects`]: "a = " + "{a=".repeat(deep) + "1" + "}".repeat(deep) + "\n",
    [`${deep} nested blocks`]: "a {\n".repeat(deep) + "}\n".repeat(deep),
    [`${deep} unclosed blocks`]: "a {\n".repeat(deep),
    [`${deep} nested templates`]: "a = " + '"${'.repeat(deep) + "1" + '}"'.repeat(deep) + "\n",
    [`${deep} nested directives`]: 'a = "' + "%{ if x }".repeat(deep) + "%{ endif }".repeat(deep) + '"\n',
    [`${deep} unary operators`]: "a = " + "!".repeat(deep) + "x\n",
    [`${deep} binary operators`]: "a = " + "x + ".repeat(deep) + "x\n",
    [`${deep} conditionals`]: "a = " + "x ? y : ".repeat(deep) + "z\n",
    [`${deep} traversal steps`]: "a = x" + ".y[0]".repeat(deep) + "\n",
    [`${deep} function calls`]: "a = " + "f(".repeat(deep) + ")".repeat(deep) + "\n",
    [`${deep} for-expressions`]: "a = " + "[for x in ".repeat(deep) + "y" + " : x]".repeat(deep) + "\n",
    "a long line of closing braces": "}".repeat(100_000),
    "many attributes": "a = 1\n".repeat(50_000).replace(/a = 1/g, (_m: string, off: number) => `a${off} = 1`),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`returns a tree for ${name}`, () => {
      const problems = check(text);
      expect(problems, problems.slice(0, 5).join("\n")).toEqual([]);
    });
  }
});
