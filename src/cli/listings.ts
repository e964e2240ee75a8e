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

export class DirectoryListings {
  private readonly entriesByDir = new Map<string, Map<string, Dirent>>();
  private readonly realDirs = new Map<string, string>();

  /** Records what `readdir` (with file types) returned for `dir`. */
  addListing(dir: string, entries: readonly Dirent[]): void {
    const byName = new Map<string, Dirent>();
    for (const e of entries) byName.set(e.name, e);
    this.entriesByDir.set(dir, byName);
  }

  /** Records that the real path of directory `dir` is `real`. */
  addRealPath(dir: string, real: string): void {
    this.realDirs.set(dir, real);
  }

  /** The entries of `dir` when it was listed. */
  listing(dir: string): ReadonlyMap<string, Dirent> | undefined {
    return this.entriesByDir.get(dir);
  }

  /**
   * The entry `path` names: its dirent, null when its directory was listed
   * and holds no such name, undefined when nothing is known.
   */
  entry(path: string): Dirent | null | undefined {
    const slash = path.lastIndexOf(sep);
    if (slash === -1) return undefined;
    const name = path.slice(slash + 1);
    if (name === "" || name === "." || name === "..") return undefined;
    const entries = this.entriesByDir.get(slash === 0 ? sep : path.slice(0, slash));
    if (entries === undefined) return undefined;
    return entries.get(name) ?? null;
  }

  /** The real path of `dir` when discovery knows it. */
  realPath(dir: string): string | undefined {
    return this.realDirs.get(dir);
  }
}

/** Whether `path` exists and is a regular file (following symbolic links). */
export function isFile(path: string, listings?: DirectoryListings): boolean {
  const entry = listings?.entry(path);
  if (entry === null) return false;
  if (entry !== undefined && !entry.isSymbolicLink()) return entry.isFile();
  try {
    // Without throwIfNoEntry a missing file costs an exception with a stack trace.
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** Names of the regular files (or links to them) directly inside `dir`, sorted; [] when it cannot be read. */
export function fileNames(dir: string, listings?: DirectoryListings): string[] {
  let entries: Iterable<Dirent>;
  try {
    entries = listings?.listing(dir)?.values() ?? readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const names: string[] = [];
  for (const e of entries) {
    if (e.isFile() || (e.isSymbolicLink() && isFile(join(dir, e.name), listings))) names.push(e.name);
  }
  return names.sort();
}

/** The canonical path of `path` (links resolved), or undefined when it does not exist. */
export function realPathOf(path: string, listings?: DirectoryListings): string | undefined {
  const known = listings?.realPath(path);
  if (known !== undefined) return known;
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
