/**
 * The command's view of the disk for the engine: a `SourceHost` that, unlike
 * a bare one, says why a file could not be read (unreadable, binary, not
 * UTF-8) with one notice per file, keeps the texts it read for the SARIF
 * line hashes, and counts files for the progress line.
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Notice } from "../engine/types.js";
import type { SourceHost } from "../model/host.js";
import { readSource } from "./read-source.js";

export class CliHost implements SourceHost {
  private readonly texts = new Map<string, string>();
  private readonly failed = new Set<string>();
  readonly notices: Notice[] = [];
  /** Called after each distinct file is read (or found unreadable). */
  onRead: (() => void) | undefined;

  readFile(path: string): string | undefined {
    const abs = resolve(path);
    const cached = this.texts.get(abs);
    if (cached !== undefined) return cached;
    if (this.failed.has(abs)) return undefined;
    const read = readSource(abs);
    this.onRead?.();
    if ("notice" in read) {
      // A file that does not exist is the caller's question, not a problem to report.
      if (!/does not exist/.test(read.notice.message)) this.notices.push(read.notice);
      this.failed.add(abs);
      return undefined;
    }
    this.texts.set(abs, read.text);
    return read.text;
  }

  /** The text already read for a file, or a fresh read; for SARIF line hashes. */
  text(path: string): string | undefined {
    return this.texts.get(resolve(path)) ?? this.readFile(path);
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
