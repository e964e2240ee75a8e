/**
 * The command's view of the disk for the engine: a `SourceHost` that treats
 * binary files as unreadable (the model then reports them, once, as it
 * reports any file it cannot read), keeps the texts it read for the SARIF
 * line hashes, and counts files for the progress line.
 *
 * The methods are own properties (arrow functions), not prototype methods,
 * because hosts get spread (`{ ...host, listFiles }`) to narrow them.
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SourceHost } from "../model/host.js";
import { readSource } from "./read-source.js";

export class CliHost implements SourceHost {
  private readonly texts = new Map<string, string>();
  /** Why each file that could not be read was not, by absolute path. */
  readonly failures = new Map<string, string>();
  /** Called after each distinct file is read (or found unreadable). */
  onRead: (() => void) | undefined;

  readonly readFile = (path: string): string | undefined => {
    const abs = resolve(path);
    const cached = this.texts.get(abs);
    if (cached !== undefined) return cached;
    if (this.failures.has(abs)) return undefined;
    const read = readSource(abs);
    this.onRead?.();
    if ("reason" in read) {
      this.failures.set(abs, read.reason);
      return undefined;
    }
    this.texts.set(abs, read.text);
    return read.text;
  };

  /** Keeps a text read elsewhere (by a lint worker) for `text`. */
  readonly remember = (path: string, text: string): void => {
    this.texts.set(resolve(path), text);
  };

  /** The text already read for a file, or a fresh read; for SARIF line hashes. */
  readonly text = (path: string): string | undefined => this.texts.get(resolve(path)) ?? this.readFile(path);

  readonly listFiles = (dir: string): string[] => {
    try {
      return readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile() || (e.isSymbolicLink() && this.fileExists(join(dir, e.name))))
        .map((e) => e.name)
        .sort();
    } catch {
      return [];
    }
  };

  readonly fileExists = (path: string): boolean => {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  };

  readonly realPath = (path: string): string | undefined => {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  };
}
