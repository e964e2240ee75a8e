/**
 * Each rule tells which resources it checks (`Concerns`) so that `count` and
 * `for_each` are evaluated only for those, and (`Rule.concerns`) so that the
 * engine runs it only on modules holding one. A test that lost a type would
 * silently lose that type's findings: linting every rule fixture with
 * tests that accept everything must give exactly the same findings.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import type * as Instances from "../../rules/lib/instances.js";

const fixturesRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/rules");

/** Every rule fixture: a file alone, or a directory's files by relative path. */
function fixtures(): { name: string; files: Record<string, string> }[] {
  const out: { name: string; files: Record<string, string> }[] = [];
  for (const rule of readdirSync(fixturesRoot)) {
    for (const kind of ["bad", "good"]) {
      const dir = path.join(fixturesRoot, rule, kind);
      let entries: string[];
      try {
        entries = readdirSync(dir);
      } catch {
        continue;
      }
      for (const entry of entries) {
        const full = path.join(dir, entry);
        const files: Record<string, string> = {};
        if (statSync(full).isDirectory()) {
          for (const f of readdirSync(full, { recursive: true }) as string[]) {
            const p = path.join(full, f);
            if (statSync(p).isFile() && !f.endsWith("plan.json")) files[f.split(path.sep).join("/")] = readFileSync(p, "utf8");
          }
        } else {
          files[entry] = readFileSync(full, "utf8");
        }
        out.push({ name: `${rule}/${kind}/${entry}`, files });
      }
    }
  }
  return out;
}

type Context = Parameters<typeof Instances.managedResources>[0];

/** Every finding of every rule on every fixture, one line each. */
async function lintFixtures(acceptEverything: boolean): Promise<string[]> {
  vi.resetModules();
  if (acceptEverything) {
    vi.doMock("../../rules/lib/instances.js", async (importOriginal) => {
      const real = await importOriginal<typeof Instances>();
      const all = (): boolean => true;
      return {
        ...real,
        existingResources: (ctx: Context) => real.existingResources(ctx, all),
        managedResources: (ctx: Context) => real.managedResources(ctx, all),
        possibleResources: (ctx: Context) => real.possibleResources(ctx, all),
      };
    });
  } else {
    vi.doUnmock("../../rules/lib/instances.js");
  }
  const { rules: declared } = await import("../../rules/index.js");
  const rules = acceptEverything ? declared.map((rule) => ({ ...rule, concerns: undefined })) : declared;
  const { lint } = await import("../../src/engine/index.js");
  const out: string[] = [];
  for (const fixture of fixtures()) {
    for (const f of lint({ files: fixture.files, rules, now: new Date("2026-06-01T12:00:00Z") }).findings) {
      out.push(`${fixture.name} ${f.ruleId} ${f.file ?? ""}:${f.range?.start.line ?? ""}:${f.range?.start.column ?? ""} ${f.message}`);
    }
  }
  return out;
}

describe("the resources each rule checks", () => {
  it("lose no finding on any rule fixture", async () => {
    const filtered = await lintFixtures(false);
    const everything = await lintFixtures(true);
    expect(filtered.length).toBeGreaterThan(500);
    expect(filtered).toEqual(everything);
  }, 60_000);
});
