/**
 * The `--cache` file: what earlier runs learned, one entry per group of
 * modules linted together (see cached-lint.ts), the last run's report, and
 * where the file lives.
 *
 * The file is four lines and the report's bytes: a header
 * (`{"tfmould-cache":` and the format, tfmould's version, the directory the
 * run was in, a digest of the settings, and a checksum of each part after
 * it); the manifest of what the report depends on (run-manifest.ts, or
 * `null`); the index (what each group read, and what is known of the files
 * it read); the groups' results; then the report as it was written. A
 * re-run whose manifest holds reads nothing else; one that finds every
 * group unchanged gives the report again from the index; the results are
 * parsed only when some group is linted or the report is made anew. Every
 * part's checksum is checked all the same: a file that is not what this
 * code wrote (truncated, edited, another version's, another tree's) is
 * ignored with one notice, never trusted in part; a part whose checksum
 * was forged too is checked for its shapes when it is read (see the end
 * of this module), and the file is then ignored. It is read only as a
 * regular file (never through a symbolic link, a FIFO or a device) and
 * replaced atomically, so an interrupted run leaves the old file or the new
 * one.
 */
import { crc32 } from "node:zlib";
import { lstatSync, statSync } from "node:fs";
import type { Stats } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import type { ReadLogEntry, ReadKind } from "../engine/read-log.js";
import { NO_ANSWER } from "../engine/read-log.js";
import { summaryOf } from "../engine/finish.js";
import type { LintResult } from "../engine/types.js";
import { readRegularFile } from "../model/file-access.js";
import { writeFileAtomic } from "./atomic-write.js";
import type { RunManifest } from "./run-manifest.js";

/** The file name `--cache` uses when `--cache-location` names none. */
export const CACHE_FILE_NAME = ".tfmould-cache";

/** Bumped whenever the file's layout changes: an older file is then another version's. */
const FORMAT = 9;
/** The header's first key, which every cache file starts with. */
const FORMAT_KEY = "tfmould-cache";
const MAGIC = `{"${FORMAT_KEY}":`;

/**
 * A checksum of a part of the file, to tell one truncated or damaged: CRC-32
 * (a run reads the whole file each time, and CRC-32 is a third of SHA-256's
 * cost). It is no seal against a forged file: nothing that checks a file
 * it cannot authenticate is, and the shapes are checked besides.
 */
const checksumOf = (bytes: Buffer): string => crc32(bytes).toString(16);

/** A cache this large is not something tfmould wrote for any real tree. */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/** One group of modules linted together, and what its run read: all that tells whether its result still holds. */
export interface CacheGroup {
  /** The paths the group was linted with, as the engine was given them. */
  readonly paths: readonly string[];
  /** Every module directory (absolute) the group's modules are or call: another group reaching one joins it. */
  readonly dirs: readonly string[];
  /** The questions the run asked its host, with digests of the answers. */
  readonly log: readonly ReadLogEntry[];
  /** When it was linted (milliseconds since the epoch). */
  readonly linted: number;
  /** The suppression expiry dates the run compared with the time it was linted. */
  readonly expiries: readonly number[];
}

/** A group with its result. */
export interface CacheEntry extends CacheGroup {
  readonly result: LintResult;
  /** SARIF line hashes of the lines its findings are on, taken of the texts its log vouches for. */
  readonly lineHashes: readonly LineHash[];
}

/** A file (as findings name it), a line of it and that line's `primaryLocationLineHash`. */
export type LineHash = readonly [file: string, line: number, hash: string];

/** What makes a cache apply to a run, besides its entries. */
export interface CacheHeader {
  /** tfmould's version. */
  readonly version: string;
  /** The working directory: findings' paths are relative to it. */
  readonly tree: string;
  /** A digest of everything else that decides the results (see `settingsDigest`). */
  readonly settings: string;
}

/**
 * What is known of files read before, by absolute path: a signature of the
 * file's status (see `statSignature`) and the digest of its text then. A
 * file whose status is unchanged need not be read again to be checked.
 */
export type KnownFiles = ReadonlyMap<string, readonly [signature: StatusSignature, digest: string]>;

/** A file's device, inode, size, and modification and change times (milliseconds), as `stat` gives them. */
export type StatusSignature = readonly [dev: number, ino: number, size: number, mtimeMs: number, ctimeMs: number];

