import { createRequire as __tfmouldCreateRequire } from "node:module";
const require = __tfmouldCreateRequire(import.meta.url);
import {
  CliHost,
  DirectoryListings,
  lintRecorded,
  scopeFunction
} from "./chunk-7J5PEA7Y.js";
import {
  ReadBoundary,
  importPlugins,
  lintModules,
  loadConfigFile,
  mergeResults,
  rules,
  withPlugins
} from "./chunk-ORVU7COQ.js";

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
    const groups = job.groups?.map((g) => lintRecorded(settings, g));
    const result = groups ? mergeResults(groups.map((g) => g.result)) : lintModules({ ...settings, paths: job.paths });
    const texts = [];
    for (const file of new Set(result.findings.flatMap((f) => f.file !== void 0 ? [resolve(job.cwd, f.file)] : []))) {
      const text = host.text(file);
      if (text !== void 0) texts.push([file, text]);
    }
    if (unreported > 0) post({ kind: "read", files: unreported });
    post({ kind: "done", result, ...groups ? { groups } : {}, failures: [...host.failures], texts });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ kind: "error", name: e.name, message: e.message, ...e.stack !== void 0 ? { stack: e.stack } : {} });
  }
}
if (!isMainThread && parentPort) {
  const port = parentPort;
  void work(workerData, (reply) => port.postMessage(reply));
}
