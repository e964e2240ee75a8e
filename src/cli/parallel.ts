/**
 * Linting on several threads. The paths are split into groups that share no
 * module (the engine's `groupPaths`), the groups are made units of work, the
 * heaviest first, and this thread and the worker threads each take the next
 * unit until none is left. The results are joined in the engine's order:
 * the same report as one run.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ConfigOverrides, LoadedConfig, PluginSource } from "../config/index.js";
import type { Plugin } from "../../rules/api/plugin.js";
import { scopeFunction } from "./plugins.js";
import type { RunPlugins } from "./plugins.js";
import { WARM_UP_MIN_MODULES, groupsAndCalls, lintModules, lintModulesKnowingCalls } from "../engine/lint.js";
import type { CallScanMemo } from "../engine/call-graph.js";
import type { LintResult } from "../engine/types.js";
import type { CliHost } from "./host.js";
import type { ReadBoundary } from "../model/file-access.js";
import type { DirectoryListings } from "./listings.js";
import type { WorkerReply, WorkerSetup, WorkerShare } from "./lint-worker.js";
import { lintRecorded } from "./recorded-lint.js";
import type { RecordedLint, RecordedLintSettings } from "./recorded-lint.js";

type WorkerDone = Extract<WorkerReply, { kind: "done" }>;

/** Below this many files a scan is done before worker threads would have started. */
export const PARALLEL_MIN_FILES = 400;

/** `--concurrency`: a number of threads, `auto` (one per two cores, at most 4) or `off`. */
export type Concurrency = number | "auto" | "off";

const WORKER_URL = new URL("./lint-worker.js", import.meta.url);

/**
 * How many threads to lint `files` files with. `auto` takes one thread per
 * two cores: a linting thread keeps about one and a half cores busy, since
 * V8 collects garbage on helper threads (on the 2-core bench machine, two
 * threads took 15% longer than one).
 */
export function threadCount(concurrency: Concurrency, files: number): number {
  if (concurrency === "off") return 1;
  if (concurrency === "auto") return files < PARALLEL_MIN_FILES ? 1 : Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2)));
  return Math.max(1, concurrency);
}

export interface ParallelSettings {
  readonly cwd: string;
  readonly host: CliHost;
  /** What the run may read (the host enforces it; the engine limits `file()` to its roots). */
  readonly boundary?: ReadBoundary;
  readonly overrides: ConfigOverrides;
  /** The `--config` file (absolute), loaded again by each worker. */
  readonly configFile?: string;
  readonly config?: LoadedConfig;
  /** Files under each path, to balance the shares. */
  readonly weightOf: (path: string) => number;
  /** Called once for each file a worker reads. */
  readonly onWorkerRead?: () => void;
  /** Discovery's listings, handed to the workers' hosts too. */
  readonly listings?: DirectoryListings;
  /** The plugins this thread runs (`plugins`), and where each worker imports them from. */
  readonly plugins?: readonly Plugin[];
  readonly pluginSources?: readonly PluginSource[];
  /** The plugins each config file names (see `LintSettings.pluginScope`), as data for the workers. */
  readonly pluginScope?: RunPlugins["scope"];
}

/** What a worker thread is told when it starts: the settings as plain data. */
function workerSettings(s: ParallelSettings): WorkerSetup {
  const listings = s.listings?.toData();
  return {
    cwd: s.cwd,
    overrides: s.overrides,
    configFile: s.configFile,
    ...(listings ? { listings } : {}),
    ...s.host.limitsData(),
    ...(s.plugins ? { plugins: s.pluginSources ?? [] } : {}),
    ...(s.pluginScope ? { pluginScope: s.pluginScope } : {}),
  };
}

/** What this thread's engine runs take from the settings (also how `--cache` groups what it must lint). */
export function engineSettings(s: ParallelSettings): RecordedLintSettings {
  return {
    cwd: s.cwd,
    host: s.host,
    overrides: s.overrides,
    ...(s.boundary ? { boundary: s.boundary } : {}),
    ...(s.config ? { config: s.config } : {}),
    ...(s.plugins ? { plugins: s.plugins } : {}),
    ...(s.pluginScope ? { pluginScope: scopeFunction(s.pluginScope) } : {}),
  };
}

