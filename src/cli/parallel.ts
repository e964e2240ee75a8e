/**
 * Linting on several threads. The paths are split into groups that share no
 * module (the engine's `groupPaths`), the groups are dealt out by size, this
 * thread lints one share while worker threads lint the others, and the
 * results are joined in the engine's order: the same report as one run.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ConfigOverrides, LoadedConfig, PluginSource } from "../config/index.js";
import type { Plugin } from "../../rules/api/plugin.js";
import { scopeFunction } from "./plugins.js";
import type { RunPlugins } from "./plugins.js";
import { groupPaths, lintModules } from "../engine/lint.js";
import type { LintResult } from "../engine/types.js";
import type { CliHost } from "./host.js";
import type { ReadBoundary } from "../model/file-access.js";
import type { DirectoryListings, ListingsData } from "./listings.js";
import type { WorkerJob, WorkerReply } from "./lint-worker.js";
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

/** What a worker thread is told besides its share: the settings as plain data. */
function workerSettings(s: ParallelSettings, listings: ListingsData | undefined) {
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
 * Lints `paths` on up to `threads` threads and returns the joined results.
 * Falls back to one thread when there is only one group or the worker
 * script is missing (running from the TypeScript sources).
 */
export async function lintInParallel(paths: readonly string[], threads: number, s: ParallelSettings): Promise<LintResult[]> {
  const settings = engineSettings(s);
  const inProcess = (share: readonly string[]): LintResult => lintModules({ ...settings, paths: share });
  if (threads <= 1 || !existsSync(fileURLToPath(WORKER_URL))) return [inProcess(paths)];
  // Grouping reads every file; the progress line counts files as they are linted.
  const onRead = s.host.onRead;
  const groups = s.host.withoutProgress(() => groupPaths({ ...settings, paths }));
  const shares = deal(groups, threads, s.weightOf, paths);
  if (shares.length <= 1) return [inProcess(paths)];

  const listings = s.listings?.toData();
  const workers = shares
    .slice(1)
    .map((share) =>
      runWorker(
        {
          ...workerSettings(s, listings),
          paths: share,
        },
        s,
      ).then((done) => done.result),
    );
  // Rejections are collected after this thread's share, so none goes unhandled meanwhile.
  const settled = Promise.allSettled(workers);
  const own = inProcess(shares[0]);
  // This share's files were read while grouping: count them now.
  for (const p of shares[0]) for (let i = s.weightOf(p); i > 0; i--) onRead?.();
  const results: LintResult[] = [own];
  for (const outcome of await settled) {
    if (outcome.status === "rejected") throw outcome.reason;
    results.push(outcome.value);
  }
  return results;
}

/**
 * The groups dealt into at most `count` shares of about equal weight, the
 * heaviest group first; each share keeps the paths' given order.
 */
export function deal(groups: readonly (readonly string[])[], count: number, weightOf: (path: string) => number, order: readonly string[]): string[][] {
  const weighted = groups
    .map((g) => ({ g, w: g.reduce((n, p) => n + Math.max(1, weightOf(p)), 0) }))
    .sort((a, b) => b.w - a.w);
  const shares = Array.from({ length: Math.min(count, groups.length) }, () => ({ paths: [] as string[], w: 0 }));
  for (const { g, w } of weighted) {
    let lightest = shares[0];
    for (const share of shares) if (share.w < lightest.w) lightest = share;
    lightest.paths.push(...g);
    lightest.w += w;
  }
  const rank = new Map(order.map((p, i) => [p, i]));
  return shares.filter((s) => s.paths.length > 0).map((s) => s.paths.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)));
}

/**
 * Lints each of `groups` on its own, recording what it read (`--cache`),
 * on up to `threads` threads; the records come back in the groups' order.
 */
export async function lintGroupsInParallel(groups: readonly (readonly string[])[], threads: number, s: ParallelSettings): Promise<RecordedLint[]> {
  const settings = engineSettings(s);
  const inProcess = (share: readonly (readonly string[])[]): RecordedLint[] => share.map((g) => lintRecorded(settings, g));
  if (threads <= 1 || groups.length <= 1 || !existsSync(fileURLToPath(WORKER_URL))) return inProcess(groups);
  // Deal whole groups: a group's first path stands for it.
  const byFirst = new Map(groups.map((g) => [g[0], g]));
  const shares = deal(groups, threads, s.weightOf, groups.flat()).map((share) => share.filter((p) => byFirst.has(p)).map((p) => byFirst.get(p) as readonly string[]));
  if (shares.length <= 1) return inProcess(groups);
  const listings = s.listings?.toData();
  const workers = shares
    .slice(1)
    .map((share) =>
      runWorker(
        {
          ...workerSettings(s, listings),
          paths: [],
          groups: share,
        },
        s,
      ),
    );
  const settled = Promise.allSettled(workers);
  const records = inProcess(shares[0]);
  for (const outcome of await settled) {
    if (outcome.status === "rejected") throw outcome.reason;
    records.push(...(outcome.value.groups ?? []));
  }
  const rank = new Map(groups.map((g, i) => [g[0], i]));
  return records.sort((a, b) => (rank.get(a.paths[0]) ?? 0) - (rank.get(b.paths[0]) ?? 0));
}

function runWorker(job: WorkerJob, s: ParallelSettings): Promise<WorkerDone> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: job });
    let done = false;
    worker.on("message", (reply: WorkerReply) => {
      if (reply.kind === "read") {
        for (let i = 0; i < reply.files; i++) s.onWorkerRead?.();
        return;
      }
      done = true;
      if (reply.kind === "error") {
        reject(reviveError(reply));
        return;
      }
      for (const [path, reason] of reply.failures) s.host.failures.set(path, reason);
      for (const [path, text] of reply.texts) s.host.remember(path, text);
      resolve(reply);
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (!done) reject(new Error(`a lint worker stopped with exit code ${code}`));
    });
  });
}

/** The worker's error as this thread would have thrown it (a config error stays a config error). */
function reviveError(reply: Extract<WorkerReply, { kind: "error" }>): Error {
  const error = new Error(reply.message);
  error.name = reply.name;
  if (reply.stack !== undefined) error.stack = reply.stack;
  return error;
}
