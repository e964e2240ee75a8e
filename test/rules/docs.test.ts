import { existsSync, readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defineRule } from "../../rules/api/rule.js";
import { rules } from "../../rules/index.js";
import { README_END, README_START, RULE_DOCS_DIR, generateDocs, renderRuleDoc, updateReadme } from "../../docs/generate.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FIX = "run `npm run docs` and commit the result";

describe("generated docs", () => {
  const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const expected = generateDocs(rules, readme);

  it("README.md's rule table is up to date", () => {
    expect(readme.includes(README_START) && readme.includes(README_END), "README.md needs the rules markers").toBe(true);
    expect(readme === expected.get("README.md"), `README.md's rule table is stale: ${FIX}`).toBe(true);
  });

  it.each(rules.map((r) => r.id))("docs/rules/%s.md is up to date", (id) => {
    const rel = `${RULE_DOCS_DIR}/${id}.md`;
    const file = path.join(repoRoot, rel);
    expect(existsSync(file), `${rel} is missing: ${FIX}`).toBe(true);
    expect(readFileSync(file, "utf8") === expected.get(rel), `${rel} is stale: ${FIX}`).toBe(true);
  });

  it("has no doc for a rule that does not exist", () => {
    const dir = path.join(repoRoot, RULE_DOCS_DIR);
    const stale = existsSync(dir)
      ? readdirSync(dir).filter((name) => name.endsWith(".md") && !expected.has(`${RULE_DOCS_DIR}/${name}`))
      : [];
    expect(stale, `docs of unknown rules: ${FIX}`).toEqual([]);
  });
});

describe("the docs generator", () => {
  const rule = defineRule({
    id: "sample-rule",
    severity: "warning",
    category: "versioning",
    summary: "Samples are pinned | really",
    securitySeverity: 5,
    precision: "high",
    docs: { rationale: "Why it matters.", remediation: "What to do.", examples: "```hcl\nx = 1\n```", notes: "Limits." },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        mutableTags: { type: "array", items: { type: "string" }, default: ["latest"], description: "Tags that move." },
        mode: { type: "string", enum: ["a", "b"], description: "A mode." },
      },
    },
    check() {},
  });

  it("renders every part of the metadata", () => {
    const doc = renderRuleDoc(rule);
    for (const part of [
      "# sample-rule",
      "Samples are pinned | really",
      "| Default severity | `warning` |",
      "| Category | versioning: the same code always builds the same thing |",
      "| Security severity | 5.0 (for code scanning) |",
      "| Precision | high |",
      "## Why\n\nWhy it matters.",
      "## How to fix\n\nWhat to do.",
      "## Examples\n\n```hcl\nx = 1\n```",
      "## Notes\n\nLimits.",
      '| `mutableTags` | array of string | `["latest"]` | Tags that move. |',
      '| `mode` | `"a"` \\| `"b"` |  | A mode. |',
      '"severity": "warning"',
      "# tfmould-ignore: sample-rule -- <why this is fine here>",
    ]) {
      expect(doc).toContain(part);
    }
  });

  it("leaves out sections a rule has nothing for", () => {
    const plain = defineRule({ ...rule, securitySeverity: undefined, precision: undefined, optionsSchema: undefined, docs: { ...rule.docs, notes: undefined } });
    const doc = renderRuleDoc(plain);
    expect(doc).not.toContain("Security severity");
    expect(doc).not.toContain("## Options");
    expect(doc).not.toContain("## Notes");
    expect(doc).toContain("| Options | none |");
  });

  it("replaces only the README section between the markers, escaping pipes", () => {
    const readme = `# x\n\nintro\n${README_START}\nold\n${README_END}\n\nafter\n`;
    const updated = updateReadme(readme, [rule]);
    expect(updated).toBe(
      `# x\n\nintro\n${README_START}\n| Rule | Default | Category | What it checks |\n|---|---|---|---|\n` +
        `| [\`sample-rule\`](docs/rules/sample-rule.md) | warning | versioning | Samples are pinned \\| really |\n${README_END}\n\nafter\n`,
    );
    expect(updateReadme(updated, [rule])).toBe(updated);
    expect(() => updateReadme("# no markers\n", [rule])).toThrow(/rules:start/);
  });
});
