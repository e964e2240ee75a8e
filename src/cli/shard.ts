/**
 * `--shard i/n`: the i-th of n parts of a scan, for CI jobs that run side
 * by side. A part is made of whole groups of paths that must be linted
 * together (the engine's `groupPaths`: modules that call one another), so
 * the n parts' findings together are one unsharded run's.
 *
 * Which part a group goes to depends only on its own first path (relative to
 * the working directory, with `/`), on the other groups' sizes in bytes
 * (line ends counted as `\n`) and on n: the same on every machine and
 * operating system. Each group ranks the parts by a hash of its path and
 * takes the first that has room below a cap (a little over an even share
 * of the bytes); groups are placed in the order of their paths' hashes.
 * Adding a directory that calls nothing moves few other groups, if any
 * (consistent hashing with bounded loads).
 *
 * A sharded run's JSON report carries what `tfmould merge` needs to print
 * every format as the unsharded run would (see `merge-command.ts`).
 */
import { createHash } from "node:crypto";
import { readRegularFile } from "../model/file-access.js";
import { dirname, relative, resolve, sep } from "node:path";
import { rules as catalog } from "../../rules/index.js";
import { resolveConfig } from "../config/index.js";
import type { ConfigOverrides, LoadedConfig } from "../config/index.js";
import { groupPaths } from "../engine/lint.js";
import type { Finding, LintResult } from "../engine/types.js";
import type { Range } from "../hcl/ast.js";
import type { ReadBoundary } from "../model/file-access.js";
import { format } from "../report/index.js";
import type { FormatName, StylishOptions } from "../report/index.js";
import { toJsonReport } from "../report/json.js";
import type { JsonRange } from "../report/json.js";
import { displayPaths } from "../report/paths.js";
import { jsonSafe } from "../report/safe-text.js";
import type { CliOptions } from "./args.js";
import type { ConfigLookup } from "./config-lookup.js";
import { lintPathsOf } from "./discover.js";
import type { Discovery } from "./discover.js";
import { UsageError } from "./errors.js";
import { CliHost } from "./host.js";
import type { DirectoryListings } from "./listings.js";

/** `--shard i/n`: `index` from 1 to `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** How far above an even share of the bytes a part may grow before groups go to their next choice. */
export const SHARD_SLACK = 0.1;

/**
 * Parses `i/n` (1 ≤ i ≤ n ≤ 9999).
 * @throws UsageError
 */
export function parseShard(text: string): Shard {
  const m = /^([1-9]\d{0,3})\/([1-9]\d{0,3})$/.exec(text.trim());
  if (!m || Number(m[1]) > Number(m[2])) {
    throw new UsageError(`--shard expects i/n, the i-th of n parts with i from 1 to n (e.g. 2/4), got "${text}"`);
  }
  return { index: Number(m[1]), count: Number(m[2]) };
}

/** SARIF `automationDetails.id` of a shard: `tfmould/<category>/shard-i-of-n/`, or `tfmould/shard-i-of-n/` without a category. */
export function shardAutomationId(shard: Shard, category: string | undefined): string {
  return `tfmould/${category !== undefined ? `${category}/` : ""}shard-${shard.index}-of-${shard.count}/`;
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** One group of paths to place: its key (first path, relative, `/`) and its size. */
export interface ShardUnit {
  readonly key: string;
  readonly weight: number;
}

/**
 * The part (0-based) of each unit: units in the order of their keys'
 * hashes, each to the first part in its own hashed ranking whose load stays
 * within the cap, else to the least loaded part (ties: the one it ranks
 * first). Pure and deterministic.
 */
export function assignShards(units: readonly ShardUnit[], count: number): number[] {
  const total = units.reduce((n, u) => n + u.weight, 0);
  const cap = (total / count) * (1 + SHARD_SLACK);
  const hashes = units.map((u) => sha256(u.key));
  const order = units.map((_, i) => i).sort((a, b) => (hashes[a] < hashes[b] ? -1 : hashes[a] > hashes[b] ? 1 : units[a].key < units[b].key ? -1 : 1));
  const loads = new Array<number>(count).fill(0);
  const out = new Array<number>(units.length).fill(0);
  for (const i of order) {
    const { key, weight } = units[i];
    const ranks = Array.from({ length: count }, (_, s) => ({ s, h: count === 1 ? "" : sha256(`${key}\u0000${s}`) }));
    ranks.sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : a.s - b.s));
    let chosen = ranks.find((r) => loads[r.s] + weight <= cap)?.s;
    if (chosen === undefined) {
      chosen = ranks[0].s;
      for (const r of ranks) if (loads[r.s] < loads[chosen]) chosen = r.s;
    }
    loads[chosen] += weight;
    out[i] = chosen;
  }
  return out;
}

