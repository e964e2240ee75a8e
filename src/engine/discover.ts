/**
 * Which files to lint: paths (from the command line or `lint({ paths })`) →
 * modules (one per directory) and their Terraform files. The command and the
 * API share this walk, so they find the same modules. Directories are walked (with
 * readdirSync: one call per directory, nothing else) without following
 * symbolic links; links are then resolved here, so a link loop is reported
 * once instead of being walked until the path is too long. `.terraform/`,
 * `node_modules/` and `.git/` are never entered.
 */
import * as fs from "node:fs";
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { globMatcher } from "../config/glob.js";
import type { Notice } from "./types.js";
import type { ReadBoundary } from "../model/file-access.js";
import { isWithin, OUTSIDE_BOUNDARY } from "../model/file-access.js";

/** Directories never entered, wherever they are. */
export const NEVER_ENTERED: readonly string[] = [".terraform", "node_modules", ".git"];

const TERRAFORM_FILE = /\.(tf|tf\.json|tfvars|tfvars\.json)$/;
const CONFIGURATION_FILE = /\.(tf|tf\.json)$/;

/** Whether a file name is one tfmould reads: `.tf`, `.tf.json`, `.tfvars`, `.tfvars.json`. */
export function isTerraformFileName(name: string): boolean {
  return TERRAFORM_FILE.test(name);
}

/** One module to lint: a directory and its Terraform files. */
export interface DiscoveredModule {
  /** Absolute path of the directory. */
  readonly dir: string;
  /** Absolute paths of its files, sorted. */
  readonly files: readonly string[];
  /**
   * When set, only findings in these files are reported: the module was
   * reached through files named on the command line, and its other files are
   * loaded only as context.
   */
  readonly reportOnly?: ReadonlySet<string>;
}

export interface Discovery {
  readonly modules: readonly DiscoveredModule[];
  /**
   * Files named on the command line that the config excludes. They are
   * linted all the same, apart from the modules (which leave them out).
   */
  readonly namedButExcluded: readonly string[];
  /** Problems met on the way: unreadable directories, link loops, broken links. Paths are absolute. */
  readonly notices: readonly Notice[];
}

/** Config `exclude` globs and the directory they are relative to. */
/** What a walk saw, for a host that then need not ask the disk again (the command's `DirectoryListings`). */
export interface WalkRecorder {
  /** What `readdir` (with file types) returned for `dir`. */
  addListing(dir: string, entries: readonly fs.Dirent[]): void;
  /** The real path of directory `dir`. */
  addRealPath(dir: string, real: string): void;
}

/** A path given to discovery that does not exist or cannot be read. */
/**
 * What to lint for a discovery: module directories to lint whole, and for the
 * others the files named on the command line (the module is loaded, only
 * those files are reported).
 */
export function lintPathsOf(discovery: Discovery): string[] {
  const out: string[] = [];
  for (const m of discovery.modules) {
    if (m.reportOnly) out.push(...[...m.reportOnly].sort());
    else out.push(m.dir);
  }
  return out;
}

export class PathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PathError";
  }
}

export interface ExcludeSpec {
  readonly patterns: readonly string[];
  readonly baseDir: string;
}

export interface DiscoverOptions {
  readonly cwd: string;
  /** Lint the whole directory of each file named (pre-commit mode). */
  readonly dirsOfFiles?: boolean;
  /** Whether a walked file is excluded by the config that applies to it. */
  readonly isExcluded?: (file: string) => boolean;
  /**
   * Filled with what the walk saw (directory entries, real paths of
   * directories), for a host that then need not ask the disk again.
   * Filled before the first `isExcluded` call.
   */
  readonly listings?: WalkRecorder;
  /** What may be read: a symbolic link to anything outside it is not followed. */
  readonly boundary?: ReadBoundary;
  /**
   * A path that does not exist or cannot be read: `throw` a `PathError`
   * (the default; the command's usage error), or `notice` it as an error
   * notice and go on with the other paths (the API).
   */
  readonly missingPaths?: "throw" | "notice";
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "error";
}

function describeError(error: unknown): string {
  switch (errorCode(error)) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOENT":
      return "does not exist";
    case "ELOOP":
      return "symbolic link loop";
    case "ENOTDIR":
      return "not a directory";
    default:
      return (error as Error).message;
  }
}

