/**
 * When a caller's value decides a finding made inside a module (a flag that
 * switches a resource on, a block a caller passes, a default it leaves in
 * place), the caller's argument or module block is a related location, also
 * through two hops, and the address names the module instance (issue 10 §2).
 */
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { lint } from "../../src/engine/index.js";
import type { FileFinding } from "../../src/engine/index.js";
import { format } from "../../src/report/index.js";
import type { SarifLog } from "../../src/report/index.js";

function findings(ruleId: string, files: Record<string, string>): FileFinding[] {
  return lint({ files, rules: rules.filter((r) => r.id === ruleId) }).findings.filter((f) => f.ruleId === ruleId);
}

const where = (f: { file: string; range: { start: { line: number; column: number } } }): string =>
  `${f.file}:${f.range.start.line}:${f.range.start.column}`;
const relatedAt = (f: FileFinding, message: string): string[] =>
  f.related.filter((r) => r.message === message).map(where).sort();

const DECIDES = "this makes it exist (count or for_each)";

/** A module whose `ignore_ami` flag (off by default) switches on an instance that ignores AMI changes. */
const flagModule = {
  "variables.tf":
    'variable "create" {\n  default = true\n}\n' +
    'variable "enabled" {\n  default = true\n}\n' +
    'variable "ignore_ami" {\n  default = false\n}\n' +
    'variable "spot" {\n  default = false\n}\n',
  "main.tf":
    "locals {\n  create = var.create && var.enabled\n}\n" +
    'resource "aws_instance" "ignore_ami" {\n' +
    "  count = local.create && !var.spot && var.ignore_ami ? 1 : 0\n" +
    '  ami   = "ami-12345678"\n' +
    "  lifecycle {\n    ignore_changes = [ami]\n  }\n}\n",
};

describe("a caller's flag that switches a resource on", () => {
  it("is a related location of the finding inside the module, even behind a long && chain", () => {
    const found = findings("lifecycle-ignore-changes", {
      ...flagModule,
      "examples/complete/main.tf": 'module "ec2" {\n  source     = "../.."\n  ignore_ami = true\n}\n',
    });
    expect(found.map(where)).toEqual(["main.tf:8:23"]);
    expect(found[0].address).toBe("module.ec2.aws_instance.ignore_ami");
    // The literal `true` the example passes; the module's own defaults that keep it on are not listed.
    expect(relatedAt(found[0], DECIDES)).toEqual(["examples/complete/main.tf:3:16"]);
    expect(found[0].related.filter((r) => r.message.endsWith("keeps this default"))).toEqual([]);
  });

  it("is shown under the finding in stylish, with the instance address", () => {
    const result = lint({
      files: { ...flagModule, "examples/complete/main.tf": 'module "ec2" {\n  source     = "../.."\n  ignore_ami = true\n}\n' },
      rules: rules.filter((r) => r.id === "lifecycle-ignore-changes"),
    });
    const lines = format(result, "stylish", { width: 120 }).split("\n").map((l) => l.trim());
    expect(lines).toContain("↳ examples/complete/main.tf:3:16 this makes it exist (count or for_each)");
    expect(lines.some((l) => l.includes("module.ec2.aws_instance.ignore_ami"))).toBe(true);
  });

  it("is listed for every caller that passes it, and the finding is not made where no caller does", () => {
    const found = findings("lifecycle-ignore-changes", {
      ...flagModule,
      "examples/a/main.tf": 'module "a" {\n  source     = "../.."\n  ignore_ami = true\n}\n',
      "examples/b/main.tf": 'module "b" {\n  source = "../.."\n\n\n  ignore_ami = true\n}\n',
      "examples/c/main.tf": 'module "c" {\n  source = "../.."\n}\n',
    });
    expect(found).toHaveLength(1);
    expect(found[0].instances).toEqual(["module.a.aws_instance.ignore_ami", "module.b.aws_instance.ignore_ami"]);
    expect(relatedAt(found[0], DECIDES)).toEqual(["examples/a/main.tf:3:16", "examples/b/main.tf:5:16"]);
  });
});

/** A top-level module that hands `remote_access` (null by default) on to a node group submodule. */
const twoHop = {
  "variables.tf": 'variable "node_groups" {\n  default = {}\n}\n',
  "main.tf":
    'module "node_group" {\n' +
    '  source        = "./modules/node-group"\n' +
    "  for_each      = var.node_groups\n" +
    "  remote_access = try(each.value.remote_access, null)\n" +
    "}\n",
  "modules/node-group/main.tf":
    'variable "remote_access" {\n  default = null\n}\n' +
    'resource "aws_eks_node_group" "this" {\n' +
    '  cluster_name = "c"\n' +
    '  dynamic "remote_access" {\n' +
    "    for_each = var.remote_access != null ? [var.remote_access] : []\n" +
    "    content {\n      ec2_ssh_key               = remote_access.value.key\n      source_security_group_ids = [aws_security_group.ssh.id]\n    }\n" +
    "  }\n}\n",
  "tests/node-group/main.tf":
    'resource "aws_security_group" "ssh" {}\n' +
    'resource "aws_key_pair" "k" {\n  key_name = "k"\n}\n' +
    'module "eks" {\n' +
    '  source = "../.."\n' +
    "  node_groups = {\n" +
    "    default_node_group = {\n" +
    "      remote_access = {\n        key = aws_key_pair.k.key_name\n      }\n" +
    "    }\n" +
    "    plain = {}\n" +
    "  }\n}\n",
};