/** How many numbers a signature is. */
const SIGNATURE_LENGTH = 5;

/** The `i`-th of the signatures whose numbers are consecutive in `numbers`, as the cache stores them. */
export function signatureAt(numbers: readonly number[], i: number): StatusSignature {
  return numbers.slice(i * SIGNATURE_LENGTH, (i + 1) * SIGNATURE_LENGTH) as unknown as StatusSignature;
}

/**
 * Whether one of a run's suppression expiry dates lies between `then` (when
 * it compared them) and `now`: which suppressions apply has changed since.
 */
export function expiryPassed(expiries: readonly number[], then: number, now: number): boolean {
  return expiries.some((at) => at <= now !== at <= then);
}

/**
 * A run's report, kept so that a re-run whose every input is unchanged
 * gives it again without making it (see cached-lint.ts).
 */
export interface KeptReport {
  /** A digest of everything the report depends on besides the groups' results (`reportKey`). */
  readonly key: string;
  /** The report's bytes: the file `-o` names, or what went to standard output. */
  readonly bytes: Buffer;
  /** The run's exit code. */
  readonly code: number;
  /** The warnings it counted (for the `--max-warnings` line). */
  readonly warnings: number;
}

/** What makes a cache apply to a run, besides its entries: this version, this directory. */
export type CacheTree = Pick<CacheHeader, "version" | "tree">;

export type CacheRead =
  | { readonly kind: "none" }
  | CacheContents
  /** Not used; `notice` says why. `writable` is false when the path is no place to write a cache either. */
  | { readonly kind: "ignored"; readonly notice: string; readonly writable: boolean };

/** A cache file as read: its manifest at once, the rest when asked for. */
export interface CacheContents {
  readonly kind: "read";
  /** The digest of the settings its groups were linted with (`CacheHeader.settings`). */
  readonly settings: string;
  /** What the kept report depends on, by file status (see run-manifest.ts), if the run that kept it could say. */
  readonly manifest?: RunManifest;
  /** The index (parsed when first asked for), or undefined when it is not what this code writes. */
  index(): CacheIndex | undefined;
  /** The groups with their results (parsed when first asked for), or undefined when they are not what this code writes. */
  entries(): CacheEntry[] | undefined;
  /** The report kept, if any. */
  report(): KeptReport | undefined;
  /** The kept report's bytes (the manifest's report, when there is a manifest). */
  reportBytes(): Buffer;
  /** Rewrites `file` with `manifest` in place of this one's, and every other part as it is. @throws the file system's error */
  withManifest(file: string, manifest: RunManifest): void;
}

/** The groups and what is known of the files they read. */
export interface CacheIndex {
  readonly groups: readonly CacheGroup[];
  readonly known: KnownFiles;
  /** The key of the report kept, if any. */
  readonly reportKey?: string;
}

/**
 * Where the cache is: `--cache-location` (a directory, when it is one or
 * ends with a separator, holds `.tfmould-cache`), else `.tfmould-cache`
 * beside the config file that applies to the working directory, else in it.
 */
