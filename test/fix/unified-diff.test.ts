/**
 * The `--fix-dry-run` diff is checked by applying it with git, which reads
 * unified diffs strictly: the patched file must equal the fixed text.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/report/unified-diff.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Applies `patch` with `git apply` to a file holding `before`; returns the file's text after. */
function gitApply(before: string, patch: string): string {
  const dir = mkdtempSync(join(tmpdir(), "tfmould-diff-"));
  dirs.push(dir);
  writeFileSync(join(dir, "main.tf"), before);
  writeFileSync(join(dir, "fix.patch"), patch);
  const r = spawnSync("git", ["apply", "--unidiff-zero", "fix.patch"], { cwd: dir, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return readFileSync(join(dir, "main.tf"), "utf8");
}

const lines = (n: number, mark = "") => Array.from({ length: n }, (_, i) => `line ${i + 1}${mark}\n`).join("");

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("main.tf", "a\n", "a\n")).toBe("");
  });

  it("names the file a/ and b/ and gives hunks git applies", () => {
    const before = lines(40);
    const after = before.replace("line 3\n", "line 3\nadded\n").replace("line 30\n", "changed 30\n");
    const patch = unifiedDiff("dir/main.tf", before, after);
    expect(patch.startsWith("--- a/dir/main.tf\n+++ b/dir/main.tf\n@@ ")).toBe(true);
    // Two changes far apart: two hunks, each with three lines of context.
    expect(patch.match(/^@@ /gm)).toHaveLength(2);
    expect(patch).toContain("@@ -1,6 +1,7 @@\n line 1\n line 2\n line 3\n+added\n line 4\n");
    expect(gitApply(before, patch.replace(/dir\/main\.tf/g, "main.tf"))).toBe(after);
  });

  it("joins changes close together into one hunk", () => {
    const before = lines(20);
    const after = before.replace("line 5\n", "five\n").replace("line 10\n", "ten\n");
    const patch = unifiedDiff("main.tf", before, after);
    expect(patch.match(/^@@ /gm)).toHaveLength(1);
    expect(gitApply(before, patch)).toBe(after);
  });

  it("keeps CRLF line breaks, so the patch applies to a CRLF file", () => {
    const before = 'resource "a" "b" {\r\n  x = 1\r\n}\r\n';
    const after = 'resource "a" "b" {\r\n  x = 1\r\n  y = 2\r\n}\r\n';
    const patch = unifiedDiff("main.tf", before, after);
    expect(patch).toContain("+  y = 2\r\n");
    expect(gitApply(before, patch)).toBe(after);
  });

  it("marks a last line without a line break", () => {
    const before = "a\nb";
    const after = "a\nb\nc";
    const patch = unifiedDiff("main.tf", before, after);
    expect(patch).toContain("\\ No newline at end of file\n");
    expect(gitApply(before, patch)).toBe(after);
  });

  it("diffs changes at the start and the end of a file and whole insertions", () => {
    for (const [before, after] of [
      ["", "new\n"],
      ["\uFEFFx\ny\n", "\uFEFFx\nz\ny\n"],
      [lines(10), `first\n${lines(10)}last\n`],
      [lines(10), lines(10).replace("line 2\n", "").replace("line 8\n", "eight\nnine\n")],
    ]) {
      expect(gitApply(before, unifiedDiff("main.tf", before, after))).toBe(after);
    }
  });
});