describe("a block a caller passes through two hops", () => {
  it("relates the test's literal and the top module's argument, and keeps the instance key though the map holds unknown values", () => {
    const found = findings("no-ssh-access", twoHop);
    expect(found.map(where)).toEqual(["modules/node-group/main.tf:6:3"]);
    const [f] = found;
    // `key = aws_key_pair.k.key_name` is unknown: the map's keys still name the instances.
    expect(f.address).toBe('module.eks.module.node_group["default_node_group"].aws_eks_node_group.this');
    expect(f.instances).toBeUndefined();
    const decides = relatedAt(f, DECIDES);
    expect(decides).toContain("tests/node-group/main.tf:9:23");
    expect(decides).toContain("main.tf:4:19");
    // Only callers' places: nothing inside the node group module itself.
    expect(decides.filter((d) => d.startsWith("modules/"))).toEqual([]);
  });

  it("shows the caller in SARIF relatedLocations", () => {
    const result = lint({ files: twoHop, rules: rules.filter((r) => r.id === "no-ssh-access") });
    const sarif = JSON.parse(format(result, "sarif")) as SarifLog;
    const related = sarif.runs[0].results?.[0].relatedLocations ?? [];
    const places = related.map((r) => `${r.physicalLocation?.artifactLocation?.uri}:${r.physicalLocation?.region?.startLine}:${r.message?.text}`);
    expect(places).toContain(`tests/node-group/main.tf:9:${DECIDES}`);
  });
});

describe("a default left in place two hops away", () => {
  const files = {
    "variables.tf": 'variable "deletion_protection" {\n  type    = bool\n  default = false\n}\n',
    "main.tf":
      'module "instance" {\n  source              = "./modules/instance"\n  deletion_protection = var.deletion_protection\n}\n',
    "modules/instance/main.tf":
      'variable "deletion_protection" {\n  type = bool\n}\n' +
      'resource "aws_db_instance" "this" {\n  engine              = "postgres"\n  deletion_protection = var.deletion_protection\n}\n',
    "examples/complete/main.tf": '\nmodule "db" {\n  source = "../.."\n}\n',
  };

  it("names the example's module block, which keeps the top module's default", () => {
    const found = findings("database-deletion-protection", files);
    expect(found.map(where)).toEqual(["variables.tf:3:13"]);
    expect(found[0].address).toBe("module.db.module.instance.aws_db_instance.this");
    expect(relatedAt(found[0], "module.db keeps this default")).toEqual(["examples/complete/main.tf:2:1"]);
    expect(relatedAt(found[0], "the value passes through here")).toEqual(["main.tf:3:25"]);
  });
});

describe("a default an optional attribute's type gives", () => {
  const moduleFiles = {
    "variables.tf":
      'variable "container" {\n' +
      "  type = object({\n" +
      '    image = optional(string, "nginx:latest")\n' +
      "  })\n" +
      "  default = {}\n" +
      "}\n",
    "main.tf": 'resource "docker_container" "web" {\n  name  = "web"\n  image = var.container.image\n}\n',
  };

  it("is the callers' choice: no finding with no scanned caller", () => {
    expect(findings("container-image-pinned", moduleFiles)).toEqual([]);
  });

  it("names a caller that keeps it", () => {
    const found = findings("container-image-pinned", {
      ...moduleFiles,
      "examples/basic/main.tf": 'module "app" {\n  source    = "../.."\n  container = {}\n}\n',
    });
    expect(found.map(where)).toEqual(["variables.tf:3:30"]);
    expect(found[0].address).toBe("module.app.docker_container.web");
    expect(relatedAt(found[0], "module.app keeps this default")).toEqual(["examples/basic/main.tf:1:1"]);
  });
});

describe("a value a rule names as deciding (decidedBy)", () => {
  it("relates the caller's literal that makes a repository a Docker one", () => {
    const found = findings("ecr-tag-immutability", {
      "main.tf":
        'variable "format" {\n  default = "MAVEN"\n}\n' +
        'resource "google_artifact_registry_repository" "registry" {\n  repository_id = "r"\n  format        = upper(var.format)\n}\n',
      "examples/docker/main.tf": 'module "registry" {\n  source = "../.."\n  format = "docker"\n}\n',
    });
    expect(found.map(where)).toEqual(["main.tf:4:1"]);
    expect(relatedAt(found[0], "this decides the finding")).toEqual(["examples/docker/main.tf:3:12"]);
  });
});