export function cachePath(location: string | undefined, cwd: string, configFile: string | undefined): string {
  if (location === undefined) return join(configFile !== undefined ? dirname(configFile) : cwd, CACHE_FILE_NAME);
  const abs = resolve(cwd, location);
  if (location.endsWith("/") || location.endsWith(sep) || isDirectory(abs)) return join(abs, CACHE_FILE_NAME);
  return abs;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Why `file` is no place for a cache (a link, a directory, a device), or undefined when it is absent or a regular file. */
function refusal(file: string): string | undefined {
  let st;
  try {
    st = lstatSync(file);
  } catch {
    return undefined;
  }
  if (st.isSymbolicLink()) return "it is a symbolic link; tfmould does not read or write a cache through links";
  if (st.isDirectory()) return "it is a directory";
  if (!st.isFile()) return "it is not a regular file";
  return undefined;
}

/** Reads the cache at `file` for a run of this version in this directory. Never throws. */
export function readCache(file: string, header: CacheTree): CacheRead {
  const refused = refusal(file);
  if (refused !== undefined) return { kind: "ignored", notice: `ignoring the cache ${file}: ${refused}`, writable: false };
  const read = readRegularFile(file, MAX_CACHE_BYTES);
  if ("reason" in read) {
    return read.reason === "does not exist" ? { kind: "none" } : { kind: "ignored", notice: `ignoring the cache ${file}: ${read.reason}`, writable: true };
  }
  const bytes = read.bytes;
  // A file that does not even start as a cache is someone else's: it is left alone.
  if (bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) {
    return { kind: "ignored", notice: `ignoring ${file}: it is not a tfmould cache, and is left as it is (name another with --cache-location)`, writable: false };
  }
  const ignored = (why: string): CacheRead => ({ kind: "ignored", notice: `ignoring the cache ${file}: ${why}; linting everything`, writable: true });
  // The four lines are ASCII (see `writeCache`): their bytes are their characters.
  const ends: number[] = [];
  for (let at = 0; ends.length < 4; at = ends[ends.length - 1] + 1) {
    const newline = bytes.indexOf(0x0a, at);
    if (newline < 0) return ignored("it is truncated or not a tfmould cache");
    ends.push(newline);
  }
  let head: unknown;
  try {
    head = JSON.parse(bytes.toString("latin1", 0, ends[0]));
  } catch {
    return ignored("it is corrupt or not a tfmould cache");
  }
  if (!isObject(head) || head[FORMAT_KEY] !== FORMAT || typeof head.version !== "string" || !isObject(head.checksums)) {
    return ignored("it is not a tfmould cache of this version");
  }
  if (head.version !== header.version) return ignored(`it was written by tfmould ${head.version}, this is ${header.version}`);
  if (head.tree !== header.tree) return ignored("it was written for another directory");
  const { manifest: manifestSum, index: indexSum, results: resultsSum, report: reportSum } = head.checksums;
  if (typeof head.settings !== "string" || [manifestSum, indexSum, resultsSum, reportSum].some((sum) => typeof sum !== "string")) {
    return ignored("it is not a tfmould cache of this version");
  }
  const manifestBytes = bytes.subarray(ends[0] + 1, ends[1]);
  const indexBytes = bytes.subarray(ends[1] + 1, ends[2]);
  const resultsBytes = bytes.subarray(ends[2] + 1, ends[3]);
  const reportBytes = bytes.subarray(ends[3] + 1);
  // Every part is checked, even those a run may not read: a file is used whole or not at all.
  const sums = [checksumOf(manifestBytes), checksumOf(indexBytes), checksumOf(resultsBytes), checksumOf(reportBytes)];
  if (sums[0] !== manifestSum || sums[1] !== indexSum || sums[2] !== resultsSum || sums[3] !== reportSum) return ignored("it is truncated or corrupt");
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestBytes.toString("latin1"));
  } catch {
    return ignored("it is corrupt");
  }
  if (manifest !== null && !isManifest(manifest)) return ignored("it is corrupt");
  let index: Index | undefined | null = null;
  const indexOnce = (): Index | undefined => {
    if (index !== null) return index;
    try {
      return (index = storedIndex(JSON.parse(indexBytes.toString("latin1"))));
    } catch {
      return (index = undefined);
    }
  };
  return {
    kind: "read",
    settings: head.settings,
    ...(manifest !== null ? { manifest: manifest as RunManifest } : {}),
    index: () => {
      const read = indexOnce();
      return read && { groups: read.groups, known: read.known, ...(read.report !== undefined ? { reportKey: read.report.key } : {}) };
    },
    entries: () => {
      const read = indexOnce();
      return read && storedResults(resultsBytes, read.groups);
    },
    report: () => {
      const report = indexOnce()?.report;
      return report && { ...report, bytes: reportBytes };
    },
    reportBytes: () => reportBytes,
    withManifest: (target, replaced) => {
      const refused = refusal(target);
      if (refused !== undefined) throw new Error(refused);
      writeParts(target, { version: header.version, tree: header.tree, settings: head.settings as string }, [Buffer.from(asciiJson(replaced), "latin1"), indexBytes, resultsBytes, reportBytes]);
    },
  };
}

// The index names each path once, in `paths`, and each question once, in
// `questions` (kind, path and answer; most are asked by many groups):
// groups, logs and known files refer to them by index. Plain arrays of
// numbers and strings parse much faster than the objects they stand for,
// and the file is read on every run.

/** The questions of the index: the i-th question is `kinds[i]` asked of `paths[i]` (an index), with `answers[i]` (a path's index, or the answer). */
interface StoredQuestions {
  readonly kinds: string;
  readonly paths: readonly number[];
  readonly answers: readonly (string | number)[];
}

