/**
 * Child process of the parse benchmark. Running each measurement in its own
 * process keeps peak RSS honest (no corpus generation or WASM heap in it) and
 * keeps hcl2json's Go runtime out of our parser's figures.
 *
 * Usage: node --expose-gc parse-worker.js <ours|hcl2json> <file-list.json> <repetitions>
 * Prints one JSON object ({@link WorkerResult}) on stdout.
 */
import { readFileSync } from "node:fs";
import { parseNative } from "../src/hcl/parser.js";
import type { HclFile } from "../src/hcl/ast.js";

/** What the worker reports. Times in milliseconds, sizes in bytes, RSS in kilobytes. */
export interface WorkerResult {
  readonly files: number;
  readonly bytes: number;
  /** Wall time of each full pass over the files. */
  readonly passesMs: number[];
  /**
   * CPU time (user + system, all threads) of each pass: on a shared machine
   * it is far steadier than wall time, and the parser itself is single-threaded.
   */
  readonly passesCpuMs: number[];
  /** Files the parser reported an error for (or that hcl2json rejected). */
  readonly filesWithErrors: number;
  /** First few of those, for the report. */
  readonly errorSamples: string[];
  /** Peak RSS after the timed passes, each tree dropped as soon as it is built. */
  readonly maxRssStreamingKb: number;
  /** Peak RSS after one more pass that keeps every tree alive at once (ours only). */
  readonly maxRssRetainedKb?: number;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const maxRss = (): number => process.resourceUsage().maxRSS;
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function readAll(paths: readonly string[]): { path: string; text: string; bytes: number }[] {
  return paths.map((path) => {
    const buf = readFileSync(path);
    return { path, text: buf.toString("utf8"), bytes: buf.length };
  });
}

function hasError(f: HclFile): boolean {
  return f.diagnostics.some((d) => d.severity === "error");
}

function runOurs(paths: readonly string[], reps: number): WorkerResult {
  const inputs = readAll(paths);
  const bytes = inputs.reduce((n, i) => n + i.bytes, 0);
  let filesWithErrors = 0;
  const errorSamples: string[] = [];
  // Warm-up: at least 8 MB of parsing before timing, so a small sample is
  // measured with optimised code too. The first pass also counts diagnostics.
  const warmups = Math.max(1, Math.ceil((8 * 1_000_000) / Math.max(1, bytes)));
  for (let w = 1; w < warmups; w++) for (const i of inputs) parseNative(i.text, i.path);
  for (const i of inputs) {
    const f = parseNative(i.text, i.path);
    if (hasError(f)) {
      filesWithErrors++;
      if (errorSamples.length < 5) {
        const d = f.diagnostics[0];
        errorSamples.push(`${i.path}:${d.range.start.line}:${d.range.start.column}: ${d.summary}`);
      }
    }
  }
  const passesMs: number[] = [];
  const passesCpuMs: number[] = [];
  let sink = 0;
  // No forced gc() between passes: it shrinks the heap, and the next pass then
  // spends its time growing it again (measured: 2-4x slower passes).
  for (let r = 0; r < reps; r++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    for (const i of inputs) sink += parseNative(i.text, i.path).body.items.length;
    passesMs.push(performance.now() - t0);
    passesCpuMs.push(cpuMs() - c0);
  }
  const maxRssStreamingKb = maxRss();
  gc();
  const kept: HclFile[] = inputs.map((i) => parseNative(i.text, i.path));
  gc();
  const maxRssRetainedKb = maxRss();
  sink += kept.length;
  if (sink < 0) console.error(sink); // keeps the work observable to the optimiser
  return {
    files: inputs.length,
    bytes,
    passesMs,
    passesCpuMs,
    filesWithErrors,
    errorSamples,
    maxRssStreamingKb,
    maxRssRetainedKb,
  };
}

async function runHcl2json(paths: readonly string[], reps: number): Promise<WorkerResult> {
  const { parse } = await import("@cdktf/hcl2json");
  const inputs = readAll(paths);
  const bytes = inputs.reduce((n, i) => n + i.bytes, 0);
  // The first call pays for loading and starting the WASM module; leave it out.
  await parse("warmup.tf", 'a = "b"\n');
  let filesWithErrors = 0;
  const errorSamples: string[] = [];
  const passesMs: number[] = [];
  const passesCpuMs: number[] = [];
  for (let r = 0; r < reps; r++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    for (const i of inputs) {
      try {
        await parse(i.path, i.text);
      } catch (e) {
        if (r === 0) {
          filesWithErrors++;
          if (errorSamples.length < 5) errorSamples.push(`${i.path}: ${String((e as Error).message).slice(0, 200)}`);
        }
      }
    }
    passesMs.push(performance.now() - t0);
    passesCpuMs.push(cpuMs() - c0);
  }
  return { files: inputs.length, bytes, passesMs, passesCpuMs, filesWithErrors, errorSamples, maxRssStreamingKb: maxRss() };
}

async function main(): Promise<void> {
  const [mode, listFile, repsArg] = process.argv.slice(2);
  const paths = JSON.parse(readFileSync(listFile, "utf8")) as string[];
  const reps = Math.max(1, Number(repsArg ?? "1"));
  const result = mode === "hcl2json" ? await runHcl2json(paths, reps) : runOurs(paths, reps);
  process.stdout.write(JSON.stringify(result) + "\n");
  // hcl2json's Go runtime keeps the event loop alive.
  process.exit(0);
}

void main();