/** An entry of a directory whose path is normalised: no `join` (and its garbage) for each of thousands of entries. */
function childPath(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

class Walker {
  /** Real paths of directories already walked, so that links to them are not walked again. */
  private readonly walkedDirs = new Set<string>();
  /** Real paths of files already taken, so that a file reached twice is linted once. */
  private readonly takenFiles = new Set<string>();
  private readonly reported = new Set<string>();
  readonly notices: Notice[] = [];
  /** Absolute (as reached) file paths by module directory. */
  readonly filesByDir = new Map<string, Set<string>>();

  constructor(
    private readonly listings: WalkRecorder | undefined,
    private readonly boundary: ReadBoundary | undefined,
  ) {}

  notice(key: string, notice: Notice): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.notices.push(notice);
  }

  /** Files named on the command line: never excluded. */
  readonly forced = new Set<string>();

  /** `dir` is `dirname(file)`, when the caller has it at hand (a walk, for each of thousands of files). */
  take(file: string, realFile: string, force = false, dir = dirname(file)): void {
    if (force) this.forced.add(file);
    if (this.takenFiles.has(realFile)) return;
    this.takenFiles.add(realFile);
    let set = this.filesByDir.get(dir);
    if (!set) this.filesByDir.set(dir, (set = new Set()));
    set.add(file);
  }

  /** Walks a directory: its whole tree, or (not `recursive`) only the files directly in it. */
  walk(root: string, recursive: boolean): void {
    let realRoot: string;
    try {
      realRoot = fs.realpathSync(root);
    } catch (error) {
      this.notice(`dir:${root}`, { level: "warning", message: `Cannot read directory: ${describeError(error)}; skipped`, file: root });
      return;
    }
    if (this.walkedDirs.has(realRoot)) return;
    // Only a whole tree counts as walked; a later walk of the tree must not skip it.
    if (recursive) this.walkedDirs.add(realRoot);
    this.listings?.addRealPath(root, realRoot);

    const links: string[] = [];
    // Directories to read, as reached and as they really are (no link on the way).
    const pending: [string, string][] = [[root, realRoot]];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const dir = next[0];
      const realDir = next[1];
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        // A directory gone since its parent was read is no problem worth a word.
        if (errorCode(error) !== "ENOENT") {
          this.notice(`dir:${dir}`, { level: "warning", message: `Cannot read directory: ${describeError(error)}; skipped`, file: dir });
        }
        continue;
      }
      this.listings?.addListing(dir, entries);
      // Indexed, and paths made only for what is kept: most entries of a repository are other files.
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        const name = entry.name;
        if (NEVER_ENTERED.includes(name)) continue;
        if (entry.isSymbolicLink()) links.push(childPath(dir, name));
        else if (entry.isDirectory()) {
          const abs = childPath(dir, name);
          const real = childPath(realDir, name);
          // Reached through directories only, so its real path is known.
          this.listings?.addRealPath(abs, real);
          if (recursive) {
            this.walkedDirs.add(real);
            pending.push([abs, real]);
          }
        } else if (entry.isFile() && isTerraformFileName(name)) this.take(childPath(dir, name), childPath(realDir, name), false, dir);
      }
    }
    // Links last: by then every real directory of this tree is known, so a
    // link back into it is recognised instead of walked again.
    for (const link of links.sort()) this.followLink(link, recursive);
  }

  private followLink(link: string, recursive: boolean): void {
    const name = basename(link);
    if (NEVER_ENTERED.includes(name)) return;
    let target: string;
    let stat: fs.Stats;
    try {
      target = fs.realpathSync(link);
      stat = fs.statSync(target);
    } catch (error) {
      const code = errorCode(error);
      if (code === "ELOOP") {
        this.notice(`loop:${link}`, { level: "warning", message: "Symbolic link loop; not followed", file: link });
      } else if (isTerraformFileName(name)) {
        this.notice(`link:${link}`, { level: "warning", message: `Broken symbolic link (${describeError(error)}); skipped`, file: link });
      }
      return;
    }
    if (!stat.isFile() && !(stat.isDirectory() && recursive)) return;
    if (stat.isFile() && !isTerraformFileName(name)) return;
    if (this.boundary && !this.boundary.allowsReal(target)) {
      // The target is not named: it may be anything on the machine, and its path is no business of the report.
      this.notice(`outside:${link}`, { level: "warning", message: `Symbolic link to a ${stat.isFile() ? "file" : "directory"} ${OUTSIDE_BOUNDARY}; not followed`, file: link });
      return;
    }
    if (stat.isFile()) {
      this.take(link, target);
      return;
    }
    const linkDir = fs.realpathSync(dirname(link));
    // Compared by path components: a link to "/" holds every directory.
    if (isWithin(target, linkDir)) {
      this.notice(`loop:${target}`, {
        level: "warning",
        message: `Symbolic link loop: points to ${relative(linkDir, target) || "."}, a parent directory; not followed`,
        file: link,
      });
      return;
    }
    if (this.walkedDirs.has(target)) return;
    this.walk(link, true);
  }
}

