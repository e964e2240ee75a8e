/**
 * Differential check of syntax errors (not part of CI): makes seeded
 * mutations of `.tf` files, parses each with our `parse` and with
 * `@cdktf/hcl2json` (HashiCorp's hclsyntax), and, for every input both
 * reject, compares the sets of errors as (line, column, summary) triples.
 * Users see one finding per error, so an extra or a missing error is a
 * disagreement even when the verdicts match.
 *
 *   npm run compile && node dist/bench/error-agreement.js <dir> [--seed N] [--per-file N] [--sample N]
 *       [--max-kb N] [--show N] [--dump dir]
 *
 * `--sample N` draws N files (seeded) instead of taking every file;
 * `--per-file N` makes N mutations of each file taken (default 1).
 * `--dump dir` writes every disagreeing input there, to replay by hand.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "../src/hcl/index.js";
import { recycleTokens, scan } from "../src/hcl/lexer.js";
import { LineIndex } from "../src/hcl/positions.js";
import { findTfFiles } from "./corpus-compare.js";
import { mutate, prng } from "../test/hcl/mutate.js";

/** One error as both parsers can be compared on: where it starts and what it says. */
export interface ErrorKey {
  readonly line: number;
  readonly column: number;
  readonly summary: string;
}

/** The file name given to both parsers; hcl2json's messages start each error with it. */
export const FILENAME = "main.tf";

const keyString = (k: ErrorKey): string => `${k.line}:${k.column} ${k.summary}`;

/**
 * The errors in hcl2json's rejection message, or undefined when the message
 * is not a syntax rejection. hcl2json formats a failed parse as
 * `parse config: [d1 d2 …]`, each `d` as hcl's `Diagnostic.Error()`:
 * `file:line,col-col: Summary; detail` (or `file:line,col-line,col` when the
 * range spans lines). Details may themselves mention a range (`was already set
 * at main.tf:1,1-2.`), so an error starts only where a range is preceded by
 * `[` or a space and followed by `: `.
 */
