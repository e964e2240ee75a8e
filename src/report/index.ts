/**
 * The report layer: a lint result in one of four formats.
 */
import type { LintResult } from "../engine/types.js";
import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import type { FormatName } from "./options.js";
import { formatSarif } from "./sarif.js";
import { formatStylish } from "./stylish.js";
import type { StylishOptions } from "./stylish.js";

export type { FormatName, FormatOptions } from "./options.js";
export type { StylishOptions } from "./stylish.js";
export { FORMAT_NAMES } from "./options.js";
export type { JsonReport, JsonFinding, JsonNotice, JsonRange } from "./json.js";
export type { SarifLog } from "./sarif-types.js";
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
  }
}
