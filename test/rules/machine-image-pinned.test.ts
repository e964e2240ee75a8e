import { describe, expect, it } from "vitest";
import { classifyGoogleImage, floatingSsmWord, hasVersionSuffix, hasWildcard, isPublicImageParameter } from "../../rules/lib/machine-images.js";

describe("hasVersionSuffix", () => {
  it.each([
    ["debian-12-bookworm-v20240110", true],
    ["ubuntu-2204-jammy-v20240126", true],
    ["cos-stable-109-17800-66-43", true],
    ["fedora-coreos-39-20240112-3-0-gcp-x86-64", true],
    ["acme-web-v3", true],
    ["debian-12", false],
    ["ubuntu-2204-lts", false],
    ["cos-stable", false],
    ["sles-15-sp5", false],
    ["windows-2022", false],
  ])("%s → %s", (name, expected) => expect(hasVersionSuffix(name)).toBe(expected));
});

describe("classifyGoogleImage", () => {
  it("knows explicit families in every form", () => {
    expect(classifyGoogleImage("family/debian-12")).toMatchObject({ kind: "family", family: "debian-12", explicit: true });
    expect(classifyGoogleImage("global/images/family/debian-12")).toMatchObject({ kind: "family", family: "debian-12" });
    expect(classifyGoogleImage("projects/debian-cloud/global/images/family/debian-12")).toMatchObject({ kind: "family", project: "debian-cloud" });
    expect(classifyGoogleImage("https://www.googleapis.com/compute/v1/projects/cos-cloud/global/images/family/cos-stable")).toMatchObject({ kind: "family", family: "cos-stable" });
  });
  it("knows single images", () => {
    expect(classifyGoogleImage("projects/debian-cloud/global/images/debian-12-bookworm-v20240110")).toEqual({ kind: "image", name: "debian-12-bookworm-v20240110" });
    expect(classifyGoogleImage("global/images/acme-web")).toEqual({ kind: "image", name: "acme-web" });
  });
  it("reads project/name by its suffix", () => {
    expect(classifyGoogleImage("debian-cloud/debian-12")).toMatchObject({ kind: "family", family: "debian-12", explicit: false });
    expect(classifyGoogleImage("debian-cloud/debian-12-bookworm-v20240110")).toMatchObject({ kind: "image" });
  });
  it("leaves bare names ambiguous", () => {
    expect(classifyGoogleImage("acme-web")).toEqual({ kind: "ambiguous", name: "acme-web" });
  });
});

describe("SSM parameters and AMI filters", () => {
  it("finds floating words, not versions", () => {
    expect(floatingSsmWord("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")).toBe("latest");
    expect(floatingSsmWord("/aws/service/eks/optimized-ami/1.29/amazon-linux-2/recommended/image_id")).toBe("recommended");
    expect(floatingSsmWord("/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id")).toBe("current");
    expect(floatingSsmWord("/acme/images/web/latest:7")).toBeUndefined();
    expect(floatingSsmWord("/acme/images/web/2024-01-10")).toBeUndefined();
  });
  it("knows public image parameters", () => {
    expect(isPublicImageParameter("/aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base")).toBe(true);
    expect(isPublicImageParameter("/aws/service/global-infrastructure/regions/latest")).toBe(false);
    expect(isPublicImageParameter("/acme/ami/latest")).toBe(false);
  });
  it("knows wildcards", () => {
    expect(hasWildcard("amzn2-ami-hvm-*")).toBe(true);
    expect(hasWildcard("Windows_Server-2022-????.??.??")).toBe(true);
    expect(hasWildcard("amzn2-ami-hvm-2.0.20240109.0-x86_64-gp2")).toBe(false);
  });
});
