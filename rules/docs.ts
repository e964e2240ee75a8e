/**
 * A rule's documentation, wherever it comes from: a rule defined outside
 * tfmould carries its own (`Rule.docs`); a built-in rule's is its README.md,
 * embedded by `npm run docs` in docs.generated.ts.
 */
import type { Rule, RuleDocs } from "./api/rule.js";
import { RULE_DOCS } from "./docs.generated.js";

/** The rule's docs, or undefined when it has none. */
export function docsOf(rule: Rule): RuleDocs | undefined {
  return rule.docs ?? (Object.hasOwn(RULE_DOCS, rule.id) ? RULE_DOCS[rule.id] : undefined);
}
