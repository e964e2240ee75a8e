/**
 * A rule's documentation as SARIF shows it: short and full descriptions,
 * help text and markdown, all from the rule's metadata.
 */
import type { Rule } from "../../rules/api/rule.js";
import { ruleDocsLink } from "./tool.js";

/** `container-image-pinned` → `ContainerImagePinned` (SARIF `name`). */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
}

/** The first paragraph of a markdown text, on one line. */
export function firstParagraph(markdown: string): string {
  const para = markdown.trim().split(/\n\s*\n/)[0] ?? "";
  return para.replace(/\s*\n\s*/g, " ").trim();
}

function sections(rule: Rule): [string, string][] {
  const out: [string, string][] = [
    ["Why", rule.docs.rationale],
    ["How to fix", rule.docs.remediation],
    ["Examples", rule.docs.examples],
  ];
  if (rule.docs.notes) out.push(["Notes", rule.docs.notes]);
  return out.filter(([, body]) => body.trim() !== "");
}

/** Help as GitHub-flavoured markdown: the summary, then why, how to fix, examples, notes. */
export function helpMarkdown(rule: Rule): string {
  const parts = [`**${rule.summary}**`];
  for (const [title, body] of sections(rule)) parts.push(`## ${title}\n\n${body.trim()}`);
  const link = ruleDocsLink(rule);
  if (link !== undefined) parts.push(`[Rule documentation](${link})`);
  return parts.join("\n\n") + "\n";
}

/** Help as plain text (the same content; code examples stay as written). */
export function helpText(rule: Rule): string {
  const parts = [rule.summary];
  for (const [title, body] of sections(rule)) parts.push(`${title}:\n${body.trim()}`);
  const link = ruleDocsLink(rule);
  if (link !== undefined) parts.push(`Documentation: ${link}`);
  return parts.join("\n\n") + "\n";
}

/** Full description: the first paragraph of the rationale, or the summary when there is none. */
export function fullDescription(rule: Rule): string {
  return firstParagraph(rule.docs.rationale) || rule.summary;
}
