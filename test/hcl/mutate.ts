/**
 * Input mutation and tree checking for the parser fuzz test, kept apart from
 * the test so a failing case can be replayed from a script.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseNative } from "../../src/hcl/parser.js";
import type { HclFile, Pos, Range } from "../../src/hcl/ast.js";

/** Small deterministic PRNG (mulberry32): the same seed gives the same inputs everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function listFixtures(dir: string): string[] {
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
export function mutate(source: string, rnd: () => number): { text: string; steps: string[] } {
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
 * Positions of a source as DESIGN.md defines them: lines end at `\n`, `\r\n`
 * or a lone `\r`; columns count code points. Built once per source in linear
 * time, so checking every range of a large tree stays linear too.
 */
class PositionIndex {
  /** Code points before each UTF-16 offset. */
  private readonly cps: Int32Array;
  /** Offset at which each line starts (index 0 is line 1). */
  private readonly lineStarts: number[] = [0];

  constructor(private readonly source: string) {
    const n = source.length;
    this.cps = new Int32Array(n + 1);
    let cp = 0;
    for (let i = 0; i < n; i++) {
      this.cps[i] = cp;
      const c = source.charCodeAt(i);
      const pairEnd = c >= 0xd800 && c <= 0xdbff && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      if (!pairEnd) cp++;
      if (c === 0x0a || (c === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) this.lineStarts.push(i + 1);
    }
    this.cps[n] = cp;
  }

  /**
   * The line and column of `offset`; undefined when it splits a surrogate
   * pair. `alt` is the other reading of an offset between `\r` and `\n`
   * (end of the line, or start of the next).
   */
  at(offset: number): { line: number; column: number; alt?: { line: number; column: number } } | undefined {
    const s = this.source;
    if (offset > 0 && offset < s.length) {
      const prev = s.charCodeAt(offset - 1);
      if (prev >= 0xd800 && prev <= 0xdbff && (s.charCodeAt(offset) & 0xfc00) === 0xdc00) return undefined;
    }
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const pos = { line: lo + 1, column: this.cps[offset] - this.cps[this.lineStarts[lo]] + 1 };
    if (offset > 0 && s.charCodeAt(offset - 1) === 0x0d && s.charCodeAt(offset) === 0x0a) {
      return { ...pos, alt: { line: pos.line + 1, column: 1 } };
    }
    return pos;
  }
}

/** Checks one position; returns a problem description or undefined. */
function checkPos(index: PositionIndex, length: number, pos: Pos, what: string): string | undefined {
  if (!Number.isInteger(pos.offset) || pos.offset < 0 || pos.offset > length) {
    return `${what}: offset ${pos.offset} outside 0..${length}`;
  }
  const want = index.at(pos.offset);
  if (want === undefined) return `${what}: offset ${pos.offset} splits a surrogate pair`;
  const ok = (w: { line: number; column: number }): boolean => w.line === pos.line && w.column === pos.column;
  if (!ok(want) && !(want.alt && ok(want.alt))) {
    return `${what}: offset ${pos.offset} is ${want.line}:${want.column}, range says ${pos.line}:${pos.column}`;
  }
  return undefined;
}

function checkRange(index: PositionIndex, length: number, range: Range, what: string, problems: string[]): void {
  const p = checkPos(index, length, range.start, `${what} start`) ?? checkPos(index, length, range.end, `${what} end`);
  if (p !== undefined) problems.push(p);
  else if (range.start.offset > range.end.offset) {
    problems.push(`${what}: start ${range.start.offset} after end ${range.end.offset}`);
  }
}

const isRange = (v: unknown): v is Range =>
  typeof v === "object" && v !== null && "start" in v && "end" in v && typeof (v as Range).start?.offset === "number";

/**
 * Visits every object in the tree (iteratively: trees of 10,000 levels are
 * inputs here) and checks each property that holds a range.
 */
function checkTree(index: PositionIndex, length: number, root: unknown, rootPath: string, problems: string[]): void {
  const seen = new Set<unknown>();
  const stack: [unknown, string][] = [[root, rootPath]];
  while (stack.length > 0 && problems.length < 50) {
    const [node, path] = stack.pop() as [unknown, string];
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((n, i) => stack.push([n, `${path}[${i}]`]));
      continue;
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === "source") continue;
      if (isRange(v)) checkRange(index, length, v, `${path}.${k}`, problems);
      else if (typeof v === "object" && v !== null) stack.push([v, path.length < 200 ? `${path}.${k}` : "…"]);
    }
  }
}

/** Parses `text` and returns every broken invariant (empty when all hold). */
export function check(text: string): string[] {
  let file: HclFile;
  try {
    file = parseNative(text, "fuzz.tf");
  } catch (e) {
    const err = e as Error;
    return [`threw ${err.name}: ${err.message} ${(err.stack ?? "").split("\n")[1]?.trim() ?? ""}`];
  }
  return checkFile(text, file);
}

/** Every broken invariant of a parse result for `text` (empty when all hold). */
export function checkFile(text: string, file: HclFile): string[] {
  const problems: string[] = [];
  if (file.source !== text) problems.push("file.source differs from the input");
  if (!Array.isArray(file.diagnostics) || !Array.isArray(file.comments) || file.body?.type !== "Body") {
    problems.push("result is missing body, comments or diagnostics");
    return problems;
  }
  const index = new PositionIndex(text);
  file.diagnostics.forEach((d, i) => {
    if (typeof d.summary !== "string" || d.summary === "") problems.push(`diagnostics[${i}] has no summary`);
    checkRange(index, text.length, d.range, `diagnostics[${i}].range`, problems);
  });
  checkTree(index, text.length, file.body, "body", problems);
  checkTree(index, text.length, file.comments, "comments", problems);
  return problems;
}

