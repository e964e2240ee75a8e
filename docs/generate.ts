/**
 * Generates the rule docs from the rules' metadata: `docs/rules/<id>.md` for
 * each rule, and the rule table of README.md between `<!-- rules:start -->`
 * and `<!-- rules:end -->`. `npm run docs` runs it; the test suite checks
 * that the committed files equal what `generateDocs` returns.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { ModuleRole, Rule } from "../rules/api/rule.js";
import { MODULE_ROLES } from "../rules/api/rule.js";
import { rules as catalog } from "../rules/index.js";
import { editorConfigSchema } from "../src/config/schema.js";

export const README_START = "<!-- rules:start -->";
export const README_END = "<!-- rules:end -->";

/** Folder of the generated rule docs, relative to the repository root. */
export const RULE_DOCS_DIR = "docs/rules";

const CATEGORY_TITLES: Readonly<Record<Rule["category"], string>> = {
  versioning: "versioning: the same code always builds the same thing",
  mutation: "mutation: nothing is changed in place after it is deployed",
  lifecycle: "lifecycle: replacement is safe, routine and zero-downtime",
  state: "state: data lives apart from disposable compute",
  secrets: "secrets: secrets come from a secret store, not from code",
  engine: "engine: problems tfmould itself reports",
};

const ROLE_NAMES: Readonly<Record<ModuleRole, string>> = {
  deployment: "deployments",
  module: "reusable modules",
  example: "examples",
  test: "tests",
  fixture: "fixtures",
};

/** The roles a rule applies to, in words, linking the catalog's definitions. */
export function appliesTo(rule: Rule): string {
  const roles = MODULE_ROLES.filter((r) => rule.roles === undefined || rule.roles.includes(r));
  const names = roles.map((r) => ROLE_NAMES[r]);
  const text = names.length === MODULE_ROLES.length ? "every module role" : names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `${text} ([module roles](../rule-catalog.md#module-roles))`;
}

/** The path of a rule's doc, relative to the repository root. */
export function ruleDocPath(rule: Rule): string {
  return `${RULE_DOCS_DIR}/${rule.id}.md`;
}

/** The markdown page of one rule. */
export function renderRuleDoc(rule: Rule): string {
  const lines: string[] = [];
  lines.push(`# ${rule.id}`, "", rule.summary, "");
  lines.push("| | |", "|---|---|");
  lines.push(`| Default severity | \`${rule.severity}\` |`);
  lines.push(`| Category | ${CATEGORY_TITLES[rule.category]} |`);
  lines.push(`| Applies to | ${appliesTo(rule)} |`);
  if (rule.securitySeverity !== undefined) {
    lines.push(`| Security severity | ${rule.securitySeverity.toFixed(1)} (for code scanning) |`);
  }
  if (rule.precision !== undefined) lines.push(`| Precision | ${rule.precision} |`);
  lines.push(`| Options | ${rule.optionsSchema && Object.keys(rule.optionsSchema.properties).length > 0 ? "yes, see below" : "none"} |`);
  lines.push("");
  lines.push("## Why", "", rule.docs.rationale.trim(), "");
  lines.push("## How to fix", "", rule.docs.remediation.trim(), "");
  lines.push("## Examples", "", rule.docs.examples.trim(), "");
  if (rule.docs.notes?.trim()) lines.push("## Notes", "", rule.docs.notes.trim(), "");
  lines.push(...renderOptions(rule));
  lines.push("## Configuration", "");
  lines.push("In `.tfmould.json`:", "", "```json");
  lines.push(JSON.stringify({ rules: { [rule.id]: configExample(rule) } }, null, 2));
  lines.push("```", "");
  lines.push("On the command line: `--rule " + rule.id + "=off` (or `note`, `warning`, `error`).", "");
  lines.push("To accept one finding, with a reason:", "", "```hcl");
  lines.push(`# tfmould-ignore: ${rule.id} -- <why this is fine here>`, "```", "");
  return lines.join("\n");
}

