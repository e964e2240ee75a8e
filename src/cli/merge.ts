/** Joining the results of several engine runs into one. */
import { compareNotices } from "../engine/lint.js";
import type { Finding, LintResult } from "../engine/types.js";

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The engine's order: file, line, column, rule id. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    compare(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    compare(a.ruleId, b.ruleId)
  );
}

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
