import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { baseName } from "../../src/model/files.js";
import { loadModule } from "../../src/model/load.js";
import { MemoryHost } from "../../src/model/memory-host.js";
import { fileOfNode } from "../../src/model/node-files.js";
import { getAttribute, literalString } from "../../src/model/query.js";
import { render, summarizeBody } from "./render.js";

const dir = fileURLToPath(new URL("../../fixtures/model/overrides", import.meta.url));

describe("override files (fixtures/model/overrides)", () => {
  const m = loadModule(dir);
  const web = m.resourcesByAddress.get("aws_instance.web")!;

  it("loads override files after the primary files, in lexical order", () => {
    expect(m.files.map((f) => baseName(f.filename))).toEqual(["main.tf", "override.tf", "y_override.tf", "z_override.tf.json"]);
  });

  it("merges a resource argument by argument; nested block types replace all base blocks of the type", () => {
    expect(summarizeBody(web.body).map((i) => (typeof i === "string" ? i : i.block))).toEqual([
      'ami = "override"',
      'instance_type = "m5.large"',
      "dynamic ingress",
      "lifecycle",
      "ebs_block_device",
      "provisioner remote-exec",
      "dynamic network_interface",
      "connection",
    ]);
    // The base block is untouched.
    expect(getAttribute(web.block.body, "ami") && literalString(getAttribute(web.block.body, "ami")!.expr)).toBe("base");
    expect(web.overrideFiles?.map((f) => baseName(f.filename))).toEqual(["override.tf", "z_override.tf.json"]);
  });

  it("keeps each merged item's own file and ranges", () => {
    const ami = getAttribute(web.body, "ami")!;
    const type = getAttribute(web.body, "instance_type")!;
    const ami_file = fileOfNode(m, ami)!;
    const type_file = fileOfNode(m, type)!;
    expect(baseName(ami_file.filename)).toBe("override.tf");
    expect(ami_file.source.slice(ami.range.start.offset, ami.range.end.offset)).toBe('ami        = "override"');
    expect(baseName(type_file.filename)).toBe("z_override.tf.json");
    expect(type_file.source.slice(type.range.start.offset, type.range.end.offset)).toBe('"instance_type": "m5.large"');
    expect(baseName(fileOfNode(m, web.lifecycle!.createBeforeDestroy!)!.filename)).toBe("main.tf");
    expect(baseName(fileOfNode(m, web.lifecycle!.preventDestroy!)!.filename)).toBe("override.tf");
  });

  it("merges lifecycle argument by argument and replaces provisioners and connection", () => {
    const lc = web.lifecycle!;
    expect(render(lc.createBeforeDestroy?.expr)).toBe("true");
    expect(render(lc.preventDestroy?.expr)).toBe("true");
    expect(lc.ignoreChanges?.kind).toBe("list");
    expect(lc.preconditions).toHaveLength(1);
    expect(web.provisioners.map((p) => p.provisionerType)).toEqual(["remote-exec"]);
    expect(literalString(web.connection!.connectionType!.expr)).toBe("winrm");
  });

  it("does not merge depends_on into a resource, and says so", () => {
    expect(web.dependsOn).toBeUndefined();
    const d = m.diagnostics.find((x) => x.summary === "Unsupported override")!;
    expect(d.detail).toBe("The depends_on argument may not be overridden.");
    expect(baseName(d.filename)).toBe("override.tf");
    expect(d.range.start.line).toBe(3);
  });

  it("merges variables (arguments only), locals by name, outputs, providers and module calls", () => {
    const size = m.variables.get("size")!;
    expect(render(size.default?.expr)).toBe("2");
    expect(render(size.type?.expr)).toBe("number");
    expect(literalString(size.description!.expr)).toBe("base");
    expect(size.validations).toHaveLength(1);
    expect(render(size.validations[0].body.items[0].type === "Attribute" ? size.validations[0].body.items[0].expr : undefined)).toBe(
      "var.size > 0",
    );

    expect(render(m.locals.get("a")?.attribute.expr)).toBe("1");
    expect(render(m.locals.get("b")?.attribute.expr)).toBe("3");
    expect(baseName(m.locals.get("b")!.file.filename)).toBe("override.tf");

    const o = m.outputs.get("o")!;
    expect(literalString(o.description!.expr)).toBe("override");
    expect(render(o.value?.expr)).toBe("1");

    const aws = m.providers.find((p) => p.address === "aws")!;
    expect(summarizeBody(aws.body!).map((i) => (typeof i === "string" ? i : i.block))).toEqual(['region = "us-east-1"', "default_tags"]);

    const mod = m.moduleCalls.get("m")!;
    expect([...mod.arguments].map(([k, a]) => `${k}=${render(a.expr)}`)).toEqual(["x=1", "y=3"]);
  });

  it("merges terraform settings: required_version replaced, required_providers per provider, cloud replacing backend", () => {
    const tf = m.terraform;
    expect(literalString(tf.requiredVersion!.expr)).toBe(">= 1.5");
    expect(tf.requiredVersions).toHaveLength(1);
    expect([...tf.requiredProviders.values()].map((p) => `${p.name} ${p.version}`)).toEqual(["aws ~> 5.0", "random ~> 3.0"]);
    expect(tf.backend).toBeUndefined();
    expect(tf.cloud?.blockType).toBe("cloud");
    expect(tf.blocks).toHaveLength(3);
  });

  it("reports override blocks with nothing to override, and blocks that cannot be overridden", () => {
    expect(m.diagnostics.map((d) => d.summary).sort()).toEqual(
      ["Cannot override 'import' blocks", "Missing resource to override", "Unsupported override"].sort(),
    );
    const missing = m.diagnostics.find((d) => d.summary === "Missing resource to override")!;
    expect(missing.detail).toBe(
      'There is no aws_s3_bucket resource named "nope". An override file can only override a resource block defined in a primary configuration file.',
    );
    expect(m.resourcesByAddress.has("aws_s3_bucket.nope")).toBe(false);
    expect(m.otherBlocks.map((o) => o.kind)).toEqual([]);
  });
});

