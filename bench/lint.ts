/**
 * End-to-end lint benchmark: the command itself over the generated corpus,
 * with every rule enabled and SARIF written to a file — discovery, reading,
 * parsing, the model, evaluation, every rule, suppressions, the SARIF report
 * with GitHub's line hashes, and the atomic write. Each pass runs in a fresh
 * child process (`lint-worker.ts`), as a real run does; the engine's and the
 * formatter's shares are measured in one more process. Throughput comes from
 * CPU time, as in the parse section (the machine may be shared, and wall time
 * then measures the neighbours); wall time is in the notes.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LintWorkerResult } from "./lint-worker.js";
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

function runWorker(mode: "cli" | "parts", root: string, sarifFile: string): LintWorkerResult {
  const worker = fileURLToPath(new URL("./lint-worker.js", import.meta.url));
  const out = execFileSync(process.execPath, [worker, mode, root, sarifFile], {
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
    const passes: LintWorkerResult[] = [];
    for (let i = 1; i <= reps; i++) {
      ctx.log(`lint: pass ${i}/${reps} (fresh process)`);
      const pass = runWorker("cli", ctx.root, sarifFile);
      if (pass.exitCode === 2) throw new Error(`tfmould failed on the corpus: ${pass.stderr ?? ""}`);
      passes.push(pass);
    }
    const sarif = JSON.parse(readFileSync(sarifFile, "utf8")) as { runs: { results: unknown[] }[] };
    const results = sarif.runs[0].results.length;
    const sarifBytes = statSync(sarifFile).size;
    ctx.log("lint: the engine and the formatter, timed apart");
    const parts = runWorker("parts", ctx.root, sarifFile).parts;
    rmSync(join(ctx.root, ".bench-out"), { recursive: true, force: true });

    const cpu = passes.map((p) => p.cpuMs);
    const wall = passes.map((p) => p.wallMs);
    const best = mbps(ctx.bytes, Math.min(...cpu));
    const med = mbps(ctx.bytes, median(cpu));
    const rows: BenchRow[] = [
      {
        metric: "tfmould ., SARIF, best pass",
        value: `${fmt(best)} MB/s`,
        target: `>= ${TARGET_MBPS} MB/s`,
        pass: best >= TARGET_MBPS,
        note: `${reps} passes, each a fresh process (start-up excluded), ${fmt(ctx.bytes / MB)} MB; CPU time (wall: ${fmt(mbps(ctx.bytes, Math.min(...wall)))} MB/s)`,
      },
      {
        metric: "tfmould ., SARIF, median pass",
        value: `${fmt(med)} MB/s`,
        target: `>= ${TARGET_MBPS} MB/s`,
        pass: med >= TARGET_MBPS,
        note: `${fmt(median(cpu) / 1000, 2)} s CPU a pass (wall ${fmt(median(wall) / 1000, 2)} s); exit code ${passes[0].exitCode}; peak RSS ${fmt(Math.max(...passes.map((p) => p.maxRssKb)) / 1024, 0)} MB`,
      },
      {
        metric: "SARIF report",
        value: `${results} results, ${fmt(sarifBytes / MB, 2)} MB`,
      },
    ];
    if (parts) {
      rows.push(
        { metric: "  of which lint()", value: `${fmt(mbps(ctx.bytes, parts.lintMs))} MB/s`, note: `${fmt(parts.lintMs, 0)} ms CPU: read, parse, model, evaluate, rules` },
        { metric: "  of which format(sarif)", value: `${fmt(mbps(ctx.bytes, parts.formatMs))} MB/s`, note: `${fmt(parts.formatMs, 0)} ms CPU for ${parts.findings} findings, line hashes included` },
        { metric: "  of which discovery", value: `${fmt(parts.discoverMs, 0)} ms`, note: "fast-glob walk" },
      );
    }
    return rows;
  },
};