/**
 * Lints `paths` on up to `threads` threads and returns the results, to be
 * joined, and how many threads linted any. Falls back to one thread when
 * there is only one group or the worker script is missing (running from
 * the TypeScript sources).
 */
export async function lintInParallel(paths: readonly string[], threads: number, s: ParallelSettings): Promise<{ results: LintResult[]; threads: number }> {
  const settings = engineSettings(s);
  if (threads <= 1 || !existsSync(fileURLToPath(WORKER_URL))) return { results: [lintModules({ ...settings, paths })], threads: 1 };
  // The workers load their modules (and warm their parsers up, as the engine does here) while this thread groups the paths.
  const workers = Array.from({ length: threads - 1 }, () => startWorker({ ...workerSettings(s), warmUp: paths.length >= WARM_UP_MIN_MODULES }, s));
  try {
    // Grouping reads every file; the progress line counts files as they are linted.
    const onRead = s.host.onRead;
    const { groups, calls } = s.host.withoutProgress(() => groupsAndCalls({ ...settings, paths }));
    const units = workUnits(groups, threads, s.weightOf, paths);
    const lintUnit = (unit: readonly string[]): LintResult => {
      const result = lintModulesKnowingCalls({ ...settings, paths: unit }, calls);
      // This thread's files were read while grouping: they are counted now.
      for (const p of unit) for (let i = s.weightOf(p); i > 0; i--) onRead?.();
      return result;
    };
    if (units.length <= 1) return { results: units.map(lintUnit), threads: 1 };
    const graph = [...calls];
    const shared = await shareOut(units, workers, lintUnit, (next, first) => ({ units, first, next, calls: graph }), (reply) => reply.results ?? []);
    return { results: shared.outcomes, threads: shared.threads };
  } finally {
    for (const worker of workers) worker.stop();
  }
}

/** How much work a group of paths is: the files under them, at least one per path (see `ParallelSettings.weightOf`). */
export function groupWeight(paths: readonly string[], weightOf: (path: string) => number): number {
  return paths.reduce((n, p) => n + Math.max(1, weightOf(p)), 0);
}

/**
 * The groups as units of work for `threads` threads, the heaviest first.
 * Light groups are joined into units of at least a sixteenth of a thread's
 * share, as each unit is one engine run, whose setup is not free. Each
 * unit keeps the paths' given order.
 */
export function workUnits(groups: readonly (readonly string[])[], threads: number, weightOf: (path: string) => number, order: readonly string[]): string[][] {
  const weighted = groups.map((g) => ({ g, w: groupWeight(g, weightOf) })).sort((a, b) => b.w - a.w);
  const total = weighted.reduce((n, x) => n + x.w, 0);
  const least = Math.max(1, Math.floor(total / (threads * 16)));
  const units: { paths: string[]; w: number }[] = [];
  for (const { g, w } of weighted) {
    const last = units[units.length - 1];
    if (last !== undefined && last.w < least) {
      last.paths.push(...g);
      last.w += w;
    } else units.push({ paths: [...g], w });
  }
  const rank = new Map(order.map((p, i) => [p, i]));
  return units.map((u) => u.paths.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)));
}

/**
 * Lints each of `groups` on its own, recording what it read (`--cache`),
 * on up to `threads` threads; the records come back in the groups' order.
 * This thread's groups recall `callScans` (the grouping's scans, on this thread).
 */
