/**
 * Local corpus comparison (not part of CI): parses every `.tf` file (and with
 * `--tfvars` every `.tfvars` file) under a
 * folder with our parser (`toHclJson(parseNative(...))`) and with
 * `@cdktf/hcl2json`, and reports how many give the same JSON, how many both
 * reject, and every difference with the first JSON path at which the two
 * objects differ.
 *
 *   npm run compile && node dist/bench/corpus-compare.js <dir> [--json out.json] [--limit N] [--max-kb N] [--show-rejects] [--tfvars]
 *
 * Exit code 0 when every file agrees, 1 when some differ, 2 on bad usage.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseNative } from "../src/hcl/parser.js";
import { toHclJson } from "../src/hcl/tohcljson.js";

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

/** How one file compared. */
export type Verdict =
  | { kind: "same" }
  | { kind: "both-reject"; ours: string; theirs: string }
  | { kind: "only-we-reject"; ours: string }
  | { kind: "only-they-reject"; theirs: string }
  | { kind: "different"; path: string; ours: string; theirs: string }
  | { kind: "skipped"; reason: string };

/** One file's result. */
export interface FileResult {
  readonly file: string;
  readonly bytes: number;
  readonly verdict: Verdict;
}

const SKIP_DIRS = new Set([".git", ".terraform", "node_modules"]);

/**
 * Every file under `dir` whose name ends in one of `extensions` (default
 * `.tf`), sorted, skipping VCS folders, provider caches and node_modules.
 */
export function findTfFiles(dir: string, extensions: readonly string[] = [".tf"]): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(p);
      } else if (e.isFile() && extensions.some((x) => e.name.endsWith(x))) {
        out.push(p);
      }
    }
  };
  walk(dir);
  return out;
}

function ours(text: string, name: string): Outcome {
  try {
    const file = parseNative(text, name);
    const err = file.diagnostics.find((d) => d.severity === "error");
    if (err !== undefined) {
      return { ok: false, message: `${name}:${err.range.start.line},${err.range.start.column}: ${err.summary}; ${err.detail}` };
    }
    return { ok: true, value: toHclJson(file) };
  } catch (e) {
    return { ok: false, message: `threw: ${(e as Error).message}` };
  }
}

