/**
 * The command's view of the disk for the engine: a `SourceHost` that treats
 * binary files as unreadable (the model then reports them, once, as it
 * reports any file it cannot read), keeps the texts it read for the SARIF
 * line hashes, and counts files for the progress line.
 *
 * Given discovery's directory listings, it answers `listFiles`, `fileExists`
 * and `realPath` for the directories discovery read without asking the disk
 * again (the engine asks about every module directory, lock file and config
 * file several times); everything else goes to the disk.
 *
 * The methods are own properties (arrow functions), not prototype methods,
 * because hosts get spread (`{ ...host, listFiles }`) to narrow them.
 */
import { basename, join, resolve } from "node:path";
import type { SourceHost } from "../model/host.js";
import { resolvePath } from "../util/paths.js";
import type { DirectoryListings } from "./listings.js";
import { fileNames, isFile, realPathOf } from "./listings.js";
import type { ReadBoundary, ReadBoundaryData } from "../model/file-access.js";
import { DEFAULT_MAX_FILE_BYTES, OUTSIDE_BOUNDARY, identityOf, readSource } from "../model/file-access.js";

/** What the command may read, and how much of it. */
export interface ReadLimits {
  /** Without one (a worker given none), anything the process can read. */
  readonly boundary?: ReadBoundary;
  readonly maxFileBytes?: number;
  /**
   * Files the lint does not see (the `--cache` file): a run must find the
   * tree as the run that wrote the cache found it.
   */
  readonly hidden?: readonly string[];
}

export class CliHost implements SourceHost {
  private readonly hidden: ReadonlySet<string>;
  /** The file names of `hidden`: only a path with one of them needs resolving to be compared. */
  private readonly hiddenNames: ReadonlySet<string>;
  private readonly hiddenNameList: readonly string[];

  constructor(
    private readonly listings?: DirectoryListings,
    private readonly limits: ReadLimits = {},
  ) {
    this.hidden = new Set(limits.hidden ?? []);
    this.hiddenNames = new Set([...this.hidden].map((p) => basename(p)));
    this.hiddenNameList = [...this.hiddenNames];
  }

  private readonly texts = new Map<string, string>();
  /** Why each file that could not be read was not, by absolute path. */
  readonly failures = new Map<string, string>();
  /** Called after each distinct file is read (or found unreadable). */
  onRead: (() => void) | undefined;

  /** Runs `work` with `onRead` off: grouping reads files the lint reads again, and the progress line counts them then. */
  withoutProgress<T>(work: () => T): T {
    const onRead = this.onRead;
    this.onRead = undefined;
    try {
      return work();
    } finally {
      this.onRead = onRead;
    }
  }

  readonly readFile = (path: string): string | undefined => {
    const abs = resolvePath(path);
    if (this.hidden.has(abs)) return undefined;
    const cached = this.texts.get(abs);
    if (cached !== undefined) return cached;
    if (this.failures.has(abs)) return undefined;
    const read: { text: string } | { reason: string } =
      this.limits.boundary && !this.limits.boundary.allows(abs, this.realPath)
        ? { reason: OUTSIDE_BOUNDARY }
        : readSource(abs, this.limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    this.onRead?.();
    if ("reason" in read) {
      this.failures.set(abs, read.reason);
      return undefined;
    }
    this.texts.set(abs, read.text);
    return read.text;
  };

  /** Admits a config file the lookup found (see `ReadBoundary.admit`). */
  admit(path: string): void {
    this.limits.boundary?.admit(path);
  }

  /** The limits as plain data, for a worker thread's host. */
  limitsData(): { boundary?: ReadBoundaryData; maxFileBytes?: number; hidden?: readonly string[] } {
    return {
      ...(this.limits.boundary ? { boundary: this.limits.boundary.toData() } : {}),
      ...(this.limits.maxFileBytes !== undefined ? { maxFileBytes: this.limits.maxFileBytes } : {}),
      ...(this.limits.hidden ? { hidden: this.limits.hidden } : {}),
    };
  }

  readonly fileIdentity = (path: string): string | undefined => identityOf(path);

  readonly whyUnreadable = (path: string): string | undefined => this.failures.get(resolvePath(path));

  /** Keeps a text read elsewhere (by a lint worker) for `text`. */
  readonly remember = (path: string, text: string): void => {
    this.texts.set(resolvePath(path), text);
  };

  /** The text already read for a file, or a fresh read; for SARIF line hashes. */
  readonly text = (path: string): string | undefined => this.texts.get(resolvePath(path)) ?? this.readFile(path);

  readonly listFiles = (dir: string): string[] => {
    const names = fileNames(dir, this.listings);
    return this.hidden.size === 0 ? names : names.filter((name) => !(this.hiddenNames.has(name) && this.hidden.has(join(resolve(dir), name))));
  };

  readonly fileExists = (path: string): boolean => !this.isHidden(path) && isFile(path, this.listings);

  readonly realPath = (path: string): string | undefined => (this.isHidden(path) ? undefined : realPathOf(path, this.listings));

  private isHidden(path: string): boolean {
    if (this.hidden.size === 0) return false;
    // Asked of every file a run looks at: most end in none of the hidden names, which needs no `basename`.
    if (!/[./\\]$/.test(path) && !endsWithAny(path, this.hiddenNameList)) return false;
    const name = basename(path);
    // A path ending in `.` or `..` names another file than its last part: resolved, as any other.
    if (name !== "." && name !== ".." && !this.hiddenNames.has(name)) return false;
    return this.hidden.has(resolvePath(path));
  }
}

/** Whether `path` ends in one of `names`: a plain loop, for a question asked of every file without a closure for each. */
function endsWithAny(path: string, names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i++) if (path.endsWith(names[i])) return true;
  return false;
}
