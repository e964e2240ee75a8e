/**
 * End-to-end lint benchmark: the command itself (`run` from src/cli, in this
 * process) over the generated corpus with every rule enabled and SARIF
 * written to a file: discovery, reading, parsing, the model, evaluation,
 * every rule, suppressions, the SARIF report with GitHub's line hashes, and
 * the atomic write. The time spent in `format` is shown apart.
 */
import { readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { run } from "../src/cli/index.js";
import type { CliIO } from "../src/cli/index.js";
import { format } from "../src/report/index.js";
import { discover } from "../src/cli/discover.js";
import { lint } from "../src/engine/index.js";
import type { BenchContext, BenchRow, BenchSection } from "./section.js";

const MB = 1_000_000;
const TARGET_MBPS = 20;

const envNumber = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mbps = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);
const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/** A CliIO that keeps stderr (for a failing pass) and drops stdout. */
function benchIO(cwd: string): CliIO & { errors: () => string } {
  let err = "";
  return {
    stdout: { write: () => true, isTTY: false },
    stderr: { write: (t: string) => (err += t), isTTY: false },
    cwd,
    env: {},
    errors: () => err,
  };
}

export const lintSection: BenchSection = {
  name: "lint",
  title: "End-to-end lint (the command, all rules, SARIF to a file)",
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const reps = envNumber("BENCH_LINT_REPS", 3);
    const sarifFile = join(ctx.root, ".bench-out", "tfmould.sarif");
    const argv = [".", "--format", "sarif", "--output-file", sarifFile];
    const passesMs: number[] = [];
    let exitCode = 0;
    // One warm-up pass (JIT, file cache), then the measured passes.
    for (let i = 0; i <= reps; i++) {
      ctx.log(i === 0 ? "lint: warm-up pass" : `lint: pass ${i}/${reps}`);
      globalThis.gc?.();
      const io = benchIO(ctx.root);
      const start = performance.now();
      exitCode = await run(argv, io);
      const ms = performance.now() - start;
      if (exitCode === 2) throw new Error(`tfmould failed on the corpus: ${io.errors()}`);
      if (i > 0) passesMs.push(ms);
    }
    const sarif = JSON.parse(readFileSync(sarifFile, "utf8")) as { runs: { results: unknown[]; tool: { driver: { rules: unknown[] } } }[] };
    const results = sarif.runs[0].results.length;
    const sarifBytes = statSync(sarifFile).size;

    // Where a pass goes: the engine and the SARIF report, each timed alone.
    const { modules } = await discover(["."], { cwd: ctx.root });
    const lintStart = performance.now();
    const result = lint({ paths: modules.map((m) => m.dir), cwd: ctx.root });
    const lintMs = performance.now() - lintStart;
    const formatStart = performance.now();
    format(result, "sarif", { cwd: ctx.root, readSource: (f) => readFileSync(join(ctx.root, f), "utf8") });
    const formatMs = performance.now() - formatStart;
    rmSync(join(ctx.root, ".bench-out"), { recursive: true, force: true });

    const best = mbps(ctx.bytes, Math.min(...passesMs));
    const med = mbps(ctx.bytes, median(passesMs));
    return [
      {
        metric: "tfmould ., SARIF, best pass",
        value: `${fmt(best)} MB/s`,
        target: `>= ${TARGET_MBPS} MB/s`,
        pass: best >= TARGET_MBPS,
        note: `${reps} passes after a warm-up, in process, one core; ${fmt(ctx.bytes / MB)} MB`,
      },
      {
        metric: "tfmould ., SARIF, median pass",
        value: `${fmt(med)} MB/s`,
        target: `>= ${TARGET_MBPS} MB/s`,
        pass: med >= TARGET_MBPS,
        note: `${fmt(median(passesMs) / 1000, 2)} s a pass; exit code ${exitCode}`,
      },
      {
        metric: "SARIF report",
        value: `${results} results, ${fmt(sarifBytes / MB, 2)} MB`,
        note: `of a pass: lint() ${fmt(lintMs, 0)} ms, format() ${fmt(formatMs, 0)} ms`,
      },
    ];
  },
};