/** A group as stored: paths and questions by index. */
interface StoredGroup {
  readonly paths: readonly number[];
  readonly dirs: readonly number[];
  readonly log: readonly number[];
  readonly linted: number;
  readonly expiries: readonly number[];
}

/** A group's result as stored (in the order of the groups): its enabled rules as an index into the file's `ruleSets` (most groups share one). */
interface StoredResult {
  readonly result: Omit<LintResult, "enabledRules" | "summary"> & { readonly enabledRules: number };
  /** Line hashes as consecutive file, line and hash. */
  readonly lineHashes: readonly (string | number)[];
}

/** The kept report's other fields (its bytes end the file). */
type StoredReport = Omit<KeptReport, "bytes">;

const KINDS: readonly string[] = ["t", "l", "e", "p", "i", "w"];

interface Index {
  readonly groups: CacheGroup[];
  readonly known: KnownFiles;
  readonly report?: StoredReport;
}

/** The groups, known files and report of a parsed index, or undefined when it is not one this code wrote. */
function storedIndex(parsed: unknown): Index | undefined {
  if (!isObject(parsed)) return undefined;
  const paths = parsed.paths;
  if (!Array.isArray(paths) || !everyItem(paths, isString)) return undefined;
  const pathAt = (i: unknown): string | undefined => (typeof i === "number" ? (paths[i] as string | undefined) : undefined);
  const questions = questionsFrom(parsed.questions, pathAt);
  if (questions === undefined) return undefined;
  const known = knownFrom(parsed.known, questions);
  if (known === undefined) return undefined;
  const report = parsed.report;
  if (report !== undefined && !isStoredReport(report)) return undefined;
  const stored = parsed.groups;
  if (!Array.isArray(stored) || !everyItem(stored, isStoredGroup)) return undefined;
  const groups: CacheGroup[] = [];
  const seen = new Set<string>();
  for (const g of stored as StoredGroup[]) {
    const groupPaths = pathsOf(g.paths, pathAt);
    const dirs = pathsOf(g.dirs, pathAt);
    const log = new Array<ReadLogEntry>(g.log.length);
    for (let k = 0; k < log.length; k++) {
      // Checked here rather than by the shape: any number that is no question's index finds none.
      const index: unknown = g.log[k];
      const question = typeof index === "number" ? questions[index] : undefined;
      if (question === undefined) return undefined;
      log[k] = question;
    }
    if (groupPaths === undefined || dirs === undefined) return undefined;
    for (const p of groupPaths) {
      if (seen.has(p)) return undefined;
      seen.add(p);
    }
    groups.push({ paths: groupPaths, dirs, log, linted: g.linted, expiries: g.expiries });
  }
  return { groups, known, ...(report !== undefined ? { report: report as StoredReport } : {}) };
}

function pathsOf(indices: readonly number[], pathAt: (i: unknown) => string | undefined): string[] | undefined {
  const out: string[] = [];
  for (const i of indices) {
    const path = pathAt(i);
    if (path === undefined) return undefined;
    out.push(path);
  }
  return out;
}

/** The groups of the index with the results stored for them, or undefined when the results are not what this code wrote. */
function storedResults(bytes: Buffer, groups: readonly CacheGroup[]): CacheEntry[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString("latin1"));
  } catch {
    return undefined;
  }
  if (!isObject(parsed)) return undefined;
  const { ruleSets, results } = parsed;
  if (!Array.isArray(ruleSets) || !everyItem(ruleSets, isRuleSet)) return undefined;
  if (!Array.isArray(results) || results.length !== groups.length || !everyItem(results, isStoredResult)) return undefined;
  const entries: CacheEntry[] = [];
  for (let i = 0; i < groups.length; i++) {
    const stored = results[i] as StoredResult;
    const lineHashes = lineHashesFrom(stored.lineHashes);
    const enabledRules = ruleSets[stored.result.enabledRules] as LintResult["enabledRules"] | undefined;
    if (lineHashes === undefined || enabledRules === undefined) return undefined;
    const { findings, notices, files } = stored.result;
    const result: LintResult = { findings, notices, files, enabledRules, summary: summaryOf(stored.result) };
    entries.push({ ...groups[i], lineHashes, result });
  }
  return entries;
}

/**
 * The questions, each one object that every log asking it shares (so a
 * check of many logs can remember what it found of each by identity).
 */
