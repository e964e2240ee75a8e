/**
 * Fixes keep the file's layout: line breaks, BOM, tabs, the block's own
 * indentation, comments; a one-line block is opened up; overlapping fixes
 * wait for a later pass; `.tf.json` files get value fixes but no insertions.
 */
import { describe, expect, it } from "vitest";
import { argumentLine, insertIntoBlockFix } from "../../rules/lib/fix-edits.js";
import { defineRule } from "../../rules/api/rule.js";
import { lintAndFix } from "../../src/engine/index.js";
import { parse } from "../../src/hcl/index.js";

function fixed(files: Record<string, string>, fixRules?: string[]) {
  const out = lintAndFix({ files, ...(fixRules ? { fixRules } : {}) });
  expect(out.reverted).toEqual([]);
  for (const [file, text] of Object.entries(out.fixed)) expect(parse(text, file).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return out;
}

describe("fix layout", () => {
  it("adds a lifecycle block with the file's CRLF line breaks and keeps its BOM", () => {
    const text = '\uFEFFresource "aws_acm_certificate" "site" {\r\n  domain_name = "www.example.com"\r\n}\r\n';
    const out = fixed({ "main.tf": text }, ["create-before-destroy"]);
    expect(out.fixed["main.tf"]).toBe(
      '\uFEFFresource "aws_acm_certificate" "site" {\r\n  domain_name = "www.example.com"\r\n\r\n  lifecycle {\r\n    create_before_destroy = true\r\n  }\r\n}\r\n',
    );
  });

  it("indents with tabs in a file indented with tabs, at the block's own level", () => {
    const text = 'variable "db_password" {\n\ttype = string\n}\n\nlocals {\n\tx = 1\n}\n';
    expect(fixed({ "main.tf": text }, ["sensitive-secret-variables"]).fixed["main.tf"]).toBe(
      'variable "db_password" {\n\ttype = string\n\tsensitive = true\n}\n\nlocals {\n\tx = 1\n}\n',
    );
    // An existing lifecycle block four spaces deep gets its argument at its arguments' level.
    const nested = 'resource "aws_acm_certificate" "site" {\n    domain_name = "a"\n    lifecycle {\n        ignore_changes = [tags]\n    }\n}\n';
    expect(fixed({ "main.tf": nested }, ["create-before-destroy"]).fixed["main.tf"]).toBe(
      'resource "aws_acm_certificate" "site" {\n    domain_name = "a"\n    lifecycle {\n        ignore_changes = [tags]\n        create_before_destroy = true\n    }\n}\n',
    );
  });

  it("opens up a one-line block, which HCL allows only with one argument", () => {
    const text = 'resource "aws_ecr_repository" "api" { name = "api" }\nresource "aws_ecr_repository" "empty" {}\n';
    expect(fixed({ "main.tf": text }, ["ecr-tag-immutability"]).fixed["main.tf"]).toBe(
      'resource "aws_ecr_repository" "api" {\n  name = "api"\n  image_tag_mutability = "IMMUTABLE"\n}\nresource "aws_ecr_repository" "empty" {\n  image_tag_mutability = "IMMUTABLE"\n}\n',
    );
  });

  it("keeps comments where they are, and inserts after a comment that ends the argument's line", () => {
    const text = [
      'resource "aws_instance" "web" {',
      '  ami       = "ami-1" # pinned by the image pipeline',
      '  user_data = "ROLE=web" /* rendered */ # boot settings only',
      "  # the end",
      "}",
      "",
    ].join("\n");
    expect(fixed({ "main.tf": text }, ["user-data-replace-on-change"]).fixed["main.tf"]).toBe(
      [
        'resource "aws_instance" "web" {',
        '  ami       = "ami-1" # pinned by the image pipeline',
        '  user_data = "ROLE=web" /* rendered */ # boot settings only',
        "  user_data_replace_on_change = true",
        "  # the end",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("applies fixes that overlap in later passes, until nothing changes", () => {
    // Two rules that each add an argument at the end of every resource without it: the same place.
    const adding = (id: string, name: string) =>
      defineRule({
        id,
        severity: "warning",
        category: "state",
        summary: `adds ${name}`,
        docs: { rationale: "", remediation: "", examples: "" },
        check(ctx) {
          for (const r of ctx.module.resources.values()) {
            if (r.body.items.some((i) => i.type === "Attribute" && i.name === name)) continue;
            ctx.report({ node: r.block, resource: r, message: `no ${name}`, fix: insertIntoBlockFix(ctx, r.block, argumentLine(name, "true"), `Add ${name}`) });
          }
        },
      });
    const text = 'resource "x" "a" {\n  id = 1\n}\n\nresource "x" "b" { id = 2 }\n';
    const out = lintAndFix({ files: { "main.tf": text }, rules: [adding("add-one", "one"), adding("add-two", "two")] });
    expect(out.fixed["main.tf"]).toBe('resource "x" "a" {\n  id = 1\n  one = true\n  two = true\n}\n\nresource "x" "b" {\n  id = 2\n  one = true\n  two = true\n}\n');
    expect(out.passes).toBe(2);
    expect(out.applied).toBe(4);
    expect(out.result.findings).toEqual([]);
  });

  it("undoes a fix whose text would not parse, and says so", () => {
    const breaking = defineRule({
      id: "breaks-things",
      severity: "warning",
      category: "state",
      summary: "a fix that does not parse",
      docs: { rationale: "", remediation: "", examples: "" },
      check(ctx) {
        for (const r of ctx.module.resources.values()) {
          ctx.report({ node: r.block, resource: r, message: "bad", fix: { description: "break", file: r.file.filename, replacements: [{ range: r.block.openBraceRange, text: "" }] } });
        }
      },
    });
    const text = 'resource "x" "a" {\n  id = 1\n}\n';
    const out = lintAndFix({ files: { "main.tf": text }, rules: [breaking] });
    expect(out.reverted).toEqual(["main.tf"]);
    expect(out.fixed).toEqual({});
    expect(out.result.findings.map((f) => f.ruleId)).toEqual(["breaks-things"]);
  });

  it("marks a variable an output passes on in a reusable module, not in a deployment, where the output would need it too", () => {
    const text = 'variable "api_token" {}\n\noutput "api_token" {\n  value = var.api_token\n}\n';
    const asModule = lintAndFix({ files: { "main.tf": text }, config: { roles: { ".": "module" } }, fixRules: ["sensitive-secret-variables"] });
    expect(asModule.fixed["main.tf"]).toBe('variable "api_token" {\n  sensitive = true\n}\n\noutput "api_token" {\n  value = var.api_token\n}\n');
    expect(asModule.result.findings.filter((f) => f.ruleId === "sensitive-secret-variables")).toEqual([]);
    const asDeployment = lintAndFix({ files: { "main.tf": text }, config: { roles: { ".": "deployment" } }, fixRules: ["sensitive-secret-variables"] });
    expect(asDeployment.fixed).toEqual({});
    expect(asDeployment.result.findings.filter((f) => f.ruleId === "sensitive-secret-variables").map((f) => f.address)).toEqual(["var.api_token"]);
  });

  it("replaces values in .tf.json files but adds nothing there", () => {
    const json = JSON.stringify(
      {
        resource: {
          aws_db_instance: { db: { engine: "postgres", deletion_protection: false } },
          aws_ecr_repository: { api: { name: "api" } },
          aws_instance: { web: { ami: "ami-1", user_data: "ROLE=web" } },
        },
      },
      null,
      2,
    );
    const before = lintAndFix({ files: { "main.tf.json": json } });
    const fixedText = before.fixed["main.tf.json"];
    expect(JSON.parse(fixedText)).toEqual(JSON.parse(json.replace('"deletion_protection": false', '"deletion_protection": true')));
    const left = before.result.findings.filter((f) => !f.suppressed).map((f) => [f.ruleId, f.fix === undefined]);
    expect(left).toContainEqual(["ecr-tag-immutability", true]);
    expect(left).toContainEqual(["user-data-replace-on-change", true]);
    expect(left.some(([id]) => id === "database-deletion-protection")).toBe(false);
  });
});
