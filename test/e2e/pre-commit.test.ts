/**
 * The pre-commit hook. First its entry, run the way pre-commit runs it (the
 * changed files filtered by `files`/`exclude` and appended); then the real
 * pre-commit, versions 3 and 4, installing the hook from a clone of this
 * repository into a clean PRE_COMMIT_HOME and running it on commits of a
 * temporary repository: a module with a provisioner fails, the fixed module
 * passes.
 *
 * pre-commit 3 packs the hook repository (`npm pack`) and installs the
 * tarball; pre-commit 4 installs it with `npm install -g git+file://…`.
 * Neither builds anything, so the hook runs the committed bundle.
 *
 * Which pre-commit: $TFMOULD_PRE_COMMIT_3 / $TFMOULD_PRE_COMMIT_4 (set by
 * .ci/run, which installs them), else `pre-commit` on PATH when its version
 * matches. A version that is not installed is skipped, with a message.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { BIN, REPO, ensureBuilt } from "./build.js";
import { fixtureCopy, removeCopies } from "./run-bin.js";

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  exclude: string;
  require_serial: boolean;
  pass_filenames?: boolean;
}

const hooks = parseYaml(readFileSync(join(REPO, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
const hook = hooks.find((h) => h.id === "tfmould")!;

/** Every file of a tree, relative, with `/`. */
function allFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? allFiles(root, p) : [relative(root, p).split("\\").join("/")];
  });
}