/** A path relative to `cwd` with `/` separators ("." for `cwd` itself): the same on every OS. */
function portable(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" ? "." : sep === "/" ? rel : rel.split(sep).join("/");
}

/** Size of a text in UTF-8 bytes with `\r\n` counted as one byte, as git checks it out on Linux. */
function portableBytes(text: string): number {
  let crlf = 0;
  for (let i = text.indexOf("\r\n"); i !== -1; i = text.indexOf("\r\n", i + 2)) crlf++;
  return Buffer.byteLength(text, "utf8") - crlf;
}

export interface ShardSettings {
  readonly cwd: string;
  readonly options: CliOptions;
  readonly shard: Shard;
  readonly overrides: ConfigOverrides;
  /** The `--config` file, loaded. */
  readonly config?: LoadedConfig;
  readonly configs: ConfigLookup;
  readonly listings: DirectoryListings;
  readonly boundary: ReadBoundary;
}

/** This shard's part of a scan, and how its report is written. */
export interface ShardPart {
  /** The discovery with only this part's modules and named files; every notice of the scan kept. */
  readonly discovery: Discovery;
  /** `format`, for this shard: the scan's enabled rules, the shard's SARIF id, the JSON report's `shard`. */
  readonly format: (result: LintResult, name: FormatName, options: StylishOptions) => string;
}

/**
 * Splits a scan's discovery into parts and keeps this shard's.
 * @throws ConfigError when a config is invalid.
 */
export function shardPart(whole: Discovery, s: ShardSettings): ShardPart {
  const { cwd, shard } = s;
  const paths = lintPathsOf(whole);
  // Grouping reads the files; its own host, so the run's progress and caches are its own.
  const host = new CliHost(s.listings, { boundary: s.boundary, ...(s.options.maxFileBytes !== undefined ? { maxFileBytes: s.options.maxFileBytes } : {}) });
  const groups = paths.length > 0 ? groupPaths({ cwd, host, boundary: s.boundary, overrides: s.overrides, paths, ...(s.config ? { config: s.config } : {}) }) : [];
  const filesOf = new Map<string, readonly string[]>();
  for (const m of whole.modules) {
    if (m.reportOnly) for (const f of m.reportOnly) filesOf.set(f, [f]);
    else filesOf.set(m.dir, m.files);
  }
  const bytes = (files: readonly string[]): number => files.reduce((n, f) => n + portableBytes(host.readFile(f) ?? ""), 0);
  // Files named although excluded are linted on their own: each is a group.
  const units = [...groups.map((g) => ({ paths: g, named: [] as string[] })), ...whole.namedButExcluded.map((f) => ({ paths: [] as string[], named: [f] }))];
  const placed = assignShards(
    units.map((u) => ({
      key: [...u.paths, ...u.named].map((p) => portable(cwd, p)).sort()[0],
      weight: Math.max(1, bytes([...u.paths.flatMap((p) => filesOf.get(p) ?? []), ...u.named])),
    })),
    shard.count,
  );
  const mine = units.filter((_, i) => placed[i] === shard.index - 1);
  const keep = new Set(mine.flatMap((u) => u.paths));
  const named = new Set(mine.flatMap((u) => u.named));
  const discovery: Discovery = {
    modules: whole.modules
      .map((m) => (m.reportOnly ? { ...m, reportOnly: new Set([...m.reportOnly].filter((f) => keep.has(f))) } : m))
      .filter((m) => (m.reportOnly ? m.reportOnly.size > 0 : keep.has(m.dir))),
    namedButExcluded: whole.namedButExcluded.filter((f) => named.has(f)),
    notices: whole.notices,
  };

  const scan = scanSettings(whole, paths, s);
  const automationId = shardAutomationId(shard, s.options.sarifCategory);
  return {
    discovery,
    format: (result, name, options) => {
      const scanResult = { ...result, enabledRules: scan.enabledRules };
      if (name !== "json") return format(scanResult, name, { ...options, automationId });
      return shardJson(scanResult, options, {
        index: shard.index,
        count: shard.count,
        config: scan.config,
        rules: scan.enabledRules,
        files: result.files.map(displayPaths(options)),
        scanNotices: whole.notices.length,
      });
    },
  };
}

/** The `shard` object of a sharded run's JSON report. */
export interface JsonShardInfo {
  readonly index: number;
  readonly count: number;
  /** Hash of the tfmould configs that apply to the scan and of the options that change findings; shards of one run share it. */
  readonly config: string;
  /** The rules the whole scan enables, as an unsharded run lists them. */
  readonly rules: readonly { readonly id: string; readonly severity: string }[];
  /** The files this shard linted. */
  readonly files: readonly string[];
  /** How many of the report's first notices are about the whole scan (discovery), the same in every shard. */
  readonly scanNotices: number;
}

