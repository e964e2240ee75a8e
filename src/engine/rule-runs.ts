/**
 * Rule runs carried over between instances of one module. A module called
 * with `count` or `for_each` has one instance per key, and is also linted on
 * its own; most rules read none of the variables that differ between those
 * instances (often only the name does), so they would report exactly the
 * same things in each. A run is remembered with what it read from its scope
 * and the values read; an instance in which all of those are identical
 * replays the run's reports instead of running the rule again.
 */
import type { ReportDescriptor } from "../../rules/api/rule.js";
import { isOrderDependent, readValue, readsDuring } from "../eval/scope.js";
import type { Scope } from "../eval/types.js";
import type { Value } from "../eval/value.js";
import { identicalValues } from "../eval/values.js";
import type { Module } from "../model/types.js";
import type { RunSettings } from "./rule-run-context.js";

/** Runs kept per module and rule; more distinct inputs than this are simply run. */
const MAX_RUNS = 8;

interface RecordedRun {
  readonly keys: readonly string[];
  readonly values: readonly Value[];
  readonly reports: readonly ReportDescriptor[];
}

/** What a rule run gave: its reports, and whether it may be replayed elsewhere. */
export interface RunOutcome {
  readonly reports: readonly ReportDescriptor[];
  /** False when the run failed, reported something the engine rejected, or asked which instance it ran on. */
  readonly replayable: boolean;
}

/**
 * Remembered runs, per module (weakly: they go when the engine drops the
 * module) and per settings record, which stands for everything else a run
 * depends on; equal settings must be passed as the same record.
 */
export class RuleRunMemo {
  private readonly runs = new WeakMap<Module, Map<RunSettings, RecordedRun[]>>();

  /**
   * The reports of an earlier run with these settings on an instance of `module`
   * in which everything the run read has the same value as in `scope`;
   * undefined when there is none (run the rule through `record`).
   */
  replay(module: Module, settings: RunSettings, scope: Scope): readonly ReportDescriptor[] | undefined {
    const runs = this.runs.get(module)?.get(settings);
    if (!runs || isOrderDependent(scope)) return undefined;
    for (const run of runs) {
      if (run.keys.every((k, i) => identicalValues(readValue(scope, k), run.values[i]))) return run.reports;
    }
    return undefined;
  }

  /** Runs `work` (the rule on the instance of `scope`) and remembers what it reported, when that can be replayed. */
  record(module: Module, settings: RunSettings, scope: Scope, work: () => RunOutcome): void {
    let outcome: RunOutcome | undefined;
    const reads = readsDuring(scope, () => {
      outcome = work();
    });
    if (!outcome?.replayable || reads.orderDependent) return;
    let bySettings = this.runs.get(module);
    if (!bySettings) this.runs.set(module, (bySettings = new Map()));
    let runs = bySettings.get(settings);
    if (!runs) bySettings.set(settings, (runs = []));
    if (runs.length >= MAX_RUNS) return;
    runs.push({ keys: reads.keys, values: reads.keys.map((k) => readValue(scope, k)), reports: outcome.reports });
  }
}