export function parseHclMessage(message: string, filename = FILENAME): ErrorKey[] | undefined {
  const prefix = "parse config: [";
  if (!message.startsWith(prefix)) return undefined;
  const name = filename.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const head = new RegExp(`(?:^|(?<=[ \\[]))${name}:(\\d+),(\\d+)-(?:\\d+,)?\\d+: `, "g");
  const body = message.slice(prefix.length, message.endsWith("]") ? -1 : undefined);
  const starts = [...body.matchAll(head)];
  const out: ErrorKey[] = [];
  for (const [i, m] of starts.entries()) {
    const from = (m.index ?? 0) + m[0].length;
    const to = i + 1 < starts.length ? (starts[i + 1].index ?? body.length) : body.length;
    const text = body.slice(from, to);
    const semi = text.indexOf("; ");
    out.push({ line: Number(m[1]), column: Number(m[2]), summary: (semi < 0 ? text : text.slice(0, semi)).trim() });
  }
  return out;
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/**
 * Positions in hclsyntax's own coordinates. Our positions follow DESIGN.md on
 * purpose (a lone `\r` ends a line, columns count code points), so comparing
 * them raw would call every error after a lone CR or a combining mark
 * misplaced. hclsyntax instead ends lines only at `\n`, does not count a
 * BOM, and works a token's end out from its start by counting the grapheme
 * clusters of that token's own text (the spaces between tokens count one
 * column each) — so an emoji sequence split over several invalid-character
 * tokens is several columns. This replays that over our tokens, which follow
 * hclsyntax's one for one.
 */
export class HclCoordinates {
  private readonly starts: number[] = [];
  private readonly lines: number[] = [];
  private readonly columns: number[] = [];

  constructor(private readonly source: string) {
    const bodyStart = source.charCodeAt(0) === 0xfeff ? 1 : 0;
    const { tokens } = scan(source, bodyStart, "main", new LineIndex(source));
    let line = 1;
    let column = 1;
    let prevEnd = bodyStart;
    for (let i = 0; i < tokens.count; i++) {
      const start = tokens.starts[i];
      const end = tokens.ends[i];
      column += Math.max(0, start - prevEnd);
      this.starts.push(start);
      this.lines.push(line);
      this.columns.push(column);
      ({ line, column } = this.advance(line, column, start, end));
      prevEnd = end;
    }
    recycleTokens(tokens);
  }

  private advance(line: number, column: number, from: number, to: number): { line: number; column: number } {
    for (const { segment } of graphemes.segment(this.source.slice(from, to))) {
      if (segment === "\n" || segment === "\r\n") {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return { line, column };
  }

  /** The position of `offset`: exact at a token's start, counted on from it elsewhere. */
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    if (hi < 0 || offset < this.starts[0]) return { line: 1, column: 1 };
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.advance(this.lines[lo], this.columns[lo], this.starts[lo], offset);
  }
}

/**
 * Our errors for `text`, as keys: in hclsyntax's coordinates by default
 * (see {@link HclCoordinates}), or as our own `Pos` with `raw`.
 */
export function ourErrors(text: string, filename = FILENAME, raw = false): ErrorKey[] {
  const errors = parse(text, filename).diagnostics.filter((d) => d.severity === "error");
  const coordinates = raw || errors.length === 0 ? undefined : new HclCoordinates(text);
  return errors.map((d) => {
    const { line, column } = coordinates === undefined ? d.range.start : coordinates.at(d.range.start.offset);
    return { line, column, summary: d.summary };
  });
}

/** hcl2json's verdict: parsed (whether or not its JSON conversion worked), a syntax rejection with its errors, or another failure. */
export type TheirOutcome = { kind: "ok" } | { kind: "syntax"; errors: ErrorKey[] } | { kind: "other"; message: string };

export async function theirErrors(text: string, filename = FILENAME): Promise<TheirOutcome> {
  const { parse: hcl2json } = await import("@cdktf/hcl2json");
  try {
    await hcl2json(filename, text);
    return { kind: "ok" };
  } catch (e) {
    const message = (e as Error).message;
    // hcl2json converts to JSON only after a parse without errors: a failed conversion is a parse it accepted.
    if (message.startsWith("convert to HCL:")) return { kind: "ok" };
    const errors = parseHclMessage(message, filename);
    return errors === undefined ? { kind: "other", message } : { kind: "syntax", errors };
  }
}

/** How one input compared. */
export type Comparison =
  | { kind: "both-accept" }
  | { kind: "only-we-reject"; ours: ErrorKey[] }
  | { kind: "only-they-reject"; theirs: ErrorKey[] }
  | { kind: "they-fail-otherwise"; message: string }
  | { kind: "same-errors"; sameRaw: boolean }
  | { kind: "different-errors"; oursOnly: ErrorKey[]; theirsOnly: ErrorKey[]; sameRaw: boolean };

const sameSet = (a: readonly ErrorKey[], b: readonly ErrorKey[]): boolean => {
  const x = new Set(a.map(keyString));
  const y = new Set(b.map(keyString));
  return x.size === y.size && [...x].every((k) => y.has(k));
};

/** Compares the error sets of one input (each error counted once, as a set). */
export async function compareErrors(text: string): Promise<Comparison> {
  const ours = ourErrors(text);
  const theirs = await theirErrors(text);
  if (theirs.kind === "other") return { kind: "they-fail-otherwise", message: theirs.message };
  if (theirs.kind === "ok") return ours.length === 0 ? { kind: "both-accept" } : { kind: "only-we-reject", ours };
  if (ours.length === 0) return { kind: "only-they-reject", theirs: theirs.errors };
  const a = new Map(ours.map((k) => [keyString(k), k]));
  const b = new Map(theirs.errors.map((k) => [keyString(k), k]));
  const oursOnly = [...a].filter(([s]) => !b.has(s)).map(([, k]) => k);
  const theirsOnly = [...b].filter(([s]) => !a.has(s)).map(([, k]) => k);
  const sameRaw = sameSet(ourErrors(text, FILENAME, true), theirs.errors);
  if (oursOnly.length === 0 && theirsOnly.length === 0) return { kind: "same-errors", sameRaw };
  return { kind: "different-errors", oursOnly, theirsOnly, sameRaw };
}

/**
 * A short name for a disagreement, for the histogram: the summaries only we
 * report and those only hclsyntax reports; "(moved)" when the same summary is
 * on both sides at different positions.
 */
export function disagreementKind(c: Extract<Comparison, { kind: "different-errors" }>): string {
  const ours = [...new Set(c.oursOnly.map((k) => k.summary))].sort();
  const theirs = [...new Set(c.theirsOnly.map((k) => k.summary))].sort();
  const moved = ours.filter((s) => theirs.includes(s));
  const o = ours.filter((s) => !moved.includes(s));
  const t = theirs.filter((s) => !moved.includes(s));
  const parts = [];
  if (moved.length > 0) parts.push(`moved: ${moved.join(" | ")}`);
  if (o.length > 0) parts.push(`ours only: ${o.join(" | ")}`);
  if (t.length > 0) parts.push(`theirs only: ${t.join(" | ")}`);
  return parts.join("; ");
}

/** Totals over a run. */
export interface AgreementStats {
  cases: number;
  bothAccept: number;
  onlyWeReject: number;
  onlyTheyReject: number;
  theyFailOtherwise: number;
  bothReject: number;
  sameErrors: number;
  /** Inputs whose error sets are equal with our own positions (lone CR ends a line, code-point columns). */
  sameErrorsRaw: number;
  /** Disagreement kind → number of inputs. */
  readonly kinds: Map<string, number>;
  /** Summary → number of inputs in which only we report it / only they do. */
  readonly oursOnly: Map<string, number>;
  readonly theirsOnly: Map<string, number>;
}

export function emptyStats(): AgreementStats {
  return {
    cases: 0,
    bothAccept: 0,
    onlyWeReject: 0,
    onlyTheyReject: 0,
    theyFailOtherwise: 0,
    bothReject: 0,
    sameErrors: 0,
    sameErrorsRaw: 0,
    kinds: new Map(),
    oursOnly: new Map(),
    theirsOnly: new Map(),
  };
}

const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

export function record(stats: AgreementStats, c: Comparison): void {
  stats.cases++;
  switch (c.kind) {
    case "both-accept":
      stats.bothAccept++;
      return;
    case "only-we-reject":
      stats.onlyWeReject++;
      return;
    case "only-they-reject":
      stats.onlyTheyReject++;
      return;
    case "they-fail-otherwise":
      stats.theyFailOtherwise++;
      return;
    case "same-errors":
      if (c.sameRaw) stats.sameErrorsRaw++;
      stats.bothReject++;
      stats.sameErrors++;
      return;
    case "different-errors":
      if (c.sameRaw) stats.sameErrorsRaw++;
      stats.bothReject++;
      bump(stats.kinds, disagreementKind(c));
      for (const s of new Set(c.oursOnly.map((k) => k.summary))) bump(stats.oursOnly, s);
      for (const s of new Set(c.theirsOnly.map((k) => k.summary))) bump(stats.theirsOnly, s);
  }
}

/** Percentage of inputs both reject whose error sets are equal. */
export const agreement = (s: AgreementStats): number => (s.bothReject === 0 ? 100 : (100 * s.sameErrors) / s.bothReject);

const pct = (n: number, d: number): string => `${d === 0 ? "-" : ((100 * n) / d).toFixed(1)}%`;

function histogram(title: string, m: Map<string, number>, total: number, top: number): string[] {
  const rows = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const lines = [`${title}:`];
  for (const [k, n] of rows.slice(0, top)) lines.push(`  ${String(n).padStart(5)}  ${pct(n, total).padStart(6)}  ${k}`);
  if (rows.length > top) lines.push(`  … ${rows.length - top} more`);
  return lines;
}

export function formatStats(s: AgreementStats, top = 25): string {
  const lines = [
    `mutations:                ${s.cases}`,
    `both accept:              ${s.bothAccept}`,
    `only we reject:           ${s.onlyWeReject}`,
    `only hcl2json rejects:    ${s.onlyTheyReject}`,
    `hcl2json fails otherwise: ${s.theyFailOtherwise}`,
    `both reject:              ${s.bothReject}`,
    `  same error set:         ${s.sameErrors} (${pct(s.sameErrors, s.bothReject)}) in hclsyntax's coordinates`,
    `                          ${s.sameErrorsRaw} (${pct(s.sameErrorsRaw, s.bothReject)}) with our own line and column`,
    "",
    ...histogram("disagreement kinds (inputs)", s.kinds, s.bothReject, top),
    "",
    ...histogram("summaries only we report (inputs)", s.oursOnly, s.bothReject, top),
    "",
    ...histogram("summaries only hcl2json reports (inputs)", s.theirsOnly, s.bothReject, top),
  ];
  return lines.join("\n");
}

const show = (s: string): string => JSON.stringify(s.length > 400 ? s.slice(0, 400) + "…" : s);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let dir: string | undefined;
  let seed = 1;
  let perFile = 1;
  let sample: number | undefined;
  let maxBytes = 256 * 1024;
  let showCount = 0;
  let dump: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--seed") seed = Number(args[++i]);
    else if (a === "--per-file") perFile = Number(args[++i]);
    else if (a === "--sample") sample = Number(args[++i]);
    else if (a === "--max-kb") maxBytes = Number(args[++i]) * 1024;
    else if (a === "--show") showCount = Number(args[++i]);
    else if (a === "--dump") dump = args[++i];
    else if (dir === undefined && !a.startsWith("-")) dir = a;
    else {
      process.stderr.write(`unexpected argument: ${a}\n`);
      process.exit(2);
    }
  }
  if (dir === undefined || !Number.isFinite(seed) || !(perFile >= 1)) {
    process.stderr.write(
      "usage: node dist/bench/error-agreement.js <dir> [--seed N] [--per-file N] [--sample N] [--max-kb N] [--show N] [--dump dir]\n",
    );
    process.exit(2);
  }
  const rnd = prng(seed);
  const all = findTfFiles(dir);
  const files = sample === undefined ? all : Array.from({ length: sample }, () => all[Math.floor(rnd() * all.length)]);
  if (dump !== undefined) mkdirSync(dump, { recursive: true });
  const stats = emptyStats();
  let shown = 0;
  let skipped = 0;
  for (const [i, path] of files.entries()) {
    const source = readFileSync(path, "utf8");
    // The mutations are drawn even for a skipped file, so --max-kb does not change the other cases.
    for (let j = 0; j < perFile; j++) {
      const { text, steps } = mutate(source, rnd);
      if (source.length > maxBytes) {
        skipped++;
        continue;
      }
      const c = await compareErrors(text);
      record(stats, c);
      if (c.kind === "same-errors" || c.kind === "both-accept") continue;
      const name = `${String(stats.cases).padStart(5, "0")}-${relative(dir, path).replace(/[/\\]/g, "_")}`;
      if (dump !== undefined) writeFileSync(join(dump, name), text);
      if (shown < showCount) {
        shown++;
        const detail =
          c.kind === "different-errors"
            ? `ours only:   ${c.oursOnly.map(keyString).join(" / ")}\n  theirs only: ${c.theirsOnly.map(keyString).join(" / ")}`
            : JSON.stringify(c).slice(0, 400);
        process.stdout.write(`--- ${name} (${steps.join("+")}) ${c.kind}\n  ${detail}\n  input: ${show(text)}\n`);
      }
    }
    if ((i + 1) % 250 === 0) process.stderr.write(`  ${i + 1}/${files.length}\n`);
  }
  console.log(`corpus: ${dir} (${files.length} files${sample === undefined ? "" : `, sampled with seed ${seed}`}, ${perFile} mutation(s) each, seed ${seed}; ${skipped} skipped over ${maxBytes / 1024} KB)`);
  console.log(formatStats(stats));
  const verdicts = stats.onlyWeReject + stats.onlyTheyReject;
  console.log(`\nverdict disagreements: ${verdicts}\nagreement: ${agreement(stats).toFixed(1)}% of ${stats.bothReject} inputs both reject`);
}

// Run only as a script, so the functions above can be imported.
if (process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  void main();
}
