import { existsSync, readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defineRule } from "../../rules/api/rule.js";
import { docsOf } from "../../rules/docs.js";
import { rules } from "../../rules/index.js";
import {
  EMBEDDED_DOCS_FILE,
  README_END,
  README_START,
  RULE_DOCS_DIR,
  generateDocs,
  readReadmes,
  renderEmbeddedDocs,
  renderRuleDoc,
  ruleReadmePath,
  updateReadme,
} from "../../docs/generate.js";
import { NONE, README_SECTIONS, ReadmeError, examplesOf, parseRuleReadme, readmeProblems, rewriteLinks } from "../../docs/rule-readme.js";
import { helpMarkdown, helpText } from "../../src/report/rule-help.js";
import { NON_SECRET_NAMES, SECRET_NAME_SUFFIXES } from "../../rules/lib/secret-names.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FIX = "run `npm run docs` and commit the result";

describe("each rule's README.md", () => {
  const readmes = readReadmes(repoRoot, rules);

  it.each(rules.map((r) => r.id))("rules/%s/README.md has every section and agrees with the rule's code", (id) => {
    const rule = rules.find((r) => r.id === id);
    const text = readmes.get(id);
    expect(text, `${ruleReadmePath(id)} is missing`).toBeDefined();
    if (!rule || text === undefined) return;
    const readme = parseRuleReadme(text, ruleReadmePath(id));
    expect(readmeProblems(rule, readme)).toEqual([]);
  });
});

describe("README prose that restates the code", () => {
  it("no-hardcoded-secrets lists every secret name ending and every name that only looks secret", () => {
    const notes = parseRuleReadme(readFileSync(path.join(repoRoot, ruleReadmePath("no-hardcoded-secrets")), "utf8"), "README.md").sections.notes.body;
    const missing = [...SECRET_NAME_SUFFIXES, ...NON_SECRET_NAMES].filter((name) => !notes.includes(`\`${name}\``));
    expect(missing, "add these to rules/no-hardcoded-secrets/README.md").toEqual([]);
  });
});