function configExample(rule: Rule): unknown {
  const properties = rule.optionsSchema?.properties ?? {};
  const options: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(properties)) {
    const s = schema as { default?: unknown; examples?: unknown[] };
    if (s.examples && s.examples.length > 0) options[name] = s.examples[0];
    else if (s.default !== undefined) options[name] = s.default;
  }
  return Object.keys(options).length > 0 ? { severity: rule.severity, options } : rule.severity;
}

function renderOptions(rule: Rule): string[] {
  const properties = Object.entries(rule.optionsSchema?.properties ?? {});
  if (properties.length === 0) return [];
  const lines = ["## Options", "", "| Option | Type | Default | Description |", "|---|---|---|---|"];
  for (const [name, schema] of properties) {
    const s = schema as { description?: string; default?: unknown };
    const def = s.default === undefined ? "" : `\`${JSON.stringify(s.default)}\``;
    lines.push(`| \`${name}\` | ${describeType(schema)} | ${def} | ${cell(s.description ?? "")} |`);
  }
  lines.push("");
  return lines;
}

function describeType(schema: unknown): string {
  const s = schema as { type?: string | string[]; items?: unknown; enum?: unknown[] };
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" \\| ");
  if (s.type === "array") return s.items ? `array of ${describeType(s.items)}` : "array";
  if (Array.isArray(s.type)) return s.type.join(" or ");
  return s.type ?? "any";
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** The README rule table (without the markers). */
export function renderRuleTable(rules: readonly Rule[]): string {
  const lines = ["| Rule | Default | Category | What it checks |", "|---|---|---|---|"];
  for (const rule of rules) {
    lines.push(`| [\`${rule.id}\`](${ruleDocPath(rule)}) | ${rule.severity} | ${rule.category} | ${cell(rule.summary)} |`);
  }
  return lines.join("\n");
}

/** README text with the section between the markers replaced. @throws Error when the markers are missing. */
export function updateReadme(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md has no ${README_START} ... ${README_END} section`);
  }
  return `${readme.slice(0, start + README_START.length)}\n${renderRuleTable(rules)}\n${readme.slice(end)}`;
}

/** The config's JSON Schema for editors, shipped as `tfmould/schema.json`. */
export const CONFIG_SCHEMA_FILE = "schema.json";

/** Every generated file by path relative to the repository root: one doc per rule, README.md and the config's schema. */
export function generateDocs(rules: readonly Rule[], readme: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) out.set(ruleDocPath(rule), renderRuleDoc(rule));
  out.set("README.md", updateReadme(readme, rules));
  out.set(CONFIG_SCHEMA_FILE, editorConfigSchema(rules));
  return out;
}

/** The repository root: the nearest folder above this file with a package.json (works from src and dist). */
export function repositoryRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("no package.json above the docs generator");
    dir = parent;
  }
  return dir;
}

/** Writes the docs and removes docs of rules that no longer exist. Returns the paths written. */
export function writeDocs(root: string, rules: readonly Rule[] = catalog): string[] {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const files = generateDocs(rules, readme);
  mkdirSync(path.join(root, RULE_DOCS_DIR), { recursive: true });
  for (const name of readdirSync(path.join(root, RULE_DOCS_DIR))) {
    if (name.endsWith(".md") && !files.has(`${RULE_DOCS_DIR}/${name}`)) rmSync(path.join(root, RULE_DOCS_DIR, name));
  }
  const written: string[] = [];
  for (const [rel, text] of files) {
    const target = path.join(root, rel);
    if (existsSync(target) && readFileSync(target, "utf8") === text) continue;
    writeFileSync(target, text);
    written.push(rel);
  }
  return written;
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const written = writeDocs(repositoryRoot());
  process.stdout.write(written.length > 0 ? `updated ${written.join(", ")}\n` : "docs are up to date\n");
}
