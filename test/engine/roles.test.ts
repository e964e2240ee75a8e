import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ModuleRole } from "../../rules/api/rule.js";
import { defineRule } from "../../rules/api/rule.js";
import unusedSuppression from "../../rules/unused-suppression/index.js";
import { printConfig } from "../../src/cli/print-config.js";
import { lint, moduleRoleOf } from "../../src/engine/index.js";
import { moduleRole } from "../../src/engine/roots.js";
import { buildModule } from "../../src/model/index.js";
import { parse } from "../../src/hcl/index.js";
import { docs } from "./helpers.js";

const model = (text: string) => buildModule([parse(text, "main.tf")]);
const role = (text: string, facts: Partial<Parameters<typeof moduleRole>[1]> & { dir: string }): ModuleRole =>
  moduleRole(model(text), { called: false, ...facts });

const BACKEND = 'terraform {\n  backend "s3" {}\n}\n';
const PROVIDER = 'provider "aws" {}\n';

describe("the module role heuristics", () => {
  it("deployment: a backend, a cloud block, a lock file, variable files or a provider configuration", () => {
    expect(role(BACKEND, { dir: "envs/prod" })).toBe("deployment");
    expect(role("terraform {\n  cloud {}\n}\n", { dir: "." })).toBe("deployment");
    expect(role('resource "x" "y" {}\n', { dir: "live", hasLockFile: true })).toBe("deployment");
    expect(role('resource "x" "y" {}\n', { dir: "live", hasVarFiles: true })).toBe("deployment");
    expect(role(PROVIDER, { dir: "live" })).toBe("deployment");
    // A backend makes `envs/test` a deployment, not a test.
    expect(role(BACKEND, { dir: "envs/test" })).toBe("deployment");
  });

  it("a local backend makes a deployment, except under a test folder: a test harness keeps its state beside it", () => {
    const local = 'terraform {\n  backend "local" {\n    path = "../tfstate/test.tfstate"\n  }\n}\n';
    expect(role(local, { dir: "tests/modules/test_001_baseline" })).toBe("test");
    expect(role(local, { dir: "stacks/dev" })).toBe("deployment");
    expect(role(local, { dir: "tests/live", hasLockFile: true })).toBe("deployment");
  });

  it("module: called, under modules/, a repository's top with variables, or nothing that says deployment", () => {
    expect(role(BACKEND, { dir: "live", called: true })).toBe("module");
    expect(role(PROVIDER, { dir: "modules/vpc" })).toBe("module");
    expect(role(PROVIDER + 'variable "x" {}\n', { dir: ".", isRepositoryRoot: true })).toBe("module");
    expect(role(PROVIDER, { dir: ".", isRepositoryRoot: true })).toBe("deployment");
    expect(role('resource "x" "y" {}\n', { dir: "." })).toBe("module");
  });

  it("example and test: by layout, even with a provider configuration or when called", () => {
    expect(role(PROVIDER, { dir: "examples/complete" })).toBe("example");
    expect(role(PROVIDER, { dir: "repo/_examples/x", called: true })).toBe("example");
    expect(role(PROVIDER, { dir: "examples_e2e/x" })).toBe("example");
    expect(role(PROVIDER, { dir: "test/fixtures/node_pool" })).toBe("test");
    expect(role(PROVIDER, { dir: "tests/e2e" })).toBe("test");
    expect(role(PROVIDER, { dir: "unit-test-fixture" })).toBe("test");
    expect(role(PROVIDER, { dir: "latest/contest" })).toBe("deployment");
    expect(role(PROVIDER, { dir: "test/x", hasVarFiles: true })).toBe("test");
  });

  it("fixture: testdata anywhere, or a snippet folder named fixtures", () => {
    expect(role(BACKEND, { dir: "internal/testdata/x" })).toBe("fixture");
    expect(role(PROVIDER, { dir: "tests/fixtures" })).toBe("fixture");
  });

  it("the config's role wins", () => {
    expect(role(PROVIDER, { dir: "tests/fixtures", configured: "deployment" })).toBe("deployment");
  });
});

