/**
 * Findings and notices → LSP diagnostics. A diagnostic carries the rule id as
 * its code and the rule's documentation as the code's link, so an editor can
 * show both; values written elsewhere (a variable's default, a tfvars line)
 * come as related information.
 */
import type { Diagnostic, DiagnosticRelatedInformation } from "vscode-languageserver";
import { DiagnosticSeverity } from "vscode-languageserver";
import type { FileFinding as Finding, Notice, Severity } from "../engine/types.js";
import { TOOL_NAME } from "../report/tool.js";
import type { PositionMap } from "./positions.js";
import { toLspRange } from "./positions.js";

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  note: DiagnosticSeverity.Information,
};

/** How files are named to the editor and where their positions come from. */
export interface Locator {
  readonly uriOf: (file: string) => string;
  readonly mapOf: (file: string) => PositionMap | undefined;
}

/** `docsOf` gives the link to a rule's documentation (none for a plugin's rule that has none). */
export function findingDiagnostic(finding: Finding, locator: Locator, docsOf: (ruleId: string) => string | undefined): Diagnostic {
  const href = docsOf(finding.ruleId);
  const related: DiagnosticRelatedInformation[] = finding.related.map((r) => ({
    location: { uri: locator.uriOf(r.file), range: toLspRange(r.range, locator.mapOf(r.file)) },
    message: r.message,
  }));
  return {
    range: toLspRange(finding.range, locator.mapOf(finding.file)),
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    ...(href !== undefined ? { codeDescription: { href } } : {}),
    source: TOOL_NAME,
    message: finding.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
  };
}

/** The related location that a finding shown at its reader (see `findingShownIn`) gives its own line. */
export const LINE_AT_FAULT = "the line at fault";

/**
 * A finding as a document shows it: at its own place in its own file; or,
 * for a finding in a file that is not linted as a document (a line of a
 * boot script read through `file()`), at its first related location (the
 * argument that reads the file) when that is in this document, with the
 * line it is about related. Undefined when the document shows nothing of it.
 */
export function findingShownIn(finding: Finding, file: string, isLinted: (file: string) => boolean): Finding | undefined {
  if (finding.file === file) return finding;
  const [reader, ...rest] = finding.related;
  if (isLinted(finding.file) || reader?.file !== file) return undefined;
  return { ...finding, file, range: reader.range, related: [{ file: finding.file, range: finding.range, message: LINE_AT_FAULT }, ...rest] };
}

/** A problem of the run about this file (a value that could not be evaluated, a file that could not be read). */
export function noticeDiagnostic(notice: Notice, map: PositionMap | undefined): Diagnostic {
  const zero = { line: 0, character: 0 };
  return {
    range: notice.range ? toLspRange(notice.range, map) : { start: zero, end: zero },
    severity: notice.level === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: TOOL_NAME,
    message: notice.message,
  };
}

/** Why a document could not be linted at all (an invalid config), shown at its top. */
export function failureDiagnostic(message: string): Diagnostic {
  const zero = { line: 0, character: 0 };
  return { range: { start: zero, end: zero }, severity: DiagnosticSeverity.Error, source: TOOL_NAME, message };
}

/** Whether a diagnostic the editor sends back is the one made for a finding. */
export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.code === b.code &&
    a.message === b.message &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}
