/**
 * `tfmould merge a.json b.json … [--format <name>]`: the JSON reports of the
 * n shards of one run (`--shard i/n --format json`) → the report one
 * unsharded run would print, in any format, and its exit code.
 *
 * Shards share no module, so their findings are simply joined; only files
 * every shard reads (variable files named by a config or `--var-file`) can
 * bring the same finding from several shards, which is then kept once, as
 * the engine keeps it once. Reports of another tfmould version, of another
 * configuration, or that are not the complete set of shards of one run are
 * refused with one line (exit 2).
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { summaryOf, compareFindings, compareNotices, joinIdentical } from "../engine/finish.js";
import type { Finding, LintResult, Notice, Severity } from "../engine/types.js";
import type { Range } from "../hcl/ast.js";
import { ReadBoundary, readRegularFile } from "../model/file-access.js";
import { FORMAT_NAMES, format, summarize } from "../report/index.js";
import type { FormatName, JsonFinding, JsonNotice, JsonRange } from "../report/index.js";
import { toolVersion } from "../report/tool.js";
import { visible } from "../report/safe-text.js";
import { useColor } from "./color.js";
import { UsageError } from "./errors.js";
import { EXIT_ERROR } from "./exit-codes.js";
import type { ExitCode } from "./exit-codes.js";
import { CliHost } from "./host.js";
import type { CliIO } from "./io.js";
import { exitCode, stylishWidth, writeOutput } from "./run.js";
import { shardAutomationId } from "./shard.js";
import type { JsonShardInfo } from "./shard.js";

/** The engine's finding for a suppression comment that hid nothing. */
const UNUSED_SUPPRESSION = "unused-suppression";

/** The largest report read. */
const MAX_REPORT_BYTES = 1024 * 1024 * 1024;

export const MERGE_HELP = `Usage: tfmould merge <report.json>... [options]

Joins the JSON reports of the shards of one run (tfmould --shard i/n
--format json) into the report one unsharded run would print, and exits as
that run would. Run it in the directory the shards ran in, with the files
checked out (SARIF line hashes are computed from them).

  -f, --format <name>       stylish (default), json, sarif, github, gitlab,
                            junit, checkstyle or compact
  -o, --output-file <file>  write the report to a file (atomically) instead of stdout
  -q, --quiet               report errors only
      --max-warnings <n>    fail when there are more than n warnings
      --sarif-category <name>
                            SARIF run id tfmould/<name>/ (default tfmould/)
      --partial             allow missing shards: the report covers the shards
                            given; for one shard, its own report in another
                            format (SARIF run id tfmould/<name>/shard-i-of-n/)
      --color, --no-color   force colours on or off
  -h, --help                print this help, and exit
`;

const OPTIONS = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  quiet: { type: "boolean", short: "q" },
  "max-warnings": { type: "string" },
  "sarif-category": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  debug: { type: "boolean" },
  partial: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** A shard's JSON report as `--shard` writes it (see `shard.ts`). */
interface ShardReport {
  readonly version: string;
  readonly findings: readonly (JsonFinding & ShardFindingExtras)[];
  readonly notices: readonly JsonNotice[];
  readonly shard: JsonShardInfo;
}

interface ShardFindingExtras {
  readonly attributePath: string;
  readonly fingerprint: string;
  readonly fix?: { readonly description: string; readonly file: string; readonly replacements: readonly { readonly range: JsonRange; readonly text: string }[] };
  readonly suppressed?: JsonFinding["suppressed"] & { readonly commentRange?: JsonRange };
}

