/** `tfmould --list-rules`: a table of every rule with its defaults. */
import type { Rule } from "../../rules/api/rule.js";

/** A plain-text table: id, default severity, category, summary. */
export function rulesTable(rules: readonly Rule[]): string {
  const rows = [["RULE", "SEVERITY", "CATEGORY", "SUMMARY"], ...rules.map((r) => [r.id, r.severity, r.category, r.summary])];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => [r[0].padEnd(widths[0]), r[1].padEnd(widths[1]), r[2].padEnd(widths[2]), r[3]].join("  ")).join("\n") + "\n";
}
