import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Range } from "../../src/hcl/ast.js";
import { loadModule } from "../../src/model/load.js";
import { getBlocks, literalString } from "../../src/model/query.js";
import type { Module } from "../../src/model/types.js";
import { render, summarizeBody, summarizeModule } from "./render.js";

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/model/${name}`, import.meta.url));
const text = (m: Module, filename: string, r: Range): string => {
  const file = [...m.files, ...m.varFiles].find((f) => f.filename === filename);
  if (!file) throw new Error(`no file ${filename}`);
  return file.source.slice(r.start.offset, r.end.offset);
};

describe("the model of fixtures/model/full", () => {
  const m = loadModule(fixture("full"));
  const base = (name: string): string => `${fixture("full")}/${name}`;

  it("reads every configuration file in lexical order and the tfvars apart, without diagnostics", () => {
    expect(m.files.map((f) => f.filename)).toEqual(
      ["locals.tf", "main.tf", "providers.tf", "variables.tf", "versions.tf"].map(base),
    );
    expect(m.varFiles.map((f) => f.filename)).toEqual(["prod.auto.tfvars.json", "terraform.tfvars"].map(base));
    expect(m.files.flatMap((f) => f.diagnostics)).toEqual([]);
    expect(m.diagnostics).toEqual([]);
    expect(m.dir).toBe(fixture("full"));
  });

  it("lists resources and data sources by address, in file then source order", () => {
    expect(m.resources.map((r) => r.address)).toEqual([
      "aws_instance.web",
      "aws_security_group.web",
      "data.aws_ami.ubuntu",
      "data.http.probe",
    ]);
    expect([...m.resourcesByAddress.keys()]).toEqual(m.resources.map((r) => r.address));
    const ami = m.resourcesByAddress.get("data.aws_ami.ubuntu");
    expect(ami).toMatchObject({ kind: "data", resourceType: "aws_ami", name: "ubuntu", providerName: "aws" });
    expect(render(ami?.forEach?.expr)).toBe("toset(var.zones)");
  });

  it("types a resource's meta-arguments", () => {
    const web = m.resourcesByAddress.get("aws_instance.web");
    if (!web) throw new Error("missing aws_instance.web");
    expect(web).toMatchObject({ kind: "resource", resourceType: "aws_instance", name: "web", providerName: "aws" });
    expect(web.file.filename).toBe(base("main.tf"));
    expect(web.body).toBe(web.block.body);
    expect(render(web.count?.expr)).toBe("2");
    expect(web.forEach).toBeUndefined();
    expect(render(web.dependsOn?.expr)).toBe("[aws_security_group.web]");
    expect(render(web.provider?.expr)).toBe("aws.west");
    expect(text(m, base("main.tf"), web.count!.range)).toBe("count         = 2");
  });

  it("types lifecycle: flags, ignore_changes as traversals, replace_triggered_by, conditions", () => {
    const lc = m.resourcesByAddress.get("aws_instance.web")?.lifecycle;
    if (!lc) throw new Error("no lifecycle");
    expect(render(lc.createBeforeDestroy?.expr)).toBe("true");
    expect(render(lc.preventDestroy?.expr)).toBe("false");
    expect(lc.ignoreChanges?.kind).toBe("list");
    if (lc.ignoreChanges?.kind !== "list") return;
    expect(lc.ignoreChanges.items.map((i) => [i.root, i.path])).toEqual([
      ["tags", 'tags["Name"]'],
      ["ami", "ami"],
      ["root_block_device", "root_block_device[0].volume_size"],
    ]);
    expect(lc.ignoreChanges.items.map((i) => text(m, base("main.tf"), i.range))).toEqual([
      'tags["Name"]',
      "ami",
      "root_block_device[0].volume_size",
    ]);
    expect(render(lc.replaceTriggeredBy?.expr)).toBe("[aws_security_group.web.id]");
    expect(lc.preconditions).toHaveLength(1);
    expect(lc.postconditions).toHaveLength(1);
    expect(summarizeBody(lc.postconditions[0].body)[0]).toBe('condition = self.public_ip != ""');

    const sg = m.resourcesByAddress.get("aws_security_group.web")?.lifecycle;
    expect(sg?.ignoreChanges?.kind).toBe("all");
  });

  it("keeps provisioners of mixed types in source order, with when, on_failure and their connection", () => {
    const web = m.resourcesByAddress.get("aws_instance.web");
    expect(web?.provisioners.map((p) => [p.provisionerType, p.when, p.onFailure, p.connection && literalString(p.connection.connectionType!.expr)])).toEqual([
      ["local-exec", "create", "fail", undefined],
      ["remote-exec", "destroy", "continue", "winrm"],
      ["file", "create", "fail", undefined],
    ]);
    expect(literalString(web!.connection!.connectionType!.expr)).toBe("ssh");
  });

  it("shows a dynamic block as a block of its type through getBlocks", () => {
    const web = m.resourcesByAddress.get("aws_instance.web")!;
    const ebs = getBlocks(web.body, "ebs_block_device");
    expect(ebs).toHaveLength(1);
    expect(ebs[0].dynamic?.iterator).toBe("zone");
    expect(render(ebs[0].dynamic?.forEach?.expr)).toBe("var.zones");
    expect(summarizeBody(ebs[0].body)).toEqual(['device_name = "/dev/sd${zone.value}"', "volume_size = 10"]);
  });

  it("reads module calls: source, version, meta-arguments, other arguments", () => {
    const vpc = m.moduleCalls.get("vpc");
    if (!vpc) throw new Error("no module.vpc");
    expect(vpc.address).toBe("module.vpc");
    expect(literalString(vpc.source!.expr)).toBe("terraform-aws-modules/vpc/aws");
    expect(literalString(vpc.version!.expr)).toBe("5.1.0");
    expect(render(vpc.count?.expr)).toBe("1");
    expect([...vpc.arguments.keys()]).toEqual(["name", "cidr"]);
  });

  it("reads variables with type, default, description, sensitive, nullable and validation", () => {
    const region = m.variables.get("region")!;
    expect(region.address).toBe("var.region");
    expect(render(region.type?.expr)).toBe("string");
    expect(literalString(region.default!.expr)).toBe("eu-west-1");
    expect(literalString(region.description!.expr)).toBe("Region to deploy into");
    const pw = m.variables.get("db_password")!;
    expect(render(pw.sensitive?.expr)).toBe("true");
    expect(render(pw.nullable?.expr)).toBe("false");
    expect(pw.validations).toHaveLength(1);
    expect(render(m.variables.get("zones")?.type?.expr)).toBe("list(string)");
  });

  it("reads locals, outputs and providers with aliases", () => {
    expect([...m.locals.keys()]).toEqual(["name", "common"]);
    expect(m.locals.get("name")?.address).toBe("local.name");
    expect(render(m.locals.get("name")?.attribute.expr)).toBe('"web-${var.region}"');
    const out = m.outputs.get("instance_ids")!;
    expect(out.address).toBe("output.instance_ids");
    expect(render(out.value?.expr)).toBe("aws_instance.web[*].id");
    expect(render(out.sensitive?.expr)).toBe("false");
    expect(literalString(out.description!.expr)).toBe("Instance IDs");
    expect(m.providers.map((p) => [p.name, p.alias, p.address])).toEqual([
      ["aws", undefined, "aws"],
      ["aws", "west", "aws.west"],
    ]);
  });

  it("reads the terraform block: required_version, both required_providers forms, backend", () => {
    const tf = m.terraform;
    expect(tf.blocks).toHaveLength(1);
    expect(literalString(tf.requiredVersion!.expr)).toBe(">= 1.5.0");
    const aws = tf.requiredProviders.get("aws")!;
    expect([aws.source, aws.version]).toEqual(["hashicorp/aws", "~> 5.0"]);
    expect(text(m, base("versions.tf"), aws.versionRange!)).toBe('"~> 5.0"');
    const random = tf.requiredProviders.get("random")!;
    expect([random.source, random.version]).toEqual([undefined, "~> 3.1"]);
    expect(text(m, base("versions.tf"), random.versionRange!)).toBe('"~> 3.1"');
    expect(tf.backend?.labels[0].value).toBe("s3");
    expect(tf.cloud).toBeUndefined();
  });

  it("keeps moved, import, removed and check blocks", () => {
    expect(m.otherBlocks.map((o) => o.kind)).toEqual(["moved", "import", "removed", "check"]);
  });
});

describe("Terraform JSON syntax gives the same model", () => {
  it("fixtures/model/full-json is fixtures/model/full written as .tf.json", () => {
    const native = loadModule(fixture("full"));
    const json = loadModule(fixture("full-json"));
    expect(json.files.flatMap((f) => f.diagnostics)).toEqual([]);
    expect(summarizeModule(json)).toEqual(summarizeModule(native));
    expect(json.files[0].syntax).toBe("json");
  });
});
