/**
 * The `gitlab` format: GitLab's Code Quality report, the subset of the Code
 * Climate issue format that GitLab reads (`description`, `check_name`,
 * `fingerprint`, `severity`, `location.path`, `location.lines.begin`), so
 * that findings show in merge requests.
 */
import type { Rule } from "../../rules/api/rule.js";
import { rules as registry } from "../../rules/index.js";
import { fingerprintAll } from "../engine/fingerprint.js";
import type { LintResult, Severity } from "../engine/types.js";
import { oneLine } from "./compact.js";
import type { FormatOptions } from "./options.js";
import { RUN_PATH, displayPaths } from "./paths.js";
import { jsonSafe } from "./safe-text.js";
import { TOOL_NAME } from "./tool.js";

/** Code Climate's severities, from least to most severe. */
export type GitlabSeverity = "info" | "minor" | "major" | "critical" | "blocker";

/** One entry of the report. */
export interface GitlabIssue {
  readonly description: string;
  /** The rule id; `tfmould` for a notice about the run. */
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: GitlabSeverity;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

/**
 * Security severities (0–10, as in SARIF's `security-severity`) from which an
 * error ranks above `major`, at the thresholds GitHub code scanning calls
 * "critical" and "high".
 */
export const BLOCKER_FROM = 9.0;
export const CRITICAL_FROM = 7.0;

/**
 * A finding's GitLab severity: note → `info`, warning → `minor`, error →
 * `major`; an error of a rule with a security severity of at least 7.0 →
 * `critical`, at least 9.0 → `blocker`. The severity is the effective one
 * (after `--rule` and the config), so a rule turned down ranks lower.
 */
export function gitlabSeverity(severity: Severity, rule: Pick<Rule, "securitySeverity"> | undefined): GitlabSeverity {
  if (severity === "note") return "info";
  if (severity === "warning") return "minor";
  const security = rule?.securitySeverity ?? 0;
  return security >= BLOCKER_FROM ? "blocker" : security >= CRITICAL_FROM ? "critical" : "major";
}

/** Builds the report's entries (what `formatGitlab` serialises). */
export function toGitlabIssues(result: LintResult, options: FormatOptions = {}): GitlabIssue[] {
  const shown = displayPaths(options);
  const byId = new Map((options.rules ?? registry).map((r) => [r.id, r]));
  const issues: GitlabIssue[] = [];
  // Notices have no fingerprint of their own: the engine's, over what identifies them, with `tfmould` in the rule's place.
  const noticePrints = fingerprintAll(
    result.notices.map((n) => ({ ruleId: TOOL_NAME, file: n.file ?? "", address: n.level, attributePath: n.message })),
  );
  result.notices.forEach((n, i) => {
    issues.push({
      description: oneLine(n.message),
      check_name: TOOL_NAME,
      fingerprint: noticePrints[i],
      // An error notice means part of the scan is missing (the command exits 2).
      severity: n.level === "error" ? "major" : "minor",
      location: { path: n.file === undefined ? RUN_PATH : shown(n.file), lines: { begin: Math.max(1, n.range?.start.line ?? 1) } },
    });
  });
  for (const f of result.findings) {
    if (f.suppressed) continue;
    issues.push({
      description: oneLine(f.message),
      check_name: f.ruleId,
      fingerprint: f.fingerprint,
      severity: gitlabSeverity(f.severity, byId.get(f.ruleId)),
      // A finding at an address alone (a plan's resource in no scanned file) has the address for a path.
      location: { path: f.file === undefined ? f.address : shown(f.file), lines: { begin: Math.max(1, f.range?.start.line ?? 1) } },
    });
  }
  return issues;
}

/**
 * `--format gitlab`: a JSON array, one issue per line (compact, and still
 * readable), with a final newline and no byte order mark (GitLab refuses
 * one). Suppressed findings are left out.
 */
export function formatGitlab(result: LintResult, options: FormatOptions = {}): string {
  const issues = toGitlabIssues(result, options);
  if (issues.length === 0) return "[]\n";
  return `[\n${issues.map((issue) => jsonSafe(JSON.stringify(issue))).join(",\n")}\n]\n`;
}
