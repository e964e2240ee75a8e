/**
 * The rule catalog (../shared/RULES.md) and the code cannot drift: every id
 * there is registered with the same default severity and category, every
 * rule file is registered and in the catalog, and every rule is documented.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const catalogPath = path.resolve(repoRoot, "../shared/RULES.md");

interface CatalogEntry {
  readonly id: string;
  readonly severity: string;
  readonly category: string;
}

/** Rows of the tables under each `## <category> — ...` heading: `| \`id\` | severity | ... |`. */
function parseCatalog(text: string): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  let category: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const heading = /^##\s+([a-z]+)\b/.exec(line);
    if (heading) {
      category = heading[1];
      continue;
    }
    const row = /^\|\s*`([a-z0-9-]+)`\s*\|\s*(error|warning|note)\s*\|/.exec(line);
    if (row && category) entries.push({ id: row[1], severity: row[2], category });
  }
  return entries;
}

const catalogText = existsSync(catalogPath) ? readFileSync(catalogPath, "utf8") : undefined;
const describeCatalog = catalogText === undefined ? describe.skip : describe;
if (catalogText === undefined) {
  console.warn(`catalog.test.ts: ${catalogPath} not found (the rule catalog lives beside the clone); catalog checks skipped`);
}

describeCatalog("the rule catalog (../shared/RULES.md)", () => {
  const catalog = parseCatalog(catalogText ?? "");

  it("lists rules", () => {
    expect(catalog.length).toBeGreaterThan(20);
    expect(new Set(catalog.map((e) => e.id)).size).toBe(catalog.length);
  });

  it("every catalog rule is registered with the same default severity and category", () => {
    const registered = new Map(rules.map((r) => [r.id, r]));
    const problems = catalog.flatMap((e) => {
      const rule = registered.get(e.id);
      if (!rule) return [`${e.id}: not in rules/index.ts`];
      const out: string[] = [];
      if (rule.severity !== e.severity) out.push(`${e.id}: severity ${rule.severity}, catalog says ${e.severity}`);
      if (rule.category !== e.category) out.push(`${e.id}: category ${rule.category}, catalog says ${e.category}`);
      return out;
    });
    expect(problems).toEqual([]);
  });

  it("every registered rule is in the catalog", () => {
    const ids = new Set(catalog.map((e) => e.id));
    expect(rules.filter((r) => !ids.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});

describe("the rule registry (rules/index.ts)", () => {
  it("registers every rule file, each under its own file name", async () => {
    const files = readdirSync(path.join(repoRoot, "rules")).filter((f) => f.endsWith(".ts") && f !== "index.ts");
    const registered = new Set(rules);
    const problems: string[] = [];
    for (const file of files) {
      const mod = (await import(`../../rules/${file.replace(/\.ts$/, ".js")}`)) as { default?: { id?: string } };
      const rule = mod.default;
      if (!rule || typeof rule.id !== "string") problems.push(`rules/${file}: no default-exported rule`);
      else {
        if (rule.id !== file.replace(/\.ts$/, "")) problems.push(`rules/${file}: exports rule "${rule.id}"`);
        if (!registered.has(rule as (typeof rules)[number])) problems.push(`rules/${file}: not in rules/index.ts`);
      }
    }
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
      if (!written(rule.summary)) missing.push(`${rule.id}: summary`);
      if (!written(rule.docs.rationale)) missing.push(`${rule.id}: docs.rationale`);
      if (!written(rule.docs.remediation)) missing.push(`${rule.id}: docs.remediation`);
      if (!written(rule.docs.examples)) missing.push(`${rule.id}: docs.examples`);
      if (rule.docs.notes !== undefined && !written(rule.docs.notes)) missing.push(`${rule.id}: docs.notes`);
      if (rule.summary.includes("\n")) missing.push(`${rule.id}: summary must be one line`);
      if (rule.securitySeverity !== undefined && !(rule.securitySeverity >= 0 && rule.securitySeverity <= 10)) {
        missing.push(`${rule.id}: securitySeverity out of 0-10`);
      }
    }
    expect(missing, "rules still missing documentation").toEqual([]);
  });
});