function questionsFrom(stored: unknown, pathAt: (i: unknown) => string | undefined): ReadLogEntry[] | undefined {
  if (!isObject(stored)) return undefined;
  const { kinds, paths, answers } = stored as Partial<Record<keyof StoredQuestions, unknown>>;
  if (typeof kinds !== "string" || !Array.isArray(paths) || !Array.isArray(answers)) return undefined;
  if (paths.length !== kinds.length || answers.length !== kinds.length) return undefined;
  const questions: ReadLogEntry[] = [];
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    const path = pathAt(paths[i]);
    const stated: unknown = answers[i];
    const answer = typeof stated === "string" ? stated : pathAt(stated);
    if (!KINDS.includes(kind) || path === undefined || answer === undefined) return undefined;
    questions.push([kind as ReadKind, path, answer]);
  }
  return questions;
}

/**
 * Known files as stored: the question that read each (its path and digest)
 * and the file's status signature then, its numbers consecutive in
 * `signatures` (numbers are compared as they are: no text is made of each
 * file's status on every run).
 */
function knownFrom(stored: unknown, questions: readonly ReadLogEntry[]): KnownFiles | undefined {
  if (!isObject(stored)) return undefined;
  const { questions: read, signatures } = stored;
  if (!Array.isArray(read) || !Array.isArray(signatures) || signatures.length !== read.length * SIGNATURE_LENGTH) return undefined;
  if (!everyItem(signatures, isFiniteNumber)) return undefined;
  const known = new Map<string, readonly [StatusSignature, string]>();
  for (let i = 0; i < read.length; i++) {
    const question = typeof read[i] === "number" ? questions[read[i] as number] : undefined;
    if (question === undefined || question[0] !== "t") return undefined;
    known.set(question[1], [signatureAt(signatures as number[], i), question[2]]);
  }
  return known;
}

function lineHashesFrom(stored: readonly (string | number)[]): LineHash[] | undefined {
  if (stored.length % 3 !== 0) return undefined;
  const hashes: LineHash[] = [];
  for (let i = 0; i < stored.length; i += 3) {
    const file = stored[i];
    const line = stored[i + 1];
    const hash = stored[i + 2];
    if (typeof file !== "string" || typeof hash !== "string" || !Number.isSafeInteger(line) || (line as number) < 1) return undefined;
    hashes.push([file, line as number, hash]);
  }
  return hashes;
}

/** Builds the body's tables: each path and each question once, by index. */
class Tables {
  readonly paths: string[] = [];
  private readonly pathIndex = new Map<string, number>();
  private readonly kinds: string[] = [];
  private readonly questionPaths: number[] = [];
  private readonly answers: (string | number)[] = [];
  /** Questions read from a cache are shared objects; those of a fresh run are told apart by what they ask and answer. */
  private readonly byObject = new Map<ReadLogEntry, number>();
  /**
   * By path, then kind and answer: the path strings are the host's own, whose
   * hashes are known already, where a key joining the three would be a new
   * string to build and hash for each of the run's hundred thousand questions.
   */
  private readonly byPath = new Map<string, (string | number)[]>();

  path(path: string): number {
    let i = this.pathIndex.get(path);
    if (i === undefined) this.pathIndex.set(path, (i = this.paths.push(path) - 1));
    return i;
  }

  question(question: ReadLogEntry): number {
    let i = this.byObject.get(question);
    if (i !== undefined) return i;
    const [kind, path, answer] = question;
    let asked = this.byPath.get(path);
    if (asked === undefined) this.byPath.set(path, (asked = []));
    // Triples of kind, answer and index: a path is asked about a few times at most.
    for (let k = 0; k < asked.length; k += 3) {
      if (asked[k] === kind && asked[k + 1] === answer) {
        i = asked[k + 2] as number;
        this.byObject.set(question, i);
        return i;
      }
    }
    i = this.kinds.push(kind) - 1;
    asked.push(kind, answer, i);
    this.questionPaths.push(this.path(path));
    // A real path is most often a path named already.
    this.answers.push(kind === "p" && answer !== NO_ANSWER ? this.path(answer) : answer);
    this.byObject.set(question, i);
    return i;
  }

  questions(): StoredQuestions {
    return { kinds: this.kinds.join(""), paths: this.questionPaths, answers: this.answers };
  }
}

