/** `tfmould --list-rules`: every rule with its defaults, as a table or as JSON. */
import type { Rule } from "../../rules/api/rule.js";
import { ruleDocsLink } from "../report/tool.js";

/** A plain-text table: id, default severity, category, summary. */
export function rulesTable(rules: readonly Rule[]): string {
  const rows = [["RULE", "SEVERITY", "CATEGORY", "SUMMARY"], ...rules.map((r) => [r.id, r.severity, r.category, r.summary])];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => [r[0].padEnd(widths[0]), r[1].padEnd(widths[1]), r[2].padEnd(widths[2]), r[3]].join("  ")).join("\n") + "\n";
}

/** `--list-rules --format json`: an array of `{ id, severity, category, summary, docs }`, `docs` the rule's documentation URL (null for a plugin's rule without one). */
export function rulesJson(rules: readonly Rule[]): string {
  const list = rules.map((r) => ({ id: r.id, severity: r.severity, category: r.category, summary: r.summary, docs: ruleDocsLink(r) ?? null }));
  return JSON.stringify(list, null, 2) + "\n";
}
