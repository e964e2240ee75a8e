/**
 * The `--cache` file: what earlier runs learned, one entry per group of
 * modules linted together (see cached-lint.ts), and where it lives.
 *
 * The file is two lines: a header (`{"tfmould-cache":` and the format, tfmould's version, the directory
 * the run was in, a digest of the settings, and a checksum of the body),
 * then the body (the entries). A file that is not exactly what this code
 * wrote (truncated, edited, another version's, another tree's) is ignored
 * with one notice, never trusted in part. It is read only as a regular file
 * (never through a symbolic link, a FIFO or a device) and replaced
 * atomically, so an interrupted run leaves the old file or the new one.
 */
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { lstatSync, statSync } from "node:fs";
import type { Stats } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import type { ReadLogEntry, ReadKind } from "../engine/read-log.js";
import { NO_ANSWER } from "../engine/read-log.js";
import { summaryOf } from "../engine/finish.js";
import type { LintResult } from "../engine/types.js";
import { readRegularFile } from "../model/file-access.js";
import { writeFileAtomic } from "./atomic-write.js";

/** The file name `--cache` uses when `--cache-location` names none. */
export const CACHE_FILE_NAME = ".tfmould-cache";

/** Bumped whenever the file's layout changes: an older file is then another version's. */
const FORMAT = 6;
/** The header's first key, which every cache file starts with. */
const FORMAT_KEY = "tfmould-cache";
const MAGIC = `{"${FORMAT_KEY}":`;

/** Hashing the bytes spares encoding a large string once more. */
const checksumOf = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("base64url");

