/**
 * The end-to-end tests run the compiled command (`node bin/tfmould.js`,
 * which imports dist/). CI builds before testing, and so should you
 * (`npm run compile`): `ensureBuilt` builds only when dist/ is missing, once,
 * even when several test files ask at the same time (a lock directory
 * serialises them). Rebuilding a dist/ that is merely older than the sources
 * would rewrite it under the feet of another test file's running commands,
 * so a stale dist/ only gets a warning.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = join(REPO, "bin/tfmould.js");
const ENTRY = join(REPO, "dist/src/cli/index.js");
const LOCK = join(REPO, ".tmp/e2e-build.lock");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith(".ts") || entry.name.endsWith(".json")) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  if (!existsSync(ENTRY)) return false;
  const built = statSync(ENTRY).mtimeMs;
  return ["src", "rules"].every((d) => newestSource(join(REPO, d)) <= built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

let warned = false;

/** Builds dist/ when it is missing; warns when it is older than the sources. */
export function ensureBuilt(): void {
  // A lock present means a build is under way: dist/ may be half written.
  if (existsSync(ENTRY) && !existsSync(LOCK)) {
    if (!warned && !isFresh()) console.warn("dist/ is older than the sources: run `npm run compile` before the end-to-end tests.");
    warned = true;
    return;
  }
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than ten minutes is stale.
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      sleep(500);
    }
  }
  try {
    if (existsSync(ENTRY)) return;
    // tsc emits even when another module of the tree has type errors; the run is what matters.
    spawnSync(process.execPath, [join(REPO, "node_modules/typescript/bin/tsc"), "-p", join(REPO, "tsconfig.build.json")], { cwd: REPO, stdio: "ignore" });
    if (!existsSync(ENTRY)) throw new Error("the build did not produce dist/src/cli/index.js");
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
