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
import { createHash } from "node:crypto";
import { lstatSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import type { ReadLogEntry, ReadKind } from "../engine/read-log.js";
import { summaryOf } from "../engine/finish.js";
import type { LintResult } from "../engine/types.js";
import { readRegularFile } from "../model/file-access.js";
import { writeFileAtomic } from "./atomic-write.js";

/** The file name `--cache` uses when `--cache-location` names none. */
export const CACHE_FILE_NAME = ".tfmould-cache";

/** Bumped whenever the file's layout changes: an older file is then another version's. */
const FORMAT = 4;
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
export type KnownFiles = ReadonlyMap<string, readonly [signature: string, digest: string]>;

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
  const text = read.bytes.toString("utf8");
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
  const known = isObject(parsed) && typeof parsed.known === "string" ? knownFrom(parsed.known) : undefined;
  if (!isObject(parsed) || known === undefined) return ignored("it is corrupt");
  const stored = parsed.entries;
  const ruleSets = parsed.ruleSets;
  if (!Array.isArray(ruleSets) || !ruleSets.every(isRuleSet)) return ignored("it is corrupt");
  if (!Array.isArray(stored) || !stored.every(isStoredEntry)) return ignored("it is corrupt");
  const entries: CacheEntry[] = [];
  const seen = new Set<string>();
  for (const e of stored as StoredEntry[]) {
    const log = logFrom(e.log);
    const lineHashes = lineHashesFrom(e.lineHashes);
    if (log === undefined || lineHashes === undefined) return ignored("it is corrupt");
    for (const p of e.paths) {
      if (seen.has(p)) return ignored("it is corrupt");
      seen.add(p);
    }
    const enabledRules = ruleSets[e.result.enabledRules] as LintResult["enabledRules"] | undefined;
    if (enabledRules === undefined) return ignored("it is corrupt");
    const result = { ...e.result, enabledRules };
    entries.push({ ...e, log, lineHashes, result: { ...result, summary: summaryOf(result) } });
  }
  return { kind: "entries", entries, known };
}

// Logs and known files are stored as strings of NUL-separated fields (no
// path holds a NUL): one string is parsed much faster than thousands of
// small arrays, and a corpus's cache holds tens of thousands of questions.

/** An entry as stored: its log as one string, its enabled rules as an index into the file's `ruleSets` (most groups share one). */
type StoredEntry = Omit<CacheEntry, "log" | "result" | "lineHashes"> & {
  readonly log: string;
  readonly lineHashes: string;
  readonly result: Omit<LintResult, "enabledRules" | "summary"> & { readonly enabledRules: number };
};

const KINDS: readonly string[] = ["t", "l", "e", "p", "i", "w"];

function logText(log: readonly ReadLogEntry[]): string {
  return log.map(([kind, path, answer]) => `${kind}${path}\0${answer}`).join("\0");
}

function logFrom(text: string): ReadLogEntry[] | undefined {
  if (text === "") return [];
  const fields = text.split("\0");
  if (fields.length % 2 !== 0) return undefined;
  const log: ReadLogEntry[] = [];
  for (let i = 0; i < fields.length; i += 2) {
    const question = fields[i];
    const kind = question.charAt(0);
    if (!KINDS.includes(kind) || question.length < 2) return undefined;
    log.push([kind as ReadKind, question.slice(1), fields[i + 1]]);
  }
  return log;
}

function knownText(known: KnownFiles): string {
  const fields: string[] = [];
  for (const [path, [signature, digest]] of known) fields.push(path, signature, digest);
  return fields.join("\0");
}

function knownFrom(text: string): KnownFiles | undefined {
  const fields = fieldsOf(text, 3);
  if (fields === undefined) return undefined;
  const known = new Map<string, readonly [string, string]>();
  for (let i = 0; i < fields.length; i += 3) known.set(fields[i], [fields[i + 1], fields[i + 2]]);
  return known;
}

function lineHashesText(hashes: readonly LineHash[]): string {
  return hashes.flatMap(([file, line, hash]) => [file, String(line), hash]).join("\0");
}

function lineHashesFrom(text: string): LineHash[] | undefined {
  const fields = fieldsOf(text, 3);
  if (fields === undefined) return undefined;
  const hashes: LineHash[] = [];
  for (let i = 0; i < fields.length; i += 3) {
    const line = Number(fields[i + 1]);
    if (!Number.isSafeInteger(line) || line < 1) return undefined;
    hashes.push([fields[i], line, fields[i + 2]]);
  }
  return hashes;
}

/** The NUL-separated fields of records of `width` fields each, or undefined when they do not make whole records. */
function fieldsOf(text: string, width: number): string[] | undefined {
  if (text === "") return [];
  const fields = text.split("\0");
  return fields.length % width === 0 ? fields : undefined;
}

/**
 * What tells whether a file was touched: device, inode, size, and the
 * modification and change times in nanoseconds. The change time cannot be
 * set back by anyone but the system clock, so a write always changes this.
 * Undefined when the file cannot be looked at.
 */
export function statSignature(path: string): { readonly signature: string; readonly changedNs: bigint } | undefined {
  try {
    const st = statSync(path, { bigint: true });
    return { signature: `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`, changedNs: st.ctimeNs };
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
  const body = JSON.stringify({
    entries: entries.map((e) => ({
      ...e,
      log: logText(e.log),
      lineHashes: lineHashesText(e.lineHashes),
      result: { findings: e.result.findings, notices: e.result.notices, files: e.result.files, enabledRules: indexOf(e.result.enabledRules) },
    })),
    ruleSets,
    known: knownText(known),
  });
  const head = JSON.stringify({ [FORMAT_KEY]: FORMAT, version: header.version, tree: header.tree, settings: header.settings, checksum: checksumOf(Buffer.from(body)) });
  writeFileAtomic(file, `${head}\n${body}`);
}

// What follows checks that an entry has the shapes the report layer relies on,
// so that even a file with a forged checksum cannot crash the run.

type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === "string";
const isCount: Check = (v) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const arrayOf =
  (item: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(item);
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const oneOf =
  (...values: readonly string[]): Check =>
  (v) =>
    typeof v === "string" && values.includes(v);
const shape = (fields: Readonly<Record<string, Check>>): Check => {
  // Listed once: a cache holds thousands of findings to check.
  const checks = Object.entries(fields);
  return (v) => isObject(v) && checks.every(([k, check]) => check(v[k]));
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
const isStoredEntry = shape({
  paths: arrayOf(isString),
  dirs: arrayOf(isString),
  log: isString,
  linted: (v) => typeof v === "number" && Number.isFinite(v),
  expiries: arrayOf((v) => typeof v === "number"),
  result: isResult,
  lineHashes: isString,
});
