/**
 * The deployment-only rules name what made a directory a deployment, so a
 * user who disagrees knows what to change or which role to set in
 * `.tfmould.json` (issue 10, review M1).
 */
import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import { rules } from "../../rules/index.js";

const lockFile = rules.find((r) => r.id === "dependency-lock-file")!;
const terraformVersion = rules.find((r) => r.id === "terraform-version-pinned")!;
const providerVersion = rules.find((r) => r.id === "provider-version-pinned")!;

function messages(files: Record<string, string>, ruleList = [lockFile, terraformVersion], config?: object): string[] {
  return lint({ files, rules: ruleList, config }).findings.map((f) => `${f.ruleId}: ${f.message}`);
}

describe("deployment findings name the evidence", () => {
  it("a backend block, with its type and file", () => {
    const found = messages({
      "backend.tf": 'terraform {\n  backend "gcs" {}\n}\n',
      "main.tf": 'resource "google_storage_bucket" "b" {}\n',
    });
    expect(found).toEqual([
      expect.stringMatching(/^dependency-lock-file: This deployment \(backend "gcs" in backend\.tf\) has no \.terraform\.lock\.hcl,/),
      expect.stringMatching(/^terraform-version-pinned: This deployment \(backend "gcs" in backend\.tf\) has no required_version in its terraform block,/),
    ]);
  });

  it("a cloud block, tfvars beside the module, a provider block", () => {
    expect(messages({ "main.tf": 'terraform {\n  cloud {}\n}\nresource "aws_s3_bucket" "b" {}\n' }, [lockFile])).toEqual([
      expect.stringContaining("This deployment (a cloud block in main.tf) has no .terraform.lock.hcl"),
    ]);
    expect(messages({ "main.tf": 'resource "aws_s3_bucket" "b" {}\n', "prod.tfvars": 'region = "eu-west-1"\n' }, [lockFile])).toEqual([
      expect.stringContaining("This deployment (prod.tfvars beside it) has no .terraform.lock.hcl"),
    ]);
    expect(messages({ "providers.tf": 'provider "aws" {}\n', "main.tf": 'resource "aws_s3_bucket" "b" {}\n' }, [terraformVersion])).toEqual([
      expect.stringContaining('This deployment (provider "aws" in providers.tf) has no terraform { required_version }'),
    ]);
  });

  it("the lock file itself, for the rules that do not check it", () => {
    const found = messages({ "main.tf": 'resource "aws_s3_bucket" "b" {}\n', ".terraform.lock.hcl": "" }, [terraformVersion]);
    expect(found).toEqual([expect.stringContaining("This deployment (.terraform.lock.hcl beside it) has no terraform { required_version }")]);
  });

  it("names nothing when only the config's roles made it a deployment, and never says root module", () => {
    const files = { "main.tf": 'terraform {\n  required_version = ">= 1.5"\n}\nresource "aws_s3_bucket" "b" {}\n' };
    const found = messages(files, [lockFile, terraformVersion], { roles: { ".": "deployment" } });
    expect(found).toEqual([
      expect.stringMatching(/^dependency-lock-file: This deployment has no \.terraform\.lock\.hcl/),
      expect.stringMatching(/^terraform-version-pinned: required_version = ">= 1\.5" has no upper bound, .* can apply this deployment;/),
    ]);
    expect(found.join("\n")).not.toMatch(/root module/);
  });

  it("suggests a cap that keeps the floor and still accepts the Terraform the deployment runs today", () => {
    const capOf = (constraint: string): string => {
      const files = { "main.tf": `terraform {\n  backend "local" {}\n  required_version = "${constraint}"\n}\n` };
      const [message] = messages(files, [terraformVersion]);
      return /cap it, e\.g\. "([^"]*)"/.exec(message ?? "")?.[1] ?? "";
    };
    expect(capOf(">= 0.13")).toBe(">= 0.13, < 2.0.0");
    expect(capOf(">= 1.3")).toBe(">= 1.3, < 2.0.0");
    expect(capOf(">= 1.5.7, != 1.6.0")).toBe(">= 1.5.7, != 1.6.0, < 2.0.0");
    expect(capOf("~> 1")).toBe("~> 1, < 2.0.0");
  });

  it("provider-version-pinned's missing cap names the deployment", () => {
    const files = {
      "main.tf": 'terraform {\n  backend "s3" {}\n  required_providers {\n    aws = { source = "hashicorp/aws", version = ">= 5.0" }\n  }\n}\n',
    };
    expect(messages(files, [providerVersion])).toEqual([
      expect.stringContaining('version ">= 5.0" has no upper bound in this deployment (backend "s3" in main.tf), so'),
    ]);
  });
});

describe("provider-version-pinned says which source Terraform takes", () => {
  it("suggests hashicorp/<name> for a HashiCorp provider with no entry, and says Terraform takes that", () => {
    const found = messages({ "main.tf": 'resource "local_file" "f" {}\n' }, [providerVersion], { roles: { ".": "module" } });
    expect(found).toEqual([
      'provider-version-pinned: Provider "local" (used by local_file.f) has no required_providers entry, so Terraform takes it as "hashicorp/local" with any version; add local = { source = "hashicorp/local", version = ">= X.Y" } to terraform { required_providers }.',
    ]);
    expect(found[0]).not.toMatch(/guess|<namespace>/);
  });

  it("keeps a placeholder for a provider HashiCorp does not publish, and says why", () => {
    const found = messages({ "main.tf": 'resource "kubectl_manifest" "m" {}\n' }, [providerVersion], { roles: { ".": "module" } });
    expect(found).toEqual([
      expect.stringContaining('so Terraform takes it as "hashicorp/kubectl" (a provider HashiCorp does not publish) with any version; add kubectl = { source = "<namespace>/kubectl"'),
    ]);
  });

  it("an entry without source: the same choice of suggestion", () => {
    const files = { "main.tf": 'terraform {\n  required_providers {\n    random = { version = ">= 3.0" }\n    datadog = { version = ">= 3.0" }\n  }\n}\n' };
    const found = messages(files, [providerVersion], { roles: { ".": "module" } });
    expect(found).toEqual([
      expect.stringContaining('e.g. random = { source = "hashicorp/random"'),
      expect.stringContaining('assumes "hashicorp/datadog" (a provider HashiCorp does not publish); write the source explicitly, e.g. datadog = { source = "<namespace>/datadog"'),
    ]);
  });
});
