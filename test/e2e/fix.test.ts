/**
 * `--fix` and `--fix-dry-run` end to end: the built command as a child
 * process on a repository in a temporary directory, with a module outside
 * the scanned path that must never be written.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "./build.js";
import { tfmould } from "./run-bin.js";

const PINNED = 'terraform {\n  required_version = "~> 1.6.0"\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n  }\n}\n';

const FILES: Record<string, string> = {
  ".git/HEAD": "ref: refs/heads/main\n",
  "stacks/web/.terraform.lock.hcl": "",
  "stacks/web/main.tf": `${PINNED}
module "db" {
  source = "../../modules/db"
}

resource "aws_ecr_repository" "web" {
  name = "web"
}

resource "aws_acm_certificate" "site" { domain_name = "www.example.com" }
`,
  "stacks/web/variables.tf": '\uFEFFvariable "api_token" {\r\n\ttype = string\r\n}\r\n',
  "modules/db/main.tf": 'resource "aws_db_instance" "main" {\n  engine              = "postgres"\n  deletion_protection = false\n}\n',
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
beforeAll(() => ensureBuilt(), 300_000);

function repository(): string {
  const root = mkdtempSync(join(tmpdir(), "tfmould-e2e-fix-"));
  dirs.push(root);
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const read = (root: string, file: string) => readFileSync(join(root, file), "utf8");

describe("tfmould --fix (built command)", () => {
  it("--fix-dry-run prints a patch, writes nothing, and the patch is what --fix writes", () => {
    const root = repository();
    const dry = tfmould(root, ["--fix-dry-run", "stacks/web"]);
    for (const [file, text] of Object.entries(FILES)) expect(read(root, file)).toBe(text);
    // Left after the fixes: the module's database, outside the scanned path (a warning): exit 0.
    expect(dry.status).toBe(0);
    expect(dry.stderr).toBe("tfmould: --fix-dry-run: 3 fixes in 2 files; nothing written\n");
    expect(dry.stdout).toContain("--- a/stacks/web/main.tf\n+++ b/stacks/web/main.tf\n");
    expect(dry.stdout).toContain("--- a/stacks/web/variables.tf\n+++ b/stacks/web/variables.tf\n");
    expect(dry.stdout).not.toContain("modules/db");

    writeFileSync(join(root, "fixes.patch"), dry.stdout);
    expect(spawnSync("git", ["apply", "fixes.patch"], { cwd: root, encoding: "utf8" }).status).toBe(0);
    const patched = { main: read(root, "stacks/web/main.tf"), variables: read(root, "stacks/web/variables.tf") };

    const other = repository();
    const fix = tfmould(other, ["--fix", "--format", "json", "stacks/web"]);
    expect(fix.status).toBe(0);
    expect(read(other, "stacks/web/main.tf")).toBe(patched.main);
    expect(read(other, "stacks/web/variables.tf")).toBe(patched.variables);
    expect(read(other, "modules/db/main.tf")).toBe(FILES["modules/db/main.tf"]);
    const report = JSON.parse(fix.stdout) as { findings: { ruleId: string; file: string }[] };
    expect(report.findings.map((f) => [f.ruleId, f.file])).toEqual([["database-deletion-protection", "modules/db/main.tf"]]);

    // The BOM, CRLF and the tab indentation of variables.tf are kept; the one-line block is opened up.
    expect(patched.variables).toBe('\uFEFFvariable "api_token" {\r\n\ttype = string\r\n\tsensitive = true\r\n}\r\n');
    expect(patched.main).toContain('resource "aws_acm_certificate" "site" {\n  domain_name = "www.example.com"\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n');
    expect(patched.main).toContain('resource "aws_ecr_repository" "web" {\n  name = "web"\n  image_tag_mutability = "IMMUTABLE"\n}\n');

    const again = tfmould(other, ["--fix", "stacks/web"]);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain("--fix: 0 fixes applied; 0 files written");
    expect(read(other, "stacks/web/main.tf")).toBe(patched.main);
  });

  it("exits 2 on a bad --fix-rule and writes nothing", () => {
    const root = repository();
    const r = tfmould(root, ["--fix", "--fix-rule", "no-such-rule", "stacks/web"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tfmould: --fix-rule: unknown rule "no-such-rule" (see tfmould --list-rules)\n');
    for (const [file, text] of Object.entries(FILES)) expect(read(root, file)).toBe(text);
  });
});
