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
});
