/**
 * What discovery saw of the directories it read, so that the command does
 * not ask the disk again: each directory's entries as `readdir` returned
 * them, and the real path of each directory reached without a symbolic link.
 *
 * Answers are given only for paths spelled exactly as discovery spelled them
 * (absolute, normalised: a listed directory, or such a directory plus one
 * entry name); any other path, and any symbolic link, goes to the disk, so
 * every answer is the one the disk gave when discovery read it.
 */
import type { Dirent } from "node:fs";
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";

/** What a directory entry is, as far as the questions asked of it go. */
export type EntryKind = "file" | "link" | "other";

/** The kind of an entry `readdir` gave. */
export function kindOf(entry: Dirent): EntryKind {
  return entry.isSymbolicLink() ? "link" : entry.isFile() ? "file" : "other";
}

/** Listings as plain data, for a worker thread. */
export interface ListingsData {
  readonly listings: readonly (readonly [string, readonly (readonly [string, EntryKind])[]])[];
  readonly realDirs: readonly (readonly [string, string])[];
}

export class DirectoryListings {
  private readonly entriesByDir = new Map<string, Map<string, EntryKind>>();
  private readonly realDirs = new Map<string, string>();

  /** Records what `readdir` (with file types) returned for `dir`. */
  addListing(dir: string, entries: readonly Dirent[]): void {
    const byName = new Map<string, EntryKind>();
    for (let i = 0; i < entries.length; i++) byName.set(entries[i].name, kindOf(entries[i]));
    this.entriesByDir.set(dir, byName);
  }

  toData(): ListingsData {
    return {
      listings: [...this.entriesByDir].map(([dir, entries]) => [dir, [...entries]]),
      realDirs: [...this.realDirs],
    };
  }

  static fromData(data: ListingsData): DirectoryListings {
    const listings = new DirectoryListings();
    for (const [dir, entries] of data.listings) listings.entriesByDir.set(dir, new Map(entries));
    for (const [dir, real] of data.realDirs) listings.realDirs.set(dir, real);
    return listings;
  }

  /** Records that the real path of directory `dir` is `real`. */
  addRealPath(dir: string, real: string): void {
    this.realDirs.set(dir, real);
  }

  /** Every directory listed, with its entries. */
  all(): IterableIterator<[dir: string, entries: ReadonlyMap<string, EntryKind>]> {
    return this.entriesByDir.entries();
  }

  /** The entries of `dir` when it was listed. */
  listing(dir: string): ReadonlyMap<string, EntryKind> | undefined {
    return this.entriesByDir.get(dir);
  }

  /**
   * The entry `path` names: its kind, null when its directory was listed
   * and holds no such name, undefined when nothing is known.
   */
  entry(path: string): EntryKind | null | undefined {
    const slash = path.lastIndexOf(sep);
    if (slash === -1) return undefined;
    const name = path.slice(slash + 1);
    if (name === "" || name === "." || name === "..") return undefined;
    const entries = this.entriesByDir.get(slash === 0 ? sep : path.slice(0, slash));
    if (entries === undefined) return undefined;
    return entries.get(name) ?? null;
  }

  /**
   * The real path of `path` when discovery knows it: a directory it read, or
   * a plain file (not a link) inside one, whose real path follows from its
   * directory's. Every file of a scan is asked about (the read boundary).
   */
  realPath(path: string): string | undefined {
    const dir = this.realDirs.get(path);
    if (dir !== undefined) return dir;
    if (this.entry(path) !== "file") return undefined;
    const slash = path.lastIndexOf(sep);
    const parent = slash === 0 ? sep : path.slice(0, slash);
    const realDir = this.realDirs.get(parent);
    if (realDir === undefined) return undefined;
    // Most directories are their own real path: then so is the file, and no string is made.
    if (realDir === parent) return path;
    // A real path is normalised and the name is an entry's: joined without `join`'s normalising again.
    return realDir.endsWith(sep) ? realDir + path.slice(slash + 1) : realDir + path.slice(slash);
  }
}

/** Whether `path` exists and is a regular file (following symbolic links). */
export function isFile(path: string, listings?: DirectoryListings): boolean {
  const entry = listings?.entry(path);
  if (entry === null || entry === "other") return false;
  if (entry === "file") return true;
  try {
    // Without throwIfNoEntry a missing file costs an exception with a stack trace.
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** Names of the regular files (or links to them) directly inside `dir`, sorted; [] when it cannot be read. */
export function fileNames(dir: string, listings?: DirectoryListings): string[] {
  let entries: ReadonlyMap<string, EntryKind>;
  try {
    entries = listings?.listing(dir) ?? new Map(readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, kindOf(e)] as const));
  } catch {
    return [];
  }
  const names: string[] = [];
  // forEach rather than for-of: no [name, kind] pair is made for each of the entries of thousands of directories.
  entries.forEach((kind, name) => {
    if (kind === "file" || (kind === "link" && isFile(join(dir, name), listings))) names.push(name);
  });
  return names.sort();
}

/** The canonical path of `path` (links resolved), or undefined when it does not exist. */
export function realPathOf(path: string, listings?: DirectoryListings): string | undefined {
  const known = listings?.realPath(path);
  if (known !== undefined) return known;
  // Its directory was listed without it (a `.git` looked for in every module directory).
  if (listings?.entry(path) === null) return undefined;
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
