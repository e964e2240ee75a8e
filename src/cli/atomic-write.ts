/**
 * Writing an output file so that readers never see half of it: the text goes
 * to a temporary file in the same directory, which is then renamed over the
 * target (a rename within one file system is atomic).
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";

/**
 * Writes `text` to `file` atomically, creating parent directories. On any
 * failure the temporary file is removed and the target is left as it was.
 */
export function writeFileAtomic(file: string, text: string): void {
  const target = resolve(file);
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, text, { flag: "wx" });
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
