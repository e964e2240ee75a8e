/**
 * The rule catalog (docs/rule-catalog.md) and the code cannot drift: every
 * implemented id there is registered with the same default severity and
 * category, every registered rule is in the catalog, planned ids are not
 * registered yet, every rule folder is registered, and every rule is
 * documented.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { docsOf } from "../../rules/docs.js";
import { rules } from "../../rules/index.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const catalogPath = path.join(repoRoot, "docs/rule-catalog.md");

interface CatalogEntry {
  readonly id: string;
  readonly severity: string;
  readonly category: string;
  /** Listed under a category marked "(planned)": reserved, not implemented yet. */
  readonly planned: boolean;
}

/**
 * Rows of the tables under each `## <category> — ...` heading:
 * `| \`id\` | severity | ... |`. Any other `##` heading ends a category.
 */
function parseCatalog(text: string): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  let section: { category: string; planned: boolean } | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^##\s/.test(line)) {
      const heading = /^##\s+([a-z]+)\s+—/.exec(line);
      section = heading ? { category: heading[1], planned: /\(planned\)/.test(line) } : undefined;
      continue;
    }
    const row = /^\|\s*`([a-z0-9-]+)`\s*\|\s*(error|warning|note)\s*\|/.exec(line);
    if (row && section) entries.push({ id: row[1], severity: row[2], ...section });
  }
  return entries;
}

describe("the rule catalog (docs/rule-catalog.md)", () => {
  const catalog = parseCatalog(readFileSync(catalogPath, "utf8"));
  const implemented = catalog.filter((e) => !e.planned);
  const planned = catalog.filter((e) => e.planned);

  it("lists rules, each id once", () => {
    expect(implemented.length).toBeGreaterThan(20);
    expect(new Set(catalog.map((e) => e.id)).size).toBe(catalog.length);
  });

  it("every implemented catalog rule is registered with the same default severity and category", () => {
    const registered = new Map(rules.map((r) => [r.id, r]));
    const problems = implemented.flatMap((e) => {
      const rule = registered.get(e.id);
      if (!rule) return [`${e.id}: not in rules/index.ts`];
      const out: string[] = [];
      if (rule.severity !== e.severity) out.push(`${e.id}: severity ${rule.severity}, catalog says ${e.severity}`);
      if (rule.category !== e.category) out.push(`${e.id}: category ${rule.category}, catalog says ${e.category}`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it("every registered rule is in the catalog as implemented", () => {
    const ids = new Set(implemented.map((e) => e.id));
    expect(rules.filter((r) => !ids.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it("no planned rule is registered yet (implementing one means moving it out of the planned section)", () => {
    const registered = new Set(rules.map((r) => r.id));
    expect(planned.filter((e) => registered.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});

describe("the rule registry (rules/index.ts)", () => {
  it("registers every rule folder, each under its own name, with its README.md", async () => {
    const folders = readdirSync(path.join(repoRoot, "rules"), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== "api" && d.name !== "lib")
      .map((d) => d.name);
    const registered = new Set(rules);
    const problems: string[] = [];
    for (const folder of folders) {
      // Through a URL: vitest's dynamic-import globbing cannot follow a variable folder name.
      const mod = (await import(pathToFileURL(path.join(repoRoot, "rules", folder, "index.ts")).href)) as { default?: { id?: string } };
      const rule = mod.default;
      if (!rule || typeof rule.id !== "string") problems.push(`rules/${folder}/index.ts: no default-exported rule`);
      else {
        if (rule.id !== folder) problems.push(`rules/${folder}/index.ts: exports rule "${rule.id}"`);
        if (!registered.has(rule as (typeof rules)[number])) problems.push(`rules/${folder}/index.ts: not in rules/index.ts`);
      }
      if (!existsSync(path.join(repoRoot, "rules", folder, "README.md"))) problems.push(`rules/${folder}: no README.md`);
    }
    const loose = readdirSync(path.join(repoRoot, "rules")).filter((f) => f.endsWith(".ts") && !["index.ts", "docs.ts", "docs.generated.ts"].includes(f));
    for (const file of loose) problems.push(`rules/${file}: a rule is a folder, rules/<id>/index.ts`);
    expect(folders.length).toBe(rules.length);
    expect(problems).toEqual([]);
  });

  it("has unique, kebab-case ids", () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("documents every rule: summary, rationale, remediation and examples are written", () => {
    const missing: string[] = [];
    const written = (text: string | undefined): boolean => !!text && text.trim() !== "" && !/^TODO\b/i.test(text.trim());
    for (const rule of rules) {
      const docs = docsOf(rule);
      if (!written(rule.summary)) missing.push(`${rule.id}: summary`);
      if (!written(docs?.flags)) missing.push(`${rule.id}: What it flags`);
      if (!written(docs?.rationale)) missing.push(`${rule.id}: Why`);
      if (!written(docs?.remediation)) missing.push(`${rule.id}: How to fix`);
      if (!written(docs?.examples)) missing.push(`${rule.id}: Examples`);
      if (docs?.notes !== undefined && !written(docs.notes)) missing.push(`${rule.id}: Notes and heuristics`);
      if (rule.summary.includes("\n")) missing.push(`${rule.id}: summary must be one line`);
      if (rule.securitySeverity !== undefined && !(rule.securitySeverity >= 0 && rule.securitySeverity <= 10)) {
        missing.push(`${rule.id}: securitySeverity out of 0-10`);
      }
    }
    expect(missing, "rules still missing documentation").toEqual([]);
  });
});
