/**
 * A finding points at the literal that decided it, through every operator
 * and expression form, and lists the conditions and keys that chose the
 * value as related locations (issue 10 §3).
 */
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { lint } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/index.js";

function findingsOf(ruleId: string, files: Record<string, string>): Finding[] {
  return lint({ files, rules: rules.filter((r) => r.id === ruleId) }).findings.filter((f) => f.ruleId === ruleId);
}

const where = (f: Finding): string => `${f.file}:${f.range?.start.line}:${f.range?.start.column}`;
const relatedAt = (f: Finding, message: string): string[] =>
  f.related.filter((r) => r.message === message).map((r) => `${r.file}:${r.range.start.line}:${r.range.start.column}`);

/** A deployment, so that its variables' defaults are the values applied. */
const BACKEND = 'terraform {\n  backend "s3" {}\n}\n';

describe("provenance through operators", () => {
  it("puts a negated flag's literal first: !var.keep is decided where keep was written", () => {
    const found = findingsOf("database-deletion-protection", {
      "main.tf":
        BACKEND +
        'variable "keep" {\n  default = false\n}\n' +
        'resource "aws_db_instance" "db" {\n  engine              = "postgres"\n  deletion_protection = var.keep\n  skip_final_snapshot = !var.keep\n}\n',
    });
    const skip = found.find((f) => f.message.includes("skip_final_snapshot"));
    expect(skip && where(skip)).toBe("main.tf:5:13");
    expect(skip && relatedAt(skip, "consumed here")).toEqual(["main.tf:10:25"]);
  });

  it("lists the condition that chose a branch written in the argument itself", () => {
    const found = findingsOf("container-image-pinned", {
      "main.tf":
        BACKEND +
        'variable "pinned" {\n  default = false\n}\n' +
        'resource "docker_container" "web" {\n  name  = "web"\n  image = var.pinned ? "nginx:1.27.0" : "nginx:latest"\n}\n',
    });
    // The branch is written in the argument itself, which is where the finding stays.
    expect(found.map(where)).toEqual(["main.tf:9:11"]);
    expect(relatedAt(found[0], "this chooses the value")).toEqual(["main.tf:5:13"]);
  });

  it("lists the key that selected a row of a shared table", () => {
    const found = findingsOf("container-image-pinned", {
      "main.tf":
        BACKEND +
        'locals {\n  images = {\n    stable = "nginx:1.27.0"\n    edge   = "nginx:latest"\n  }\n}\n' +
        'variable "channel" {\n  default = "edge"\n}\n' +
        'resource "docker_container" "web" {\n  name  = "web"\n  image = lookup(local.images, var.channel, "nginx:1.27.0")\n}\n' +
        'resource "docker_container" "api" {\n  name  = "api"\n  image = local.images[var.channel]\n}\n',
    });
    // One problem at one place: the table row, with a use and the key related.
    expect(found.map(where)).toEqual(["main.tf:7:14"]);
    expect(relatedAt(found[0], "consumed here")).toContain("main.tf:15:11");
    expect(relatedAt(found[0], "this chooses the value")).toEqual(["main.tf:11:13"]);
  });

  it("points at the element that decided, not at a sibling, through for expressions in concat, merge, try and coalesce", () => {
    const found = findingsOf("container-image-pinned", {
      "main.tf":
        BACKEND +
        'variable "sidecars" {\n  default = [{ image = "envoy:v1.30.1" }, { image = "busybox" }]\n}\n' +
        "locals {\n" +
        '  images = concat(["nginx:1.27.0"], [for s in var.sidecars : s.image])\n' +
        '  tags   = merge({ a = "redis:7.2.4" }, { b = try(var.missing, "memcached") })\n' +
        '  main   = coalesce("", local.images[2])\n' +
        "}\n" +
        'resource "docker_container" "web" {\n  name  = "web"\n  image = local.main\n}\n' +
        'resource "docker_container" "cache" {\n  name  = "cache"\n  image = local.tags["b"]\n}\n',
    });
    // busybox is the third element (after nginx and envoy): its own literal, never envoy's or nginx's.
    expect(found.map(where).sort()).toEqual(["main.tf:5:53", "main.tf:9:64"]);
  });

  it("drops a finding chosen by a reusable module's default when no scanned caller is in view", () => {
    const files = {
      "variables.tf": 'variable "pinned" {\n  type    = bool\n  default = false\n}\n',
      "main.tf": 'resource "docker_container" "web" {\n  name  = "web"\n  image = var.pinned ? "nginx:1.27.0" : "nginx:latest"\n}\n',
    };
    expect(findingsOf("container-image-pinned", files)).toEqual([]);
    const withCaller = findingsOf("container-image-pinned", { ...files, "examples/basic/main.tf": 'module "app" {\n  source = "../.."\n}\n' });
    expect(withCaller.map(where)).toEqual(["main.tf:3:11"]);
    expect(relatedAt(withCaller[0], "this chooses the value")).toEqual(["variables.tf:3:13"]);
    expect(relatedAt(withCaller[0], "module.app keeps this default")).toEqual(["examples/basic/main.tf:1:1"]);
  });

  it("lists the caller's flag that chose a module's branch, however long the chain behind the chosen value", () => {
    const asg =
      'variable "name" {}\nvariable "use_name_prefix" {\n  default = true\n}\n' +
      'resource "aws_autoscaling_group" "this" {\n  name        = var.use_name_prefix ? null : var.name\n  name_prefix = var.use_name_prefix ? "${var.name}-" : null\n' +
      '  max_size    = 1\n  min_size    = 1\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n';
    // The name reaches the module through a for_each item chosen by a condition of its own: a long chain.
    const wrap =
      'variable "create" {\n  default = true\n}\nvariable "groups" {\n  type    = any\n  default = {}\n}\n' +
      'module "asg" {\n  source          = "../asg"\n  for_each        = var.create && var.groups != null ? var.groups : {}\n' +
      '  name            = coalesce(each.value.name, each.key)\n  use_name_prefix = each.value.use_name_prefix\n}\n';
    const root = 'module "wrap" {\n  source = "./modules/wrap"\n  groups = {\n    complete = {\n      name            = "complete-web"\n      use_name_prefix = false\n    }\n  }\n}\n';
    const found = findingsOf("create-before-destroy-name-conflict", { "main.tf": root, "modules/wrap/main.tf": wrap, "modules/asg/main.tf": asg });
    expect(found.map(where)).toEqual(["main.tf:5:25"]);
    // use_name_prefix = false decides that the fixed name is used.
    expect(relatedAt(found[0], "this chooses the value")).toContain("main.tf:6:25");
  });
});
