import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import { rules } from "../../rules/index.js";

const rule = rules.find((r) => r.id === "provider-version-pinned")!;

describe("provider-version-pinned", () => {
  it("asks a root module for a capped version and a child module (every instance) for a lower bound", () => {
    const files = {
      "main.tf": 'provider "aws" {}\nresource "aws_s3_bucket" "b" {}\nmodule "a" {\n  source = "./child"\n}\nmodule "b" {\n  source = "./child"\n}\n',
      "child/main.tf": 'resource "google_storage_bucket" "logs" {}\n',
    };
    const found = lint({ files, rules: [rule] }).findings.map((f) => `${f.file} ${f.address}: ${/version = "([^"]+)"/.exec(f.message)?.[1]}`);
    expect(found).toEqual(["child/main.tf provider.google: >= X.Y", "main.tf provider.aws: ~> X.Y"]);
  });

  it("joins the providers missing from one required_providers block into one finding, each use related", () => {
    const files = {
      "main.tf": [
        'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = ">= 5.0"\n    }\n  }\n}',
        'resource "random_id" "suffix" {\n  byte_length = 2\n}',
        'resource "aws_s3_bucket" "logs" {}',
        'resource "tls_private_key" "deploy" {\n  algorithm = "ED25519"\n}',
        'variable "region" {}',
      ].join("\n"),
    };
    const found = lint({ files, rules: [rule] }).findings;
    expect(found).toHaveLength(1);
    const [finding] = found;
    expect(finding.range.start.line).toBe(2);
    expect(finding.message).toContain('2 providers have no required_providers entry');
    expect(finding.message).toContain('"random" (used by random_id.suffix), "tls" (used by tls_private_key.deploy)');
    expect(finding.message).toContain('as <name> = { source = "hashicorp/<name>", version = ">= X.Y" }');
    expect(finding.related.map((r) => `${r.range.start.line} ${r.message}`)).toEqual(['9 provider "random" used here', '13 provider "tls" used here']);
    expect([finding.address, finding.attributePath]).toEqual(["terraform", "required_providers"]);
  });

  it("reports a lone missing provider as itself", () => {
    const files = { "main.tf": 'terraform {\n  required_providers {}\n}\nresource "random_id" "suffix" {\n  byte_length = 2\n}\nvariable "x" {}\n' };
    const found = lint({ files, rules: [rule] }).findings;
    expect(found.map((f) => [f.address, f.message.slice(0, 60)])).toEqual([["provider.random", 'Provider "random" (used by random_id.suffix) has no required']]);
  });
});
