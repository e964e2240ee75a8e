/**
 * Hover on a finding's range: what the rule asks for, and where its
 * documentation is.
 */
import type { Hover, Position, Range as LspRange } from "vscode-languageserver";
import { MarkupKind } from "vscode-languageserver";
import type { Rule } from "../../rules/api/rule.js";
import { TOOL_NAME, ruleDocsLink } from "../report/tool.js";
import type { PublishedFinding } from "./code-actions.js";

export function hoverAt(published: readonly PublishedFinding[], position: Position, rules: readonly Rule[]): Hover | null {
  const here = published.filter((p) => contains(p.diagnostic.range, position));
  if (here.length === 0) return null;
  const seen = new Set<string>();
  const sections: string[] = [];
  for (const { finding } of here) {
    if (seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    const rule = rules.find((r) => r.id === finding.ruleId);
    const summary = rule?.summary;
    const docs = ruleDocsLink(rule ?? { id: finding.ruleId });
    const head = `**${TOOL_NAME}** \`${finding.ruleId}\`${summary ? `: ${escapeMarkdown(summary)}` : ""}`;
    sections.push(docs !== undefined ? `${head}\n\n[Documentation of ${finding.ruleId}](${docs})` : head);
  }
  return { contents: { kind: MarkupKind.Markdown, value: sections.join("\n\n---\n\n") }, range: here[0].diagnostic.range };
}

function contains(range: LspRange, p: Position): boolean {
  const after = (a: Position, b: Position): boolean => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(p, range.start) && after(range.end, p);
}

/** Summaries are plain text; characters Markdown would read as markup are escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
