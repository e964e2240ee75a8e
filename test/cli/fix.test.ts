/**
 * `--fix`, `--fix-dry-run` and `--fix-rule`, run in process on temporary
 * trees: what is written, what is left alone, what is reported, exit codes.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/index.js";
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from "../../src/cli/exit-codes.js";
import { FixTargets } from "../../src/cli/fix-files.js";
import { ReadBoundary } from "../../src/model/file-access.js";
import { fakeIO } from "./fake-io.js";
import { makeTree, removeTree } from "./tree.js";

const roots: string[] = [];
function tree(files: Record<string, string>, links: Record<string, string> = {}): string {
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

const PINNED = 'terraform {\n  required_version = "~> 1.6.0"\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n  }\n}\n';

/** Two warnings with fixes (database-deletion-protection, ecr-tag-immutability); nothing else. */
const FIXABLE = `${PINNED}
resource "aws_db_instance" "main" {
  engine              = "postgres"
  deletion_protection = false
}

resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "MUTABLE"
}
`;

const FIXED = FIXABLE.replace("deletion_protection = false", "deletion_protection = true").replace('"MUTABLE"', '"IMMUTABLE"');

type JsonReport = { findings: { ruleId: string; file: string; suppressed?: unknown }[]; notices: { level: string; message: string; file?: string }[] };

