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
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parseNative } from "../../src/hcl/parser.js";
import type { HclFile, Pos, Range } from "../../src/hcl/ast.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/hcl");
const SEED = 0x7f4a7c15;
const MUTATIONS_PER_FIXTURE = 12;

/** Small deterministic PRNG (mulberry32): the same seed gives the same inputs everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function listFixtures(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFixtures(p));
    else if (name.endsWith(".tf")) out.push(p);
  }
  return out;
}

/** Characters and fragments that tend to confuse a lexer. */
const INSERTS = [
  "{", "}", "[", "]", "(", ")", '"', "$", "%", "~", "<", "*", "\n", "\0",
  "${", "%{", "$${", "%%{", "<<EOT\n", "<<-EOT\n", "\nEOT\n", "/*", "*/", "#", "//",
  "\r", "\r\n", "\\", "\\u", "\\U0001", "...", "::", "=>", "?", ":", "=", ",", ".", ".*", "[*]",
  "\uD800", "\uDC00", "\uDBFF\uDFFF", "🚀", "e\u0301", "\uFEFF", "\t", "\u2028", "\x0c",
  "for ", " in ", " if ", "%{ endif }", "%{ else }", "%{ endfor }", "~}",
];

type Mutation = { readonly name: string; readonly apply: (s: string, rnd: () => number) => string };

const int = (rnd: () => number, n: number): number => Math.floor(rnd() * n);

const MUTATIONS: readonly Mutation[] = [
  {
    name: "delete",
    apply: (s, rnd) => {
      const at = int(rnd, s.length + 1);
      return s.slice(0, at) + s.slice(at + 1 + int(rnd, 4));
    },
  },
  {
    name: "insert",
    apply: (s, rnd) => {
      const at = int(rnd, s.length + 1);
      return s.slice(0, at) + INSERTS[int(rnd, INSERTS.length)] + s.slice(at);
    },
  },
  {
    name: "replace",
    apply: (s, rnd) => {
      const at = int(rnd, s.length + 1);
      return s.slice(0, at) + INSERTS[int(rnd, INSERTS.length)] + s.slice(at + 1);
    },
  },
  { name: "truncate", apply: (s, rnd) => s.slice(0, int(rnd, s.length + 1)) },
  {
    name: "duplicate",
    apply: (s, rnd) => {
      const a = int(rnd, s.length + 1);
      const b = Math.min(s.length, a + 1 + int(rnd, 40));
      return s.slice(0, b) + s.slice(a, b) + s.slice(b);
    },
  },
  {
    name: "swap-lines",
    apply: (s, rnd) => {
      const lines = s.split("\n");
      const i = int(rnd, lines.length);
      const j = int(rnd, lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join("\n");
    },
  },
  {
    name: "split-surrogate",
    apply: (s, rnd) => {
      // Cut a string at a random point and glue a lone surrogate in, as a bad decoder would.
      const at = int(rnd, s.length + 1);
      return s.slice(0, at) + (rnd() < 0.5 ? "\uD83D" : "\uDE80") + s.slice(at);
    },
  },
  { name: "crlf", apply: (s) => s.replace(/\n/g, "\r\n") },
  { name: "lone-cr", apply: (s) => s.replace(/\n/g, "\r") },
];

/** Applies one to four random mutations in a row. */
function mutate(source: string, rnd: () => number): { text: string; steps: string[] } {
  let text = source;
  const steps: string[] = [];
  const count = 1 + int(rnd, 4);
  for (let i = 0; i < count; i++) {
    const m = MUTATIONS[int(rnd, MUTATIONS.length)];
    text = m.apply(text, rnd);
    steps.push(m.name);
  }
  return { text, steps };
}

/**
 * The position of `offset` as DESIGN.md defines it: lines end at `\n`,
 * `\r\n` or a lone `\r`; columns count code points. Returns undefined when
 * the offset splits a surrogate pair; `alt` is the other reading of an offset
 * between `\r` and `\n` (end of the line, or start of the next).
 */
function positionAt(source: string, offset: number): { line: number; column: number; alt?: { line: number; column: number } } | undefined {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < offset) {
    const c = source.charCodeAt(i);
    if (c === 0x0d && source.charCodeAt(i + 1) === 0x0a) {
      if (offset === i + 1) return { line, column: column + 1, alt: { line: line + 1, column: 1 } };
      line++;
      column = 1;
      i += 2;
    } else if (c === 0x0a || c === 0x0d) {
      line++;
      column = 1;
      i++;
    } else if (c >= 0xd800 && c <= 0xdbff && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (offset === i + 1) return undefined;
      column++;
      i += 2;
    } else {
      column++;
      i++;
    }
  }
  return { line, column };
}