export async function lintGroupsInParallel(
  groups: readonly (readonly string[])[],
  threads: number,
  s: ParallelSettings,
  callScans?: CallScanMemo,
): Promise<RecordedLint[]> {
  const settings = { ...engineSettings(s), callScans };
  const lintUnit = (group: readonly string[]): RecordedLint => lintRecorded(settings, group);
  if (threads <= 1 || groups.length <= 1 || !existsSync(fileURLToPath(WORKER_URL))) return groups.map(lintUnit);
  // The heaviest first: the threads then end at about the same time.
  const order = groups.map((g, i) => ({ g, i, w: groupWeight(g, s.weightOf) })).sort((a, b) => b.w - a.w || a.i - b.i);
  const units = order.map((o) => o.g);
  const warmUp = units.reduce((n, u) => n + u.length, 0) >= WARM_UP_MIN_MODULES;
  const workers = Array.from({ length: Math.min(threads, units.length) - 1 }, () => startWorker({ ...workerSettings(s), warmUp }, s));
  try {
    const records = (await shareOut(units, workers, lintUnit, (next, first) => ({ units, first, next, record: true }), (reply) => reply.records ?? [])).outcomes;
    const back = new Array<RecordedLint>(groups.length);
    order.forEach((o, k) => (back[o.i] = records[k]));
    return back;
  } finally {
    for (const worker of workers) worker.stop();
  }
}

/**
 * Lints `units` on this thread and the workers together: each thread takes
 * the next unit from one counter in shared memory until none is left, so
 * that no thread sits idle while another still has a long list before it.
 * Gives each unit's outcome at the unit's index, and how many threads linted any.
 */
async function shareOut<T>(
  units: readonly (readonly string[])[],
  workers: readonly StartedWorker[],
  lintUnit: (unit: readonly string[]) => T,
  share: (next: SharedArrayBuffer, first: number) => WorkerShare,
  outcomes: (reply: WorkerDone) => readonly (readonly [index: number, outcome: T])[],
): Promise<{ outcomes: T[]; threads: number }> {
  const next = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const counter = new Int32Array(next);
  // Each thread's first unit is its own (this thread's the heaviest), so every thread has work however late it starts.
  Atomics.store(counter, 0, workers.length + 1);
  const done = workers.map((w, k) => w.lint(share(next, k + 1)));
  // Rejections are collected after this thread's units, so none goes unhandled meanwhile.
  const settled = Promise.allSettled(done);
  const out = new Array<T>(units.length);
  for (let i = 0; i < units.length; i = Atomics.add(counter, 0, 1)) out[i] = lintUnit(units[i]);
  let threads = 1;
  for (const outcome of await settled) {
    if (outcome.status === "rejected") throw outcome.reason;
    const linted = outcomes(outcome.value);
    if (linted.length > 0) threads++;
    for (const [i, value] of linted) out[i] = value;
  }
  return { outcomes: out, threads };
}

/** A started lint worker: given one share to lint, and stopped once it is no longer needed. */
interface StartedWorker {
  lint(share: WorkerShare): Promise<WorkerDone>;
  /** Ends the thread (a worker given no share would otherwise wait for one, keeping the process alive). */
  stop(): void;
}

function startWorker(setup: WorkerSetup, s: ParallelSettings): StartedWorker {
  const worker = new Worker(WORKER_URL, { workerData: setup });
  let settle: { resolve: (reply: WorkerDone) => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  let finished = false;
  const fail = (error: Error): void => {
    if (finished) return;
    finished = true;
    failure = error;
    settle?.reject(error);
  };
  worker.on("message", (reply: WorkerReply) => {
    if (reply.kind === "read") {
      for (let i = 0; i < reply.files; i++) s.onWorkerRead?.();
      return;
    }
    finished = true;
    if (reply.kind === "error") {
      settle?.reject(reviveError(reply));
      return;
    }
    for (const [path, reason] of reply.failures) s.host.failures.set(path, reason);
    for (const [path, text] of reply.texts) s.host.remember(path, text);
    settle?.resolve(reply);
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`a lint worker stopped with exit code ${code}`)));
  return {
    lint(share) {
      return new Promise((resolve, reject) => {
        if (failure !== undefined) return reject(failure);
        settle = { resolve, reject };
        worker.postMessage(share);
      });
    },
    stop() {
      finished = true;
      void worker.terminate();
    },
  };
}

/** The worker's error as this thread would have thrown it (a config error stays a config error). */
function reviveError(reply: Extract<WorkerReply, { kind: "error" }>): Error {
  const error = new Error(reply.message);
  error.name = reply.name;
  if (reply.stack !== undefined) error.stack = reply.stack;
  return error;
}
