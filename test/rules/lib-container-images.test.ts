import { describe, expect, it } from "vitest";
import { judgeImageRef, judgePartialImageRef, parseImageRef } from "../../rules/lib/container-images.js";
import type { StringPiece } from "../../src/eval/value.js";

const lenient = { strict: false, mutableTags: ["latest"] };
const strict = { strict: true, mutableTags: ["latest"] };
const digest = "sha256:" + "a".repeat(64);

describe("parseImageRef", () => {
  it("reads a bare repository", () => {
    expect(parseImageRef("nginx")).toEqual({ registry: undefined, repository: "nginx", tag: undefined, digest: undefined });
  });
  it("reads a tag on the default registry", () => {
    expect(parseImageRef("library/nginx:1.25")).toMatchObject({ registry: undefined, repository: "library/nginx", tag: "1.25" });
  });
  it("takes a registry with a port as a registry, not a tag", () => {
    expect(parseImageRef("registry:5000/app")).toEqual({ registry: "registry:5000", repository: "app", tag: undefined, digest: undefined });
  });
  it("reads a registry with a port and a tag", () => {
    expect(parseImageRef("registry.example.com:5000/team/app:2.1.0")).toMatchObject({
      registry: "registry.example.com:5000",
      repository: "team/app",
      tag: "2.1.0",
    });
  });
  it("treats localhost as a registry", () => {
    expect(parseImageRef("localhost/app")).toMatchObject({ registry: "localhost", repository: "app", tag: undefined });
  });
  it("reads a number after a single-component name as a tag", () => {
    expect(parseImageRef("app:5000")).toMatchObject({ registry: undefined, repository: "app", tag: "5000" });
  });
  it("reads a digest, with and without a tag", () => {
    expect(parseImageRef(`app@${digest}`)).toMatchObject({ repository: "app", tag: undefined, digest });
    expect(parseImageRef(`gcr.io/p/app:1.0@${digest}`)).toMatchObject({ registry: "gcr.io", repository: "p/app", tag: "1.0", digest });
  });
  it("reads an ECR URI", () => {
    expect(parseImageRef("123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v3")).toMatchObject({
      registry: "123456789012.dkr.ecr.eu-west-1.amazonaws.com",
      repository: "api",
      tag: "v3",
    });
  });
  it("rejects things that are not references", () => {
    expect(parseImageRef("")).toBeUndefined();
    expect(parseImageRef("two words")).toBeUndefined();
    expect(parseImageRef("app:")).toBeUndefined();
    expect(parseImageRef("a//b")).toBeUndefined();
    expect(parseImageRef("app@")).toBeUndefined();
  });
});

describe("judgeImageRef", () => {
  const judge = (s: string, o = lenient) => {
    const ref = parseImageRef(s);
    if (!ref) throw new Error(s);
    return judgeImageRef(ref, o);
  };
  it("flags a missing tag", () => expect(judge("registry:5000/app")).toEqual({ kind: "no-tag" }));
  it("flags latest in any case", () => expect(judge("nginx:LATEST")).toEqual({ kind: "mutable-tag", tag: "LATEST" }));
  it("accepts a version tag", () => expect(judge("nginx:1.25.3")).toBeUndefined());
  it("accepts a digest even beside latest", () => expect(judge(`nginx:latest@${digest}`)).toBeUndefined());
  it("honours extra mutable tags", () => expect(judge("app:stable", { strict: false, mutableTags: ["latest", "stable"] })).toEqual({ kind: "mutable-tag", tag: "stable" }));
  it("in strict mode wants a digest", () => {
    expect(judge("nginx:1.25.3", strict)).toEqual({ kind: "no-digest", tag: "1.25.3" });
    expect(judge(`nginx@${digest}`, strict)).toBeUndefined();
    expect(judge("nginx@sha256:abc", strict)).toEqual({ kind: "no-digest", tag: undefined });
  });
});

describe("judgePartialImageRef", () => {
  const hole: StringPiece = { known: false };
  const text = (t: string): StringPiece => ({ known: true, text: t });
  it("stays silent when the tag is a hole", () => {
    expect(judgePartialImageRef([text("nginx:"), hole], lenient)).toBeUndefined();
    expect(judgePartialImageRef([text("nginx:"), hole], strict)).toBeUndefined();
  });
  it("flags a known last component without a tag", () => {
    expect(judgePartialImageRef([hole, text("/app")], lenient)).toEqual({ kind: "no-tag" });
  });
  it("flags a known latest tag after a hole", () => {
    expect(judgePartialImageRef([hole, text(":latest")], lenient)).toEqual({ kind: "mutable-tag", tag: "latest" });
  });
  it("accepts a known version tag after a hole, but not in strict mode", () => {
    expect(judgePartialImageRef([hole, text("/app:1.2.3")], lenient)).toBeUndefined();
    expect(judgePartialImageRef([hole, text("/app:1.2.3")], strict)).toEqual({ kind: "no-digest", tag: "1.2.3" });
  });
  it("accepts a known digest after a hole", () => {
    expect(judgePartialImageRef([hole, text(`@${digest}`)], strict)).toBeUndefined();
  });
  it("stays silent when the known suffix proves nothing", () => {
    expect(judgePartialImageRef([hole, text("-suffix")], lenient)).toBeUndefined();
    expect(judgePartialImageRef([text("gcr.io/"), hole], lenient)).toBeUndefined();
  });
});