/** JSON with every character past ASCII escaped (JSON.stringify already escapes lone surrogates). */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * What tells whether a file was touched: device, inode, size, and the
 * modification and change times (milliseconds, to a fraction of a
 * microsecond). The change time cannot be set back by anyone but the system
 * clock, so a write always changes this: a signature is only kept for a file
 * unchanged for seconds before a run (see cached-lint.ts), and any later
 * write moves its change time by more than that. Undefined when the file
 * cannot be looked at.
 */
export function statSignature(path: string): { readonly signature: StatusSignature; readonly changedMs: number } | undefined {
  const st = statusOf(path);
  return st && { signature: [st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs], changedMs: st.ctimeMs };
}

/** Whether `path`'s status is still `signature` (false when it cannot be looked at). */
export function hasSignature(path: string, signature: StatusSignature): boolean {
  const st = statusOf(path);
  return st !== undefined && matchesSignature(st, signature);
}

/** Whether a status `stat` gave is `signature`. */
export function matchesSignature(st: Stats, signature: StatusSignature): boolean {
  return st.dev === signature[0] && st.ino === signature[1] && st.size === signature[2] && st.mtimeMs === signature[3] && st.ctimeMs === signature[4];
}

/** `path`'s status, links followed; undefined when it cannot be looked at. */
export function statusOf(path: string): Stats | undefined {
  try {
    // Numbers rather than bigints, and no exception for a missing file: thousands are asked each run.
    return statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * Writes the cache atomically. @throws the file system's error, or an
 * Error whose message says why the path is refused.
 */
export function writeCache(
  file: string,
  header: CacheHeader,
  entries: readonly CacheEntry[],
  known: KnownFiles,
  report?: KeptReport,
  manifest?: RunManifest,
): void {
  const refused = refusal(file);
  if (refused !== undefined) throw new Error(refused);
  // The summary is counted again on reading; the texts of sources are the files', read again.
  const ruleSets: LintResult["enabledRules"][] = [];
  // A run's groups have one list or a few (one per config): compared item by item, not written out as text per group.
  const indexOf = (rules: LintResult["enabledRules"]): number => {
    let i = ruleSets.findIndex((known) => sameRules(known, rules));
    if (i < 0) i = ruleSets.push(rules) - 1;
    return i;
  };
  const tables = new Tables();
  const groups = entries.map(
    (e): StoredGroup => ({
      paths: e.paths.map((p) => tables.path(p)),
      dirs: e.dirs.map((d) => tables.path(d)),
      log: e.log.map((q) => tables.question(q)),
      linted: e.linted,
      expiries: e.expiries,
    }),
  );
  const results = entries.map(
    (e): StoredResult => ({
      result: { findings: e.result.findings, notices: e.result.notices, files: e.result.files, enabledRules: indexOf(e.result.enabledRules) },
      lineHashes: e.lineHashes.flat(),
    }),
  );
  const knownQuestions: number[] = [];
  const signatures: number[] = [];
  for (const [path, [signature, digest]] of known) {
    knownQuestions.push(tables.question(["t", path, digest]));
    signatures.push(...signature);
  }
  const kept: StoredReport | undefined = report && { key: report.key, code: report.code, warnings: report.warnings };
  // Written as ASCII (other characters escaped), so that reading them back is a byte-for-character copy.
  const index = Buffer.from(
    asciiJson({ paths: tables.paths, questions: tables.questions(), known: { questions: knownQuestions, signatures }, groups, ...(kept ? { report: kept } : {}) }),
    "latin1",
  );
  const resultsPart = Buffer.from(asciiJson({ ruleSets, results }), "latin1");
  const reportPart = report?.bytes ?? Buffer.alloc(0);
  writeParts(file, header, [Buffer.from(asciiJson(manifest ?? null), "latin1"), index, resultsPart, reportPart]);
}

/** Whether two lists of enabled rules name the same rules at the same severities, in the same order. */
function sameRules(a: LintResult["enabledRules"], b: LintResult["enabledRules"]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].id !== b[i].id || a[i].severity !== b[i].severity) return false;
  return true;
}

