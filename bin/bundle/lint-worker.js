import { createRequire as __tfmouldCreateRequire } from "node:module";
const require = __tfmouldCreateRequire(import.meta.url);
import {
  CliHost,
  DirectoryListings,
  ReadBoundary,
  lintModules,
  loadConfigFile
} from "./chunk.js";

// src/cli/lint-worker.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { resolve } from "node:path";
var READS_PER_MESSAGE = 50;
function work(job, post) {
  const readBoundary = job.boundary ? ReadBoundary.fromData(job.boundary) : void 0;
  const host = new CliHost(job.listings ? DirectoryListings.fromData(job.listings) : void 0, {
    ...readBoundary ? { boundary: readBoundary } : {},
    ...job.maxFileBytes !== void 0 ? { maxFileBytes: job.maxFileBytes } : {}
  });
  let unreported = 0;
  host.onRead = () => {
    if (++unreported < READS_PER_MESSAGE) return;
    post({ kind: "read", files: unreported });
    unreported = 0;
  };
  try {
    const config = job.configFile !== void 0 ? loadConfigFile(job.configFile) : void 0;
    const boundary = readBoundary ? { boundary: readBoundary } : {};
    const result = lintModules({ cwd: job.cwd, host, overrides: job.overrides, paths: job.paths, ...boundary, ...config ? { config } : {} });
    const texts = [];
    for (const file of new Set(result.findings.map((f) => resolve(job.cwd, f.file)))) {
      const text = host.text(file);
      if (text !== void 0) texts.push([file, text]);
    }
    if (unreported > 0) post({ kind: "read", files: unreported });
    post({ kind: "done", result, failures: [...host.failures], texts });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ kind: "error", name: e.name, message: e.message, ...e.stack !== void 0 ? { stack: e.stack } : {} });
  }
}
if (!isMainThread && parentPort) {
  const port = parentPort;
  work(workerData, (reply) => port.postMessage(reply));
}
