/**
 * A rule's documentation as SARIF shows it: short and full descriptions,
 * help text and markdown, from the rule's metadata and its docs (for a
 * built-in rule, its README.md as embedded at build time).
 */
import type { Rule } from "../../rules/api/rule.js";
import { docsOf } from "../../rules/docs.js";
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
  const docs = docsOf(rule);
  if (!docs) return [];
  const out: [string, string | undefined][] = [
    ["What it flags", docs.flags],
    ["Why", docs.rationale],
    ["How to fix", docs.remediation],
    ["Examples", docs.examples],
    ["Options", docs.options],
    ["Notes and heuristics", docs.notes],
    ["Applies to", docs.roles],
  ];
  return out.filter((s): s is [string, string] => s[1] !== undefined && s[1].trim() !== "");
}

/** Help as GitHub-flavoured markdown: the summary, then each section of the rule's docs. */
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
  return firstParagraph(docsOf(rule)?.rationale ?? "") || rule.summary;
}
