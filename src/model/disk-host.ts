/**
 * A `SourceHost` over the file system (node:fs), for the CLI and for
 * `loadModule` on a directory.
 */
import { readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import type { SourceHost } from "./host.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads the disk. Never throws: unreadable paths read as absent. */
export class DiskHost implements SourceHost {
  readFile(path: string): string | undefined {
    try {
      return utf8.decode(readFileSync(path));
    } catch {
      return undefined;
    }
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
