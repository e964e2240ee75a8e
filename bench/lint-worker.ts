/**
 * Child process of the end-to-end lint benchmark: one fresh process per
 * measurement, as a real `tfmould` run is, so that nothing one pass leaves
 * behind (caches, heap) slows or speeds the next.
 *
 * Usage: node lint-worker.js <cli|parts|floor> <corpus-root> <sarif-file> [concurrency]
 *   cli    runs the command (`run([".", "--format", "sarif", "--output-file", …, "--concurrency", …])`)
 *   parts  times discovery, `lint` and the SARIF `format` one after the other
 *   floor  only discovers, reads and parses every file: what any run costs at least
 * Prints one JSON object ({@link LintWorkerResult}) on stdout.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { run } from "../src/cli/index.js";
import { discover } from "../src/cli/discover.js";
import { lint } from "../src/engine/index.js";
import { parse } from "../src/hcl/index.js";
import { format } from "../src/report/index.js";

/** Times in milliseconds: wall, and CPU (user + system, all threads). */
export interface LintWorkerResult {
  readonly wallMs: number;
  readonly cpuMs: number;
  /** `cli`: the command's exit code. */
  readonly exitCode?: number;
  readonly stderr?: string;
  /** `parts`: CPU time of each part. */
  readonly parts?: { readonly discoverMs: number; readonly lintMs: number; readonly formatMs: number; readonly findings: number };
  readonly maxRssKb: number;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(): Promise<void> {
  const [mode, root, sarifFile, concurrency = "auto"] = process.argv.slice(2);
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  let result: LintWorkerResult;
  if (mode === "cli") {
    let stderr = "";
    const exitCode = await run([".", "--format", "sarif", "--output-file", sarifFile, "--concurrency", concurrency], {
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (t: string) => (stderr += t), isTTY: false },
      cwd: root,
      env: {},
    });
    result = { wallMs: performance.now() - wall0, cpuMs: cpuMs() - cpu0, exitCode, stderr, maxRssKb: process.resourceUsage().maxRSS };
  } else if (mode === "floor") {
    const { modules } = await discover(["."], { cwd: root });
    let diagnostics = 0;
    for (const m of modules) {
      for (const file of m.files) diagnostics += parse(readFileSync(file, "utf8"), file).diagnostics.length;
    }
    result = { wallMs: performance.now() - wall0, cpuMs: cpuMs() - cpu0, exitCode: diagnostics, maxRssKb: process.resourceUsage().maxRSS };
  } else {
    const { modules } = await discover(["."], { cwd: root });
    const cpu1 = cpuMs();
    const lintResult = lint({ paths: modules.map((m) => m.dir), cwd: root });
    const cpu2 = cpuMs();
    format(lintResult, "sarif", { cwd: root, readSource: (f) => readFileSync(join(root, f), "utf8") });
    const cpu3 = cpuMs();
    result = {
      wallMs: performance.now() - wall0,
      cpuMs: cpu3 - cpu0,
      parts: { discoverMs: cpu1 - cpu0, lintMs: cpu2 - cpu1, formatMs: cpu3 - cpu2, findings: lintResult.findings.length },
      maxRssKb: process.resourceUsage().maxRSS,
    };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
