/**
 * Issue 16 §1 and §2: one trust boundary, and only regular files of bounded
 * size. The scanned repository is written by an attacker: nothing outside
 * the repository that holds the scanned path is read unless the user named
 * it, and nothing it contains can make a read hang or grow without end.
 */
import { afterEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { closeSync, openSync, ftruncateSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/index.js";
import { EXIT_ERROR } from "../../src/cli/exit-codes.js";
import { lint } from "../../src/engine/index.js";
import { ReadBoundary, isWithin, readRegularFile } from "../../src/model/file-access.js";
import { fakeIO } from "../cli/fake-io.js";
import { makeTree, removeTree } from "../cli/tree.js";

const roots: string[] = [];
function tree(files: Record<string, string | Buffer>, links: Record<string, string> = {}): string {
  const root = makeTree(files, links);
  roots.push(root);
  return root;
}
afterEach(() => roots.splice(0).forEach(removeTree));

async function cli(cwd: string, ...argv: string[]) {
  const io = fakeIO(cwd);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const SECRET = "AKIAOUTSIDEOFTHEREPO";
/** A repository: `.git` marks its root. */
const GIT = { ".git/HEAD": "ref: refs/heads/main\n" };
const linux = process.platform === "linux";

function mkfifo(path: string): boolean {
  try {
    execFileSync("mkfifo", [path], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("the trust boundary", () => {
  it("file() cannot read above the scanned repository, whatever the working directory", async () => {
    const home = tree({
      ".aws_credentials": `${SECRET}\n`,
      ...Object.fromEntries(Object.entries(GIT).map(([k, v]) => [`repos/evil/${k}`, v])),
      "repos/evil/main.tf": 'resource "docker_container" "c" {\n  name  = "c"\n  image = "nginx:${trimspace(file("../../.aws_credentials"))}"\n}\n',
    });
    for (const format of ["stylish", "json", "sarif"]) {
      const { out, err } = await cli(home, "repos/evil", "--format", format);
      expect(out + err).not.toContain(SECRET);
    }
    const { out } = await cli(home, "repos/evil", "--format", "json");
    const notices = (JSON.parse(out) as { notices: { message: string }[] }).notices.map((n) => n.message).join("\n");
    expect(notices).toContain("../../.aws_credentials");
  });

  it("without a repository the scanned path is the boundary, even from /", async () => {
    const outside = tree({ "secret.txt": `${SECRET}\n` });
    const scanned = tree({ "main.tf": `locals {\n  x = 1\n}\noutput "o" {\n  value = file("${join(outside, "secret.txt")}")\n}\nresource "docker_container" "c" {\n  name = "c"\n  image = "nginx:\${file("${join(outside, "secret.txt")}")}"\n}\n` });
    const { out, err } = await cli("/", scanned, "--format", "json");
    expect(out + err).not.toContain(SECRET);
  });

  it("a repository's own config cannot name variable files outside it", async () => {
    const parent = tree({
      "outside.tfvars": 'image = "nginx:latest"\n',
      ...Object.fromEntries(Object.entries(GIT).map(([k, v]) => [`repo/${k}`, v])),
      "repo/.tfmould.json": '{ "varFiles": ["../outside.tfvars"] }\n',
      "repo/main.tf": 'variable "image" {\n  default = "nginx:1.27"\n}\nresource "docker_container" "c" {\n  name  = "c"\n  image = var.image\n}\n',
    });
    const { out } = await cli(parent, "repo", "--format", "json");
    const report = JSON.parse(out) as { findings: { ruleId: string }[]; notices: { message: string }[] };
    expect(report.findings.map((f) => f.ruleId)).not.toContain("container-image-pinned");
    expect(report.notices.map((n) => n.message).join("\n")).toMatch(/cannot read variable file outside\.tfvars \(outside the scanned repository/);
  });

  it("a variable file named on the command line is read wherever it is", async () => {
    const parent = tree({
      "outside.tfvars": 'image = "nginx:latest"\n',
      ...Object.fromEntries(Object.entries(GIT).map(([k, v]) => [`repo/${k}`, v])),
      "repo/main.tf": 'variable "image" {\n  default = "nginx:1.27"\n}\nresource "docker_container" "c" {\n  name  = "c"\n  image = var.image\n}\n',
    });
    const { out } = await cli(parent, "repo", "--var-file", "outside.tfvars", "--format", "json");
    expect((JSON.parse(out) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toContain("container-image-pinned");
  });

  it("a monorepo's modules outside the scanned directory but inside the repository are still followed", async () => {
    const repo = tree({
      ...GIT,
      "stacks/app/main.tf": 'module "web" {\n  source = "../../modules/web"\n}\n',
      "modules/web/main.tf": 'resource "docker_container" "c" {\n  name  = "c"\n  image = "nginx:latest"\n}\n',
    });
    const { out } = await cli(repo, "stacks/app", "--format", "json");
    const findings = (JSON.parse(out) as { findings: { ruleId: string; address: string }[] }).findings;
    expect(findings.filter((f) => f.ruleId === "container-image-pinned").map((f) => f.address)).toEqual(["module.web.docker_container.c"]);
  });

  it.runIf(linux)("discovery does not follow a symbolic link to / or to a directory outside the repository", async () => {
    const outside = tree({ "main.tf": 'resource "docker_container" "c" {\n  name  = "c"\n  image = "nginx:latest"\n}\n' });
    const repo = tree({ ...GIT, "main.tf": "locals {\n  a = 1\n}\n" }, { root: "/", elsewhere: outside });
    const { out } = await cli(repo, ".", "--format", "json");
    const report = JSON.parse(out) as { findings: { file: string }[]; notices: { message: string; file: string }[]; summary: { files: number } };
    expect(report.summary.files).toBe(1);
    expect(report.findings.every((f) => f.file === "main.tf")).toBe(true);
    const linkNotices = report.notices.filter((n) => /Symbolic link to a directory outside the scanned repository/.test(n.message));
    expect(linkNotices.map((n) => n.file).sort()).toEqual(["elsewhere", "root"]);
  }, 10_000);

  it("lint({ paths }) confines the same way as the command", () => {
    const home = tree({
      "secret.tfvars": 'image = "nginx:latest"\n',
      ...Object.fromEntries(Object.entries(GIT).map(([k, v]) => [`repo/${k}`, v])),
      "repo/main.tf": 'resource "docker_container" "c" {\n  name  = "c"\n  image = "nginx:${trimspace(file("../secret.tfvars"))}"\n}\n',
    });
    const result = lint({ paths: ["repo"], cwd: home });
    expect(JSON.stringify(result)).not.toContain("latest");
  });

  it("compares paths by components: / holds everything, /a does not hold /ab", () => {
    expect(isWithin("/", "/etc/passwd")).toBe(true);
    expect(isWithin("/a", "/ab")).toBe(false);
    expect(isWithin("/a", "/a/b")).toBe(true);
    expect(isWithin("/a/b", "/a")).toBe(false);
    // Paths that are not plainly written are resolved before they are compared.
    expect(isWithin("/a/b", "/a/b/../c")).toBe(false);
    expect(isWithin("/a/b", "/a/b/./c")).toBe(true);
    expect(isWithin("/a/b/", "/a/b")).toBe(true);
    expect(isWithin("/a/b", "/a//b/c")).toBe(true);
    expect(isWithin("/a/b/..", "/a/c")).toBe(true);
    expect(isWithin("/a/b", "/a/b..")).toBe(false);
    expect(isWithin("/a/b", "/a/b.../c")).toBe(false);
    expect(isWithin("/a", "/a")).toBe(true);
  });

  it("a boundary's roots are the repositories that hold the scanned paths", () => {
    const repo = tree({ ...GIT, "stacks/app/main.tf": "" });
    const bare = tree({ "x/main.tf": "" });
    const boundary = ReadBoundary.forScan(["stacks/app", join(bare, "x")], repo);
    expect(boundary.allows(join(repo, "stacks/app/main.tf"))).toBe(true);
    expect(boundary.allows(join(repo, ".git/HEAD"))).toBe(true);
    expect(boundary.allows(join(bare, "x/main.tf"))).toBe(true);
    expect(boundary.rootOf(join(repo, "stacks/app"))).toBe(boundary.roots[0]);
    expect(boundary.allows("/etc/hostname")).toBe(false);
  });
});

describe("only regular files, of bounded size", () => {
  it.runIf(linux)("a device is refused at once, never read", () => {
    expect(readRegularFile("/dev/zero")).toEqual({ reason: "not a regular file" });
    expect(readRegularFile("/dev/null")).toEqual({ reason: "not a regular file" });
  });

  it.runIf(linux)("a FIFO is refused without blocking, as a var file, a baseline and through file()", async () => {
    const repo = tree({ ...GIT, "main.tf": 'resource "aws_instance" "a" {\n  ami = "ami-1"\n  user_data = file("pipe")\n}\n' });
    if (!mkfifo(join(repo, "pipe"))) return;
    expect(readRegularFile(join(repo, "pipe"))).toEqual({ reason: "not a regular file" });
    const viaFile = await cli(repo, ".", "--format", "json");
    expect(viaFile.code).not.toBe(EXIT_ERROR);
    const varFile = await cli(repo, ".", "--var-file", "pipe", "--format", "json");
    expect(varFile.code).toBe(EXIT_ERROR);
    expect(varFile.err).toBe("tfmould: cannot read the variable file pipe: not a regular file\n");
    const baseline = await cli(repo, ".", "--baseline", "pipe");
    expect(baseline.code).toBe(EXIT_ERROR);
    expect(baseline.err).toContain("cannot read the baseline pipe: not a regular file");
  }, 10_000);

  it.runIf(linux)("--baseline /dev/zero and --var-file /dev/zero end at once", async () => {
    const repo = tree({ ...GIT, "main.tf": "locals {\n  a = 1\n}\n" });
    const baseline = await cli(repo, ".", "--baseline", "/dev/zero");
    expect(baseline.code).toBe(EXIT_ERROR);
    expect(baseline.err.trim()).toBe("tfmould: cannot read the baseline /dev/zero: not a regular file");
    const varFile = await cli(repo, ".", "--var-file", "/dev/zero", "--format", "json");
    expect(varFile.code).toBe(EXIT_ERROR);
    expect(varFile.err).toContain("not a regular file");
  }, 10_000);

  it("a file over the size limit is not read, with the reason, and the limit can be raised", async () => {
    const repo = tree({ ...GIT, "main.tf": "locals {\n  a = 1\n}\n", "big.tf": "", "more.tf": `locals {\n  b = "${"x".repeat(40)}"\n}\n` });
    // Sparse: 1.5 GB on paper, nothing on disk.
    const fd = openSync(join(repo, "big.tf"), "r+");
    ftruncateSync(fd, 1_500_000_000);
    closeSync(fd);
    expect(readRegularFile(join(repo, "big.tf"))).toEqual({ reason: "larger than the 16 MiB limit (--max-file-size)" });
    const { out } = await cli(repo, ".", "--format", "json");
    expect(out).toContain("larger than the 16 MiB limit");
    expect(readRegularFile(join(repo, "more.tf"), 40)).toEqual({ reason: "larger than the 40 bytes limit (--max-file-size)" });
    const small = await cli(repo, ".", "--max-file-size", "40", "--format", "json");
    expect(small.out).toContain(`The file \\"more.tf\\" could not be read: larger than the 40 bytes limit`);
    expect(small.out).not.toContain("main.tf: larger");
  }, 10_000);
});