/** Checks one position; returns a problem description or undefined. */
function checkPos(source: string, pos: Pos, what: string): string | undefined {
  if (!Number.isInteger(pos.offset) || pos.offset < 0 || pos.offset > source.length) {
    return `${what}: offset ${pos.offset} outside 0..${source.length}`;
  }
  const want = positionAt(source, pos.offset);
  if (want === undefined) return `${what}: offset ${pos.offset} splits a surrogate pair`;
  const ok = (w: { line: number; column: number }): boolean => w.line === pos.line && w.column === pos.column;
  if (!ok(want) && !(want.alt && ok(want.alt))) {
    return `${what}: offset ${pos.offset} is ${want.line}:${want.column}, range says ${pos.line}:${pos.column}`;
  }
  return undefined;
}

function checkRange(source: string, range: Range, what: string, problems: string[]): void {
  const p = checkPos(source, range.start, `${what} start`) ?? checkPos(source, range.end, `${what} end`);
  if (p !== undefined) problems.push(p);
  else if (range.start.offset > range.end.offset) {
    problems.push(`${what}: start ${range.start.offset} after end ${range.end.offset}`);
  }
}

const isRange = (v: unknown): v is Range =>
  typeof v === "object" && v !== null && "start" in v && "end" in v && typeof (v as Range).start?.offset === "number";

/** Walks every object in the tree and checks each property that holds a range. */
function checkTree(source: string, node: unknown, path: string, problems: string[], seen: Set<unknown>): void {
  if (typeof node !== "object" || node === null || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    node.forEach((n, i) => checkTree(source, n, `${path}[${i}]`, problems, seen));
    return;
  }
  for (const [k, v] of Object.entries(node)) {
    if (k === "source") continue;
    if (isRange(v)) checkRange(source, v, `${path}.${k}`, problems);
    else checkTree(source, v, `${path}.${k}`, problems, seen);
  }
}

/** Parses `text` and returns every broken invariant (empty when all hold). */
function check(text: string): string[] {
  let file: HclFile;
  try {
    file = parseNative(text, "fuzz.tf");
  } catch (e) {
    const err = e as Error;
    return [`threw ${err.name}: ${err.message} ${(err.stack ?? "").split("\n")[1]?.trim() ?? ""}`];
  }
  const problems: string[] = [];
  if (file.source !== text) problems.push("file.source differs from the input");
  if (!Array.isArray(file.diagnostics) || !Array.isArray(file.comments) || file.body?.type !== "Body") {
    problems.push("result is missing body, comments or diagnostics");
    return problems;
  }
  file.diagnostics.forEach((d, i) => {
    if (typeof d.summary !== "string" || d.summary === "") problems.push(`diagnostics[${i}] has no summary`);
    checkRange(text, d.range, `diagnostics[${i}].range`, problems);
  });
  checkTree(text, file.body, "body", problems, new Set());
  checkTree(text, file.comments, "comments", problems, new Set());
  return problems;
}

const show = (s: string): string => JSON.stringify(s.length > 300 ? s.slice(0, 300) + "…" : s);

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
