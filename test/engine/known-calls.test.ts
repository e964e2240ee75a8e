/**
 * The command's threads lint parts of a run with the module calls its
 * grouping found (`lintModulesKnowingCalls`), instead of scanning the
 * modules for them again.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { groupsAndCalls, lintModules, lintModulesKnowingCalls } from "../../src/engine/lint.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A tree of two stacks: `app` calls `modules/web`, `other` calls nothing. */
function tree(): string {
  const root = mkdtempSync(join(tmpdir(), "tfmould-known-calls-"));
  dirs.push(root);
  const files: Record<string, string> = {
    "app/main.tf": 'module "web" {\n  source = "../modules/web"\n}\n',
    // A called module's lock file or provider block is its caller's business: as a root module it would be flagged.
    "modules/web/main.tf": 'resource "aws_instance" "web" {\n  ami = "ami-123"\n  user_data = "x"\n}\nprovider "aws" {\n  region = "eu-west-1"\n}\n',
    "other/main.tf": 'resource "aws_instance" "o" {\n  ami = "ami-456"\n}\n',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const ids = (r: { findings: readonly { ruleId: string; file?: string }[] }): string[] => r.findings.map((f) => `${f.file}:${f.ruleId}`);

describe("lintModulesKnowingCalls", () => {
  it("gives each group the findings one run over every path gives", () => {
    const cwd = tree();
    const paths = ["app", "modules/web", "other"].map((p) => join(cwd, p));
    const { groups, calls } = groupsAndCalls({ cwd, paths });
    expect(groups).toHaveLength(2);
    const whole = lintModules({ cwd, paths });
    const parts = groups.flatMap((g) => ids(lintModulesKnowingCalls({ cwd, paths: g }, calls)));
    expect(parts.sort()).toEqual(ids(whole).sort());
  });

  it("takes the calls it is given as they are: a call left out makes the module a root", () => {
    const cwd = tree();
    const paths = ["app", "modules/web"].map((p) => join(cwd, p));
    const { calls } = groupsAndCalls({ cwd, paths });
    const called = ids(lintModulesKnowingCalls({ cwd, paths }, calls));
    const uncalled = ids(lintModulesKnowingCalls({ cwd, paths }, new Map([...calls].map(([dir]) => [dir, []]))));
    expect(called).toEqual(ids(lintModules({ cwd, paths })));
    // As a root module, modules/web is judged on what a root must have; called, it is not.
    expect(uncalled).not.toEqual(called);
  });

  it("scans after all when a directory the run reaches is not among the calls given", () => {
    const cwd = tree();
    const paths = ["app", "modules/web"].map((p) => join(cwd, p));
    const partial = new Map([[join(cwd, "modules/web"), []]]);
    expect(ids(lintModulesKnowingCalls({ cwd, paths }, partial))).toEqual(ids(lintModules({ cwd, paths })));
  });
});