/**
 * A predicate for the config's `exclude` globs over absolute file paths: the
 * engine's own matcher, given each path relative to the config's directory,
 * so that discovery and the engine leave out the same files. Files outside
 * that directory are never excluded.
 */
export function excludeMatcher(spec: ExcludeSpec): (file: string) => boolean {
  if (spec.patterns.length === 0) return () => false;
  const matches = globMatcher(spec.patterns);
  const baseDir = resolve(spec.baseDir);
  return (file) => {
    const rel = relative(baseDir, resolve(file));
    if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return false;
    return matches(rel.split(sep).join("/"));
  };
}

/**
 * Finds the modules and files to lint. Synchronous: `lint()` is.
 * @throws PathError when a path does not exist (unless `missingPaths` is `notice`).
 */
export function discover(paths: readonly string[], options: DiscoverOptions): Discovery {
  const walker = new Walker(options.listings, options.boundary);
  const wholeDirs = new Set<string>();
  const named = new Map<string, Set<string>>();

  for (const p of paths) {
    const abs = resolve(options.cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (error) {
      const message = errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR" ? `no such file or directory: ${p}` : `cannot read ${p}: ${describeError(error)}`;
      if (options.missingPaths !== "notice") throw new PathError(message);
      walker.notice(`missing:${abs}`, { level: "error", message });
      continue;
    }
    if (stat.isDirectory()) {
      walker.walk(abs, true);
      continue;
    }
    const dir = dirname(abs);
    if (!isTerraformFileName(basename(abs))) {
      walker.notice(`name:${abs}`, {
        level: "warning",
        message: "Not a Terraform file (.tf, .tf.json, .tfvars, .tfvars.json); skipped",
        file: abs,
      });
      if (!options.dirsOfFiles) continue;
    } else {
      // Named on the command line: linted even when the config excludes it.
      walker.take(abs, fs.realpathSync(abs), true);
    }
    walker.walk(dir, false);
    if (options.dirsOfFiles) wholeDirs.add(dir);
    else if (isTerraformFileName(basename(abs))) {
      const set = named.get(dir) ?? new Set<string>();
      set.add(abs);
      named.set(dir, set);
    }
  }

  const modules: DiscoveredModule[] = [];
  const dirs = [...walker.filesByDir.keys()].sort();
  const scannedWhole = (dir: string): boolean => !named.has(dir) || wholeDirs.has(dir) || scannedFromDirectory(dir, paths, options.cwd);
  const namedButExcluded: string[] = [];
  for (const dir of dirs) {
    const files: string[] = [];
    for (const f of [...(walker.filesByDir.get(dir) ?? [])].sort()) {
      const excluded = options.isExcluded?.(f) ?? false;
      if (excluded && walker.forced.has(f)) namedButExcluded.push(f);
      else if (!excluded) files.push(f);
    }
    // A directory of variable files alone is not a module.
    if (!files.some((f) => CONFIGURATION_FILE.test(f) || walker.forced.has(f))) continue;
    const only = scannedWhole(dir) ? undefined : new Set([...(named.get(dir) ?? [])].filter((f) => files.includes(f)));
    if (only && only.size === 0) continue;
    modules.push(only ? { dir, files, reportOnly: only } : { dir, files });
  }
  return { modules, namedButExcluded, notices: walker.notices };
}

/** Whether a directory path given on the command line contains `dir`. */
function scannedFromDirectory(dir: string, paths: readonly string[], cwd: string): boolean {
  return paths.some((p) => {
    const abs = resolve(cwd, p);
    try {
      if (!fs.statSync(abs).isDirectory()) return false;
    } catch {
      return false;
    }
    return dir === abs || dir.startsWith(abs + sep);
  });
}
