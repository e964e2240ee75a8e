/**
 * `--cache`: what a run's report depended on, in a form a re-run can check
 * before it walks a single directory.
 *
 * The kept report (cached-lint.ts) is given again once the walk has found
 * the same paths and every group's questions still have their answers;
 * but the walk lists thousands of directories, and the questions take the
 * cache's whole index to read. A manifest names the same dependencies by
 * file status instead, and holds, for a run with the same key (the cache
 * header, the options, the colour and width, the baseline's text), when:
 * - each path given is still the same kind of file and has the same real path;
 * - each directory the walk read has the status signature it had, so the
 *   same entries (an entry is created, removed or renamed only by moving
 *   its directory's times); the directories tfmould itself writes in (the
 *   cache's and the report's) are listed again and compared instead;
 * - each file whose text the run read (Terraform files, tfvars, templates,
 *   configs) has the status signature it had;
 * - the few questions no walked directory answers (config files looked for
 *   above the paths, files that could not be read, directories outside the
 *   paths) have their answers again;
 * - no suppression expiry date lies between the run that kept it and now.
 *
 * A manifest is kept only for a run that it describes whole: no symbolic
 * link among the entries walked (a link's target can change without its
 * directory's times), no notice from the walk, no plugin, every file read
 * unchanged for seconds before the run (see `trustedBefore` in
 * cached-lint.ts), and no question of a kind the disk cannot answer alone
 * (which files are one, why one could not be read). Otherwise the run keeps
 * none, and the next re-run goes the longer way.
 */
import { readdirSync } from "node:fs";
import { basename, dirname } from "node:path";
import { NO_ANSWER, digestOf, readLogHolds } from "../engine/read-log.js";
import type { ReadLogEntry } from "../engine/read-log.js";
import type { SourceHost } from "../model/host.js";
import type { CacheEntry, CacheHeader, KnownFiles, StatusSignature } from "./cache-file.js";
import { expiryPassed, hasSignature, signatureAt, statSignature, statusOf } from "./cache-file.js";
import type { DirectoryListings } from "./listings.js";
import { kindOf, realPathOf } from "./listings.js";

export interface RunManifest {
  /** A digest of what the report depends on besides the files (`manifestKey`). */
  readonly key: string;
  /** The kept report's exit code and warnings (for the `--max-warnings` line). */
  readonly code: number;
  readonly warnings: number;
  /** When the report was made (milliseconds since the epoch). */
  readonly made: number;
  /** The suppression expiry dates its runs compared. */
  readonly expiries: readonly number[];
  /** Each path given, absolute: its real path (a file's: its directory's) and whether it is a directory. */
  readonly roots: readonly (readonly [path: string, real: string, directory: boolean])[];
  /** Directories whose status vouches for their entries, with their signatures' numbers consecutive. */
  readonly dirs: readonly string[];
  readonly dirSignatures: readonly number[];
  /** Directories tfmould writes in, with their entries (`listingText`) to compare. */
  readonly listed: readonly (readonly [dir: string, entries: string])[];
  /** Files read, with their signatures' numbers consecutive. */
  readonly files: readonly string[];
  readonly fileSignatures: readonly number[];
  /** Questions asked again of the disk, with their answers then: those no walked directory answers. */
  readonly asked: readonly ReadLogEntry[];
}

/** What the run knew when its report was kept, to make its manifest of. */
export interface ManifestSources {
  readonly key: string;
  readonly code: number;
  readonly warnings: number;
  readonly made: number;
  /** The groups the report was made of (only their logs and expiries are used). */
  readonly groups: readonly Pick<CacheEntry, "log" | "expiries">[];
  /** The files read, as the cache keeps them (only those unchanged for long enough). */
  readonly known: KnownFiles;
  /** What the walk read. */
  readonly listings: DirectoryListings;
  /** The paths given on the command line, absolute. */
  readonly paths: readonly string[];
  /** Config files the command itself read (for exclusion), and what it looked for on the disk. */
  readonly configs: readonly string[];
  readonly looked: ReadonlyMap<string, boolean>;
  /** Files the run writes: the cache, the report. Their directories are compared by listing. */
  readonly written: readonly string[];
  /** Files hidden from the lint (the cache): left out of the listings compared. */
  readonly hidden: readonly string[];
  /** A directory or file changed at or after this time is not vouched for by its status. */
  readonly trustedBeforeMs: number;
}

/** A directory's entries as one text: each kind's letter and name, sorted, joined by "/" (which no name holds). */
function listingText(entries: Iterable<readonly [name: string, kind: string]>, hidden: ReadonlySet<string>): string {
  const parts: string[] = [];
  for (const [name, kind] of entries) if (!hidden.has(name)) parts.push(`${kind[0]}${name}`);
  return parts.sort().join("/");
}

