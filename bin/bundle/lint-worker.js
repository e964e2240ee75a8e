import { createRequire as __tfmouldCreateRequire } from "node:module";
const require = __tfmouldCreateRequire(import.meta.url);
import {
  CliHost,
  DirectoryListings,
  lintRecorded,
  scopeFunction
} from "./chunk-W5TQZOSA.js";
import {
  ReadBoundary,
  importPlugins,
  lintModulesKnowingCalls,
  loadConfigFile,
  rules,
  warmUpParser,
  withPlugins
} from "./chunk-YFRCRCQY.js";

// src/cli/lint-worker.ts
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { resolve } from "node:path";
var READS_PER_MESSAGE = 50;
async function work(job, post) {
  const readBoundary = job.boundary ? ReadBoundary.fromData(job.boundary) : void 0;
  const host = new CliHost(job.listings ? DirectoryListings.fromData(job.listings) : void 0, {
    ...readBoundary ? { boundary: readBoundary } : {},
    ...job.maxFileBytes !== void 0 ? { maxFileBytes: job.maxFileBytes } : {},
    ...job.hidden ? { hidden: job.hidden } : {}
  });
  let unreported = 0;
  host.onRead = () => {
    if (++unreported < READS_PER_MESSAGE) return;
    post({ kind: "read", files: unreported });
    unreported = 0;
  };
  try {
    const plugins = job.plugins !== void 0 ? await importPlugins(job.plugins) : void 0;
    const rules2 = plugins !== void 0 && plugins.length > 0 ? withPlugins(rules, plugins) : rules;
    const config = job.configFile !== void 0 ? loadConfigFile(job.configFile, { rules: rules2 }) : void 0;
    const boundary = readBoundary ? { boundary: readBoundary } : {};
    const settings = { cwd: job.cwd, host, overrides: job.overrides, ...boundary, ...config ? { config } : {}, ...plugins ? { plugins } : {}, ...job.pluginScope ? { pluginScope: scopeFunction(job.pluginScope) } : {} };
    const calls = new Map(job.calls ?? []);
    const next = new Int32Array(job.next);
    const results = [];
    const records = [];
    for (let i = job.first; i < job.units.length; i = Atomics.add(next, 0, 1)) {
      if (job.record) records.push([i, lintRecorded(settings, job.units[i])]);
      else results.push([i, lintModulesKnowingCalls({ ...settings, paths: job.units[i] }, calls)]);
    }
    const texts = [];
    const files = /* @__PURE__ */ new Set();
    for (const result of [...results.map(([, r]) => r), ...records.map(([, r]) => r.result)]) {
      for (const f of result.findings) if (f.file !== void 0) files.add(resolve(job.cwd, f.file));
    }
    for (const file of files) {
      const text = host.text(file);
      if (text !== void 0) texts.push([file, text]);
    }
    if (unreported > 0) post({ kind: "read", files: unreported });
    post({ kind: "done", ...job.record ? { records } : { results }, failures: [...host.failures], texts });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ kind: "error", name: e.name, message: e.message, ...e.stack !== void 0 ? { stack: e.stack } : {} });
  }
}
if (!isMainThread && parentPort) {
  const port = parentPort;
  const setup = workerData;
  port.once("message", (share) => void work({ ...setup, ...share }, (reply) => port.postMessage(reply)));
  if (setup.warmUp) warmUpParser();
}