/** Writes the header and the four parts (manifest, index, results, report) atomically. */
function writeParts(file: string, header: CacheHeader, parts: readonly [manifest: Buffer, index: Buffer, results: Buffer, report: Buffer]): void {
  const [manifest, index, results, report] = parts;
  const checksums = { manifest: checksumOf(manifest), index: checksumOf(index), results: checksumOf(results), report: checksumOf(report) };
  const head = Buffer.from(asciiJson({ [FORMAT_KEY]: FORMAT, version: header.version, tree: header.tree, settings: header.settings, checksums }), "latin1");
  const newline = Buffer.from("\n", "latin1");
  writeFileAtomic(file, Buffer.concat([head, newline, manifest, newline, index, newline, results, newline, report]));
}

// What follows checks that an entry has the shapes the report layer relies on,
// so that even a file with a forged checksum cannot crash the run.

type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === "string";
const isCount: Check = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isFiniteNumber: Check = (v) => typeof v === "number" && Number.isFinite(v);
const arrayOf =
  (item: Check): Check =>
  (v) =>
    Array.isArray(v) && everyItem(v, item);

/** `items.every(check)` as a plain loop (thousands of items are checked on every run). */
function everyItem(items: readonly unknown[], check: Check): boolean {
  for (let i = 0; i < items.length; i++) if (!check(items[i])) return false;
  return true;
}
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const oneOf =
  (...values: readonly string[]): Check =>
  (v) =>
    typeof v === "string" && values.includes(v);
const shape = (fields: Readonly<Record<string, Check>>): Check => {
  // Listed once, and walked with a plain loop: a cache holds thousands of findings to check on every run.
  const keys = Object.keys(fields);
  const checks = keys.map((k) => fields[k]);
  return (v) => {
    if (!isObject(v)) return false;
    for (let i = 0; i < keys.length; i++) if (!checks[i](v[keys[i]])) return false;
    return true;
  };
};

const isSeverity = oneOf("error", "warning", "note");
const isPos = shape({ line: isCount, column: isCount, offset: isCount });
const isRange = shape({ start: isPos, end: isPos });
const isRelated = shape({ file: isString, range: isRange, message: isString });
const isFix = shape({ description: isString, file: isString, replacements: arrayOf(shape({ range: isRange, text: isString })) });
const isSuppression = shape({ kind: oneOf("inSource", "external"), reason: isString, commentRange: optional(isRange) });
const isFinding = shape({
  ruleId: isString,
  severity: isSeverity,
  message: isString,
  file: isString,
  range: isRange,
  address: isString,
  attributePath: isString,
  related: arrayOf(isRelated),
  fix: optional(isFix),
  role: optional(oneOf("deployment", "module", "example", "test", "fixture")),
  suppressed: optional(isSuppression),
  fingerprint: isString,
});
const isNotice = shape({ level: oneOf("error", "warning"), message: isString, file: optional(isString), range: optional(isRange) });
const isRuleSet = arrayOf(shape({ id: isString, severity: isSeverity }));
const isResult = shape({
  findings: arrayOf(isFinding),
  notices: arrayOf(isNotice),
  files: arrayOf(isString),
  enabledRules: isCount,
});
// Paths and questions are checked as they are looked up (see `storedIndex`): each index once.
const isStoredGroup = shape({
  paths: Array.isArray,
  dirs: Array.isArray,
  log: Array.isArray,
  linted: (v) => typeof v === "number" && Number.isFinite(v),
  expiries: arrayOf((v) => typeof v === "number"),
});
const isStoredResult = shape({ result: isResult, lineHashes: Array.isArray });
const isStoredReport = shape({ key: isString, code: isCount, warnings: isCount });
const isFiniteArray = arrayOf(isFiniteNumber);
const isQuestion: Check = (v) => Array.isArray(v) && v.length === 3 && typeof v[0] === "string" && /^[tlepiw]$/.test(v[0]) && isString(v[1]) && isString(v[2]);
const isManifest = shape({
  key: isString,
  code: isCount,
  warnings: isCount,
  made: isFiniteNumber,
  expiries: isFiniteArray,
  roots: arrayOf((v) => Array.isArray(v) && v.length === 3 && isString(v[0]) && isString(v[1]) && typeof v[2] === "boolean"),
  dirs: arrayOf(isString),
  dirSignatures: isFiniteArray,
  listed: arrayOf((v) => Array.isArray(v) && v.length === 2 && isString(v[0]) && isString(v[1])),
  files: arrayOf(isString),
  fileSignatures: isFiniteArray,
  asked: arrayOf(isQuestion),
});
