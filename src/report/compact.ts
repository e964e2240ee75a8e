/**
 * The `compact` format: one line per finding, `file:line:col: severity:
 * message [rule]`, the shape compilers print, for editors' problem matchers
 * and for grep.
 */
import type { Range } from "../hcl/ast.js";
import type { LintResult } from "../engine/types.js";
import type { FormatOptions } from "./options.js";
import { displayPaths } from "./paths.js";
import { visible } from "./safe-text.js";
import { TOOL_NAME } from "./tool.js";

/** A message on one line: line breaks and the spaces around them become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

/** Where something is: `file:line:col` with a range, `file` without one, the tool's name without a file (as compilers do). */
export function compactPlace(file: string | undefined, range: Range | undefined): string {
  if (file === undefined) return TOOL_NAME;
  return range ? `${file}:${range.start.line}:${range.start.column}` : file;
}

/** `place: severity: message [source]`, nothing escaped (each format escapes for its own medium). */
export function compactLine(place: string, severity: string, message: string, source?: string): string {
  return `${place}: ${severity}: ${oneLine(message)}${source !== undefined ? ` [${source}]` : ""}`;
}

/**
 * `--format compact`. Notices come first, as `tfmould` is their source:
 * `file:line:col: error: message [tfmould]`, or `file: …` when they have no
 * position, or `tfmould: error: message` when they are about no file.
 * Suppressed findings are left out (they do not count). Paths and messages
 * are shown as stylish shows them (controls as `\u{…}`).
 */
export function formatCompact(result: LintResult, options: FormatOptions = {}): string {
  const shown = displayPaths(options);
  const lines: string[] = [];
  for (const n of result.notices) {
    const place = compactPlace(n.file === undefined ? undefined : shown(n.file), n.range);
    lines.push(visible(compactLine(place, n.level, n.message, n.file === undefined ? undefined : TOOL_NAME)));
  }
  for (const f of result.findings) {
    if (f.suppressed) continue;
    // A finding at an address alone (a plan's resource in no scanned file) is placed at its address.
    lines.push(visible(compactLine(compactPlace(f.file === undefined ? f.address : shown(f.file), f.range), f.severity, f.message, f.ruleId)));
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
