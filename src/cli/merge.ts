/** Joining the results of several engine runs into one. */
import { compareFindings, compareNotices } from "../engine/finish.js";
import type { LintResult } from "../engine/types.js";

/** One result with every finding (in the engine's order), notice, file and enabled rule. */
export function mergeResults(results: readonly LintResult[]): LintResult {
  if (results.length === 1) return results[0];
  const rules = new Map<string, LintResult["enabledRules"][number]>();
  for (const r of results) for (const rule of r.enabledRules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  return {
    findings: results.flatMap((r) => r.findings).sort(compareFindings),
    notices: results.flatMap((r) => r.notices).sort(compareNotices),
    files: [...new Set(results.flatMap((r) => r.files))].sort(),
    enabledRules: [...rules.values()],
  };
}
