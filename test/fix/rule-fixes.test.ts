/**
 * Every rule's fixes on its own bad fixtures: applying them gives files
 * that parse and no longer have the findings that were fixed, a second run
 * changes nothing, and every rule that offers fixes fixes at least one of
 * its fixtures (so the test fails if a rule's fixes are lost).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { parseConfigText } from "../../src/config/index.js";
import type { LoadedConfig } from "../../src/config/index.js";
import { lint, lintAndFix } from "../../src/engine/index.js";
import { parse } from "../../src/hcl/index.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fixturesRoot = path.join(repoRoot, "fixtures/rules");
const NOW = new Date("2026-06-01T12:00:00Z");
const CONFIG_LINE = /^\s*#\s*fixture-config:\s*(.*?)\s*$/m;

/** The rules that say they attach fixes (their docs say what `--fix` does), and so must fix some of their bad fixtures. */
const FIXABLE = rules.filter((r) => r.autofix !== undefined).map((r) => r.id).sort();

interface Fixture {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly config: LoadedConfig | undefined;
}

function readTree(root: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(path.join(root, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(path.join(root, rel)).isDirectory()) Object.assign(out, readTree(root, rel));
    else out[rel] = readFileSync(path.join(root, rel), "utf8");
  }
  return out;
}

function badFixtures(ruleId: string): Fixture[] {
  const dir = path.join(fixturesRoot, ruleId, "bad");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry): Fixture[] => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        const files = readTree(full);
        const text = files[".tfmould.json"];
        return [{ name: entry, files, config: text === undefined ? undefined : parseConfigText(text, path.join(full, ".tfmould.json")) }];
      }
      if (!/\.tf(\.json)?$/.test(entry)) return [];
      const text = readFileSync(full, "utf8");
      const header = CONFIG_LINE.exec(text);
      return [{ name: entry, files: { [entry]: text }, config: header ? parseConfigText(header[1], full) : undefined }];
    });
}

describe("rule fixes on their bad fixtures", () => {
  it("finds fixes on the fixtures of exactly the rules whose metadata says they offer them", () => {
    const offering = rules
      .filter((rule) =>
        badFixtures(rule.id).some((f) =>
          lint({ files: f.files, config: f.config, now: NOW, cwd: repoRoot }).findings.some((x) => x.ruleId === rule.id && x.fix),
        ),
      )
      .map((r) => r.id);
    expect(offering.sort()).toEqual(FIXABLE);
  });

  for (const ruleId of FIXABLE) {
    describe(ruleId, () => {
      const fixtures = badFixtures(ruleId);
      let fixedSomewhere = 0;
      it.each(fixtures.map((f) => [f.name, f] as const))("%s", (_name, fixture) => {
        const settings = { config: fixture.config, now: NOW, cwd: repoRoot };
        const before = lint({ files: fixture.files, ...settings });
        const withFix = before.findings.filter((f) => f.ruleId === ruleId && f.fix && !f.suppressed);
        const out = lintAndFix({ files: fixture.files, ...settings, fixRules: [ruleId] });
        if (withFix.length === 0) {
          expect(out.fixed).toEqual({});
          return;
        }
        fixedSomewhere++;
        expect(out.reverted).toEqual([]);
        expect(Object.keys(out.fixed).length).toBeGreaterThan(0);
        for (const [file, text] of Object.entries(out.fixed)) {
          // The fixed text parses, on its own as well as in the lint.
          expect(parse(text, file).diagnostics.filter((d) => d.severity === "error"), `${file}:\n${text}`).toEqual([]);
        }
        expect(out.result.findings.filter((f) => f.ruleId === "syntax-error")).toEqual(before.findings.filter((f) => f.ruleId === "syntax-error"));
        const fixedPrints = new Set(withFix.map((f) => f.fingerprint));
        const left = out.result.findings.filter((f) => f.ruleId === ruleId && fixedPrints.has(f.fingerprint));
        expect(left.map((f) => `${f.file}:${f.range?.start.line} ${f.message}`), Object.values(out.fixed).join("\n----\n")).toEqual([]);
        expect(out.result.findings.filter((f) => f.ruleId === ruleId && f.fix && !f.suppressed)).toEqual([]);
        // Idempotent: fixing the fixed files changes nothing.
        const again = lintAndFix({ files: { ...fixture.files, ...out.fixed }, ...settings, fixRules: [ruleId] });
        expect(again.fixed).toEqual({});
      });
      it("fixes at least one fixture", () => {
        expect(fixedSomewhere).toBeGreaterThan(0);
      });
    });
  }
});
