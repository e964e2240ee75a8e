import { describe, expect, it } from "vitest";
import { parse } from "../../src/hcl/index.js";
import { buildModule } from "../../src/model/build.js";
import { literalString } from "../../src/model/query.js";

const build = (files: Record<string, string>) => buildModule(Object.entries(files).map(([name, text]) => parse(text, name)));

describe("duplicate definitions are diagnostics worded like Terraform's", () => {
  it("two resources with the same address: the first is kept", () => {
    const m = build({
      "a.tf": 'resource "aws_instance" "web" {\n  ami = "first"\n}\n',
      "b.tf": 'resource "aws_instance" "web" {\n  ami = "second"\n}\n',
    });
    expect(m.diagnostics).toHaveLength(1);
    const d = m.diagnostics[0];
    expect(d.summary).toBe('Duplicate resource "aws_instance" configuration');
    expect(d.detail).toBe(
      'A aws_instance resource named "web" was already declared at a.tf:1,1-30. Resource names must be unique per type in each module.',
    );
    expect(d.filename).toBe("b.tf");
    expect(d.range.start.line).toBe(1);
    expect(m.resources).toHaveLength(1);
    expect(m.resources[0].file.filename).toBe("a.tf");
  });

  it("two data sources with the same address, also inside a check block", () => {
    const m = build({
      "a.tf": 'data "http" "x" {}\ncheck "c" {\n  data "http" "x" {}\n}\n',
    });
    expect(m.diagnostics.map((d) => d.summary)).toEqual(['Duplicate data "http" configuration']);
    expect(m.diagnostics[0].detail).toContain("including within check blocks");
  });

  it("variables, outputs, module calls and locals declared twice", () => {
    const m = build({
      "a.tf": 'variable "v" {\n  default = "one"\n}\noutput "o" {\n  value = 1\n}\nmodule "m" {\n  source = "./a"\n}\nlocals {\n  l = 1\n}\n',
      "b.tf": 'variable "v" {\n  default = "two"\n}\noutput "o" {\n  value = 2\n}\nmodule "m" {\n  source = "./b"\n}\nlocals {\n  l = 2\n}\n',
    });
    expect(m.diagnostics.map((d) => d.summary)).toEqual([
      "Duplicate variable declaration",
      "Duplicate output definition",
      "Duplicate module call",
      "Duplicate local value definition",
    ]);
    expect(m.diagnostics[0].detail).toBe(
      'A variable named "v" was already declared at a.tf:1,1-13. Variable names must be unique within a module.',
    );
    // As in Terraform, the later declaration is the one kept.
    expect(literalString(m.variables.get("v")!.default!.expr)).toBe("two");
  });

  it("provider configurations with the same name and alias", () => {
    const m = build({
      "a.tf": 'provider "aws" {}\nprovider "aws" {}\nprovider "aws" {\n  alias = "x"\n}\nprovider "aws" {\n  alias = "x"\n}\n',
    });
    expect(m.diagnostics.map((d) => d.summary)).toEqual(["Duplicate provider configuration", "Duplicate provider configuration"]);
    expect(m.diagnostics[0].detail).toContain('A default (non-aliased) provider configuration for "aws" was already given at a.tf:1,1-15.');
    expect(m.diagnostics[1].detail).toContain('with alias "x"');
    expect(m.providers.map((p) => p.address)).toEqual(["aws", "aws.x"]);
  });

  it("two backends, two required_providers blocks, a backend and a cloud block", () => {
    const m = build({
      "a.tf": 'terraform {\n  backend "s3" {}\n  required_providers {\n    a = { source = "x/a" }\n  }\n}\n',
      "b.tf": 'terraform {\n  backend "gcs" {}\n  cloud {}\n  required_providers {\n    b = { source = "x/b" }\n  }\n}\n',
    });
    expect(m.diagnostics.map((d) => d.summary)).toEqual([
      "Duplicate required providers configuration",
      "Duplicate backend configuration",
      "Both a backend and cloud configuration are present",
    ]);
    expect(m.terraform.backend?.labels[0].value).toBe("s3");
    expect([...m.terraform.requiredProviders.keys()]).toEqual(["a", "b"]);
  });

  it("duplicate lifecycle and connection blocks in a resource", () => {
    const m = build({
      "a.tf": 'resource "a_b" "c" {\n  lifecycle {}\n  lifecycle {}\n  connection {}\n  connection {}\n}\n',
    });
    expect(m.diagnostics.map((d) => d.summary)).toEqual(["Duplicate lifecycle block", "Duplicate connection block"]);
    expect(m.diagnostics[0].range.start.line).toBe(3);
  });

  it("an argument set twice in a native body is reported once (by the parser), and twice in JSON by the model", () => {
    const native = build({ "a.tf": 'resource "a_b" "c" {\n  x = 1\n  x = 2\n}\n' });
    expect(native.files[0].diagnostics.map((d) => d.summary)).toEqual(["Attribute redefined"]);
    expect(native.diagnostics).toEqual([]);

    const json = build({ "a.tf.json": '{"resource": {"a_b": {"c": {"x": 1, "nested": {"y": 1, "y": 2}, "x": 2}}}}' });
    expect(json.diagnostics.map((d) => [d.summary, d.range.start.column])).toEqual([
      ["Attribute redefined", 65],
      ["Attribute redefined", 56],
    ]);
  });

  it("an argument set twice after a native parse error the parser could not recover from is reported by the model", () => {
    // After the stray string the parser reads on without reporting (as hclsyntax skips the rest of the file).
    const m = build({ "a.tf": '"stray"\nresource "a_b" "c" {\n  x = 1\n  x = 2\n}\n' });
    expect(m.files[0].diagnostics.map((d) => d.summary)).toEqual(["Invalid argument name"]);
    expect(m.diagnostics.map((d) => [d.summary, d.range.start.line])).toEqual([["Attribute redefined", 4]]);
  });

  it("wrong label counts, unknown blocks and top-level arguments", () => {
    const m = build({
      "a.tf": 'resource "x" {}\nvariable "a" "b" {}\nlocals "l" {}\nfoo {}\nbar = 1\n',
    });
    expect(m.diagnostics.map((d) => [d.summary, d.detail])).toEqual([
      ["Missing name for resource", "All resource blocks must have 2 labels (type, name)."],
      ["Extraneous label for variable", "Only 1 label (name) is expected for variable blocks."],
      ["Extraneous label for locals", "No labels are expected for locals blocks."],
      ["Unsupported block type", 'Blocks of type "foo" are not expected here.'],
      ["Unsupported argument", 'An argument named "bar" is not expected here.'],
    ]);
    expect(m.resources).toEqual([]);
  });

  it("never throws on trees of broken files", () => {
    const m = build({
      "a.tf": 'resource "a" "b" {\n  lifecycle {\n    ignore_changes = [\n',
      "b.tf.json": '{"resource": {"a": {"c": [1, {"count": }]}}}',
      "c.tf": "\u0000\u0000}}}{{{",
    });
    expect(m.files.every((f) => f.diagnostics.length > 0)).toBe(true);
  });
});
