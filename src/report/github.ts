/**
 * The `github` format: GitHub Actions workflow commands, one per line, which
 * the runner turns into annotations on the pull request.
 */
import type { Range } from "../hcl/ast.js";
import type { LintResult, Severity } from "../engine/types.js";
import type { FormatOptions } from "./options.js";
import { displayPaths } from "./paths.js";
import { visible } from "./safe-text.js";

const COMMAND_OF: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", note: "notice" };

/**
 * Escapes the message of a workflow command (after `::`). Line breaks become
 * GitHub's `%0A`; other control characters are shown as `\u{…}`, since the
 * log is also read raw (in a terminal, or downloaded).
 */
export function escapeData(text: string): string {
  return visible(text, { keepNewlines: true }).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value of a workflow command, where `:` and `,` are separators too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(name: string, props: readonly (readonly [string, string | number])[], message: string): string {
  const list = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${name}${list ? " " + list : ""}::${escapeData(message)}`;
}

function position(range: Range): [string, number][] {
  return [
    ["line", range.start.line],
    ["endLine", range.end.line],
    ["col", range.start.column],
    ["endColumn", range.end.column],
  ];
}

/**
 * `--format github`. Suppressed findings are left out (they do not count);
 * notices about unreadable files become annotations too.
 */
export function formatGithub(result: LintResult, options: FormatOptions = {}): string {
  const lines: string[] = [];
  const shown = displayPaths(options);
  for (const n of result.notices) {
    const props: [string, string | number][] = [];
    if (n.file !== undefined) props.push(["file", shown(n.file)]);
    if (n.file !== undefined && n.range) props.push(...position(n.range));
    props.push(["title", "tfmould"]);
    lines.push(command(n.level, props, n.message));
  }
  for (const f of result.findings) {
    if (f.suppressed) continue;
    if (f.file === undefined) {
      // No file to annotate: the annotation goes on the run, its message led by the address.
      const message = f.message.startsWith(f.address) ? f.message : `${f.address}: ${f.message}`;
      lines.push(command(COMMAND_OF[f.severity], [["title", f.ruleId]], message));
      continue;
    }
    const props: [string, string | number][] = [["file", shown(f.file)], ...position(f.range), ["title", f.ruleId]];
    lines.push(command(COMMAND_OF[f.severity], props, f.message));
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