describe("--fix", () => {
  it("writes the fixes, reports what is left and exits as a lint of the fixed files would", async () => {
    const root = tree({ "main.tf": FIXABLE, ".terraform.lock.hcl": "" });
    const before = await cli(root, "--format", "json");
    expect(before.code).toBe(EXIT_OK);
    expect((JSON.parse(before.out) as JsonReport).findings.map((f) => f.ruleId).sort()).toEqual(["database-deletion-protection", "ecr-tag-immutability"]);

    const r = await cli(root, "--fix", "--format", "json");
    expect(readFileSync(join(root, "main.tf"), "utf8")).toBe(FIXED);
    const doc = JSON.parse(r.out) as JsonReport;
    expect(doc.findings).toEqual([]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.err).toContain("--fix: 2 fixes applied; 1 file written");

    // Idempotent: nothing left to change.
    const again = await cli(root, "--fix");
    expect(readFileSync(join(root, "main.tf"), "utf8")).toBe(FIXED);
    expect(again.err).toContain("--fix: 0 fixes applied; 0 files written");
  });

  it("keeps the findings without a fix, and exits 1 for an error left", async () => {
    const root = tree({ "main.tf": `${FIXABLE}\nresource "aws_instance" "web" {\n  ami       = "ami-1"\n  key_name  = "ops"\n}\n`, ".terraform.lock.hcl": "" });
    const r = await cli(root, "--fix", "--format", "json", "--rule", "no-ssh-access=error");
    expect(r.code).toBe(EXIT_FINDINGS);
    expect((JSON.parse(r.out) as JsonReport).findings.map((f) => f.ruleId)).toEqual(["no-ssh-access"]);
    expect(readFileSync(join(root, "main.tf"), "utf8")).toContain("deletion_protection = true");
  });

  it("keeps the file's permission bits", async () => {
    const root = tree({ "main.tf": FIXABLE, ".terraform.lock.hcl": "" });
    chmodSync(join(root, "main.tf"), 0o640);
    await cli(root, "--fix");
    expect(readFileSync(join(root, "main.tf"), "utf8")).toBe(FIXED);
    expect(statSync(join(root, "main.tf")).mode & 0o777).toBe(0o640);
  });

  it("applies only the rules named with --fix-rule", async () => {
    const root = tree({ "main.tf": FIXABLE, ".terraform.lock.hcl": "" });
    const r = await cli(root, "--fix", "--fix-rule", "ecr-tag-immutability", "--format", "json");
    const text = readFileSync(join(root, "main.tf"), "utf8");
    expect(text).toContain('"IMMUTABLE"');
    expect(text).toContain("deletion_protection = false");
    expect((JSON.parse(r.out) as JsonReport).findings.map((f) => f.ruleId)).toEqual(["database-deletion-protection"]);
  });

  it("does not fix suppressed or baselined findings", async () => {
    const suppressed = FIXABLE.replace('resource "aws_db_instance"', '# tfmould-ignore: database-deletion-protection -- restored from snapshots nightly\nresource "aws_db_instance"');
    const root = tree({ "main.tf": suppressed, ".terraform.lock.hcl": "" });
    await cli(root, "--write-baseline", "base.json");
    const r = await cli(root, "--fix", "--baseline", "base.json", "--format", "json");
    expect(readFileSync(join(root, "main.tf"), "utf8")).toBe(suppressed);
    expect(r.err).toContain("0 fixes applied");
    expect((JSON.parse(r.out) as JsonReport).findings.every((f) => f.suppressed !== undefined)).toBe(true);
  });

  it("never writes a file outside the scanned paths: a module the scanned one calls is reported, not fixed", async () => {
    const root = tree({
      ".git/HEAD": "ref: refs/heads/main\n",
      "stacks/prod/main.tf": `${PINNED}\nmodule "db" {\n  source = "../../modules/db"\n}\n`,
      "stacks/prod/.terraform.lock.hcl": "",
      "modules/db/main.tf": 'resource "aws_db_instance" "main" {\n  engine              = "postgres"\n  deletion_protection = false\n}\n',
    });
    const module = readFileSync(join(root, "modules/db/main.tf"), "utf8");
    const r = await cli(root, "--fix", "--format", "json", "stacks/prod");
    expect(readFileSync(join(root, "modules/db/main.tf"), "utf8")).toBe(module);
    expect((JSON.parse(r.out) as JsonReport).findings.map((f) => [f.ruleId, f.file])).toEqual([["database-deletion-protection", "modules/db/main.tf"]]);
    expect(r.err).toContain("0 fixes applied");
  });

  it("refuses to write through a symbolic link, with an error naming the file", async () => {
    const root = tree({ ".git/HEAD": "ref: refs/heads/main\n", "shared/db.tf": FIXABLE, "stack/.terraform.lock.hcl": "" }, { "stack/db.tf": "../shared/db.tf" });
    const r = await cli(root, "--fix", "--format", "json", "stack");
    expect(readFileSync(join(root, "shared/db.tf"), "utf8")).toBe(FIXABLE);
    expect(r.code).toBe(EXIT_ERROR);
    const doc = JSON.parse(r.out) as JsonReport;
    expect(doc.notices).toContainEqual({ level: "error", file: "stack/db.tf", message: expect.stringMatching(/not written.*symbolic link/) as unknown as string });
    // What is reported is the file as it is: its findings are still there.
    expect(doc.findings.map((f) => f.ruleId).sort()).toEqual(["database-deletion-protection", "ecr-tag-immutability"]);
  });

  it("rejects --fix with --fix-dry-run, --fix-rule alone or with an unknown rule, and --fix with --shard", async () => {
    const root = tree({ "main.tf": FIXABLE });
    for (const [argv, message] of [
      [["--fix", "--fix-dry-run"], /give one of them/],
      [["--fix-rule", "ecr-tag-immutability"], /--fix-rule chooses the fixes of --fix or --fix-dry-run/],
      [["--fix", "--fix-rule", "no-such-rule"], /--fix-rule: unknown rule "no-such-rule"/],
      [["--fix", "--shard", "1/2"], /without --shard/],
    ] as const) {
      const r = await cli(root, ...argv);
      expect(r.code).toBe(EXIT_ERROR);
      expect(r.err).toMatch(message);
      expect(readFileSync(join(root, "main.tf"), "utf8")).toBe(FIXABLE);
    }
  });
});

