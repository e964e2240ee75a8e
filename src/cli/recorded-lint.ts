/**
 * One group of modules linted on its own, with the questions its run asked
 * the host written down (see src/engine/read-log.ts): what `--cache` keeps.
 * Used on the main thread and in lint workers alike.
 */
import type { ConfigOverrides, LoadedConfig } from "../config/index.js";
import type { CallScanMemo } from "../engine/call-graph.js";
import { lintModulesRecallingScans } from "../engine/lint.js";
import { RecordingHost } from "../engine/read-log.js";
import type { ReadLogEntry } from "../engine/read-log.js";
import type { LintResult } from "../engine/types.js";
import type { ReadBoundary } from "../model/file-access.js";
import type { SourceHost } from "../model/host.js";
import type { Plugin } from "../../rules/api/plugin.js";

export interface RecordedLint {
  readonly paths: readonly string[];
  readonly log: readonly ReadLogEntry[];
  readonly linted: number;
  readonly expiries: readonly number[];
  readonly result: LintResult;
}

export interface RecordedLintSettings {
  readonly cwd: string;
  readonly host: SourceHost;
  readonly overrides: ConfigOverrides;
  readonly boundary?: ReadBoundary;
  readonly config?: LoadedConfig;
  readonly plugins?: readonly Plugin[];
  /** See `LintSettings.pluginScope`. */
  readonly pluginScope?: (configFile: string) => readonly string[];
  /** The scans of the grouping and of the groups linted before on this thread (see `lintModulesRecallingScans`). */
  readonly callScans?: CallScanMemo;
}

/** Lints `paths` (one group of `groupModules`) and records what the run read. */
export function lintRecorded(settings: RecordedLintSettings, paths: readonly string[]): RecordedLint {
  const host = new RecordingHost(settings.host);
  const now = new Date();
  const expiries = new Set<number>();
  const { callScans, ...rest } = settings;
  const options = { ...rest, host, paths, now, onExpiryDate: (at: number) => expiries.add(at) };
  const result = lintModulesRecallingScans(options, callScans);
  return { paths, log: host.log(), linted: now.getTime(), expiries: [...expiries], result };
}
