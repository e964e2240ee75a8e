/** Running the real command as a child process, on copies of fixture repositories. */
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BIN, REPO } from "./build.js";

export interface BinResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/tfmould.js args…` in `cwd`, without a terminal and without colour hints. */
export function tfmould(cwd: string, args: readonly string[], env: Record<string, string> = {}): BinResult {
  const clean = { ...process.env };
  delete clean.FORCE_COLOR;
  delete clean.NO_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...clean, ...env }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const copies: string[] = [];

/** A fresh copy of `fixtures/e2e/<name>` in a temporary directory (readable by everyone). */
export function fixtureCopy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tfmould-e2e-${name}-`));
  chmodSync(dir, 0o755);
  cpSync(join(REPO, "fixtures/e2e", name), dir, { recursive: true });
  copies.push(dir);
  return dir;
}

export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}
