/**
 * An example that calls its own repository's module through the registry
 * address takes that module's provider constraints, as Terraform combines
 * the constraints of every module of a configuration (issue 10 §2).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { lint } from "../../src/engine/index.js";
import { checkoutDirOf, parseRegistrySource } from "../../src/engine/registry-self.js";

describe("registry sources", () => {
  it("are read into name, provider and sub-directory", () => {
    expect(parseRegistrySource("terraform-google-modules/kubernetes-engine/google//modules/private-cluster")).toEqual({
      name: "kubernetes-engine",
      provider: "google",
      subdir: "modules/private-cluster",
    });
    expect(parseRegistrySource("registry.terraform.io/terraform-aws-modules/vpc/aws")).toEqual({ name: "vpc", provider: "aws", subdir: "" });
    for (const other of ["./modules/x", "git::https://example.com/x.git", "github.com/acme/x", "app.terraform.io/acme/x/aws", "acme/x/aws//../../etc"]) {
      expect(parseRegistrySource(other), other).toBeUndefined();
    }
  });

  it("name a folder of the checkout holding the caller, by the registry's repository naming", () => {
    const source = { name: "vpc", provider: "aws", subdir: "modules/endpoints" };
    expect(checkoutDirOf(source, "/src/terraform-aws-vpc/examples/complete", "/src")).toBe("/src/terraform-aws-vpc/modules/endpoints");
    expect(checkoutDirOf(source, "/src/acme__terraform-aws-vpc/examples/complete", "/src")).toBe("/src/acme__terraform-aws-vpc/modules/endpoints");
    expect(checkoutDirOf(source, "/src/terraform-aws-vpcx/examples/complete", "/src")).toBeUndefined();
    expect(checkoutDirOf(source, "/src/myterraform-aws-vpc/examples", "/src")).toBeUndefined();
    // Never above the scanned root.
    expect(checkoutDirOf(source, "/terraform-aws-vpc/src/examples", "/terraform-aws-vpc/src")).toBeUndefined();
  });
});

describe("provider constraints through the registry address of the scanned repository", () => {
  const top = mkdtempSync(path.join(tmpdir(), "tfmould-registry-self-"));
  afterAll(() => rmSync(top, { recursive: true, force: true }));
  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(top, file)), { recursive: true });
    writeFileSync(path.join(top, file), text);
  };
  const versions = 'terraform {\n  required_providers {\n    google = {\n      source  = "hashicorp/google"\n      version = ">= 6.0, < 8"\n    }\n  }\n}\n';
  const example = (source: string) =>
    'terraform {\n  required_providers {\n    google = {\n      source = "hashicorp/google"\n    }\n  }\n}\n' +
    `provider "google" {}\nmodule "gke" {\n  source  = "${source}"\n  version = "~> 44.0"\n}\n`;
  write("terraform-google-kubernetes-engine/.git/HEAD", "ref: refs/heads/main\n");
  write("terraform-google-kubernetes-engine/variables.tf", 'variable "name" {}\n');
  write("terraform-google-kubernetes-engine/versions.tf", versions);
  write("terraform-google-kubernetes-engine/examples/simple/main.tf", example("terraform-google-modules/kubernetes-engine/google"));
  write("terraform-google-kubernetes-engine/examples/other/main.tf", example("terraform-google-modules/network/google"));

  const pinning = rules.filter((r) => r.id === "provider-version-pinned");
  const found = (dir: string) =>
    lint({ paths: [path.join(top, "terraform-google-kubernetes-engine", dir)], cwd: top, rules: pinning }).findings.map((f) => f.message);

  it("need no version of their own", () => {
    expect(found("examples/simple")).toEqual([]);
  });

  it("do not cover a call to another repository's module", () => {
    expect(found("examples/other")).toEqual([expect.stringContaining('Provider "google" has no version constraint')]);
  });
});
