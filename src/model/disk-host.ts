/**
 * A `SourceHost` over the file system (node:fs), for `lint({ paths })` and
 * for `loadModule` on a directory. It reads only regular text files within
 * the size limit, and, given a boundary, nothing outside it.
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ReadBoundary } from "./file-access.js";
import { DEFAULT_MAX_FILE_BYTES, OUTSIDE_BOUNDARY, identityOf, readSource } from "./file-access.js";
import type { SourceHost } from "./host.js";

export interface DiskHostOptions {
  /** What may be read; without one, anything the process can read. */
  readonly boundary?: ReadBoundary;
  /** The largest file read, in bytes (default 16 MiB). */
  readonly maxFileBytes?: number;
}

/** Reads the disk. Never throws: unreadable or refused paths read as absent, with the reason kept in `failures`. */
export class DiskHost implements SourceHost {
  /** Why each file that could not be read was not, by path as asked. */
  readonly failures = new Map<string, string>();

  constructor(private readonly options: DiskHostOptions = {}) {}

  readFile(path: string): string | undefined {
    if (this.options.boundary && !this.options.boundary.allows(path)) {
      this.failures.set(path, OUTSIDE_BOUNDARY);
      return undefined;
    }
    const read = readSource(path, this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    if ("reason" in read) {
      this.failures.set(path, read.reason);
      return undefined;
    }
    return read.text;
  }

  fileIdentity(path: string): string | undefined {
    return identityOf(path);
  }

  whyUnreadable(path: string): string | undefined {
    return this.failures.get(path);
  }

  listFiles(dir: string): string[] {
    try {
      return readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile() || (e.isSymbolicLink() && this.fileExists(join(dir, e.name))))
        .map((e) => e.name)
        .sort();
    } catch {
      return [];
    }
  }

  fileExists(path: string): boolean {
    try {
      // Existence is not content: the config lookup and lock-file checks ask outside the boundary too.
      return statSync(path).isFile();
    } catch {
      return false;
    }
  }

  realPath(path: string): string | undefined {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  }
}