/** Runs `tfmould merge` with the arguments after `merge`. @throws UsageError */
export async function runMerge(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const option = /'(-[^']*)'/.exec(e.message ?? "")?.[1] ?? "";
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`merge: unknown option ${option} (see tfmould merge --help)`);
    if (e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(`merge: option ${/--[\w-]+/.exec(option)?.[0] ?? option} needs a value`);
    throw new UsageError(`merge: ${(e.message ?? String(error)).split("\n")[0]}`);
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout.write(MERGE_HELP);
    return 0;
  }
  const name = v.format ?? "stylish";
  if (!(FORMAT_NAMES as readonly string[]).includes(name)) throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(", ")}, got "${name}"`);
  let maxWarnings: number | undefined;
  if (v["max-warnings"] !== undefined) {
    if (!/^\d+$/.test(v["max-warnings"])) throw new UsageError(`--max-warnings expects a whole number of at least 0, got "${v["max-warnings"]}"`);
    maxWarnings = Number(v["max-warnings"]);
  }
  const category = v["sarif-category"]?.replace(/\/+$/, "");
  if (category !== undefined && !/^[^\p{Cc}]{1,200}$/u.test(category)) {
    throw new UsageError(`--sarif-category expects a name of 1 to 200 characters on one line, without control characters`);
  }
  let colorFlag: boolean | undefined;
  for (const token of parsed.tokens ?? []) {
    if (token.kind === "option" && token.name === "color") colorFlag = true;
    if (token.kind === "option" && token.name === "no-color") colorFlag = false;
  }
  if (parsed.positionals.length === 0) throw new UsageError("merge: name the JSON reports of the shards (tfmould merge shard-1.json shard-2.json …)");

  const cwd = resolve(io.cwd);
  const reports = parsed.positionals.map((file) => ({ file, report: readReport(file, cwd) }));
  checkReports(reports, v.partial === true);
  const merged = mergeShardReports(reports.map((r) => r.report));
  const findings = v.quiet ? merged.findings.filter((f) => f.severity === "error") : merged.findings;
  const kept = { ...merged, findings };
  const final: LintResult = { ...kept, summary: summaryOf(kept) };

  // Line hashes read the files as the run did: relative to the working directory, inside its repository.
  const host = new CliHost(undefined, { boundary: ReadBoundary.forScan(["."], cwd) });
  const outputFile = v["output-file"];
  const color = outputFile === undefined ? useColor(colorFlag, io.env, io.stdout.isTTY === true) : colorFlag === true;
  const text = format(final, name as FormatName, {
    cwd,
    root: cwd,
    color: name === "stylish" && color,
    width: stylishWidth(io, outputFile === undefined),
    readSource: (file) => host.text(resolve(cwd, file)),
    ...(v.partial && reports.length === 1
      ? { automationId: shardAutomationId(reports[0].report.shard, category) }
      : category !== undefined
        ? { automationId: `tfmould/${category}/` }
        : {}),
  });
  if (outputFile !== undefined) {
    if (reports.some((r) => resolve(cwd, r.file) === resolve(cwd, outputFile))) throw new UsageError(`refusing to write -o ${outputFile}: it is one of the reports being merged; name another file`);
    writeOutput(outputFile, text, cwd);
  } else io.stdout.write(text);

  const code = exitCode(final, maxWarnings);
  const warnings = summarize(final).warnings;
  if (code !== EXIT_ERROR && maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr.write(`tfmould: ${warnings} warning${warnings === 1 ? "" : "s"}, more than the maximum of ${maxWarnings} (--max-warnings)\n`);
  }
  return code;
}

function readReport(file: string, cwd: string): ShardReport {
  const read = readRegularFile(resolve(cwd, file), MAX_REPORT_BYTES);
  if ("reason" in read) throw new UsageError(`merge: cannot read ${file}: ${read.reason === "does not exist" ? "no such file" : read.reason}`);
  let value: unknown;
  try {
    value = JSON.parse(read.bytes.toString("utf8"));
  } catch {
    throw new UsageError(`merge: ${file} is not JSON; merge takes the reports of tfmould --shard i/n --format json`);
  }
  const r = value as Partial<ShardReport> | null;
  if (typeof r !== "object" || r === null || typeof r.version !== "string" || !Array.isArray(r.findings) || !Array.isArray(r.notices)) {
    throw new UsageError(`merge: ${file} is not a tfmould JSON report`);
  }
  const s = r.shard;
  if (typeof s !== "object" || s === null || typeof s.config !== "string" || !Number.isInteger(s.index) || !Number.isInteger(s.count) || !Array.isArray(s.rules) || !Array.isArray(s.files)) {
    throw new UsageError(`merge: ${file} is not the report of a sharded run (tfmould --shard i/n --format json)`);
  }
  return r as ShardReport;
}

/** The reports must be the n shards of one run, by this tfmould, each once. @throws UsageError */
function checkReports(reports: readonly { readonly file: string; readonly report: ShardReport }[], partial: boolean): void {
  const shown = (file: string) => visible(file);
  const [first] = reports;
  for (const { file, report } of reports) {
    if (report.version !== first.report.version) {
      throw new UsageError(`merge: ${shown(first.file)} was written by tfmould ${visible(first.report.version)} and ${shown(file)} by tfmould ${visible(report.version)}; merge the shards of one run`);
    }
  }
  if (first.report.version !== toolVersion()) {
    throw new UsageError(`merge: the reports were written by tfmould ${visible(first.report.version)}, this is tfmould ${toolVersion()}; merge with the version that linted`);
  }
  for (const { file, report } of reports) {
    if (report.shard.config !== first.report.shard.config) {
      throw new UsageError(`merge: ${shown(first.file)} and ${shown(file)} were linted with different configs or options; merge the shards of one run`);
    }
    if (report.shard.count !== first.report.shard.count) {
      throw new UsageError(`merge: ${shown(first.file)} is a shard of ${first.report.shard.count} and ${shown(file)} a shard of ${report.shard.count}; merge the shards of one run`);
    }
  }
  const count = first.report.shard.count;
  const byIndex = new Map<number, string>();
  for (const { file, report } of reports) {
    const other = byIndex.get(report.shard.index);
    if (other !== undefined) throw new UsageError(`merge: ${shown(other)} and ${shown(file)} are both shard ${report.shard.index} of ${count}`);
    byIndex.set(report.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0 && !partial) throw new UsageError(`merge: shard ${missing.join(", ")} of ${count} ${missing.length === 1 ? "is" : "are"} missing; merge the reports of every shard`);
}

/**
 * A position with an offset that orders positions in one file as real
 * offsets do (the JSON report has lines and columns only): what the engine's
 * orderings compare.
 */
function range(r: JsonRange): Range {
  const pos = (p: JsonRange["start"]) => ({ line: p.line, column: p.column, offset: p.line * 2 ** 25 + p.column });
  return { start: pos(r.start), end: pos(r.end) };
}

function toFinding(f: ShardReport["findings"][number]): Finding {
  const { suppressed, fix, file, range: at, ...rest } = f;
  const comment = suppressed?.commentRange;
  const fields = {
    ...rest,
    related: f.related.map((r) => ({ ...r, range: range(r.range) })),
    ...(fix ? { fix: { ...fix, replacements: fix.replacements.map((r) => ({ ...r, range: range(r.range) })) } } : {}),
    ...(suppressed ? { suppressed: { kind: suppressed.kind, reason: suppressed.reason, ...(comment ? { commentRange: range(comment) } : {}) } } : {}),
  };
  return file !== undefined && at !== undefined ? { ...fields, file, range: range(at) } : fields;
}

function toNotice(n: JsonNotice): Notice {
  return { ...n, ...(n.range ? { range: range(n.range) } : {}) } as Notice;
}

/**
 * The shards' reports as one unsharded run's result: the scan's notices
 * (the same in every shard) first, the others in the engine's order, each
 * kept as often as one shard has it; findings in the engine's order, a
 * finding several shards report kept once, as the engine keeps it; the
 * fingerprints' counters numbered again where several shards share a base.
 */
export function mergeShardReports(reports: readonly ShardReport[]): LintResult {
  const sorted = [...reports].sort((a, b) => a.shard.index - b.shard.index);
  const first = sorted[0];
  const scanNotices = first.notices.slice(0, first.shard.scanNotices).map(toNotice);

  const notices: Notice[] = [];
  const counts = new Map<string, number>();
  for (const r of sorted) {
    const own = new Map<string, number>();
    for (const n of r.notices.slice(r.shard.scanNotices)) {
      const key = JSON.stringify([n.level, n.message, n.file ?? "", n.range ?? null]);
      const k = (own.get(key) ?? 0) + 1;
      own.set(key, k);
      if (k > (counts.get(key) ?? 0)) {
        counts.set(key, k);
        notices.push(toNotice(n));
      }
    }
  }
  notices.sort(compareNotices);

  // A suppression comment in a file several shards read (a shared variable
  // file) is unused only if it hid nothing in any of them: every shard that
  // linted the file says so.
  const lintedBy = new Map<string, number>();
  for (const r of sorted) for (const file of new Set(r.shard.files)) lintedBy.set(file, (lintedBy.get(file) ?? 0) + 1);
  const keyOf = (f: JsonFinding) => JSON.stringify([f.ruleId, f.file, f.range, f.message]);
  const unusedIn = new Map<string, number>();
  for (const r of sorted) {
    for (const key of new Set(r.findings.filter((f) => f.ruleId === UNUSED_SUPPRESSION).map(keyOf))) unusedIn.set(key, (unusedIn.get(key) ?? 0) + 1);
  }

  // One finding per rule, file, range and message: unsuppressed first, then the shorter address, then the first in name order.
  const groups = new Map<string, { finding: Finding; shard: number }[]>();
  for (const r of sorted) {
    for (const jf of r.findings) {
      const key = keyOf(jf);
      if (jf.ruleId === UNUSED_SUPPRESSION && (unusedIn.get(key) ?? 0) < (lintedBy.get(jf.file ?? "") ?? 0)) continue;
      const entry = { finding: toFinding(jf), shard: r.shard.index };
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
  }
  const entries = [...groups.values()]
    .map((group) => {
      const kept = group.reduce((k, e) => (better(e.finding, k.finding) ? e : k));
      return { finding: joinIdentical(group.map((e) => e.finding), better), shard: kept.shard };
    })
    .sort((a, b) => compareFindings(a.finding, b.finding));
  const shardsOf = new Map<string, Set<number>>();
  for (const e of entries) {
    const base = baseOf(e.finding.fingerprint);
    const set = shardsOf.get(base) ?? new Set<number>();
    set.add(e.shard);
    shardsOf.set(base, set);
  }
  const seen = new Map<string, number>();
  const findings = entries.map(({ finding }) => {
    const base = baseOf(finding.fingerprint);
    if ((shardsOf.get(base)?.size ?? 0) < 2) return finding;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { ...finding, fingerprint: `${base}:${n}` };
  });

  const merged = {
    findings,
    notices: [...scanNotices, ...notices],
    files: [...new Set(sorted.flatMap((r) => r.shard.files))].sort(),
    enabledRules: first.shard.rules.map((r) => ({ id: r.id, severity: r.severity as Severity })),
  };
  return { ...merged, summary: summaryOf(merged) };
}

function baseOf(fingerprint: string): string {
  const colon = fingerprint.lastIndexOf(":");
  return colon === -1 ? fingerprint : fingerprint.slice(0, colon);
}

/**
 * The engine's choice between identical findings (`finish.ts`); where it
 * keeps the first one linted, the one whose related locations (the module
 * that consumed a shared value) come first in path order, as modules are linted.
 */
function better(a: Finding, b: Finding): boolean {
  if (!a.suppressed !== !b.suppressed) return !a.suppressed;
  if (a.address.length !== b.address.length) return a.address.length < b.address.length;
  if (a.address !== b.address) return a.address < b.address;
  return relatedKey(a) < relatedKey(b);
}

function relatedKey(f: Finding): string {
  return f.related.map((r) => `${r.file}\u0000${String(r.range.start.line).padStart(9, "0")}`).join("\u0001");
}
