/**
 * `--cache`: linting with the results of earlier runs.
 *
 * The unit is a group of modules linted together (the engine's
 * `groupModules`: modules that call one another, directly or through
 * modules outside the paths): a group's result depends on nothing but the
 * answers its run got from the host (src/engine/read-log.ts) and the
 * settings the cache header holds. A group from the cache is reused when
 * all its paths are still to be linted, its host gives every answer again
 * (each file read is read and hashed again), no suppression expiry date it
 * compared has passed since, and no group linted now reaches one of its
 * module directories (a new caller would change its roles). Every other
 * path is grouped and linted, and the cache is rewritten with this run's
 * groups only.
 *
 * What comes after the engine (the baseline, --quiet, reasons added to
 * notices, the report) is done on the joined results as without a cache.
 * The report is kept too, under a key that holds everything else it
 * depends on (`reportKey`): when every group still holds and the key is
 * the same, a re-run gives that report again without reading the groups'
 * results or making it (`reportAgain`). A run that can also keeps a
 * manifest of the files and directories the report depends on
 * (run-manifest.ts), which lets the next re-run skip even the walk.
 */
import { basename, dirname, resolve } from "node:path";
import type { ConfigOverrides, LoadedConfig } from "../config/index.js";
import { CONFIG_FILE_NAME } from "../config/index.js";
import { CallScanMemo } from "../engine/call-graph.js";
import { groupModules } from "../engine/lint.js";
import type { LogMemo } from "../engine/read-log.js";
import { digestOf, readLogHolds, textsRead } from "../engine/read-log.js";
import type { LintResult } from "../engine/types.js";
import type { ReadBoundary } from "../model/file-access.js";
import { isWithin } from "../model/file-access.js";
import { LineHashMemo } from "../report/line-hash-memo.js";
import type { CacheContents, CacheEntry, CacheGroup, CacheHeader, CacheRead, KeptReport, KnownFiles, LineHash, StatusSignature } from "./cache-file.js";
import { expiryPassed, hasSignature, statSignature, writeCache } from "./cache-file.js";
import type { CliHost } from "./host.js";
import type { KeyParts, ManifestSources } from "./run-manifest.js";
import { manifestOf } from "./run-manifest.js";
import type { ParallelSettings } from "./parallel.js";
import { engineSettings, groupWeight, lintGroupsInParallel } from "./parallel.js";

/** How long before a run a file must have last changed for its status to vouch for its text. */
const STATUS_MARGIN_MS = 2000;

export interface CachedLintSettings extends ParallelSettings {
  /** The cache file (absolute). */
  readonly file: string;
  /** What it held (`readCache`). */
  readonly read: CacheRead;
  readonly header: CacheHeader;
  /** What checking the groups' logs found so far (`reportAgain`'s, when it looked first). */
  readonly checks?: LogChecks;
  /** Threads to lint a number of files with (`threadCount`). */
  readonly threadsFor: (files: number) => number;
  /** Prints one line to the user (notices about the cache itself). */
  readonly say: (line: string) => void;
}

/** What `lintWithCache` gives: the results, and what to keep of the run once it is reported. */
export interface CachedLint {
  /** One per group, in the order of their first path: joined, they are one run's. */
  readonly results: LintResult[];
  readonly use: CacheUse;
  /** The SARIF line hashes of the reused groups' findings; a report adds those it works out. */
  readonly lineHashes: LineHashMemo;
  /**
   * Rewrites the cache (when anything was learned), with the line hashes
   * known by then, and the report to be given again (a run that can be).
   */
  save(run?: KeptRun): void;
}

/** A run's report to keep, and what its manifest is made of. */
export interface KeptRun {
  readonly report: KeptReport;
  /** What a manifest is made of besides the groups, the files and the report; none for a run that cannot have one. */
  readonly manifest?: ManifestParts;
  /** Whether the manifest kept did not hold: one is made again even when nothing else changed. */
  readonly refresh: boolean;
}

/**
 * What checking the groups' logs has found in a run, shared by
 * `reportAgain` and `lintWithCache` (the same host's answers): each
 * question is asked once, and each file's status looked at once.
 */
