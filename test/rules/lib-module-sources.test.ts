import { describe, expect, it } from "vitest";
import { isBranchRef, isCommitRef, parseModuleSource } from "../../rules/lib/module-sources.js";

describe("parseModuleSource", () => {
  it("knows local paths", () => {
    expect(parseModuleSource("./modules/vpc").kind).toBe("local");
    expect(parseModuleSource("../shared").kind).toBe("local");
  });
  it("reads public and private registry addresses with subdirectories", () => {
    expect(parseModuleSource("terraform-aws-modules/vpc/aws")).toMatchObject({ kind: "registry", host: "registry.terraform.io", namespace: "terraform-aws-modules", name: "vpc", provider: "aws" });
    expect(parseModuleSource("app.terraform.io/acme/network/azurerm//modules/hub")).toMatchObject({ kind: "registry", host: "app.terraform.io", namespace: "acme", subdir: "modules/hub" });
    expect(parseModuleSource("hashicorp/consul/aws//modules/consul-cluster")).toMatchObject({ kind: "registry", subdir: "modules/consul-cluster" });
  });
  it("reads git sources with ref and subdir", () => {
    expect(parseModuleSource("git::https://example.com/network.git//modules/vpc?ref=v1.2.0")).toEqual({ kind: "git", url: "https://example.com/network.git", ref: "v1.2.0", subdir: "modules/vpc" });
    expect(parseModuleSource("git::ssh://git@example.com/storage.git")).toMatchObject({ kind: "git", ref: undefined });
    expect(parseModuleSource("git@github.com:acme/modules.git//lb?ref=main")).toMatchObject({ kind: "git", url: "git@github.com:acme/modules.git", ref: "main", subdir: "lb" });
    expect(parseModuleSource("github.com/hashicorp/example?ref=v0.1.0")).toMatchObject({ kind: "git", ref: "v0.1.0" });
    expect(parseModuleSource("bitbucket.org/acme/terraform-modules//dns")).toMatchObject({ kind: "git", ref: undefined, subdir: "dns" });
    expect(parseModuleSource("git::https://example.com/a.git?depth=1&ref=v2")).toMatchObject({ ref: "v2" });
    expect(parseModuleSource("https://example.com/a.git?ref=v2")).toMatchObject({ kind: "git", ref: "v2" });
  });
  it("reads Mercurial revisions", () => {
    expect(parseModuleSource("hg::http://example.com/vpc.hg?rev=v1.2.0")).toMatchObject({ kind: "hg", ref: "v1.2.0" });
  });
  it("leaves archives and buckets as other", () => {
    expect(parseModuleSource("https://example.com/vpc-module.zip").kind).toBe("other");
    expect(parseModuleSource("s3::https://s3-eu-west-1.amazonaws.com/bucket/vpc.zip").kind).toBe("other");
    expect(parseModuleSource("gcs::https://www.googleapis.com/storage/v1/modules/foomodule.zip").kind).toBe("other");
  });
});

describe("refs", () => {
  it("knows branch names", () => {
    expect(isBranchRef("main")).toBe(true);
    expect(isBranchRef("HEAD")).toBe(true);
    expect(isBranchRef("refs/heads/release")).toBe(true);
    expect(isBranchRef("v1.2.0")).toBe(false);
  });
  it("knows full commit ids", () => {
    expect(isCommitRef("0123456789abcdef0123456789abcdef01234567")).toBe(true);
    expect(isCommitRef("0123456")).toBe(false);
  });
});
