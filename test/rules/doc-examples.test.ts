/**
 * Every example in a rule's README is a test, as ESLint checks the
 * "incorrect" and "correct" examples of its docs: a block marked
 * ```` ```hcl bad ```` must give exactly the findings its `# ← <rule-id>`
 * markers name, on those lines, and a block marked ```` ```hcl good ```` none
 * of the rule's. Each block is linted alone, through the public `lint` API
 * with in-memory files, in the module role its info string names
 * (`role=deployment` by default) and as the file it names (`file=main.tf`
 * by default). Findings of rules the block does not mark are ignored,
 * except `syntax-error`: an example must parse.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lint, rules } from "../../src/index.js";
import type { Example } from "../../docs/rule-readme.js";
import { examplesOf, parseRuleReadme } from "../../docs/rule-readme.js";
import { ruleReadmePath } from "../../docs/generate.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const NOW = new Date("2026-06-01T12:00:00Z");

/** Findings of the rules the example is about, as `file:line: rule-id` (sorted), linted as the example says. */
function findingsOf(ruleId: string, example: Example): string[] {
  const watched = new Set([ruleId, "syntax-error", ...example.expected.map((e) => e.ruleId)]);
  const result = lint({ files: example.files, config: { roles: { ".": example.role } }, now: NOW });
  return result.findings
    .filter((f) => watched.has(f.ruleId) && !f.suppressed)
    .map((f) => `${f.file}:${f.range.start.line}: ${f.ruleId}`)
    .sort();
}

const examples = rules.flatMap((rule) => {
  const file = ruleReadmePath(rule.id);
  const readme = parseRuleReadme(readFileSync(path.join(repoRoot, file), "utf8"), file);
  return examplesOf(readme).map((example) => ({ rule: rule.id, where: `${file}:${example.line}`, example }));
});

describe("rule README examples", () => {
  it("every rule has a bad and a good example", () => {
    // A plan rule's examples are code a plan came from, not a test: its fixtures (fixtures/rules/plan-*/, each with a plan.json) are.
    const missing = rules.filter((rule) => rule.checkPlan === undefined).flatMap((rule) =>
      (["bad", "good"] as const).filter((v) => !examples.some((e) => e.rule === rule.id && e.example.verdict === v)).map((v) => `${rule.id}: no ${v} example`),
    );
    expect(missing).toEqual([]);
  });

  it.each(examples.map((e) => [`${e.where} (${e.example.verdict})`, e] as const))("%s gives exactly the findings it marks", (_name, { rule, example }) => {
    const expected = example.expected.map((e) => `${e.file}:${e.line}: ${e.ruleId}`).sort();
    expect(findingsOf(rule, example)).toEqual(expected);
  });
});
