/**
 * Discovery (the command's walk) and the engine (`lint({ paths })`) decide
 * exclusion with one matcher; this runs both on the same tree and config for
 * a table of patterns and requires the same files to be left out.
 */
import { writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discover, excludeMatcher } from "../../src/cli/discover.js";
import { lint } from "../../src/engine/lint.js";
import { makeTree, removeTree } from "./tree.js";

const FILES = [
  "main.tf",
  "a/main.tf",
  "b/main.tf",
  "c/main.tf",
  "ab/main.tf",
  "aab/main.tf",
  "(a)/main.tf",
  "env/dev/main.tf",
  "env/prod/main.tf",
  ".hidden/main.tf",
  "deep/nested/a/main.tf",
  "deep/nested/x/y.tf",
  "modules/a/variables.tf",
];

/** Pattern → the files it leaves out. */
const TABLE: [string, string[]][] = [
  // picomatch: a pattern also matches its own literal text
  ["(a)", ["(a)/main.tf", "a/main.tf", "deep/nested/a/main.tf", "modules/a/variables.tf"]],
  ["[(]a[)]", ["(a)/main.tf"]],
  ["@(a|b)", ["a/main.tf", "b/main.tf", "deep/nested/a/main.tf", "modules/a/variables.tf"]],
  ["/!(a)", FILES.filter((f) => !f.startsWith("a/"))],
  ["env/!(prod)", ["env/dev/main.tf"]],
  ["*(a)b", ["aab/main.tf", "ab/main.tf", "b/main.tf"]],
  ["**", FILES],
  ["**/a/**", ["a/main.tf", "deep/nested/a/main.tf", "modules/a/variables.tf"]],
  ["/a", ["a/main.tf"]],
  ["{a,b}", ["a/main.tf", "b/main.tf", "deep/nested/a/main.tf", "modules/a/variables.tf"]],
  ["{env/dev,c}", ["c/main.tf", "env/dev/main.tf"]],
  ["[ab]", ["a/main.tf", "b/main.tf", "deep/nested/a/main.tf", "modules/a/variables.tf"]],
  ["[!ab]", ["c/main.tf", "deep/nested/x/y.tf"]],
  [".*", [".hidden/main.tf"]],
  ["*.tf", FILES],
  ["variables.tf", ["modules/a/variables.tf"]],
  ["./deep/nested/", ["deep/nested/a/main.tf", "deep/nested/x/y.tf"]],
  ["deep/**/a", ["deep/nested/a/main.tf"]],
  ["deep/*/?", ["deep/nested/a/main.tf", "deep/nested/x/y.tf"]],
  ["!main.tf", []],
];

const root = makeTree(Object.fromEntries(FILES.map((f) => [f, ""])));
afterAll(() => removeTree(root));

async function excludedByDiscovery(pattern: string): Promise<string[]> {
  const isExcluded = await excludeMatcher({ patterns: [pattern], baseDir: root });
  const d = await discover(["."], { cwd: root, isExcluded });
  const kept = new Set(d.modules.flatMap((m) => m.files.map((f) => relative(root, f))));
  return FILES.filter((f) => !kept.has(f)).sort();
}

function excludedByEngine(pattern: string): string[] {
  writeFileSync(join(root, ".tfmould.json"), JSON.stringify({ exclude: [pattern] }));
  const dirs = [...new Set(FILES.map((f) => dirname(f)))];
  const kept = new Set(lint({ paths: dirs, cwd: root }).files);
  return FILES.filter((f) => !kept.has(f)).sort();
}

describe("discovery and the engine exclude the same files", () => {
  it.each(TABLE)("%s", async (pattern, expected) => {
    const byDiscovery = await excludedByDiscovery(pattern);
    expect(byDiscovery).toEqual([...expected].sort());
    expect(excludedByEngine(pattern)).toEqual(byDiscovery);
  });
});