function jsonRange(r: Range): JsonRange {
  return { start: { line: r.start.line, column: r.start.column }, end: { line: r.end.line, column: r.end.column } };
}

/** The JSON report with what a merge needs besides: the `shard` object, and each finding's attribute path, fingerprint, fix and suppression comment. */
function shardJson(result: LintResult, options: StylishOptions, shard: JsonShardInfo): string {
  const report = toJsonReport(result, options);
  const shown = displayPaths(options);
  const findings = report.findings.map((jf, i) => {
    const f: Finding = result.findings[i];
    const comment = f.suppressed?.commentRange;
    return {
      ...jf,
      ...(jf.suppressed && comment ? { suppressed: { ...jf.suppressed, commentRange: jsonRange(comment) } } : {}),
      attributePath: f.attributePath,
      fingerprint: f.fingerprint,
      ...(f.fix
        ? { fix: { description: f.fix.description, file: shown(f.fix.file), replacements: f.fix.replacements.map((r) => ({ range: jsonRange(r.range), text: r.text })) } }
        : {}),
    };
  });
  return jsonSafe(JSON.stringify({ ...report, findings, shard }, null, 2)) + "\n";
}

/** JSON with object keys sorted: the same text for the same value. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * What every shard computes alike from the whole scan: the enabled rules, as
 * the engine lists them for an unsharded run (each rule's severity from the
 * first module, in path order, whose config enables it), and the hash that
 * identifies the configs and options.
 */
function scanSettings(whole: Discovery, paths: readonly string[], s: ShardSettings): { enabledRules: LintResult["enabledRules"]; config: string } {
  const { cwd, options: o } = s;
  const used: (LoadedConfig | undefined)[] = [];
  const rank = new Map(catalog.map((r, i) => [r.id, i]));
  const enabledRules: LintResult["enabledRules"][number][] = [];
  /** One engine run's rules (catalog order, the first config's severity), joined to the others' as `mergeResults` joins them. */
  const run = (loaded: readonly (LoadedConfig | undefined)[]): void => {
    const rules = new Map<string, LintResult["enabledRules"][number]>();
    for (const config of new Set(loaded)) {
      used.push(config);
      for (const [id, setting] of resolveConfig(config, s.overrides, { rules: catalog, cwd }).rules) if (!rules.has(id)) rules.set(id, { id, severity: setting.severity });
    }
    for (const rule of [...rules.values()].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0))) {
      if (!enabledRules.some((r) => r.id === rule.id)) enabledRules.push(rule);
    }
  };
  // The run's own order: the modules (in directory order; with nothing to lint, the working directory's config), then each config's named excluded files.
  if (paths.length > 0) {
    const moduleDirs = new Set(whole.modules.filter((m) => !m.reportOnly).map((m) => m.dir));
    const dirs = [...new Set(paths.map((p) => (moduleDirs.has(p) ? p : dirname(p))))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    run(dirs.map((dir) => s.configs.configFor(dir)));
  } else if (whole.namedButExcluded.length === 0) run([s.configs.configFor(cwd)]);
  const named = new Set<LoadedConfig>();
  for (const file of whole.namedButExcluded) {
    const loaded = s.configs.configFor(dirname(file));
    if (loaded) named.add(loaded);
  }
  for (const loaded of named) run([loaded]);

  const configs = [...new Set(used)].map((l) => (l ? { file: l.file !== undefined ? portable(cwd, l.file) : null, config: l.config } : null));
  const read = (file: string | undefined): string | null => {
    if (file === undefined) return null;
    // A regular file within the limit, as every other read: a FIFO named as the baseline must not hang the run here.
    const got = readRegularFile(resolve(cwd, file), o.maxFileBytes);
    return "bytes" in got ? sha256(got.bytes.toString("utf8").replace(/\r\n/g, "\n")) : null;
  };
  const identity = {
    paths: o.paths.map((p) => portable(cwd, resolve(cwd, p))),
    configs,
    rules: o.rules,
    strict: o.strict ?? null,
    vars: o.vars,
    varFiles: o.varFiles.map((f) => portable(cwd, resolve(cwd, f))),
    baseline: o.baseline !== undefined ? read(o.baseline) : null,
    quiet: o.quiet,
    dirsOfFiles: o.dirsOfFiles,
    maxFileBytes: o.maxFileBytes ?? null,
    errorOnUnmatchedPath: o.errorOnUnmatchedPath,
  };
  return { enabledRules, config: sha256(stableJson(identity)).slice(0, 16) };
}
