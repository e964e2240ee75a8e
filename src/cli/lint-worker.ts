/**
 * A worker thread of a parallel lint (see parallel.ts): lints its share of
 * the paths and posts back the result, the files it could not read and the
 * texts of the files with findings (for SARIF line hashes).
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { resolve } from "node:path";
import type { ConfigOverrides, PluginSource } from "../config/index.js";
import { importPlugins, loadConfigFile, withPlugins } from "../config/index.js";
import { rules as catalog } from "../../rules/index.js";
import { lintModulesKnowingCalls } from "../engine/lint.js";
import { warmUpParser } from "../hcl/warm-up.js";
import type { LintResult } from "../engine/types.js";
import { ReadBoundary } from "../model/file-access.js";
import type { ReadBoundaryData } from "../model/file-access.js";
import { CliHost } from "./host.js";
import { lintRecorded } from "./recorded-lint.js";
import type { RecordedLint } from "./recorded-lint.js";
import { scopeFunction } from "./plugins.js";
import type { RunPlugins } from "./plugins.js";
import { DirectoryListings } from "./listings.js";
import type { ListingsData } from "./listings.js";

/**
 * What a worker is asked to lint, posted to it once it has started (a
 * worker is started before the paths are grouped, so that loading its
 * modules overlaps the grouping): units of work, which it takes in turn with
 * the other threads from the counter `next`.
 */
export interface WorkerShare {
  readonly units: readonly (readonly string[])[];
  /** The unit this worker takes first, whatever the counter says. */
  readonly first: number;
  /** An Int32Array's one element: the index of the next unit any thread is to take. */
  readonly next: SharedArrayBuffer;
  /** Each unit is a group of `groupModules`, linted with what it read recorded (`--cache`). */
  readonly record?: boolean;
  /** The module calls the grouping found (see `lintModulesKnowingCalls`), when units are not recorded. */
  readonly calls?: readonly (readonly [dir: string, callees: readonly string[]])[];
}

/** How a worker is to lint, given when it starts (its `workerData`). */
export interface WorkerSetup {
  /** Whether to warm the parser up (`warmUpParser`) while the units are being made. */
  readonly warmUp?: boolean;
  readonly cwd: string;
  readonly overrides: ConfigOverrides;
  readonly configFile?: string;
  /** Discovery's listings (see listings.ts), so that this thread's host need not ask the disk again either. */
  readonly listings?: ListingsData;
  /** What the command may read (see `ReadBoundary`), and the file size limit. */
  readonly boundary?: ReadBoundaryData;
  readonly maxFileBytes?: number;
  /** The plugins the run loaded, imported again here; absent when the run loads none. */
  readonly plugins?: readonly PluginSource[];
  /** Files the lint does not see (see `ReadLimits.hidden`). */
  readonly hidden?: readonly string[];
  /** Which plugins run under each config file (see `LintSettings.pluginScope`). */
  readonly pluginScope?: RunPlugins["scope"];
}

/** What a worker posts: how many files it has read (now and then), then its result or its error. */
export type WorkerReply =
  | { readonly kind: "read"; readonly files: number }
  | {
      readonly kind: "done";
      /** The units this thread took, by index: their results, or with `record` their records. */
      readonly results?: readonly (readonly [index: number, result: LintResult])[];
      readonly records?: readonly (readonly [index: number, record: RecordedLint])[];
      readonly failures: readonly [string, string][];
      readonly texts: readonly [string, string][];
    }
  | { readonly kind: "error"; readonly name: string; readonly message: string; readonly stack?: string };

const READS_PER_MESSAGE = 50;

async function work(job: WorkerSetup & WorkerShare, post: (reply: WorkerReply) => void): Promise<void> {
  // One boundary object for the host and the engine: configs the engine's lookup admits must be readable by the host.
  const readBoundary = job.boundary ? ReadBoundary.fromData(job.boundary) : undefined;
  const host = new CliHost(job.listings ? DirectoryListings.fromData(job.listings) : undefined, {
    ...(readBoundary ? { boundary: readBoundary } : {}),
    ...(job.maxFileBytes !== undefined ? { maxFileBytes: job.maxFileBytes } : {}),
    ...(job.hidden ? { hidden: job.hidden } : {}),
  });
  // A message per file would cost more than the progress line is worth.
  let unreported = 0;
  host.onRead = () => {
    if (++unreported < READS_PER_MESSAGE) return;
    post({ kind: "read", files: unreported });
    unreported = 0;
  };
  try {
    const plugins = job.plugins !== undefined ? await importPlugins(job.plugins) : undefined;
    const rules = plugins !== undefined && plugins.length > 0 ? withPlugins(catalog, plugins) : catalog;
    const config = job.configFile !== undefined ? loadConfigFile(job.configFile, { rules }) : undefined;
    const boundary = readBoundary ? { boundary: readBoundary } : {};
    const settings = { cwd: job.cwd, host, overrides: job.overrides, ...boundary, ...(config ? { config } : {}), ...(plugins ? { plugins } : {}), ...(job.pluginScope ? { pluginScope: scopeFunction(job.pluginScope) } : {}) };
    const calls = new Map(job.calls ?? []);
    const next = new Int32Array(job.next);
    const results: [number, LintResult][] = [];
    const records: [number, RecordedLint][] = [];
    for (let i = job.first; i < job.units.length; i = Atomics.add(next, 0, 1)) {
      if (job.record) records.push([i, lintRecorded(settings, job.units[i])]);
      else results.push([i, lintModulesKnowingCalls({ ...settings, paths: job.units[i] }, calls)]);
    }
    // The texts of the files with findings, for the report's line hashes.
    const texts: [string, string][] = [];
    const files = new Set<string>();
    for (const result of [...results.map(([, r]) => r), ...records.map(([, r]) => r.result)]) {
      for (const f of result.findings) if (f.file !== undefined) files.add(resolve(job.cwd, f.file));
    }
    for (const file of files) {
      const text = host.text(file);
      if (text !== undefined) texts.push([file, text]);
    }
    if (unreported > 0) post({ kind: "read", files: unreported });
    post({ kind: "done", ...(job.record ? { records } : { results }), failures: [...host.failures], texts });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ kind: "error", name: e.name, message: e.message, ...(e.stack !== undefined ? { stack: e.stack } : {}) });
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  port.once("message", (share: WorkerShare) => void work({ ...setup, ...share }, (reply) => port.postMessage(reply)));
  if (setup.warmUp) warmUpParser();
}
