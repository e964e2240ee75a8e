/** `testRule` from `tfmould/testing`: passes exactly when each case gives the findings it expects. */
import { AssertionError } from "node:assert";
import { describe, expect, it } from "vitest";
import { testRule } from "tfmould/testing";
import { defineRule } from "tfmould";
import type { Plugin } from "../../src/index.js";

const { default: acme } = (await import(new URL("../../fixtures/plugins/acme/index.js", import.meta.url).href)) as { default: Plugin };
const noPublicBuckets = acme.rules[0];
const PUBLIC = 'resource "aws_s3_bucket_acl" "logs" {\n  bucket = "logs"\n  acl    = "public-read"\n}\n';
const PRIVATE = PUBLIC.replace("public-read", "private");

function failure(run: () => void): AssertionError {
  try {
    run();
  } catch (error) {
    if (error instanceof AssertionError) return error;
    throw error;
  }
  throw new Error("testRule did not fail");
}

describe("testRule", () => {
  it("passes when valid cases give nothing and invalid ones give exactly their findings", () => {
    expect(() =>
      testRule(noPublicBuckets, {
        valid: [PRIVATE, { code: PRIVATE, name: "object form" }],
        invalid: [
          { code: PUBLIC, errors: [{ line: 3, column: 12, message: 'aws_s3_bucket_acl.logs makes its bucket readable by the public (acl = "public-read"); use "private" and a bucket policy.' }] },
          { files: { "a/main.tf": PUBLIC, "b/main.tf": `\n${PUBLIC}` }, errors: [{ file: "a/main.tf", line: 3 }, { file: "b/main.tf", line: 4, message: /public/ }] },
        ],
      }),
    ).not.toThrow();
  });

  it("fails a valid case that gives a finding, showing what was found", () => {
    const error = failure(() => testRule(noPublicBuckets, { valid: [PRIVATE, PUBLIC] }));
    expect(error.message).toContain("testRule acme/no-public-buckets: 1 case failed");
    expect(error.message).toContain("valid[1]: expected 0 findings, got 1");
    expect(error.message).toMatch(/actual:\n {4}main\.tf:3:12 "aws_s3_bucket_acl\.logs makes/);
  });

  it("fails an invalid case on a wrong line, column, message, file or count, naming each case", () => {
    const error = failure(() =>
      testRule(noPublicBuckets, {
        invalid: [
          { name: "line", code: PUBLIC, errors: [{ line: 2 }] },
          { code: PUBLIC, errors: [{ line: 3, column: 1 }] },
          { code: PUBLIC, errors: [{ line: 3, message: "something else" }] },
          { code: PUBLIC, errors: [{ line: 3, message: /private bucket/ }] },
          { code: PUBLIC, errors: [{ line: 3, file: "other.tf" }] },
          { code: PUBLIC, errors: [{ line: 3 }, { line: 3 }] },
          { code: PRIVATE, errors: [{ line: 3 }] },
        ],
      }),
    );
    const text = error.message;
    expect(text).toContain("7 cases failed");
    expect(text).toContain("invalid[0] (line): finding 1: line 3, expected 2");
    expect(text).toContain("invalid[1]: finding 1: column 12, expected 1");
    expect(text).toContain("invalid[2]: finding 1: message differs");
    expect(text).toContain("invalid[3]: finding 1: message does not match /private bucket/");
    expect(text).toContain("invalid[4]: finding 1: file main.tf, expected other.tf");
    expect(text).toContain("invalid[5]: expected 2 findings, got 1");
    expect(text).toMatch(/invalid\[6\]: expected 1 finding, got 0\n {2}expected:\n {4}\*:3 \(any message\)\n {2}actual:\n {4}\(no findings\)/);
  });

  it("fails cases that cannot be judged: no expected finding, Terraform that does not parse, a rule that throws", () => {
    const throws = defineRule({ ...noPublicBuckets, id: "acme/throws", check: () => { throw new Error("boom"); } });
    const text = failure(() =>
      testRule(noPublicBuckets, { valid: ['resource "x" {'], invalid: [{ code: PUBLIC, errors: [] }] }),
    ).message;
    expect(text).toMatch(/valid\[0\]: the Terraform does not parse: main\.tf:1:/);
    expect(text).toContain("invalid[0]: an invalid case must expect at least one finding");
    expect(failure(() => testRule(throws, { valid: [PRIVATE] })).message).toContain('valid[0]: internal error: rule "acme/throws" on main.tf failed: boom');
  });

  it("gives the rule the case's options, validated against its schema", () => {
    const requiredTags = acme.rules[1];
    const code = 'resource "aws_instance" "web" {\n  tags = { owner = "x" }\n}\n';
    expect(() => testRule(requiredTags, { valid: [code], invalid: [{ code, options: { tags: ["team"] }, errors: [{ line: 2, message: 'aws_instance.web has no "team" tag.' }] }] })).not.toThrow();
    expect(failure(() => testRule(requiredTags, { valid: [{ code, options: { tags: 3 } }] })).message).toMatch(/valid\[0\]: .*options\.tags: expected an array/);
  });
});