describe("generated docs", () => {
  const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const expected = generateDocs(rules, readme, readReadmes(repoRoot, rules));

  it("README.md's rule table is up to date", () => {
    expect(readme.includes(README_START) && readme.includes(README_END), "README.md needs the rules markers").toBe(true);
    expect(readme === expected.get("README.md"), `README.md's rule table is stale: ${FIX}`).toBe(true);
  });

  it(`${EMBEDDED_DOCS_FILE} (the docs the runtime and the bundle use) is up to date`, () => {
    const file = path.join(repoRoot, EMBEDDED_DOCS_FILE);
    expect(readFileSync(file, "utf8") === expected.get(EMBEDDED_DOCS_FILE), `${EMBEDDED_DOCS_FILE} is stale: ${FIX}`).toBe(true);
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

  it("gives SARIF help the README's sections for every built-in rule, with absolute links", () => {
    for (const rule of rules) {
      const docs = docsOf(rule);
      expect(docs, rule.id).toBeDefined();
      const markdown = helpMarkdown(rule);
      expect(markdown).toContain(`## How to fix\n\n${docs?.remediation}`);
      expect(helpText(rule)).toContain(docs?.rationale);
      expect(markdown, `${rule.id}: a relative link would not resolve in a SARIF viewer`).not.toMatch(/\]\((?!https?:|#)/);
    }
  });
});

/** A README for the sample rule below, with `replace` applied. */
function sampleReadme(replace: (text: string) => string = (t) => t): string {
  return replace(
    [
      "# sample-rule",
      "",
      "Samples are pinned | really",
      "",
      "## What it flags",
      "",
      "Samples without a pin.",
      "",
      "## Why",
      "",
      "Why it matters.",
      "",
      "Second paragraph.",
      "",
      "## How to fix",
      "",
      "What to do.",
      "",
      "## Examples",
      "",
      "```hcl bad",
      "# Not a heading: a comment in code",
      "x = 1 # ← sample-rule",
      "```",
      "",
      "## Options",
      "",
      "`mutableTags` adds tags; `mode` picks a mode.",
      "",
      "## Notes and heuristics",
      "",
      "Limits, see [the catalog](../../docs/rule-catalog.md#module-roles) and [home](https://example.com/x).",
      "",
      "## Applies to",
      "",
      "Deployments and reusable modules.",
      "",
    ].join("\n"),
  );
}

describe("the docs generator", () => {
  const rule = defineRule({
    id: "sample-rule",
    severity: "warning",
    category: "versioning",
    summary: "Samples are pinned | really",
    securitySeverity: 5,
    precision: "high",
    roles: ["deployment", "module"],
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
  const parse = (text: string) => parseRuleReadme(text, "rules/sample-rule/README.md");

  it("renders the code's metadata around the README's sections, links relative to docs/rules", () => {
    const doc = renderRuleDoc(rule, parse(sampleReadme()));
    for (const part of [
      "# sample-rule\n\nSamples are pinned | really\n",
      "| Default severity | `warning` |",
      "| Category | versioning: the same code always builds the same thing |",
      "| Applies to | deployments and reusable modules ([module roles](../rule-catalog.md#module-roles)) |",
      "| Security severity | 5.0 (for code scanning) |",
      "| Precision | high |",
      "## What it flags\n\nSamples without a pin.",
      "## Why\n\nWhy it matters.\n\nSecond paragraph.",
      "## How to fix\n\nWhat to do.",
      "## Examples\n\n```hcl bad\n# Not a heading: a comment in code\nx = 1 # ← sample-rule\n```",
      "## Options\n\n`mutableTags` adds tags; `mode` picks a mode.\n\n| Option |",
      '| `mutableTags` | array of string | `["latest"]` | Tags that move. |',
      '| `mode` | `"a"` \\| `"b"` |  | A mode. |',
      "## Notes and heuristics\n\nLimits, see [the catalog](../rule-catalog.md#module-roles) and [home](https://example.com/x).",
      "## Applies to\n\nDeployments and reusable modules.",
      '"severity": "warning"',
      "# tfmould-ignore: sample-rule -- <why this is fine here>",
    ]) {
      expect(doc).toContain(part);
    }
    expect(doc.match(/^## Options$/gm)).toHaveLength(1);
  });

  it("leaves out sections that say None. and metadata a rule does not have", () => {
    const plain = defineRule({ ...rule, securitySeverity: undefined, precision: undefined, optionsSchema: undefined });
    const text = sampleReadme((t) => t.replace("`mutableTags` adds tags; `mode` picks a mode.", NONE).replace(/Limits, see .*/, NONE));
    const doc = renderRuleDoc(plain, parse(text));
    expect(doc).not.toContain("Security severity");
    expect(doc).not.toContain("## Options");
    expect(doc).not.toContain("## Notes and heuristics");
    expect(doc).not.toContain(NONE);
    expect(doc).toContain("| Options | none |");
  });

  it("embeds the sections for the runtime with absolute links, as a module that never reads the disk", () => {
    const module = renderEmbeddedDocs([rule], new Map([[rule.id, parse(sampleReadme())]]));
    expect(module).toContain('"sample-rule": {');
    expect(module).toContain('rationale: "Why it matters.\\n\\nSecond paragraph.",');
    expect(module).toContain("https://github.com/tfmould/tfmould/blob/main/docs/rule-catalog.md#module-roles");
    expect(module).not.toMatch(/readFileSync|import\(/);
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

  it("refuses to generate anything when a rule has no README or its README is wrong", () => {
    const readme = `${README_START}\n${README_END}\n`;
    expect(() => generateDocs([rule], readme, new Map())).toThrow(/rules\/sample-rule\/README\.md:1: rule sample-rule has no README\.md/);
    const wrong = new Map([[rule.id, sampleReadme((t) => t.replace("Samples are pinned | really", "Samples are pinned"))]]);
    expect(() => generateDocs([rule], readme, wrong)).toThrow(/the summary is "Samples are pinned", the rule's code says/);
    expect(generateDocs([rule], readme, new Map([[rule.id, sampleReadme()]])).has(EMBEDDED_DOCS_FILE)).toBe(true);
  });
});

describe("reading a rule README", () => {
  const parse = (text: string) => parseRuleReadme(text, "R.md");
  const failure = (text: string): string => {
    try {
      parse(text);
    } catch (error) {
      expect(error).toBeInstanceOf(ReadmeError);
      return (error as Error).message;
    }
    throw new Error("parsed");
  };

  it("reads the title, the summary and every section, ignoring # lines inside code", () => {
    const readme = parse(sampleReadme());
    expect(readme.title).toBe("sample-rule");
    expect(readme.summary).toBe("Samples are pinned | really");
    expect(Object.keys(readme.sections)).toEqual(README_SECTIONS.map((s) => s.key));
    expect(readme.sections.examples.body).toBe("```hcl bad\n# Not a heading: a comment in code\nx = 1 # ← sample-rule\n```");
    expect(readme.sections.examples.line).toBe(19);
    expect(readme.sections.examples.bodyLine).toBe(21);
  });

  it.each([
    ["a missing section", (t: string) => t.replace(/## Notes and heuristics\n\n.*\n\n/, ""), /R\.md:\d+: expected "## Notes and heuristics" here, found "## Applies to"/],
    ["a missing last section", (t: string) => t.replace(/## Applies to[^]*/, ""), /missing section "## Applies to"/],
    ["sections out of order", (t: string) => t.replace("## Why", "## How to fix!").replace("## How to fix\n", "## Why\n"), /R\.md:9: expected "## Why" here, found "## How to fix!"/],
    ["an empty section", (t: string) => t.replace("What to do.", ""), /R\.md:15: section "## How to fix" is empty \(write "None\." when there is nothing to say\)/],
    ["an extra section", (t: string) => `${t}\n## More\n\ntext\n`, /unexpected section "## More"/],
    ["no title", (t: string) => t.replace("# sample-rule\n", ""), /R\.md:1: the README must start with `# <rule-id>`/],
    ["no summary", (t: string) => t.replace("Samples are pinned | really\n", ""), /R\.md:2: no summary line under the title/],
    ["a two-line summary", (t: string) => t.replace("really\n", "really\nand more\n"), /the summary under the title must be one line/],
    ["an unclosed code block", (t: string) => t.replace("sample-rule\n```", "sample-rule"), /a code block is not closed/],
  ])("rejects %s, with the line", (_name, change, message) => {
    expect(failure(sampleReadme(change))).toMatch(message);
  });

  it("says where a README disagrees with its rule's code", () => {
    const rule = defineRule({
      id: "other-rule",
      severity: "warning",
      category: "versioning",
      summary: "Something else",
      roles: ["deployment", "module", "example", "test"],
      optionsSchema: { type: "object", additionalProperties: false, properties: { extra: { type: "string" } } },
      check() {},
    });
    expect(readmeProblems(rule, parse(sampleReadme()))).toEqual([
      'R.md:1: the title is "sample-rule", the rule\'s id is "other-rule"',
      'R.md:3: the summary is "Samples are pinned | really", the rule\'s code says "Something else"',
      "R.md:26: option `extra` is not described",
      'R.md:34: the rule applies to the role "example", which the section does not name',
      'R.md:34: the rule applies to the role "test", which the section does not name',
    ]);
    const noOptions = defineRule({ ...rule, id: "sample-rule", summary: "Samples are pinned | really", optionsSchema: undefined, roles: ["deployment"] });
    const text = sampleReadme((t) => t.replace("Deployments and reusable modules.", "Every module role.").replace("What to do.", NONE));
    expect(readmeProblems(noOptions, parse(text))).toEqual([
      'R.md:26: the rule has no options, so the section must say "None."',
      'R.md:34: the rule applies to the role "deployment", which the section does not name',
      'R.md:34: says "every module role", but the rule applies only to deployment',
      'R.md:15: this section cannot be "None."',
    ]);
  });

  it("rewrites relative links outside code only", () => {
    const text = "See [a](../../docs/x.md#y), [b](#here), [c](https://e.com/z).\n```\n[d](../e.md)\n```\n[f](../other-rule/README.md)";
    expect(rewriteLinks(text, (t) => `<${t}>`)).toBe(
      "See [a](<docs/x.md#y>), [b](#here), [c](https://e.com/z).\n```\n[d](../e.md)\n```\n[f](<rules/other-rule/README.md>)",
    );
  });
});

describe("the examples of a rule README", () => {
  const examples = (body: string) => examplesOf(parseRuleReadme(sampleReadme((t) => t.replace(/```hcl bad\n[^]*?\n```/, body)), "R.md"));
  const failure = (body: string): string => {
    try {
      examples(body);
    } catch (error) {
      expect(error).toBeInstanceOf(ReadmeError);
      return (error as Error).message;
    }
    throw new Error("accepted");
  };

  it("reads verdict, role, file and the markers, and removes the markers from the code", () => {
    const [bad, good] = examples(
      ["```hcl bad role=module", 'a = "x" # ← sample-rule', "b = 1", 'c = "y" // ← sample-rule ×2, other-rule', "```", "", "text", "", "```hcl good", "a = 1", "```", "", "```json", '{"a": 1}', "```"].join("\n"),
    );
    expect(bad).toEqual({
      verdict: "bad",
      role: "module",
      files: { "main.tf": 'a = "x"\nb = 1\nc = "y"\n' },
      expected: [
        { file: "main.tf", line: 1, ruleId: "sample-rule" },
        { file: "main.tf", line: 3, ruleId: "sample-rule" },
        { file: "main.tf", line: 3, ruleId: "sample-rule" },
        { file: "main.tf", line: 3, ruleId: "other-rule" },
      ],
      line: 21,
    });
    expect(good).toEqual({ verdict: "good", role: "deployment", files: { "main.tf": "a = 1\n" }, expected: [], line: 29 });
  });

  it("makes one example of blocks in a row that each name their file", () => {
    const body = ["```hcl good file=main.tf", "a = 1", "```", "", "```hcl good file=.terraform.lock.hcl", "b = 2", "```", "", "```hcl good file=main.tf", "c = 3", "```"].join("\n");
    const found = examples(body);
    expect(found.map((e) => e.files)).toEqual([{ "main.tf": "a = 1\n", ".terraform.lock.hcl": "b = 2\n" }, { "main.tf": "c = 3\n" }]);
  });

  it.each([
    ["an unmarked hcl block", "```hcl\nx = 1\n```", /R\.md:21: mark each hcl example `bad` or `good`/],
    ["an unknown word", "```hcl bad strict\nx = 1 # ← sample-rule\n```", /unknown "strict" after ```hcl/],
    ["an unknown role", "```hcl bad role=prod\nx = 1 # ← sample-rule\n```", /unknown role "prod"/],
    ["a bad example without a marker", "```hcl bad\nx = 1\n```", /R\.md:21: a bad example marks no finding/],
    ["a marker in a good example", "```hcl good\nx = 1\ny = 2 # ← sample-rule\n```", /R\.md:23: a good example marks a finding/],
    ["a marker it cannot read", "```hcl bad\nx = 1 # ← Sample Rule\n```", /R\.md:22: cannot read the marker "Sample Rule"/],
  ])("rejects %s, with the line", (_name, body, message) => {
    expect(failure(body)).toMatch(message);
  });
});
