/** Temporary directory trees for CLI tests. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Creates a temporary directory with these files (path → content; a Buffer for bytes). */
export function makeTree(files: Record<string, string | Buffer>, links: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "tfmould-cli-"));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  for (const [path, target] of Object.entries(links)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    symlinkSync(target, abs);
  }
  return root;
}

export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
