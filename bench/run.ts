/**
 * `npm run bench`: generates the corpus into a temp folder, runs the
 * benchmark sections in order and prints one table.
 *
 *   node --expose-gc dist/bench/run.js [section...]
 *
 * Environment: BENCH_CORPUS_MB (default 24), BENCH_REPS (passes, default 5),
 * BENCH_HCL2JSON_MB (hcl2json sample, default 2), BENCH_KEEP=1 keeps the
 * corpus folder and prints its path.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus, writeCorpus } from "./corpus.js";
import type { BenchContext, BenchRow, BenchSection } from "./section.js";
import { sections } from "./sections.js";

const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

function table(results: readonly { section: BenchSection; rows: readonly BenchRow[] }[]): string {
  const header = ["section", "metric", "value", "target", "", "how"];
  const lines: string[][] = [];
  for (const { section, rows } of results) {
    for (const r of rows) {
      const status = r.pass === undefined ? "" : r.pass ? "ok" : "MISS";
      lines.push([section.name, r.metric, r.value, r.target ?? "", status, r.note ?? ""]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [row(header), row(widths.map((w) => "-".repeat(w))), ...lines.map(row)].join("\n");
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const chosen = wanted.length === 0 ? sections : sections.filter((s) => wanted.includes(s.name));
  const unknown = wanted.filter((w) => !sections.some((s) => s.name === w));
  if (unknown.length > 0) {
    log(`unknown section(s): ${unknown.join(", ")}; known: ${sections.map((s) => s.name).join(", ")}`);
    process.exit(2);
  }

  const targetMb = Number(process.env.BENCH_CORPUS_MB) > 0 ? Number(process.env.BENCH_CORPUS_MB) : 24;
  const root = mkdtempSync(join(tmpdir(), "tfmould-bench-"));
  log(`generating a ${targetMb} MB corpus in ${root}`);
  const files = generateCorpus({ targetBytes: targetMb * 1_000_000 });
  const bytes = writeCorpus(root, files);
  const ctx: BenchContext = { root, files, bytes, log };

  const results: { section: BenchSection; rows: BenchRow[] }[] = [];
  try {
    for (const section of chosen) {
      log(`== ${section.title}`);
      results.push({ section, rows: await section.run(ctx) });
    }
  } finally {
    if (process.env.BENCH_KEEP === "1") log(`corpus kept in ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }

  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`\ntfmould benchmark — Node ${process.version}, ${cpu}, ${cpus().length} cores (measurements use one)\n`);
  console.log(table(results));
  const missed = results.flatMap((r) => r.rows.filter((row) => row.pass === false));
  console.log(missed.length === 0 ? "\nAll targets met." : `\n${missed.length} target(s) missed.`);
}

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