describe("pre-commit hook entry", () => {
  beforeAll(() => ensureBuilt(), 600_000);
  afterAll(() => removeCopies());

  it("is declared as a node hook on Terraform files, run once with all the files", () => {
    expect(hook).toMatchObject({
      id: "tfmould",
      language: "node",
      entry: "tfmould --dirs-of-files",
      files: "(\\.tf|\\.tfvars|\\.tf\\.json)$",
      exclude: "\\.terraform/",
      require_serial: true,
    });
    expect(hook.pass_filenames ?? true).toBe(true);
    // The entry's command is the package's bin, which runs without a build.
    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { bin: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.bin.tfmould).toBe("bin/tfmould.js");
    // No install scripts; and none of the scripts that make npm "prepare" a git
    // dependency (npm install of its devDependencies, as a global install racing
    // the real one under pre-commit 4: ENOTEMPTY), hence `compile`, not `build`.
    for (const script of ["preinstall", "install", "postinstall", "prepare", "prepack", "build"]) expect(pkg.scripts[script], script).toBeUndefined();
  });

  /** Runs the entry like pre-commit: filter the changed files, append them, run from the repo root (the bin through node). */
  function runEntry(repo: string, changed: string[]) {
    const files = changed.filter((f) => new RegExp(hook.files).test(f) && !new RegExp(hook.exclude).test(f));
    const [command, ...args] = hook.entry.split(/\s+/);
    expect(command).toBe("tfmould");
    const r = spawnSync(process.execPath, [BIN, ...args, ...files], { cwd: repo, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    return { files, status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it("lints the whole module directory of a changed file", () => {
    const repo = fixtureCopy("app");
    // Only variables.tf changed, but its module is linted whole: main.tf's finding is reported.
    // (The floating AMI default in variables.tf is its callers' choice, reported only where a linted caller keeps it.)
    const r = runEntry(repo, ["modules/web/variables.tf", "README.md"]);
    expect(r.files).toEqual(["modules/web/variables.tf"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/modules\/web\/main\.tf\n.*no-ssh-access/);
    expect(r.stdout).not.toMatch(/machine-image-pinned/);
    // With the caller changed too, the default it keeps is reported at the default.
    const both = runEntry(repo, ["modules/web/variables.tf", "envs/prod/main.tf"]);
    expect(both.stdout).toMatch(/modules\/web\/variables\.tf\n.*machine-image-pinned/);
    // Findings outside the changed modules are not reported.
    expect(r.stdout).not.toContain("envs/prod/main.tf");
  });

  it("fails on errors in the changed modules and never reads .terraform/", () => {
    const repo = fixtureCopy("app");
    const r = runEntry(repo, allFiles(repo));
    expect(r.files).not.toContain(".terraform/modules/web/main.tf");
    expect(r.files).toContain("envs/prod/main.tf");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/envs\/prod\/main\.tf\n.*module-source-pinned/);
  });
});

// The real pre-commit.

function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env, timeout = 60_000) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env, timeout });
  return { status: r.status, out: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}` };
}

/** A pre-commit executable of this major version, or undefined. */
function preCommit(major: 3 | 4): string | undefined {
  for (const candidate of [process.env[`TFMOULD_PRE_COMMIT_${major}`], "pre-commit"]) {
    if (!candidate) continue;
    const v = /pre-commit (\d+)\./.exec(sh(candidate, ["--version"], REPO).out);
    if (v && Number(v[1]) === major) return candidate;
  }
  return undefined;
}

const PROVISIONED = `resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  provisioner "remote-exec" {
    inline = ["sudo apt-get install -y nginx"]
  }
}
`;
const FIXED = `resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
`;

let work: string;
let hookRepo: string;
let rev: string;

const git = (cwd: string, ...args: string[]) => sh("git", ["-c", "user.name=tfmould test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], cwd);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "tfmould-pre-commit-"));
  // A clone of HEAD, with the working tree's hook files on top (the same in CI), committed.
  hookRepo = join(work, "hook");
  expect(git(REPO, "clone", "--quiet", "--no-hardlinks", REPO, hookRepo).status).toBe(0);
  rmSync(join(hookRepo, "bin"), { recursive: true, force: true });
  for (const p of [".pre-commit-hooks.yaml", "package.json", "package-lock.json", "bin"]) cpSync(join(REPO, p), join(hookRepo, p), { recursive: true });
  expect(git(hookRepo, "add", "-A").status).toBe(0);
  git(hookRepo, "commit", "--quiet", "--no-verify", "-m", "the working tree's hook");
  rev = sh("git", ["rev-parse", "HEAD"], hookRepo).out.trim();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each([3, 4] as const)("real pre-commit %i", (major) => {
  const exe = preCommit(major);
  if (!exe) console.warn(`pre-commit ${major} is not installed: its end-to-end test is skipped (bash .ci/run installs it; or set TFMOULD_PRE_COMMIT_${major}).`);

  it.skipIf(!exe)(
    "installs the hook on a clean PRE_COMMIT_HOME, fails a commit with a provisioner, passes after the fix",
    () => {
      const user = join(work, `user-${major}`);
      const env: NodeJS.ProcessEnv = { ...process.env, PRE_COMMIT_HOME: join(work, `home-${major}`), NO_COLOR: "1", npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };
      delete env.FORCE_COLOR;
      expect(sh("git", ["init", "--quiet", user], work).status).toBe(0);
      for (const [k, v] of [["user.name", "tfmould test"], ["user.email", "test@example.com"], ["commit.gpgsign", "false"]]) git(user, "config", k, v);
      writeFileSync(join(user, ".pre-commit-config.yaml"), `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: tfmould\n`);
      writeFileSync(join(user, "README.md"), "infrastructure\n");
      mkdirSync(join(user, "infra"));
      writeFileSync(join(user, "infra/main.tf"), PROVISIONED);

      const install = sh(exe!, ["install", "--install-hooks"], user, env, 300_000);
      expect(install.status, install.out).toBe(0);
      expect(install.out).toContain("pre-commit installed at .git/hooks/pre-commit");

      git(user, "add", "-A");
      const bad = sh("git", ["commit", "-m", "web server"], user, env, 120_000);
      expect(bad.status, bad.out).not.toBe(0);
      expect(bad.out).toMatch(/tfmould\.+Failed/);
      // The stylish report: the file, then the provisioner's line and column, the severity and the rule.
      expect(bad.out).toMatch(/infra\/main\.tf\n/);
      expect(bad.out).toMatch(/^\s+5:3\s+error\s+(.*\s)?no-provisioners\b/m);
      expect(bad.out).toContain('"remote-exec" provisioner');
      expect(sh("git", ["rev-parse", "--verify", "--quiet", "HEAD"], user).status).not.toBe(0);

      writeFileSync(join(user, "infra/main.tf"), FIXED);
      git(user, "add", "-A");
      const good = sh("git", ["commit", "-m", "web server, baked"], user, env, 120_000);
      expect(good.status, good.out).toBe(0);
      expect(good.out).toMatch(/tfmould\.+Passed/);
    },
    600_000,
  );
});