/** Reports every module instance it runs on, with the role and deployment call it is told. */
const spy = defineRule({
  id: "spy",
  severity: "note",
  category: "state",
  summary: "spy",
  docs,
  check(ctx) {
    const resource = ctx.module.resources[0];
    const call = ctx.deploymentCall;
    ctx.report({
      node: resource?.block ?? ctx.module.files[0].body.items[0],
      ...(resource ? { resource } : {}),
      message: `${ctx.role} ${ctx.isRootModule ? "root" : "-"}${call ? ` via ${call.deployment}` : ""}`,
      ...(call ? { related: [{ file: call.file, range: call.range, message: "called here" }] } : {}),
    });
  },
});

const rootOnly = defineRule({ ...spy, id: "root-only", roles: ["deployment"], check: spy.check });

const files = {
  "live/main.tf": 'terraform {\n  backend "s3" {}\n}\nmodule "net" {\n  source = "../modules/net"\n}\n',
  "modules/net/main.tf": 'resource "aws_vpc" "this" {}\n',
  "examples/basic/main.tf": 'provider "aws" {}\nmodule "net" {\n  source = "../../modules/net"\n}\n',
  "tests/fixtures/snippet.tf": 'provider "aws" {}\n# tfmould-ignore: root-only -- only a snippet\nresource "x" "y" {}\n',
  "stacks/a/main.tf": 'resource "x" "y" {}\n',
};

