/**
 * The `checkstyle` format: Checkstyle's XML report, which many CI systems
 * and review tools read (tflint offers the same): a `<file>` per file, an
 * `<error>` per finding.
 */
import { rules as registry } from "../../rules/index.js";
import type { LintResult, Severity } from "../engine/types.js";
import { compareStrings } from "../util/compare.js";
import type { FormatOptions } from "./options.js";
import { RUN_PATH, displayPaths } from "./paths.js";
import { TOOL_NAME, ruleDocsLink } from "./tool.js";
import { XmlWriter } from "./xml.js";
import type { XmlAttributes } from "./xml.js";

/** Checkstyle's severities are ignore, info, warning and error. */
const SEVERITY: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", note: "info" };

/** The report format version other tools write and readers expect. */
export const CHECKSTYLE_VERSION = "4.3";

/**
 * `--format checkstyle`. Files in path order; in each, notices (source
 * `tfmould`) then findings in the engine's order, each with `line`,
 * `column`, `severity`, `message`, `source` (the rule id) and `link` (the
 * rule's documentation, when it has one). A notice about no file is listed under the file
 * `.`, the directory tfmould ran in; one without a position has no `line`
 * or `column`. Suppressed findings are left out. Files without findings are
 * not listed.
 */
export function formatCheckstyle(result: LintResult, options: FormatOptions = {}): string {
  const shown = displayPaths(options);
  const byId = new Map((options.rules ?? registry).map((r) => [r.id, r]));
  const errors = new Map<string, XmlAttributes[]>();
  const add = (file: string, error: XmlAttributes): void => {
    const list = errors.get(file);
    if (list) list.push(error);
    else errors.set(file, [error]);
  };
  for (const n of result.notices) {
    add(n.file === undefined ? RUN_PATH : shown(n.file), [
      ["line", n.range?.start.line],
      ["column", n.range?.start.column],
      ["severity", n.level],
      ["message", n.message],
      ["source", TOOL_NAME],
    ]);
  }
  for (const f of result.findings) {
    if (f.suppressed) continue;
    // A finding at an address alone (a plan's resource in no scanned file) is listed under its address.
    add(f.file === undefined ? f.address : shown(f.file), [
      ["line", f.range?.start.line],
      ["column", f.range?.start.column],
      ["severity", SEVERITY[f.severity]],
      ["message", f.message],
      ["source", f.ruleId],
      ["link", ruleDocsLink(byId.get(f.ruleId) ?? { id: f.ruleId })],
    ]);
  }
  const xml = new XmlWriter().open("checkstyle", [["version", CHECKSTYLE_VERSION]]);
  for (const file of [...errors.keys()].sort(compareStrings)) {
    xml.open("file", [["name", file]]);
    for (const error of errors.get(file) as XmlAttributes[]) xml.leaf("error", error);
    xml.close();
  }
  return xml.close().toString();
}
