/**
 * A worker thread of a parallel lint (see parallel.ts): lints its share of
 * the paths and posts back the result, the files it could not read and the
 * texts of the files with findings (for SARIF line hashes).
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { resolve } from "node:path";
import type { ConfigOverrides } from "../config/index.js";
import { loadConfigFile } from "../config/index.js";
import { lintModules } from "../engine/lint.js";
import type { LintResult } from "../engine/types.js";
import { ReadBoundary } from "../model/file-access.js";
import type { ReadBoundaryData } from "../model/file-access.js";
import { CliHost } from "./host.js";
import { DirectoryListings } from "./listings.js";
import type { ListingsData } from "./listings.js";

/** What a worker is asked to lint. */
export interface WorkerJob {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly overrides: ConfigOverrides;
  readonly configFile?: string;
  /** Discovery's listings (see listings.ts), so that this thread's host need not ask the disk again either. */
  readonly listings?: ListingsData;
  /** What the command may read (see `ReadBoundary`), and the file size limit. */
  readonly boundary?: ReadBoundaryData;
  readonly maxFileBytes?: number;
}

/** What a worker posts: how many files it has read (now and then), then its result or its error. */
export type WorkerReply =
  | { readonly kind: "read"; readonly files: number }
  | {
      readonly kind: "done";
      readonly result: LintResult;
      readonly failures: readonly [string, string][];
      readonly texts: readonly [string, string][];
    }
  | { readonly kind: "error"; readonly name: string; readonly message: string; readonly stack?: string };

const READS_PER_MESSAGE = 50;

function work(job: WorkerJob, post: (reply: WorkerReply) => void): void {
  // One boundary object for the host and the engine: configs the engine's lookup admits must be readable by the host.
  const readBoundary = job.boundary ? ReadBoundary.fromData(job.boundary) : undefined;
  const host = new CliHost(job.listings ? DirectoryListings.fromData(job.listings) : undefined, {
    ...(readBoundary ? { boundary: readBoundary } : {}),
    ...(job.maxFileBytes !== undefined ? { maxFileBytes: job.maxFileBytes } : {}),
  });
  // A message per file would cost more than the progress line is worth.
  let unreported = 0;
  host.onRead = () => {
    if (++unreported < READS_PER_MESSAGE) return;
    post({ kind: "read", files: unreported });
    unreported = 0;
  };
  try {
    const config = job.configFile !== undefined ? loadConfigFile(job.configFile) : undefined;
    const boundary = readBoundary ? { boundary: readBoundary } : {};
    const result = lintModules({ cwd: job.cwd, host, overrides: job.overrides, paths: job.paths, ...boundary, ...(config ? { config } : {}) });
    const texts: [string, string][] = [];
    for (const file of new Set(result.findings.map((f) => resolve(job.cwd, f.file)))) {
      const text = host.text(file);
      if (text !== undefined) texts.push([file, text]);
    }
    if (unreported > 0) post({ kind: "read", files: unreported });
    post({ kind: "done", result, failures: [...host.failures], texts });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ kind: "error", name: e.name, message: e.message, ...(e.stack !== undefined ? { stack: e.stack } : {}) });
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  work(workerData as WorkerJob, (reply) => port.postMessage(reply));
}
