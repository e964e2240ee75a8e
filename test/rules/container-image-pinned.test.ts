import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import type { FileFinding as Finding } from "../../src/engine/index.js";
import rule from "../../rules/container-image-pinned/index.js";

/** Lints the files as a deployment, where variable defaults are the values applied. */
function findings(files: Record<string, string>): Finding[] {
  return lint({ files, rules: [rule], config: { roles: { ".": "deployment" } } }).findings.filter((f) => f.ruleId === rule.id);
}

/** The source text a finding's range covers. */
function covered(files: Record<string, string>, f: Finding): string {
  const lines = files[f.file].split("\n");
  if (f.range.start.line !== f.range.end.line) throw new Error("multi-line range");
  return lines[f.range.start.line - 1].slice(f.range.start.column - 1, f.range.end.column - 1);
}

describe("container-image-pinned inside JSON text", () => {
  it("points at the image value inside a heredoc", () => {
    const files = {
      "main.tf": [
        'resource "aws_ecs_task_definition" "worker" {',
        '  family = "worker"',
        "  container_definitions = <<-JSON",
        "    [",
        "      {",
        '        "name": "worker",',
        '        "image": "acme/worker",',
        '        "essential": true',
        "      },",
        '      { "name": "proxy", "image": "envoyproxy/envoy:v1.30.1" },',
        '      { "name": "log", "image": "fluent/fluent-bit:latest" }',
        "    ]",
        "  JSON",
        "}",
      ].join("\n"),
    };
    const found = findings(files);
    expect(found.map((f) => [f.range.start.line, f.range.start.column])).toEqual([
      [7, 18],
      [11, 33],
    ]);
    expect(found.map((f) => covered(files, f))).toEqual(['"acme/worker"', '"fluent/fluent-bit:latest"']);
    expect(found[0].message).toContain("has no tag");
  });

  it("follows a heredoc written in a local, with the task definition as a related location", () => {
    const files = {
      "locals.tf": [
        "locals {",
        "  definitions = <<-EOT",
        '    [{"name": "api", "image": "acme/api:latest"}]',
        "  EOT",
        "}",
      ].join("\n"),
      "main.tf": ['resource "aws_ecs_task_definition" "api" {', '  family                = "api"', "  container_definitions = local.definitions", "}"].join("\n"),
    };
    const [f, ...rest] = findings(files);
    expect(rest).toEqual([]);
    expect(f.file).toBe("locals.tf");
    expect(covered(files, f)).toBe('"acme/api:latest"');
    expect(f.related.some((r) => r.file === "main.tf" && r.range.start.line === 3)).toBe(true);
    expect(f.address).toBe("aws_ecs_task_definition.api");
  });

  it("points at an interpolated image's literal when the heredoc takes it from a variable", () => {
    const files = {
      "main.tf": [
        'variable "image" {',
        '  default = "acme/api:latest"',
        "}",
        'resource "aws_ecs_task_definition" "api" {',
        '  family                = "api"',
        "  container_definitions = <<-EOT",
        '    [{"name": "api", "image": "${var.image}"}]',
        "  EOT",
        "}",
      ].join("\n"),
    };
    const [f] = findings(files);
    expect([f.range.start.line, f.range.start.column]).toEqual([2, 13]);
  });

  it("points at the image inside a JSON file read by file(), with the argument related", () => {
    const files = {
      "main.tf": ['resource "aws_ecs_task_definition" "web" {', '  family                = "web"', '  container_definitions = file("${path.module}/defs/web.json")', "}"].join("\n"),
      "defs/web.json": ['[', '  { "name": "proxy", "image": "envoyproxy/envoy:v1.30.1" },', '  { "name": "web", "image": "acme/web:latest" }', "]"].join("\n"),
    };
    const [f, ...rest] = findings(files);
    expect(rest).toEqual([]);
    expect([f.file, f.range.start.line]).toEqual(["defs/web.json", 3]);
    expect(covered(files, f)).toBe('"acme/web:latest"');
    expect(f.related.map((r) => [r.file, r.range.start.line, r.message])).toEqual([["main.tf", 3, "used as container_definitions of aws_ecs_task_definition.web"]]);
  });

  it("points into a templatefile() template: at its text, or at the literal an interpolated image came from", () => {
    const files = {
      "main.tf": [
        'variable "sidecar" {',
        '  default = "fluent/fluent-bit:latest"',
        "}",
        'resource "aws_ecs_task_definition" "web" {',
        '  family                = "web"',
        '  container_definitions = templatefile("defs.json.tpl", { name = "web", sidecar = var.sidecar })',
        "}",
      ].join("\n"),
      "defs.json.tpl": ['[', '  { "name": "${name}", "image": "acme/${name}" },', '  { "name": "log", "image": "${sidecar}" }', "]"].join("\n"),
    };
    const found = findings(files);
    expect(found.map((f) => [f.file, f.range.start.line])).toEqual([
      ["defs.json.tpl", 2],
      ["main.tf", 2],
    ]);
    expect(covered(files, found[0])).toBe('"acme/${name}"');
    expect(found[0].message).toContain('"acme/web"');
    expect(covered(files, found[1])).toBe('"fluent/fluent-bit:latest"');
  });

  it("hides a finding inside a read file with a suppression on the argument", () => {
    const files = {
      "main.tf": [
        'resource "aws_ecs_task_definition" "web" {',
        '  family                = "web"',
        "  # tfmould-ignore: container-image-pinned -- sample image for the demo",
        '  container_definitions = file("defs.json")',
        "}",
      ].join("\n"),
      "defs.json": '[{ "name": "web", "image": "acme/web:latest" }]',
    };
    const [f] = findings(files);
    expect([f.file, f.suppressed !== undefined]).toEqual(["defs.json", true]);
  });

  it("walks jsonencode written in a local", () => {
    const files = {
      "main.tf": [
        "locals {",
        "  containers = jsonencode([",
        '    { name = "api", image = "acme/api" },',
        '    { name = "ok", image = "acme/ok:1.0.0" },',
        "  ])",
        "}",
        'resource "aws_ecs_task_definition" "api" {',
        '  family                = "api"',
        "  container_definitions = local.containers",
        "}",
      ].join("\n"),
    };
    const found = findings(files);
    expect(found.map((f) => covered(files, f))).toEqual(['"acme/api"']);
  });

  it("stays silent when the image is unknown inside the JSON text", () => {
    const files = {
      "main.tf": [
        'variable "tag" {}',
        'resource "aws_ecs_task_definition" "api" {',
        '  family                = "api"',
        '  container_definitions = "[{\\"name\\": \\"api\\", \\"image\\": \\"acme/api:${var.tag}\\"}]"',
        "}",
      ].join("\n"),
    };
    expect(findings(files)).toEqual([]);
  });
});

describe("container-image-pinned through templates", () => {
  it("points at the variable default that supplies a latest tag", () => {
    const files = {
      "main.tf": [
        'variable "tag" {',
        '  default = "latest"',
        "}",
        'resource "docker_container" "web" {',
        '  name  = "web"',
        '  image = "nginx:${var.tag}"',
        "}",
      ].join("\n"),
    };
    const [f] = findings(files);
    expect([f.range.start.line, f.range.start.column]).toEqual([2, 13]);
    expect(f.related.map((r) => r.range.start.line)).toContain(6);
  });

  it("reports a registry-only template whose known suffix has no tag", () => {
    const files = {
      "main.tf": ['variable "registry" {}', 'resource "docker_container" "web" {', '  name  = "web"', '  image = "${var.registry}/web"', "}"].join("\n"),
    };
    const [f] = findings(files);
    expect(f.message).toContain("has no tag");
    expect(f.message).toContain("${…}/web");
  });
});
