/**
 * The report layer: a lint result in one of eight formats.
 */
import type { LintResult } from "../engine/types.js";
import { formatCheckstyle } from "./checkstyle.js";
import { formatCompact } from "./compact.js";
import { formatGithub } from "./github.js";
import { formatGitlab } from "./gitlab.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import type { FormatName } from "./options.js";
import { formatSarif } from "./sarif.js";
import { formatStylish } from "./stylish.js";
import type { StylishOptions } from "./stylish.js";

export type { FormatName, FormatOptions } from "./options.js";
export type { StylishOptions } from "./stylish.js";
export { FORMAT_NAMES } from "./options.js";
export { LineHashMemo } from "./line-hash-memo.js";
export type { JsonReport, JsonFinding, JsonNotice, JsonRange } from "./json.js";
export type { SarifLog } from "./sarif-types.js";
export type { GitlabIssue, GitlabSeverity } from "./gitlab.js";
export { summarize } from "./summary.js";
export type { Summary } from "./summary.js";

/**
 * Formats a lint result.
 *
 * - `stylish`: for people; grouped by file, a summary line, colour when
 *   `options.color`, laid out in `options.width` columns (default 80).
 * - `json`: `{ version, findings, notices, summary }` (see the README).
 * - `sarif`: SARIF 2.1.0 for GitHub code scanning; pass `options.readSource`
 *   so `primaryLocationLineHash` can be computed.
 * - `github`: GitHub Actions workflow commands (annotations).
 * - `gitlab`: GitLab's Code Quality report (a JSON array of Code Climate issues).
 * - `junit`: JUnit XML, a test suite per file and a test case per rule.
 * - `checkstyle`: Checkstyle XML, a `<file>` per file and an `<error>` per finding.
 * - `compact`: `file:line:col: severity: message [rule]`, one line per finding.
 *
 * Pure apart from reading tfmould's own version: no output, no exit.
 */
export function format(result: LintResult, formatName: FormatName, options: StylishOptions = {}): string {
  switch (formatName) {
    case "stylish":
      return formatStylish(result, options);
    case "json":
      return formatJson(result, options);
    case "sarif":
      return formatSarif(result, options);
    case "github":
      return formatGithub(result, options);
    case "gitlab":
      return formatGitlab(result, options);
    case "junit":
      return formatJunit(result, options);
    case "checkstyle":
      return formatCheckstyle(result, options);
    case "compact":
      return formatCompact(result, options);
  }
}
