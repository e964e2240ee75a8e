/**
 * Parse benchmark: our parser's throughput on the whole corpus, hcl2json's on
 * a fixed sample of it (hcl2json runs at a fraction of a MB/s, so the whole
 * corpus would take minutes), our throughput on that same sample for a fair
 * ratio, and peak RSS. Each measurement runs in a child process
 * (`parse-worker.ts`) so that peak RSS is the parser's alone.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { WorkerResult } from "./parse-worker.js";
import type { BenchContext, BenchRow, BenchSection } from "./section.js";

const MB = 1_000_000;
const TARGET_MBPS = 40;
const TARGET_RATIO = 20;
const TARGET_RSS_MB = 400;

const envNumber = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

function runWorker(mode: "ours" | "hcl2json", listFile: string, reps: number): WorkerResult {
  const worker = fileURLToPath(new URL("./parse-worker.js", import.meta.url));
  const out = execFileSync(process.execPath, ["--expose-gc", worker, mode, listFile, String(reps)], {
    encoding: "utf8",
    maxBuffer: 16 * MB,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as WorkerResult;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mbps = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);
const fmt = (n: number, digits = 1): string => n.toFixed(digits);
const rssMb = (kb: number): number => (kb * 1024) / MB;

/**
 * A fixed sample of about `bytes` bytes: every k-th file of the path-sorted
 * corpus, so it mixes every kind of file the generator writes.
 */
export function sampleFiles(paths: readonly string[], sizes: ReadonlyMap<string, number>, bytes: number): string[] {
  const total = paths.reduce((n, p) => n + (sizes.get(p) ?? 0), 0);
  const step = Math.max(1, Math.floor(total / bytes));
  const out: string[] = [];
  let got = 0;
  for (let offset = 0; offset < step && got < bytes; offset++) {
    for (let i = offset; i < paths.length && got < bytes; i += step) {
      out.push(paths[i]);
      got += sizes.get(paths[i]) ?? 0;
    }
  }
  return out;
}

export const parseSection: BenchSection = {
  name: "parse",
  title: "Parsing (parseNative vs @cdktf/hcl2json)",
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const reps = envNumber("BENCH_REPS", 5);
    const sampleMb = envNumber("BENCH_HCL2JSON_MB", 2);
    const sorted = [...ctx.files].sort((a, b) => (a.path < b.path ? -1 : 1));
    const paths = sorted.map((f) => join(ctx.root, f.path));
    const sizes = new Map(sorted.map((f, i) => [paths[i], Buffer.byteLength(f.text, "utf8")]));
    const sample = sampleFiles(paths, sizes, sampleMb * MB);
    const fullList = join(ctx.root, ".bench-files-all.json");
    const sampleList = join(ctx.root, ".bench-files-sample.json");
    writeFileSync(fullList, JSON.stringify(paths));
    writeFileSync(sampleList, JSON.stringify(sample));

    ctx.log(`parse: our parser, ${paths.length} files, ${reps} passes`);
    const full = runWorker("ours", fullList, reps);
    ctx.log(`parse: our parser on the hcl2json sample (${sample.length} files)`);
    const oursSample = runWorker("ours", sampleList, reps);
    ctx.log(`parse: hcl2json on the sample (slow: about 0.1-0.2 MB/s)`);
    const theirs = runWorker("hcl2json", sampleList, 1);

    // Throughput from CPU time: the machine may be shared, and wall time then
    // measures the neighbours as much as the parser. Wall figures go in the notes.
    const best = mbps(full.bytes, Math.min(...full.passesCpuMs));
    const med = mbps(full.bytes, median(full.passesCpuMs));
    const bestWall = mbps(full.bytes, Math.min(...full.passesMs));
    const medWall = mbps(full.bytes, median(full.passesMs));
    const oursSampleMed = mbps(oursSample.bytes, median(oursSample.passesCpuMs));
    const theirsMbps = mbps(theirs.bytes, median(theirs.passesCpuMs));
    const theirsWall = mbps(theirs.bytes, median(theirs.passesMs));
    const ratio = oursSampleMed / theirsMbps;
    const streaming = rssMb(full.maxRssStreamingKb);
    const retained = rssMb(full.maxRssRetainedKb ?? 0);
    for (const s of [...full.errorSamples, ...theirs.errorSamples]) ctx.log(`  error: ${s}`);

    return [
      {
        metric: "corpus",
        value: `${full.files} files, ${fmt(full.bytes / MB)} MB`,
        note: "generated, deterministic",
      },
      {
        metric: "tfmould parse, best pass",
        value: `${fmt(best)} MB/s`,
        target: `>= ${TARGET_MBPS} MB/s`,
        pass: best >= TARGET_MBPS,
        note: `${reps} passes over the whole corpus, CPU time (wall: ${fmt(bestWall)} MB/s)`,
      },
      {
        metric: "tfmould parse, median pass",
        value: `${fmt(med)} MB/s`,
        target: `>= ${TARGET_MBPS} MB/s`,
        pass: med >= TARGET_MBPS,
        note: `CPU time (wall: ${fmt(medWall)} MB/s)`,
      },
      {
        metric: "tfmould files with errors",
        value: String(full.filesWithErrors),
        target: "0",
        pass: full.filesWithErrors === 0,
        note: "the corpus is valid HCL",
      },
      {
        metric: "hcl2json parse",
        value: `${fmt(theirsMbps, 3)} MB/s`,
        note: `sample of ${theirs.files} files, ${fmt(theirs.bytes / MB, 2)} MB (too slow for the whole corpus); start-up excluded; CPU time (wall: ${fmt(theirsWall, 3)} MB/s)`,
      },
      {
        metric: "hcl2json rejected files",
        value: String(theirs.filesWithErrors),
        target: "0",
        pass: theirs.filesWithErrors === 0,
      },
      {
        metric: "tfmould parse, same sample",
        value: `${fmt(oursSampleMed)} MB/s`,
        note: "median pass, CPU time",
      },
      {
        metric: "speed-up over hcl2json",
        value: `${fmt(ratio)}x`,
        target: `>= ${TARGET_RATIO}x`,
        pass: ratio >= TARGET_RATIO,
        note: "same sample, same run, CPU time",
      },
      {
        metric: "peak RSS, trees dropped",
        value: `${fmt(streaming, 0)} MB`,
        target: `< ${TARGET_RSS_MB} MB`,
        pass: streaming < TARGET_RSS_MB,
        note: "worker process: corpus text + one tree at a time",
      },
      {
        metric: "peak RSS, all trees kept",
        value: `${fmt(retained, 0)} MB`,
        target: `< ${TARGET_RSS_MB} MB`,
        pass: retained < TARGET_RSS_MB,
        note: `every tree of the ${fmt(full.bytes / MB)} MB corpus alive at once`,
      },
    ];
  },
};
