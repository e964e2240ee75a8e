/**
 * The edit that suppresses one finding with a `tfmould-ignore` comment and
 * a reason to fill in: a `#` comment on its own line above the finding
 * (indented like that line) in native syntax, a `"//"` property at the top
 * of the block's object in Terraform JSON. An edit is offered only when the
 * engine's own suppression parser, run on the edited text, reads it as a
 * suppression that covers the finding; when the line above would not work
 * (the finding is inside a heredoc, say), the lines of the attribute and
 * blocks around it are tried, innermost first.
 */
import type { Block, Body, HclFile } from "../hcl/ast.js";
import { parse } from "../hcl/index.js";
import { collectSuppressions, covers, namesRule } from "../engine/suppressions.js";
import type { FileFinding as Finding } from "../engine/types.js";

/** What the user replaces with their reason. */
export const REASON_PLACEHOLDER = "TODO: why this is acceptable here";

/** An insertion into the file's text. */
export interface Insertion {
  readonly offset: number;
  readonly text: string;
}

/** The insertion that suppresses `finding` in `text` (the file named `filename`), or undefined when none is certain to. */
export function suppressionInsertion(finding: Finding, text: string, filename: string): Insertion | undefined {
  const file = parse(text, filename);
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const candidates = file.syntax === "json" ? jsonCandidates(finding, file, eol) : nativeCandidates(finding, file, eol);
  const errorsBefore = file.diagnostics.filter((d) => d.severity === "error").length;
  return candidates.find((c) => works(c, finding, text, filename, errorsBefore));
}

function directive(ruleId: string): string {
  return `tfmould-ignore: ${ruleId} -- ${REASON_PLACEHOLDER}`;
}

/** A comment line above the finding's line, then above each enclosing item's first line. */
function nativeCandidates(finding: Finding, file: HclFile, eol: string): Insertion[] {
  const offsets = [finding.range.start.offset, ...enclosing(file.body, finding.range.start.offset).map((item) => item.range.start.offset)];
  const starts = [...new Set(offsets.map((o) => lineStart(file.source, o)))];
  return starts.map((start) => {
    const indent = /^[ \t]*/.exec(file.source.slice(start))?.[0] ?? "";
    return { offset: start, text: `${indent}# ${directive(finding.ruleId)}${eol}` };
  });
}

/** A `"//"` property first in the object of the innermost block around the finding. */
function jsonCandidates(finding: Finding, file: HclFile, eol: string): Insertion[] {
  const blocks = enclosing(file.body, finding.range.start.offset).filter((i): i is Block => i.type === "Block");
  const out: Insertion[] = [];
  for (const block of blocks) {
    const open = block.openBraceRange.start.offset;
    if (file.source[open] !== "{") continue;
    const after = file.source.slice(open + 1);
    const empty = /^\s*\}/.test(after);
    const next = /^[ \t]*\r?\n([ \t]*)/.exec(after);
    const indent = next ? next[1] : `${/^[ \t]*/.exec(file.source.slice(lineStart(file.source, open)))?.[0] ?? ""}  `;
    out.push({ offset: open + 1, text: `${eol}${indent}"//": ${JSON.stringify(directive(finding.ruleId))}${empty ? "" : ","}` });
  }
  return out;
}

/** Whether the edited text parses no worse and its suppressions cover the finding. */
function works(insertion: Insertion, finding: Finding, text: string, filename: string, errorsBefore: number): boolean {
  const edited = text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset);
  const file = parse(edited, filename);
  if (file.diagnostics.filter((d) => d.severity === "error").length > errorsBefore) return false;
  const shift = (offset: number): number => (offset >= insertion.offset ? offset + insertion.text.length : offset);
  const at = { start: { ...finding.range.start, offset: shift(finding.range.start.offset) }, end: { ...finding.range.end, offset: shift(finding.range.end.offset) } };
  const { suppressions } = collectSuppressions(file, filename);
  return suppressions.some((s) => namesRule(s.directive, finding.ruleId) !== undefined && s.target !== undefined && covers(s, [{ file: filename, range: at }]));
}

/** The body items (attributes, blocks) that hold an offset, innermost first. */
function enclosing(body: Body, offset: number): (Body["items"][number])[] {
  const out: Body["items"][number][] = [];
  let items = body.items;
  for (;;) {
    const item = items.find((i) => i.range.start.offset <= offset && offset < i.range.end.offset);
    if (!item) break;
    out.unshift(item);
    if (item.type !== "Block") break;
    items = item.body.items;
  }
  return out;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