/** The manifest of a run, or undefined when the run is not one a manifest describes whole. */
export function manifestOf(s: ManifestSources): RunManifest | undefined {
  const listings = s.listings;
  const expiries = new Set<number>();
  const asked = new Map<string, ReadLogEntry>();
  const read = new Set<string>();
  for (const group of s.groups) {
    for (const at of group.expiries) expiries.add(at);
    for (const question of group.log) {
      const kind = question[0];
      const path = question[1];
      if (kind === "t") {
        if (question[2] === NO_ANSWER) {
          // A file that could not be read: not there at all (its directory's listing says so), or read again.
          if (listings.entry(path) !== null) asked.set(`${kind}${path}`, question);
        } else if (s.known.get(path)?.[1] === question[2]) read.add(path);
        else return undefined;
      } else if (kind === "e" || kind === "p") {
        const entry = listings.entry(path);
        if (entry === "link") return undefined;
        // Answered from a listing (a file, a directory or nothing by that name), or asked again.
        if (entry === undefined || (kind === "p" && entry === "other" && listings.realPath(dirname(path)) === undefined)) asked.set(`${kind}${path}`, question);
      } else if (kind === "l") {
        // A directory walked, or one not there (its parent's listing says so), or listed again.
        if (listings.listing(path) === undefined && listings.entry(path) !== null) asked.set(`${kind}${path}`, question);
      } else return undefined;
    }
  }
  for (const [candidate, found] of s.looked) asked.set(`e${candidate}`, ["e", candidate, found ? "1" : "0"]);
  const files: string[] = [];
  const fileSignatures: number[] = [];
  for (const file of [...read, ...s.configs]) {
    const known = s.known.get(file)?.[0] ?? trusted(file, s.trustedBeforeMs);
    if (known === undefined) return undefined;
    files.push(file);
    fileSignatures.push(...known);
  }
  const roots: [string, string, boolean][] = [];
  for (const path of s.paths) {
    const directory = listings.listing(path) !== undefined;
    const real = listings.realPath(directory ? path : dirname(path));
    if (real === undefined) return undefined;
    roots.push([path, real, directory]);
  }
  const writtenDirs = new Set(s.written.map((f) => dirname(f)));
  const hiddenNames = new Set(s.hidden.map((f) => basename(f)));
  const dirs: string[] = [];
  const dirSignatures: number[] = [];
  const listed: [string, string][] = [];
  for (const [dir, entries] of listings.all()) {
    for (const kind of entries.values()) if (kind === "link") return undefined;
    if (writtenDirs.has(dir)) {
      listed.push([dir, listingText(entries, hiddenNames)]);
      continue;
    }
    const signature = trusted(dir, s.trustedBeforeMs);
    if (signature === undefined) return undefined;
    dirs.push(dir);
    dirSignatures.push(...signature);
  }
  const parts = { roots, dirs, dirSignatures, listed, files, fileSignatures, asked: [...asked.values()] };
  return { key: s.key, code: s.code, warnings: s.warnings, made: s.made, expiries: [...expiries], ...parts };
}

/**
 * What a report depends on besides the files a manifest names: the cache
 * header (version, directory, settings), the command's options, the colour
 * and width it is laid out in, the baseline's text. A digest of them all.
 */
export function manifestKey(parts: KeyParts): string {
  return digestOf(JSON.stringify(parts));
}

/** What a kept report depends on besides the files, its groups' results, and the paths the walk found. */
export interface KeyParts {
  readonly header: CacheHeader;
  readonly options: unknown;
  readonly color: boolean;
  readonly width: number;
  readonly baseline: string | undefined;
}

/** The signature of `path` when it last changed before `trustedBeforeMs`. */
function trusted(path: string, trustedBeforeMs: number): StatusSignature | undefined {
  const status = statSignature(path);
  return status !== undefined && status.changedMs < trustedBeforeMs ? status.signature : undefined;
}

/**
 * Whether `manifest` still describes the run: see the top of this module.
 * `host` answers the questions asked again (the command's, with its read
 * boundary and hidden files, and no listings); `hidden` are those files.
 */
export function manifestHolds(manifest: RunManifest, key: string, now: number, host: SourceHost, hidden: readonly string[]): boolean {
  if (manifest.key !== key) return false;
  if (expiryPassed(manifest.expiries, manifest.made, now)) return false;
  for (const [path, real, directory] of manifest.roots) {
    const st = statusOf(path);
    if (st === undefined || st.isDirectory() !== directory) return false;
    if (realPathOf(directory ? path : dirname(path)) !== real) return false;
  }
  // Files first: an edit is the commonest change, and found before thousands of directories are looked at.
  if (!allHave(manifest.files, manifest.fileSignatures)) return false;
  if (!allHave(manifest.dirs, manifest.dirSignatures)) return false;
  const hiddenNames = new Set(hidden.map((f) => basename(f)));
  for (const [dir, entries] of manifest.listed) {
    let listed: string;
    try {
      listed = listingText(
        readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, kindOf(e)] as const),
        hiddenNames,
      );
    } catch {
      return false;
    }
    if (listed !== entries) return false;
  }
  return readLogHolds(manifest.asked, host);
}

/** Whether each path has its signature (the numbers consecutive in `signatures`). */
function allHave(paths: readonly string[], signatures: readonly number[]): boolean {
  for (let i = 0; i < paths.length; i++) if (!hasSignature(paths[i], signatureAt(signatures, i))) return false;
  return true;
}