describe("--fix-dry-run", () => {
  it("prints a diff that applies to the files, changes nothing and exits as --fix would", async () => {
    const root = tree({ ".git/HEAD": "ref: refs/heads/main\n", "infra/main.tf": FIXABLE.replace('= "api"', '= "api"\n  # keep'), "infra/.terraform.lock.hcl": "" });
    const text = readFileSync(join(root, "infra/main.tf"), "utf8");
    const mtime = statSync(join(root, "infra/main.tf")).mtimeMs;
    const r = await cli(root, "--fix-dry-run", "--rule", "ecr-tag-immutability=error");
    expect(readFileSync(join(root, "infra/main.tf"), "utf8")).toBe(text);
    expect(statSync(join(root, "infra/main.tf")).mtimeMs).toBe(mtime);
    // The ECR error would be fixed: the run after --fix passes.
    expect(r.code).toBe(EXIT_OK);
    expect(r.out.startsWith("--- a/infra/main.tf\n+++ b/infra/main.tf\n")).toBe(true);
    expect(r.out).toContain('-  deletion_protection = false\n+  deletion_protection = true\n');
    expect(r.err).toContain("--fix-dry-run: 2 fixes in 1 file; nothing written");
    // The patch is what --fix would write.
    writeFileSync(join(root, "fix.patch"), r.out);
    const applied = spawnSync("git", ["apply", "fix.patch"], { cwd: root, encoding: "utf8" });
    expect(applied.status).toBe(0);
    const patched = readFileSync(join(root, "infra/main.tf"), "utf8");
    writeFileSync(join(root, "infra/main.tf"), text);
    await cli(root, "--fix");
    expect(readFileSync(join(root, "infra/main.tf"), "utf8")).toBe(patched);
  });

  it("exits 1 when an error is left that no fix removes, and writes the report only with -o", async () => {
    const root = tree({ "main.tf": FIXABLE.replace("deletion_protection = false", "deletion_protection = var.protect") + 'variable "protect" {\n  default = false\n}\n', ".terraform.lock.hcl": "" });
    const r = await cli(root, "--fix-dry-run", "--rule", "database-deletion-protection=error", "-o", "report.json", "-f", "json");
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.out).not.toContain("deletion_protection");
    const doc = JSON.parse(readFileSync(join(root, "report.json"), "utf8")) as JsonReport;
    expect(doc.findings.map((f) => f.ruleId)).toEqual(["database-deletion-protection"]);
  });

  it("escapes characters that would steer a terminal, and only there", async () => {
    const root = tree({ "main.tf": FIXABLE.replace('"api"', '"api\u001b[2J"'), ".terraform.lock.hcl": "" });
    const io = fakeIO(root, { stdoutTTY: true });
    await run(["--fix-dry-run"], io);
    expect(io.out()).toContain("api\\u{1b}[2J");
    expect(io.out()).not.toContain("\u001b");
    const piped = await cli(root, "--fix-dry-run");
    expect(piped.out).toContain("\u001b[2J");
  });
});

describe("FixTargets", () => {
  it("writes nothing over a file that changed since it was read", () => {
    const root = tree({ "main.tf": "a = 1\n" });
    const targets = new FixTargets(root, new Set([join(root, "main.tf")]), ReadBoundary.forScan([root], root));
    writeFileSync(join(root, "main.tf"), "a = 2\n");
    expect(targets.write([{ file: "main.tf", before: "a = 1\n", after: "a = 3\n" }])).toEqual([{ file: "main.tf", reason: "it changed since it was read; run --fix again" }]);
    expect(readFileSync(join(root, "main.tf"), "utf8")).toBe("a = 2\n");
    expect(targets.write([{ file: "other.tf", before: "", after: "x" }])).toEqual([{ file: "other.tf", reason: "it is not one of the files scanned" }]);
    expect(targets.write([{ file: "main.tf", before: "a = 2\n", after: "a = 3\n" }])).toEqual([]);
    expect(readFileSync(join(root, "main.tf"), "utf8")).toBe("a = 3\n");
  });
});
