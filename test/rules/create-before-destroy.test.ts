import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import { rules } from "../../rules/index.js";

const cbd = rules.find((r) => r.id === "create-before-destroy")!;
const conflict = rules.find((r) => r.id === "create-before-destroy-name-conflict")!;

describe("create-before-destroy", () => {
  it("fixes create_before_destroy = false only when no fixed name would then conflict", () => {
    const source = `resource "google_compute_instance_template" "a" {
  name_prefix = "a-"
  lifecycle {
    create_before_destroy = false
  }
}

resource "google_compute_instance_template" "b" {
  name = "b"
  lifecycle {
    create_before_destroy = false
  }
}
`;
    const found = lint({ files: { "main.tf": source }, rules: [cbd] }).findings;
    expect(found.map((f) => [f.address, f.fix !== undefined])).toEqual([
      ["google_compute_instance_template.a", true],
      ["google_compute_instance_template.b", false],
    ]);
  });
});

describe("create-before-destroy-name-conflict", () => {
  const template = (name: string) => `locals {
  content_hash = substr(sha256("image-v42"), 0, 8)
}

resource "aws_launch_template" "web" {
  name = ${name}
  lifecycle {
    create_before_destroy = true
  }
}
`;

  it("accepts a content-derived part even when its value is known", () => {
    expect(lint({ files: { "main.tf": template('"web-${local.content_hash}"') }, rules: [conflict] }).findings).toEqual([]);
  });

  it("reports a name that only joins known fixed parts", () => {
    const found = lint({ files: { "main.tf": template('join("-", ["web", "v1"])') }, rules: [conflict] }).findings;
    expect(found.map((f) => [f.range.start.line, f.attributePath])).toEqual([[6, "name"]]);
  });

  it("asks for name_prefix with the lifecycle setting when the name is fixed, and the advice followed gives no name conflict", () => {
    const before = `variable "name" {
  type = string
}

resource "google_compute_ssl_certificate" "default" {
  for_each    = toset(["a", "b"])
  name        = "\${var.name}-\${each.key}"
  certificate = "cert"
  private_key = "key"
}

resource "google_compute_ssl_certificate" "suffixed" {
  name        = "\${var.name}-\${random_id.suffix.hex}"
  certificate = "cert"
  private_key = "key"
}

resource "random_id" "suffix" {
  byte_length = 4
}
`;
    const messages = lint({ files: { "main.tf": before }, rules: [cbd] }).findings.map((f) => `${f.address}: ${f.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^google_compute_ssl_certificate\.default: .*Add the lifecycle setting, together with name_prefix instead of name \(or a random or content-derived suffix in the name\): with its fixed name/),
      expect.stringMatching(/^google_compute_ssl_certificate\.suffixed: .*Add the lifecycle setting\.$/),
    ]);
    // Following the advice: name_prefix and the lifecycle setting, which neither rule reports.
    const after = `resource "google_compute_ssl_certificate" "default" {
  name_prefix = "web-"
  certificate = "cert"
  private_key = "key"
  lifecycle {
    create_before_destroy = true
  }
}
`;
    expect(lint({ files: { "main.tf": after }, rules: [cbd, conflict] }).findings).toEqual([]);
  });
});
