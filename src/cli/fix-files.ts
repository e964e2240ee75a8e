/**
 * `--fix`: writing fixed texts back to the files they came from.
 *
 * The scanned repository is untrusted, so a fix is written only where the
 * user asked tfmould to look: a file discovery found under the paths given
 * (never a module outside them that one of them calls), inside the read
 * boundary by its real path, a regular file that is not a symbolic link
 * (writing through one could reach any file; replacing it would lose the
 * link), and unchanged since it was read (someone may have edited it
 * meanwhile). Each file is replaced atomically with its own permissions.
 */
import { lstatSync } from "node:fs";
import type { Stats } from "node:fs";
import { resolve } from "node:path";
import type { ReadBoundary } from "../model/file-access.js";
import { DEFAULT_MAX_FILE_BYTES, readSource } from "../model/file-access.js";
import { writeFileAtomic } from "./atomic-write.js";

/** A fixed text to write: the file as findings name it, what was read, what to write. */
export interface FixedFile {
  readonly file: string;
  readonly before: string;
  readonly after: string;
}

/** Why a fixed file was not written. */
export interface UnwrittenFix {
  readonly file: string;
  readonly reason: string;
}

/** The files `--fix` may write: absolute paths of the files the scan was asked to lint. */
export class FixTargets {
  constructor(
    private readonly cwd: string,
    private readonly scanned: ReadonlySet<string>,
    private readonly boundary: ReadBoundary,
  ) {}

  /** Whether a file (as findings name it) was scanned, so its fixes may be applied. */
  readonly allows = (file: string): boolean => this.scanned.has(resolve(this.cwd, file));

  /**
   * Writes each fixed text, checking the file again just before; returns the
   * files not written, with the reason. A failure leaves that file as it was.
   */
  write(files: readonly FixedFile[], maxFileBytes: number = DEFAULT_MAX_FILE_BYTES): UnwrittenFix[] {
    const unwritten: UnwrittenFix[] = [];
    for (const f of files) {
      const reason = this.writeOne(f, maxFileBytes);
      if (reason !== undefined) unwritten.push({ file: f.file, reason });
    }
    return unwritten;
  }

  private writeOne(f: FixedFile, maxFileBytes: number): string | undefined {
    const abs = resolve(this.cwd, f.file);
    if (!this.allows(f.file)) return "it is not one of the files scanned";
    let st: Stats;
    try {
      st = lstatSync(abs);
    } catch {
      return "it no longer exists";
    }
    if (st.isSymbolicLink()) return "it is a symbolic link; tfmould does not write through links";
    if (!st.isFile()) return "it is not a regular file";
    if (!this.boundary.allows(abs)) return "its real path is outside the scanned repository";
    const now = readSource(abs, maxFileBytes);
    if ("reason" in now || now.text !== f.before) return "it changed since it was read; run --fix again";
    try {
      writeFileAtomic(abs, f.after, st.mode & 0o7777);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return `it could not be written${typeof code === "string" ? ` (${code})` : ""}`;
    }
    return undefined;
  }
}
