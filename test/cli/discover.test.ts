import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { discover, excludeMatcher, isTerraformFileName } from "../../src/cli/discover.js";
import type { Discovery } from "../../src/cli/discover.js";
import { UsageError } from "../../src/cli/errors.js";
import { readSource } from "../../src/model/file-access.js";
import { makeTree, removeTree } from "./tree.js";

const roots: string[] = [];
function tree(files: Record<string, string | Buffer>, links: Record<string, string> = {}): string {
  const root = makeTree(files, links);
  roots.push(root);
  return root;
}
afterEach(() => roots.splice(0).forEach(removeTree));

/** Modules as `dir: [files]`, relative to the root, for readable assertions. */
function shape(root: string, d: Discovery): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of d.modules) out[relative(root, m.dir) || "."] = m.files.map((f) => relative(m.dir, f));
  return out;
}

describe("file discovery", () => {
  it("knows Terraform file names", () => {
    for (const n of ["main.tf", "x.tf.json", "prod.tfvars", "prod.tfvars.json"]) expect(isTerraformFileName(n)).toBe(true);
    for (const n of ["main.tf.bak", "README.md", "tf", "x.json", ".terraform.lock.hcl"]) expect(isTerraformFileName(n)).toBe(false);
  });

  it("walks directories recursively, one module per directory", async () => {
    const root = tree({
      "main.tf": "",
      "variables.tf": "",
      "prod.tfvars": "",
      "README.md": "",
      "modules/vpc/main.tf.json": "{}",
      "modules/vpc/x.tfvars.json": "{}",
      "modules/empty/notes.txt": "",
    });
    const d = await discover(["."], { cwd: root });
    expect(shape(root, d)).toEqual({
      ".": ["main.tf", "prod.tfvars", "variables.tf"],
      "modules/vpc": ["main.tf.json", "x.tfvars.json"],
    });
    expect(d.notices).toEqual([]);
  });

  it("never enters .terraform, node_modules or .git", async () => {
    const root = tree({
      "main.tf": "",
      ".terraform/modules/vpc/main.tf": "",
      "sub/.terraform/x.tf": "",
      "node_modules/pkg/main.tf": "",
      ".git/hooks/x.tf": "",
      ".hidden/ok.tf": "",
    });
    const d = await discover([root], { cwd: "/" });
    expect(shape(root, d)).toEqual({ ".": ["main.tf"], ".hidden": ["ok.tf"] });
  });

  it("reports a symlink loop once and does not follow it", async () => {
    const root = tree({ "a/main.tf": "", "a/b/x.tf": "" }, { "a/b/loop": "..", "a/b/loop2": "../../a", "a/c": "b" });
    const d = await discover(["."], { cwd: root });
    expect(shape(root, d)).toEqual({ a: ["main.tf"], "a/b": ["x.tf"] });
    const loops = d.notices.filter((n) => /loop/i.test(n.message));
    expect(loops).toHaveLength(1);
    expect(loops[0].level).toBe("warning");
  });

  it("follows links to directories and files outside the tree, once", async () => {
    const outside = tree({ "shared/main.tf": "", "one.tf": "" });
    const root = tree({ "main.tf": "" }, { shared: join(outside, "shared"), "linked.tf": join(outside, "one.tf"), "again.tf": join(outside, "one.tf") });
    const d = await discover(["."], { cwd: root });
    expect(shape(root, d)).toEqual({ ".": ["again.tf", "main.tf"], shared: ["main.tf"] });
  });

  it("reports a broken link to a Terraform file", async () => {
    const root = tree({ "main.tf": "" }, { "gone.tf": "nowhere.tf" });
    const d = await discover(["."], { cwd: root });
    expect(d.notices.map((n) => n.message)).toEqual([expect.stringContaining("Broken symbolic link")]);
  });

  it("throws a usage error for a missing path", async () => {
    const root = tree({ "main.tf": "" });
    await expect(discover(["nope"], { cwd: root })).rejects.toThrow(UsageError);
    await expect(discover(["nope"], { cwd: root })).rejects.toThrow("no such file or directory: nope");
  });

  it("applies config excludes to walked directories but not to files named", async () => {
    const root = tree({ "main.tf": "", "legacy/old.tf": "", "a/legacy/old.tf": "", "gen/x.tf": "", "gen/y.tf": "", "sub/gen/z.tf": "" });
    const isExcluded = await excludeMatcher({ patterns: ["legacy", "/gen/*.tf"], baseDir: root });
    expect(shape(root, await discover(["."], { cwd: root, isExcluded }))).toEqual({ ".": ["main.tf"], "sub/gen": ["z.tf"] });
    const named = await discover([".", "gen/x.tf"], { cwd: root, isExcluded });
    expect(shape(root, named)).toEqual({ ".": ["main.tf"], "sub/gen": ["z.tf"] });
    expect(named.namedButExcluded).toEqual([join(root, "gen/x.tf")]);
  });

  it("decides exclusion from the path alone, relative to the config's directory", async () => {
    const root = tree({ "main.tf": "" });
    const isExcluded = await excludeMatcher({ patterns: ["@(dev|stage)", "/!(keep)/*.tf"], baseDir: join(root, "live") });
    expect(isExcluded(join(root, "live/stage/main.tf"))).toBe(true);
    expect(isExcluded(join(root, "live/drop/main.tf"))).toBe(true);
    expect(isExcluded(join(root, "live/keep/main.tf"))).toBe(false);
    expect(isExcluded(join(root, "stage/main.tf"))).toBe(false);
    expect(isExcluded(join(root, "live"))).toBe(false);
  });

  it("does not treat a directory of variable files alone as a module", async () => {
    const root = tree({ "main.tf": "", "envs/prod.tfvars": "", "envs/dev.tfvars.json": "{}" });
    expect(shape(root, await discover(["."], { cwd: root }))).toEqual({ ".": ["main.tf"] });
    expect(shape(root, await discover(["envs/prod.tfvars"], { cwd: root }))).toEqual({ envs: ["dev.tfvars.json", "prod.tfvars"] });
  });

  it("loads the directory of a file named as context but reports only that file", async () => {
    const root = tree({ "env/main.tf": "", "env/variables.tf": "", "env/sub/x.tf": "" });
    const d = await discover(["env/main.tf"], { cwd: root });
    expect(shape(root, d)).toEqual({ env: ["main.tf", "variables.tf"] });
    expect([...(d.modules[0].reportOnly ?? [])]).toEqual([join(root, "env/main.tf")]);
  });

  it("with --dirs-of-files lints and reports whole directories of the files named", async () => {
    const root = tree({ "a/main.tf": "", "a/variables.tf": "", "a/sub/x.tf": "", "b/prod.tfvars": "", "b/main.tf": "" });
    const d = await discover(["a/main.tf", "a/variables.tf", "b/prod.tfvars"], { cwd: root, dirsOfFiles: true });
    expect(shape(root, d)).toEqual({ a: ["main.tf", "variables.tf"], b: ["main.tf", "prod.tfvars"] });
    expect(d.modules.every((m) => m.reportOnly === undefined)).toBe(true);
  });

  it("reports a whole module when its directory is also given", async () => {
    const root = tree({ "main.tf": "", "variables.tf": "" });
    const d = await discover(["main.tf", "."], { cwd: root });
    expect(d.modules).toHaveLength(1);
    expect(d.modules[0].reportOnly).toBeUndefined();
  });

  it("skips a named file that is not Terraform, with a notice", async () => {
    const root = tree({ "README.md": "" });
    const d = await discover(["README.md"], { cwd: root });
    expect(d.modules).toEqual([]);
    expect(d.notices[0].message).toMatch(/Not a Terraform file/);
  });
});

describe("reading sources", () => {
  it("reads UTF-8 text and keeps a BOM", () => {
    const root = tree({ "a.tf": "\uFEFFx = 1\n" });
    expect(readSource(join(root, "a.tf"))).toEqual({ text: "\uFEFFx = 1\n" });
  });

  it("says why binary and non-UTF-8 files are not used", () => {
    const root = tree({ "bin.tf": Buffer.from([0x78, 0x00, 0x01]), "latin1.tf": Buffer.from([0x78, 0x3d, 0xe9, 0x0a]) });
    expect(readSource(join(root, "bin.tf"))).toEqual({ reason: "binary file (contains NUL bytes)" });
    expect(readSource(join(root, "latin1.tf"))).toEqual({ reason: "not UTF-8 text" });
  });

  it("says why a file cannot be read (here: a directory where a file is expected)", () => {
    const root = tree({});
    mkdirSync(join(root, "dir.tf"));
    expect(readSource(join(root, "dir.tf"))).toEqual({ reason: "is a directory" });
    expect(readSource(join(root, "none.tf"))).toEqual({ reason: "does not exist" });
  });
});