/** A cache this large is not something tfmould wrote for any real tree. */
const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/** One group of modules linted together, and what its run read. */
export interface CacheEntry {
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

export type CacheRead =
  | { readonly kind: "none" }
  | { readonly kind: "entries"; readonly entries: readonly CacheEntry[]; readonly known: KnownFiles }
  /** Not used; `notice` says why. `writable` is false when the path is no place to write a cache either. */
  | { readonly kind: "ignored"; readonly notice: string; readonly writable: boolean };

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

/** Reads the cache at `file` for a run with `header`. Never throws. */
export function readCache(file: string, header: CacheHeader): CacheRead {
  const refused = refusal(file);
  if (refused !== undefined) return { kind: "ignored", notice: `ignoring the cache ${file}: ${refused}`, writable: false };
  const read = readRegularFile(file, MAX_CACHE_BYTES);
  if ("reason" in read) {
    return read.reason === "does not exist" ? { kind: "none" } : { kind: "ignored", notice: `ignoring the cache ${file}: ${read.reason}`, writable: true };
  }
  // What this code writes is ASCII, which is copied rather than decoded.
  const text = read.bytes.toString(isAscii(read.bytes) ? "latin1" : "utf8");
  // A file that does not even start as a cache is someone else's: it is left alone.
  if (!text.startsWith(MAGIC)) return { kind: "ignored", notice: `ignoring ${file}: it is not a tfmould cache, and is left as it is (name another with --cache-location)`, writable: false };
  const ignored = (why: string): CacheRead => ({ kind: "ignored", notice: `ignoring the cache ${file}: ${why}; linting everything`, writable: true });
  const newline = text.indexOf("\n");
  if (newline < 0) return ignored("it is truncated or not a tfmould cache");
  let head: unknown;
  try {
    head = JSON.parse(text.slice(0, newline));
  } catch {
    return ignored("it is corrupt or not a tfmould cache");
  }
  if (!isObject(head) || head[FORMAT_KEY] !== FORMAT || typeof head.version !== "string" || typeof head.checksum !== "string") {
    return ignored("it is not a tfmould cache of this version");
  }
  if (head.version !== header.version) return ignored(`it was written by tfmould ${head.version}, this is ${header.version}`);
  if (head.tree !== header.tree) return ignored("it was written for another directory");
  const body = text.slice(newline + 1);
  // The header is ASCII, so the body's bytes start one past the newline's byte.
  if (checksumOf(read.bytes.subarray(Buffer.byteLength(text.slice(0, newline)) + 1)) !== head.checksum) return ignored("it is truncated or corrupt");
  // Other settings (options, the --config file, TF_VAR_*): a cache for them is simply out of date.
  if (head.settings !== header.settings) return { kind: "none" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return ignored("it is corrupt");
  }
  const stored = storedBody(parsed);
  return stored === undefined ? ignored("it is corrupt") : stored;
}

// The body names each path once, in `paths`, and each question once, in
// `questions` (kind, path and answer; most are asked by many groups):
// entries, logs and known files refer to them by index. Plain arrays of
// numbers and strings parse much faster than the objects they stand for,
// and the file is read on every run.

/** The questions of the body: the i-th question is `kinds[i]` asked of `paths[i]` (an index), with `answers[i]` (a path's index, or the answer). */
interface StoredQuestions {
  readonly kinds: string;
  readonly paths: readonly number[];
  readonly answers: readonly (string | number)[];
}

/** An entry as stored: paths and questions by index, its enabled rules as an index into the file's `ruleSets` (most groups share one). */
interface StoredEntry {
  readonly paths: readonly number[];
  readonly dirs: readonly number[];
  readonly log: readonly number[];
  readonly linted: number;
  readonly expiries: readonly number[];
  readonly result: Omit<LintResult, "enabledRules" | "summary"> & { readonly enabledRules: number };
  /** Line hashes as consecutive file, line and hash. */
  readonly lineHashes: readonly (string | number)[];
}

const KINDS: readonly string[] = ["t", "l", "e", "p", "i", "w"];

/** The entries and known files of a parsed body, or undefined when it is not one this code wrote. */
function storedBody(parsed: unknown): CacheRead | undefined {
  if (!isObject(parsed)) return undefined;
  const paths = parsed.paths;
  if (!Array.isArray(paths) || !everyItem(paths, isString)) return undefined;
  const pathAt = (i: unknown): string | undefined => (typeof i === "number" ? (paths[i] as string | undefined) : undefined);
  const questions = questionsFrom(parsed.questions, pathAt);
  if (questions === undefined) return undefined;
  const known = knownFrom(parsed.known, questions);
  const ruleSets = parsed.ruleSets;
  if (known === undefined || !Array.isArray(ruleSets) || !everyItem(ruleSets, isRuleSet)) return undefined;
  const stored = parsed.entries;
  if (!Array.isArray(stored) || !everyItem(stored, isStoredEntry)) return undefined;
  const entries: CacheEntry[] = [];
  const seen = new Set<string>();
  const pathsOf = (indices: readonly number[]): string[] | undefined => {
    const out: string[] = [];
    for (const i of indices) {
      const path = pathAt(i);
      if (path === undefined) return undefined;
      out.push(path);
    }
    return out;
  };
  for (const e of stored as StoredEntry[]) {
    const entryPaths = pathsOf(e.paths);
    const dirs = pathsOf(e.dirs);
    const log = new Array<ReadLogEntry>(e.log.length);
    for (let k = 0; k < log.length; k++) {
      // Checked here rather than by the shape: any number that is no question's index finds none.
      const index: unknown = e.log[k];
      const question = typeof index === "number" ? questions[index] : undefined;
      if (question === undefined) return undefined;
      log[k] = question;
    }
    const lineHashes = lineHashesFrom(e.lineHashes);
    if (entryPaths === undefined || dirs === undefined || lineHashes === undefined) return undefined;
    for (const p of entryPaths) {
      if (seen.has(p)) return undefined;
      seen.add(p);
    }
    const enabledRules = ruleSets[e.result.enabledRules] as LintResult["enabledRules"] | undefined;
    if (enabledRules === undefined) return undefined;
    const { findings, notices, files } = e.result;
    const result: LintResult = { findings, notices, files, enabledRules, summary: summaryOf(e.result) };
    entries.push({ paths: entryPaths, dirs, log, linted: e.linted, expiries: e.expiries, lineHashes, result });
  }
  return { kind: "entries", entries, known };
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
    const at = i * SIGNATURE_LENGTH;
    const signature = signatures.slice(at, at + SIGNATURE_LENGTH) as unknown as StatusSignature;
    known.set(question[1], [signature, question[2]]);
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
  /** Questions read from a cache are shared objects; those of a fresh run are told apart by their text. */
  private readonly byObject = new Map<ReadLogEntry, number>();
  private readonly byText = new Map<string, number>();

  path(path: string): number {
    let i = this.pathIndex.get(path);
    if (i === undefined) this.pathIndex.set(path, (i = this.paths.push(path) - 1));
    return i;
  }

  question(question: ReadLogEntry): number {
    let i = this.byObject.get(question);
    if (i !== undefined) return i;
    const [kind, path, answer] = question;
    const text = `${kind}${path}\0${answer}`;
    i = this.byText.get(text);
    if (i === undefined) {
      this.byText.set(text, (i = this.kinds.push(kind) - 1));
      this.questionPaths.push(this.path(path));
      // A real path is most often a path named already.
      this.answers.push(kind === "p" && answer !== NO_ANSWER ? this.path(answer) : answer);
    }
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
  return (
    st !== undefined &&
    st.dev === signature[0] &&
    st.ino === signature[1] &&
    st.size === signature[2] &&
    st.mtimeMs === signature[3] &&
    st.ctimeMs === signature[4]
  );
}

function statusOf(path: string): Stats | undefined {
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
export function writeCache(file: string, header: CacheHeader, entries: readonly CacheEntry[], known: KnownFiles): void {
  const refused = refusal(file);
  if (refused !== undefined) throw new Error(refused);
  // The summary is counted again on reading; the texts of sources are the files', read again.
  const ruleSets: LintResult["enabledRules"][] = [];
  const ruleSetIndex = new Map<string, number>();
  const indexOf = (rules: LintResult["enabledRules"]): number => {
    const key = JSON.stringify(rules);
    let i = ruleSetIndex.get(key);
    if (i === undefined) ruleSetIndex.set(key, (i = ruleSets.push(rules) - 1));
    return i;
  };
  const tables = new Tables();
  const stored = entries.map(
    (e): StoredEntry => ({
      paths: e.paths.map((p) => tables.path(p)),
      dirs: e.dirs.map((d) => tables.path(d)),
      log: e.log.map((q) => tables.question(q)),
      linted: e.linted,
      expiries: e.expiries,
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
  // Written as ASCII (other characters escaped), so that reading it back is a byte-for-character copy.
  const body = asciiJson({ paths: tables.paths, questions: tables.questions(), known: { questions: knownQuestions, signatures }, ruleSets, entries: stored });
  const head = asciiJson({ [FORMAT_KEY]: FORMAT, version: header.version, tree: header.tree, settings: header.settings, checksum: checksumOf(Buffer.from(body, "latin1")) });
  writeFileAtomic(file, `${head}\n${body}`);
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
// Paths and questions are checked as they are looked up (see `storedBody`): each index once.
const isStoredEntry = shape({
  paths: Array.isArray,
  dirs: Array.isArray,
  log: Array.isArray,
  linted: (v) => typeof v === "number" && Number.isFinite(v),
  expiries: arrayOf((v) => typeof v === "number"),
  result: isResult,
  lineHashes: Array.isArray,
});