describe("override merge cases", () => {
  const load = (files: Record<string, string>) => loadModule("mod", { host: new MemoryHost(Object.fromEntries(Object.entries(files).map(([k, v]) => [`mod/${k}`, v]))) });

  it("treats override.tf, *_override.tf and their JSON forms as override files, and nothing else", () => {
    const m = load({
      "main.tf": 'variable "v" { default = "main" }',
      "override.tf.json": '{"variable": {"v": {"default": "json"}}}',
      "a_override.tf": 'variable "v" { description = "a" }',
      "overrides.tf": 'variable "w" {}',
    });
    expect(m.diagnostics).toEqual([]);
    expect(literalString(m.variables.get("v")!.default!.expr)).toBe("json");
    expect(literalString(m.variables.get("v")!.description!.expr)).toBe("a");
    expect(m.variables.has("w")).toBe(true);
  });

  it("compounds several overrides of the same block, later files winning", () => {
    const m = load({
      "main.tf": 'resource "null_resource" "x" {\n  triggers = { a = 1 }\n}',
      "a_override.tf": 'resource "null_resource" "x" {\n  triggers = { a = 2 }\n  count = 1\n}',
      "b_override.tf": 'resource "null_resource" "x" {\n  triggers = { a = 3 }\n}',
    });
    const x = m.resourcesByAddress.get("null_resource.x")!;
    expect(render(getAttribute(x.body, "triggers")?.expr)).toBe("{a = 3}");
    expect(render(x.count?.expr)).toBe("1");
  });

  it("adds a lifecycle from the override when the base has none", () => {
    const m = load({
      "main.tf": 'resource "a_b" "x" {}',
      "override.tf": 'resource "a_b" "x" {\n  lifecycle {\n    prevent_destroy = true\n  }\n}',
    });
    expect(render(m.resourcesByAddress.get("a_b.x")?.lifecycle?.preventDestroy?.expr)).toBe("true");
  });

  it("lets a literal block in the override replace the base's dynamic blocks of that type", () => {
    const m = load({
      "main.tf": 'resource "a_b" "x" {\n  dynamic "setting" {\n    for_each = []\n    content {}\n  }\n  other {}\n}',
      "override.tf": 'resource "a_b" "x" {\n  setting {\n    v = 1\n  }\n}',
    });
    const body = m.resourcesByAddress.get("a_b.x")!.body;
    expect(summarizeBody(body).map((i) => (typeof i === "string" ? i : i.block))).toEqual(["other", "setting"]);
  });

  it("lets an override add a default provider configuration, but not an unknown alias", () => {
    const m = load({
      "main.tf": "",
      "override.tf": 'provider "aws" { region = "x" }\nprovider "aws" {\n  alias = "b"\n}',
    });
    expect(m.providers.map((p) => p.address)).toEqual(["aws"]);
    expect(m.diagnostics.map((d) => d.summary)).toEqual(["Missing base provider configuration for override"]);
  });

  it("reports overrides of undeclared variables, locals, outputs, module calls and data sources", () => {
    const m = load({
      "main.tf": "",
      "override.tf": [
        'variable "v" {}',
        "locals {\n  l = 1\n}",
        'output "o" {\n  value = 1\n}',
        'module "m" {\n  source = "./m"\n}',
        'data "a_b" "c" {}',
      ].join("\n"),
    });
    expect(m.diagnostics.map((d) => d.summary)).toEqual([
      "Missing base variable declaration to override",
      "Missing base local value definition to override",
      "Missing base output definition to override",
      "Missing module call to override",
      "Missing data resource to override",
    ]);
  });

  it("lets a backend in an override replace the base's cloud block", () => {
    const m = load({
      "main.tf": 'terraform {\n  cloud {\n    organization = "x"\n  }\n}',
      "override.tf": 'terraform {\n  backend "local" {}\n}',
    });
    expect(m.terraform.cloud).toBeUndefined();
    expect(m.terraform.backend?.labels[0].value).toBe("local");
    expect(m.diagnostics).toEqual([]);
  });
});