async function theirs(text: string, name: string): Promise<Outcome> {
  const { parse } = await import("@cdktf/hcl2json");
  try {
    return { ok: true, value: await parse(name, text) };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The first JSON path (`$.resource.aws_instance.web[0].ami`) at which `a` and
 * `b` differ, or undefined when they are equal. Keys are visited sorted, so
 * the answer does not depend on key order.
 */
export function firstDifference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d !== undefined) return d;
    }
    return a.length === b.length ? undefined : `${path}.length`;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) {
      const sub = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`;
      if (!(k in a) || !(k in b)) return sub;
      const d = firstDifference(a[k], b[k], sub);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return path;
}

/** The value at a path produced by {@link firstDifference}, for the report. */
function valueAt(root: unknown, path: string): unknown {
  let v: unknown = root;
  const re = /\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.length$/g;
  for (const m of path.slice(1).matchAll(re)) {
    if (m[0] === ".length") return Array.isArray(v) ? v.length : undefined;
    const key = m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]) as string));
    v = (v as Record<string | number, unknown> | undefined)?.[key];
  }
  return v;
}

const short = (v: unknown): string => {
  const s = v === undefined ? "(absent)" : JSON.stringify(v);
  return s.length > 160 ? s.slice(0, 160) + "…" : s;
};

/** Compares one file's text. */
export async function compareText(text: string, name: string): Promise<Verdict> {
  const a = ours(text, name);
  const b = await theirs(text, name);
  if (!a.ok && !b.ok) return { kind: "both-reject", ours: a.message, theirs: b.message };
  if (!a.ok) return { kind: "only-we-reject", ours: a.message };
  if (!b.ok) return { kind: "only-they-reject", theirs: b.message };
  const path = firstDifference(a.value, b.value);
  if (path === undefined) return { kind: "same" };
  return { kind: "different", path, ours: short(valueAt(a.value, path)), theirs: short(valueAt(b.value, path)) };
}

/** Compares every `.tf` file under `dir`. */
export async function compareDir(
  dir: string,
  options: {
    limit?: number;
    maxBytes?: number;
    extensions?: readonly string[];
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<FileResult[]> {
  const files = findTfFiles(dir, options.extensions).slice(0, options.limit ?? Infinity);
  const results: FileResult[] = [];
  for (const [i, path] of files.entries()) {
    const buf = readFileSync(path);
    const rel = relative(dir, path);
    let verdict: Verdict;
    if (options.maxBytes !== undefined && buf.length > options.maxBytes) {
      verdict = { kind: "skipped", reason: `${buf.length} bytes` };
    } else {
      verdict = await compareText(buf.toString("utf8"), "main.tf");
    }
    results.push({ file: rel, bytes: buf.length, verdict });
    options.onProgress?.(i + 1, files.length);
  }
  return results;
}

/** `line,column` of the first error in a message of either parser (`main.tf:3,5: …`). */
const firstLocation = (message: string): string | undefined => /main\.tf:(\d+,\d+)/.exec(message)?.[1];

/**
 * The text report: summary figures, then every file that did not agree, and
 * with `showRejects` every file both reject.
 */
export function formatReport(dir: string, results: readonly FileResult[], showRejects = false): string {
  const count = (k: Verdict["kind"]): number => results.filter((r) => r.verdict.kind === k).length;
  const bytes = results.reduce((n, r) => n + r.bytes, 0);
  const lines = [
    `corpus: ${dir}`,
    `files:            ${results.length} (${(bytes / 1e6).toFixed(1)} MB)`,
    `same JSON:        ${count("same")}`,
    `both reject:      ${count("both-reject")} (first error at the same line and column: ${
      results.filter((r) => r.verdict.kind === "both-reject" && firstLocation(r.verdict.ours) === firstLocation(r.verdict.theirs)).length
    })`,
    `only we reject:   ${count("only-we-reject")}`,
    `only they reject: ${count("only-they-reject")}`,
    `different JSON:   ${count("different")}`,
    `skipped:          ${count("skipped")}`,
  ];
  const bad = results.filter((r) => !["same", "both-reject", "skipped"].includes(r.verdict.kind));
  if (bad.length > 0) lines.push("", "differences:");
  for (const r of bad) {
    const v = r.verdict;
    if (v.kind === "different") lines.push(`  ${r.file}: ${v.path}\n      ours:   ${v.ours}\n      theirs: ${v.theirs}`);
    else if (v.kind === "only-we-reject") lines.push(`  ${r.file}: only we reject: ${v.ours}`);
    else if (v.kind === "only-they-reject") lines.push(`  ${r.file}: only hcl2json rejects: ${v.theirs.slice(0, 300)}`);
  }
  const both = showRejects ? results.filter((r) => r.verdict.kind === "both-reject") : [];
  if (both.length > 0) lines.push("", "both reject:");
  for (const r of both) {
    const v = r.verdict as Extract<Verdict, { kind: "both-reject" }>;
    lines.push(`  ${r.file}\n      ours:   ${v.ours.slice(0, 200)}\n      theirs: ${v.theirs.slice(0, 200)}`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let dir: string | undefined;
  let jsonOut: string | undefined;
  let limit: number | undefined;
  let maxBytes: number | undefined;
  let showRejects = false;
  const extensions = [".tf"];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--json") jsonOut = args[++i];
    else if (a === "--limit") limit = Number(args[++i]);
    else if (a === "--max-kb") maxBytes = Number(args[++i]) * 1024;
    else if (a === "--show-rejects") showRejects = true;
    else if (a === "--tfvars") extensions.push(".tfvars");
    else if (dir === undefined && !a.startsWith("-")) dir = a;
    else {
      process.stderr.write(`unexpected argument: ${a}\n`);
      process.exit(2);
    }
  }
  if (dir === undefined) {
    process.stderr.write("usage: node dist/bench/corpus-compare.js <dir> [--json out.json] [--limit N] [--max-kb N] [--show-rejects] [--tfvars]\n");
    process.exit(2);
  }
  const results = await compareDir(dir, {
    limit,
    maxBytes,
    extensions,
    onProgress: (done, total) => {
      if (done % 200 === 0 || done === total) process.stderr.write(`  ${done}/${total}\n`);
    },
  });
  console.log(formatReport(dir, results, showRejects));
  if (jsonOut !== undefined) writeFileSync(jsonOut, JSON.stringify(results, null, 1) + "\n");
  const disagree = results.some((r) => ["different", "only-we-reject", "only-they-reject"].includes(r.verdict.kind));
  process.exit(disagree ? 1 : 0);
}

// Run only as a script, so the functions above can be imported.
if (process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  void main();
}
