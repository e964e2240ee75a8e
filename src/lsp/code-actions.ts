/**
 * Quick fixes for a finding: the rule's own fix when it has one, and a
 * suppression comment with a reason to fill in.
 */
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import { CodeActionKind } from "vscode-languageserver";
import { SYNTAX_ERROR } from "../engine/file-records.js";
import { UNUSED_SUPPRESSION } from "../engine/suppressions.js";
import type { FileFinding as Finding } from "../engine/types.js";
import type { Range } from "../hcl/ast.js";
import type { Locator } from "./diagnostics.js";
import { toLspRange } from "./positions.js";
import { suppressionInsertion } from "./suppress.js";

/** A finding as it was published. */
export interface PublishedFinding {
  readonly finding: Finding;
  readonly diagnostic: Diagnostic;
}

export interface EditContext extends Locator {
  /** The text of a file as the lint read it. */
  readonly textOf: (file: string) => string | undefined;
  /** The version of an open document (null when the file is not open), when edits are to name versions. */
  readonly versionOf?: (uri: string) => number | null;
}

/** The actions for the findings of `published` that the editor asks about. */
export function codeActions(published: readonly PublishedFinding[], context: EditContext): CodeAction[] {
  const out: CodeAction[] = [];
  for (const { finding, diagnostic } of published) {
    if (finding.fix && finding.fix.replacements.length > 0) {
      const edits = finding.fix.replacements.map((r) => edit(r.range, r.text, finding.fix?.file ?? finding.file, context));
      out.push({
        title: finding.fix.description,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: workspaceEdit(context.uriOf(finding.fix.file), edits, context),
      });
    }
    const suppression = suppressionAction(finding, diagnostic, context);
    if (suppression) out.push(suppression);
  }
  return out;
}

function suppressionAction(finding: Finding, diagnostic: Diagnostic, context: EditContext): CodeAction | undefined {
  // A syntax error cannot be ignored into correctness; an unused suppression is removed, not suppressed.
  if (finding.ruleId === SYNTAX_ERROR || finding.ruleId === UNUSED_SUPPRESSION) return undefined;
  const text = context.textOf(finding.file);
  if (text === undefined) return undefined;
  const insertion = suppressionInsertion(finding, text, finding.file);
  if (!insertion) return undefined;
  const map = context.mapOf(finding.file);
  const at = map ? map.positionAt(insertion.offset) : undefined;
  if (!at) return undefined;
  return {
    title: `Suppress ${finding.ruleId} with a reason`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(context.uriOf(finding.file), [{ range: { start: at, end: at }, newText: insertion.text }], context),
  };
}

function edit(range: Range, text: string, file: string, context: EditContext): TextEdit {
  return { range: toLspRange(range, context.mapOf(file)), newText: text };
}

/** Edits of one document: versioned when the editor supports it, so that a stale edit is refused rather than misplaced. */
function workspaceEdit(uri: string, edits: TextEdit[], context: EditContext): WorkspaceEdit {
  if (context.versionOf) return { documentChanges: [{ textDocument: { uri, version: context.versionOf(uri) }, edits }] };
  return { changes: { [uri]: edits } };
}
