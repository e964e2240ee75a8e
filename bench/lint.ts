/**
 * End-to-end lint benchmark: the command itself over the generated corpus,
 * with every rule enabled and SARIF written to a file — discovery, reading,
 * parsing, the model, evaluation, every rule, suppressions, the SARIF report
 * with GitHub's line hashes, and the atomic write. Each pass runs in a fresh
 * child process (`lint-worker.ts`), as a real run does, alternately with the
 * default thread count (`auto`: one per two cores) and with two threads, so
 * the two are compared in the same benchmark.
 * Throughput is bytes over wall time, best pass (what a user waits for);
 * CPU time (all threads) is given too, since on a shared machine it is the
 * steadier figure. The engine's and the formatter's shares are measured in
 * one more process, on one thread.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LintWorkerResult } from "./lint-worker.js";
import type { BenchContext, BenchRow, BenchSection } from "./section.js";

const MB = 1_000_000;

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

function runWorker(mode: "cli" | "parts" | "floor", root: string, sarifFile: string, concurrency = "auto"): LintWorkerResult {
  const worker = fileURLToPath(new URL("./lint-worker.js", import.meta.url));
  const out = execFileSync(process.execPath, [worker, mode, root, sarifFile, concurrency], {
    encoding: "utf8",
    maxBuffer: 16 * MB,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as LintWorkerResult;
}

export const lintSection: BenchSection = {
  name: "lint",
  title: "End-to-end lint (the command, all rules, SARIF to a file)",
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const reps = envNumber("BENCH_LINT_REPS", 3);
    const sarifFile = join(ctx.root, ".bench-out", "tfmould.sarif");
    const twoFile = join(ctx.root, ".bench-out", "two-threads.sarif");
    const auto: LintWorkerResult[] = [];
    const two: LintWorkerResult[] = [];
    const floor: LintWorkerResult[] = [];
    for (let i = 1; i <= reps; i++) {
      ctx.log(`lint: pass ${i}/${reps}, default threads and two threads (fresh processes)`);
      for (const [passes, file, concurrency] of [
        [auto, sarifFile, "auto"],
        [two, twoFile, "2"],
      ] as const) {
        const pass = runWorker("cli", ctx.root, file, concurrency);
        if (pass.exitCode === 2) throw new Error(`tfmould failed on the corpus: ${pass.stderr ?? ""}`);
        passes.push(pass);
      }
      floor.push(runWorker("floor", ctx.root, sarifFile));
    }
    const sarifText = readFileSync(sarifFile, "utf8");
    const same = sarifText === readFileSync(twoFile, "utf8");
    const results = (JSON.parse(sarifText) as { runs: { results: unknown[] }[] }).runs[0].results.length;
    const sarifBytes = statSync(sarifFile).size;
    ctx.log("lint: the engine and the formatter, timed apart");
    const parts = runWorker("parts", ctx.root, sarifFile).parts;
    rmSync(join(ctx.root, ".bench-out"), { recursive: true, force: true });

    const best = (passes: readonly LintWorkerResult[], key: "wallMs" | "cpuMs"): number => Math.min(...passes.map((p) => p[key]));
    const med = (passes: readonly LintWorkerResult[], key: "wallMs" | "cpuMs"): number => median(passes.map((p) => p[key]));
    const autoBest = mbps(ctx.bytes, best(auto, "wallMs"));
    const autoMedian = mbps(ctx.bytes, med(auto, "wallMs"));
    const twoBest = mbps(ctx.bytes, best(two, "wallMs"));
    const threads = Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2)));
    const threadsText = `${threads} thread${threads === 1 ? "" : "s"}`;
    const rows: BenchRow[] = [
      {
        metric: `tfmould ., SARIF, default (${threadsText}), best pass`,
        value: `${fmt(autoBest)} MB/s`,
        note: `wall time; ${reps} passes, each a fresh process (start-up excluded), ${fmt(ctx.bytes / MB)} MB; peak RSS ${fmt(Math.max(...auto.map((p) => p.maxRssKb)) / 1024, 0)} MB; exit code ${auto[0].exitCode}`,
      },
      {
        metric: `tfmould ., SARIF, default (${threadsText}), median pass`,
        value: `${fmt(autoMedian)} MB/s`,
        note: `${fmt(med(auto, "wallMs") / 1000, 2)} s wall, ${fmt(med(auto, "cpuMs") / 1000, 2)} s CPU (all threads: ${fmt(mbps(ctx.bytes, med(auto, "cpuMs")))} MB/s of CPU time)`,
      },
      {
        metric: "--concurrency 2, best pass",
        value: `${fmt(twoBest)} MB/s`,
        note: `wall; median ${fmt(med(two, "wallMs") / 1000, 2)} s wall, ${fmt(med(two, "cpuMs") / 1000, 2)} s CPU (${fmt(mbps(ctx.bytes, med(two, "cpuMs")))} MB/s of CPU time); peak RSS ${fmt(Math.max(...two.map((p) => p.maxRssKb)) / 1024, 0)} MB`,
      },
      {
        metric: "two threads against the default",
        value: `${fmt(best(auto, "wallMs") / best(two, "wallMs"), 2)}x`,
        note: `best wall over best wall, same run (above 1: two threads faster); reports ${same ? "byte-identical" : "DIFFERENT"}`,
      },
      {
        metric: "floor: discover, read and parse only, best pass",
        value: `${fmt(mbps(ctx.bytes, best(floor, "wallMs")))} MB/s`,
        note: `wall time, fresh process as above; no model, evaluation, rules or report: no run of the command can be faster than this`,
      },
      {
        metric: "SARIF report",
        value: `${results} results, ${fmt(sarifBytes / MB, 2)} MB`,
      },
    ];
    if (parts) {
      rows.push(
        { metric: "  of which lint()", value: `${fmt(mbps(ctx.bytes, parts.lintMs))} MB/s`, note: `${fmt(parts.lintMs, 0)} ms CPU, one thread: read, parse, model, evaluate, rules` },
        { metric: "  of which format(sarif)", value: `${fmt(mbps(ctx.bytes, parts.formatMs))} MB/s`, note: `${fmt(parts.formatMs, 0)} ms CPU for ${parts.findings} findings, line hashes included` },
        { metric: "  of which discovery", value: `${fmt(parts.discoverMs, 0)} ms`, note: "directory walk" },
      );
    }
    return rows;
  },
};