describe("roles in a lint run", () => {
  it("tells each instance its directory's role, and the deployment call to local modules a deployment calls", () => {
    const result = lint({ files, rules: [spy], config: { roles: { "stacks/**": "deployment" } } });
    const seen = result.findings.map((f) => `${f.file} ${f.address || "-"} ${f.message} [${f.role}]`);
    expect(seen).toEqual([
      "examples/basic/main.tf - example - [example]",
      "live/main.tf - deployment root [deployment]",
      "modules/net/main.tf aws_vpc.this module - [module]",
      "modules/net/main.tf module.net.aws_vpc.this module - via live [module]",
      "stacks/a/main.tf x.y deployment root [deployment]",
      // A rule without `roles` runs everywhere, fixtures included.
      "tests/fixtures/snippet.tf x.y fixture - [fixture]",
    ]);
    const viaLive = result.findings.find((f) => f.message.includes("via live"));
    expect(viaLive?.related).toEqual([expect.objectContaining({ file: "live/main.tf", message: "called here" })]);
  });

  it("runs a rule only on the roles it lists; fixtures are syntax only, and suppressions there are not unused", () => {
    const result = lint({ files, rules: [rootOnly, unusedSuppression] });
    expect(result.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(["root-only live/main.tf"]);
    const broken = lint({ files: { "tests/fixtures/bad.tf": 'resource "x" {\n' } });
    expect(new Set(broken.findings.map((f) => `${f.ruleId} ${f.role}`))).toEqual(new Set(["syntax-error fixture"]));
  });

  it("does not evaluate fixtures nor look for the modules they name, when no rule of the config runs there", () => {
    const snippet = { "tests/fixtures/call.tf": 'module "vm" {\n  source = "./fabric/modules/compute-vm"\n}\nlocals {\n  x = 1 +\n}\n' };
    const result = lint({ files: snippet });
    expect(result.notices).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId} ${f.role}`)).toEqual(["syntax-error fixture"]);
    // A rule that lists no roles runs on fixtures, and then the module they name is looked for.
    const everywhere = lint({ files: snippet, rules: [spy] });
    expect(everywhere.notices.map((n) => n.message)).toContainEqual(expect.stringContaining("Module directory not found"));
  });

  it("never replays a run across roles", () => {
    const shared = {
      "live/main.tf": 'terraform {\n  backend "s3" {}\n}\nmodule "a" {\n  source = "../m"\n}\n',
      "examples/x/main.tf": 'module "a" {\n  source = "../../m"\n}\n',
      "m/main.tf": 'resource "x" "y" {}\n',
    };
    const result = lint({ files: shared, rules: [spy] });
    expect(result.findings.filter((f) => f.file === "m/main.tf").map((f) => `${f.address} ${f.message}`)).toEqual([
      "x.y module -",
      "module.a.x.y module - via live",
    ]);
  });
});

describe("the role of a directory on disk, for --print-config", () => {
  const root = mkdtempSync(path.join(tmpdir(), "tfmould-roles-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  mkdirSync(path.join(root, ".git"));
  write("main.tf", 'variable "name" {}\nprovider "aws" {}\n');
  write("examples/basic/main.tf", 'provider "aws" {}\nmodule "m" {\n  source = "../.."\n}\n');
  write("live/main.tf", 'provider "aws" {}\nmodule "net" {\n  source = "../net"\n}\n');
  write("net/main.tf", 'provider "aws" {}\n');
  write("stacks/a/main.tf", 'resource "x" "y" {}\n');
  write(".tfmould.json", JSON.stringify({ roles: { "stacks/**": "deployment" } }));

  it("scans the repository for callers and applies the config's roles", () => {
    expect(moduleRoleOf(".", { cwd: root })).toBe("module");
    expect(moduleRoleOf("examples/basic", { cwd: root })).toBe("example");
    expect(moduleRoleOf("live", { cwd: root })).toBe("deployment");
    expect(moduleRoleOf(path.join(root, "net"), { cwd: tmpdir() })).toBe("module");
    expect(moduleRoleOf("stacks/a", { cwd: root })).toBe("deployment");
    expect(moduleRoleOf("stacks", { cwd: root })).toBeUndefined();
  });

  it("--print-config shows it", () => {
    const out = JSON.parse(printConfig("live/main.tf", undefined, {}, root)) as { role: string | null };
    expect(out.role).toBe("deployment");
    expect((JSON.parse(printConfig("stacks", undefined, {}, root)) as { role: string | null }).role).toBeNull();
  });
});

describe("the role of a directory beside an invalid config", () => {
  it("reads only the directory's own config", () => {
    const root = mkdtempSync(path.join(tmpdir(), "tfmould-roles-"));
    try {
      mkdirSync(path.join(root, ".git"));
      mkdirSync(path.join(root, "live"));
      mkdirSync(path.join(root, "broken"));
      writeFileSync(path.join(root, "live", "main.tf"), 'terraform {\n  backend "s3" {}\n}\n');
      writeFileSync(path.join(root, "broken", "main.tf"), 'resource "x" "y" {}\n');
      writeFileSync(path.join(root, "broken", ".tfmould.json"), '{"rules": {"no-provisioners": "sometimes"}}');
      expect(moduleRoleOf("live", { cwd: root })).toBe("deployment");
      // Without a repository, a config above the directory is still read.
      rmSync(path.join(root, ".git"), { recursive: true });
      writeFileSync(path.join(root, ".tfmould.json"), '{"roles": {"live": "fixture"}}');
      expect(moduleRoleOf("live", { cwd: root })).toBe("fixture");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("fixture folders: snippets never loaded together", () => {
  it("report each file's own structural errors, not those between files", () => {
    const variable = 'variable "name" {\n  type = string\n}\n';
    const result = lint({
      files: {
        "testdata/a.tf": variable,
        "testdata/b.tf": variable,
        "testdata/c.tf": `${variable}${variable}`,
        "main.tf": `${variable}`,
        "other.tf": `${variable}`,
      },
    });
    const duplicates = result.findings.filter((f) => f.ruleId === "syntax-error").map((f) => `${f.file}:${f.range.start.line}`);
    // c.tf declares it twice itself; a.tf and b.tf only repeat each other. The deployment at the top is one module.
    expect(duplicates).toEqual(["other.tf:1", "testdata/c.tf:4"]);
  });
});