export class LogChecks {
  readonly memo: LogMemo = new Map();
  /** Files whose status was what it was when their digest was taken, with that status and digest. */
  readonly unchanged = new Map<string, readonly [StatusSignature, string]>();

  /** `readLogHolds`' `knownDigest` over the files a cache knows: the digest of a file whose status vouches for it. */
  knownDigestIn(known: KnownFiles): (path: string) => string | undefined {
    return (path) => {
      const file = known.get(path);
      if (file === undefined || !hasSignature(path, file[0])) return undefined;
      this.unchanged.set(path, file);
      return file[1];
    };
  }
}

/** What the command knows for a manifest (see run-manifest.ts). */
export type ManifestParts = Omit<ManifestSources, "groups" | "known" | "trustedBeforeMs" | "made" | "code" | "warnings">;

/**
 * After a report given again the longer way (`reportAgain`), because the
 * manifest kept did not hold: keeps a new one, with every other part of
 * the cache as it is, so that the next re-run can take the short way.
 */
export function keepManifest(s: Pick<CachedLintSettings, "read" | "file" | "say" | "checks">, report: KeptReport, parts: ManifestParts): void {
  const index = s.read.kind === "read" ? s.read.index() : undefined;
  if (s.read.kind !== "read" || index === undefined) return;
  const trustedBeforeMs = trustedBefore();
  const manifest = manifestOf({
    ...parts,
    groups: index.groups,
    // Every text the groups read was read or vouched for again by this run: their status now, when old enough, vouches for them.
    known: knownFiles(index.groups, trustedBeforeMs, s.checks?.unchanged),
    trustedBeforeMs,
    made: Date.now(),
    code: report.code,
    warnings: report.warnings,
  });
  if (manifest === undefined) return;
  try {
    s.read.withManifest(s.file, manifest);
  } catch (error) {
    s.say(`could not write the cache ${s.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A file changed at or after this time, for a run that starts now, is not vouched for by its status next time. */
function trustedBefore(): number {
  // File times are coarse (a clock tick, two seconds on FAT): a file changed
  // shortly before the run may have been read before or after the change.
  return Date.now() - STATUS_MARGIN_MS;
}

/** What `lintWithCache` did, for `--debug` and the tests. */
export interface CacheUse {
  /** Groups whose results came from the cache. */
  readonly reused: number;
  /** Groups linted in this run. */
  readonly linted: number;
}

/** What decides results besides the files read: the options, the `--config` file, `TF_VAR_*`, the boundary. */
export function settingsDigest(s: {
  readonly overrides: ConfigOverrides;
  readonly config?: LoadedConfig;
  readonly boundary?: ReadBoundary;
  readonly maxFileBytes?: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly ruleIds: readonly string[];
  /** The plugins loaded: their module files, with digests of their contents (a changed plugin changes results). */
  readonly plugins: readonly (readonly [file: string, digest: string])[];
}): string {
  const tfVars = Object.entries(s.env)
    .filter(([name]) => name.startsWith("TF_VAR_"))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const settings = {
    overrides: s.overrides,
    config: s.config ?? null,
    boundary: s.boundary?.toData() ?? null,
    maxFileBytes: s.maxFileBytes ?? null,
    tfVars,
    rules: s.ruleIds,
    plugins: s.plugins,
  };
  return digestOf(JSON.stringify(settings));
}

/**
 * What decides a report besides the groups' results: the cache header
 * (version, directory, settings), the command's options, the colour and
 * width it is laid out in, the paths linted, discovery's notices, the
 * baseline's text. A digest of them all.
 */
export function reportKey(parts: KeyParts & { readonly paths: readonly string[]; readonly notices: unknown }): string {
  return digestOf(JSON.stringify(parts));
}

/**
 * The report kept in the cache, when it is the one linting `paths` would
 * give now: it was made under `key`, and every group it was made of still
 * holds (which the groups' logs tell without their results).
 */
export function reportAgain(paths: readonly string[], key: string, s: Pick<CachedLintSettings, "read" | "header" | "host" | "cwd" | "checks">): KeptReport | undefined {
  const current = readFor(s.read, s.header);
  const read = current?.index();
  if (current === undefined || read === undefined || read.reportKey !== key) return undefined;
  // The key holds the paths; the groups must be all of them, each once (a path is in one group: see readCache).
  const wanted = new Set(paths);
  let covered = 0;
  for (const group of read.groups) {
    for (const p of group.paths) if (!wanted.has(p)) return undefined;
    covered += group.paths.length;
  }
  if (covered !== wanted.size) return undefined;
  const checks = s.checks ?? new LogChecks();
  const knownDigest = checks.knownDigestIn(read.known);
  const now = Date.now();
  for (const group of read.groups) if (!stillHolds(group, s.host, s.cwd, now, knownDigest, checks.memo)) return undefined;
  return current.report();
}

/** The cache as read, when its groups were linted with the settings of `header` (options, the --config file, TF_VAR_*); a cache for others is out of date. */
function readFor(read: CacheRead, header: CacheHeader): CacheContents | undefined {
  return read.kind === "read" && read.settings === header.settings ? read : undefined;
}

/**
 * Lints `paths` (in the order the engine is given them), reusing the cached
 * groups that still hold. The cache is rewritten by `save`, after the
 * report, so that it keeps the line hashes the report worked out.
 */
export async function lintWithCache(paths: readonly string[], s: CachedLintSettings): Promise<CachedLint> {
  const trustedBeforeMs = trustedBefore();
  const current = readFor(s.read, s.header);
  const index = current?.index();
  const stored = current === undefined ? [] : current.entries();
  const read: CacheRead =
    current !== undefined && (index === undefined || stored === undefined)
      ? { kind: "ignored", notice: `ignoring the cache ${s.file}: it is corrupt; linting everything`, writable: true }
      : s.read;
  const cached = stored ?? [];
  if (read.kind === "ignored") s.say(read.notice);
  const wanted = new Set(paths);
  const now = Date.now();
  const before: KnownFiles = index !== undefined && stored !== undefined ? index.known : new Map();
  // Files whose status is what it was when their digest was taken need not be read to be checked.
  // The answers `reportAgain` found are the same host's: a group it found changed fails at once.
  const checks = s.checks ?? new LogChecks();
  const knownDigest = checks.knownDigestIn(before);
  let kept = cached.filter((e) => e.paths.every((p) => wanted.has(p)) && stillHolds(e, s.host, s.cwd, now, knownDigest, checks.memo));

  // What the cache does not cover is grouped; a group reaching a kept group's directory takes that group in.
  let groups: { paths: string[]; dirs: string[] }[] = [];
  // The groups read their files again (their logs must hold every answer) but need not parse them again for their calls.
  const callScans = new CallScanMemo();
  for (;;) {
    const covered = new Set(kept.flatMap((e) => e.paths));
    const fresh = paths.filter((p) => !covered.has(p));
    if (fresh.length === 0) break;
    groups = s.host.withoutProgress(() => groupModules({ ...engineSettings(s), paths: fresh }, callScans));
    const reached = new Set(groups.flatMap((g) => g.dirs));
    const joined = kept.filter((e) => e.dirs.some((d) => reached.has(d)));
    if (joined.length === 0) break;
    kept = kept.filter((e) => !joined.includes(e));
  }

  const files = groups.reduce((n, g) => n + groupWeight(g.paths, s.weightOf), 0);
  const records = groups.length === 0 ? [] : await lintGroupsInParallel(groups.map((g) => g.paths), s.threadsFor(files), s, callScans);
  const dirsOf = new Map(groups.map((g) => [g.paths[0], g.dirs]));
  const linted: CacheEntry[] = records.map((r) => ({ ...r, dirs: dirsOf.get(r.paths[0]) ?? [], lineHashes: [] }));

  const rank = new Map(paths.map((p, i) => [p, i]));
  const entries = [...kept, ...linted].sort((a, b) => (rank.get(a.paths[0]) ?? 0) - (rank.get(b.paths[0]) ?? 0));
  // A kept group's files are unchanged (its log held), so are the hashes of its findings' lines.
  const lineHashes = new LineHashMemo();
  for (const e of kept) {
    for (let i = 0; i < e.lineHashes.length; i++) {
      const known = e.lineHashes[i];
      lineHashes.set(known[0], known[1], known[2]);
    }
  }
  const loaded = lineHashes.added;
  const save = (run?: KeptRun): void => {
    const report = run?.report;
    // Nothing learned: every group came from the cache, every file was vouched for by its status, no line hash was added, the same report kept.
    const same =
      linted.length === 0 &&
      kept.length === cached.length &&
      checks.unchanged.size === before.size &&
      lineHashes.added === loaded &&
      (report === undefined || (read.kind === "read" && index?.reportKey === report.key));
    if ((same && run?.refresh !== true) || (read.kind === "ignored" && !read.writable)) return;
    const known = knownFiles(entries, trustedBeforeMs, checks.unchanged);
    const manifest = run?.manifest && manifestOf({ ...run.manifest, groups: entries, known, trustedBeforeMs, made: now, code: run.report.code, warnings: run.report.warnings });
    // Only the manifest was out of date, and no other can be made.
    if (same && manifest === undefined) return;
    try {
      const withHashes = entries.map((e) => ({ ...e, lineHashes: lineHashesOf(e.result, lineHashes) }));
      writeCache(s.file, s.header, withHashes, known, report, manifest);
    } catch (error) {
      s.say(`could not write the cache ${s.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return { results: entries.map((e) => e.result), use: { reused: kept.length, linted: linted.length }, lineHashes, save };
}

/** The known hashes of the lines of a result's files. */
function lineHashesOf(result: LintResult, memo: LineHashMemo): LineHash[] {
  const files = new Set<string>();
  for (const f of result.findings) if (f.file !== undefined) files.add(f.file);
  return [...files].flatMap((file) => memo.linesOf(file).map(([line, hash]): LineHash => [file, line, hash]));
}

/**
 * The status signatures of the files the entries read, for the next run.
 * A file changed since shortly before this run started may have been read
 * before or after the change: its signature is left out, and the next run
 * reads it again. A file whose status vouched for its text in this run
 * (`unchanged`) keeps the signature it had, without being looked at again.
 */
function knownFiles(
  entries: readonly Pick<CacheGroup, "log">[],
  trustedBeforeMs: number,
  unchanged: ReadonlyMap<string, readonly [StatusSignature, string]> = new Map(),
): KnownFiles {
  const known = new Map<string, readonly [StatusSignature, string]>();
  for (const entry of entries) {
    for (const [path, digest] of textsRead(entry.log)) {
      if (known.has(path)) continue;
      const vouched = unchanged.get(path);
      if (vouched !== undefined && vouched[1] === digest) {
        known.set(path, vouched);
        continue;
      }
      const stat = statSignature(path);
      if (stat !== undefined && stat.changedMs < trustedBeforeMs) known.set(path, [stat.signature, digest]);
    }
  }
  return known;
}

/** Whether a cached group's result is still what linting it would give. */
function stillHolds(entry: CacheGroup, host: CliHost, cwd: string, now: number, knownDigest: (path: string) => string | undefined, memo: LogMemo): boolean {
  if (expiryPassed(entry.expiries, entry.linted, now)) return false;
  // The engine admits the config files its lookup finds to the read boundary; so does the check.
  // Only where that lookup looks: in or above the group's own paths.
  const log = entry.log;
  // Indexed, without destructuring: a process that has just started checks tens of thousands of questions.
  for (let i = 0; i < log.length; i++) {
    const question = log[i];
    if (question[0] !== "t" || !question[1].endsWith(CONFIG_FILE_NAME)) continue;
    const path = question[1];
    if (basename(path) === CONFIG_FILE_NAME && entry.paths.some((p) => isWithin(dirname(path), resolve(cwd, p)))) host.admit(path);
  }
  return readLogHolds(entry.log, host, knownDigest, memo);
}
