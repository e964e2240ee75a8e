/**
 * The planned values as Terraform text: every string written back exactly
 * (read again by our own parser and evaluator), provider blocks as blocks,
 * maps as attributes, and what is unknown or sensitive never written as a value.
 */
import { describe, expect, it } from "vitest";
import { createModuleScope, evaluate, toJs } from "../../src/eval/index.js";
import type { Value } from "../../src/eval/index.js";
import { parse } from "../../src/hcl/index.js";
import { buildModule, MemoryHost } from "../../src/model/index.js";
import { getAttribute, getBlocks } from "../../src/model/query.js";
import type { Resource } from "../../src/model/types.js";
import { planOf, synthesizePlanValues } from "../../src/plan/index.js";
import type { PlanValue } from "../../src/plan/index.js";

type Json = { [key: string]: PlanValue };

/** A plan with one planned resource (and its change, when masks are given). */
function planWith(values: Json, masks: { unknown?: PlanValue; sensitive?: PlanValue; type?: string } = {}): ReturnType<typeof planOf> {
  const type = masks.type ?? "aws_instance";
  return planOf({
    format_version: "1.2",
    planned_values: {
      root_module: {
        resources: [{ address: `${type}.web`, mode: "managed", type, name: "web", values, sensitive_values: masks.sensitive ?? {} }],
      },
    },
    resource_changes: [
      {
        address: `${type}.web`,
        mode: "managed",
        type,
        name: "web",
        change: { actions: ["create"], before: null, after: values, after_unknown: masks.unknown ?? {}, before_sensitive: false, after_sensitive: masks.sensitive ?? {} },
      },
    ],
  });
}

/** Every synthesized resource's text, one after the other. */
function textOf(out: ReturnType<typeof synthesizePlanValues>): string {
  return out.resources.map((r) => r.text).join("");
}

/** The synthesized text read back: the one resource and a way to evaluate its expressions. */
function readBack(text: string): { resource: Resource; value: (expr: Parameters<typeof evaluate>[0]) => Value } {
  const file = parse(text, "planned.tf");
  expect(file.diagnostics).toEqual([]);
  const module = buildModule([file], { dir: "" });
  const scope = createModuleScope(module, { host: new MemoryHost(), rootDir: "", isRoot: true });
  const [resource] = module.resources;
  return { resource, value: (expr) => evaluate(expr, scope, resource) };
}

const NASTY = [
  'say "hi"',
  "back\\slash\\",
  "two\nlines\r\nand\ttab",
  "${var.secret}",
  "%{ if true }directive%{ endif }",
  "$${already escaped} and %%{ too }",
  "ends with $",
  "ends with %",
  "$$${",
  "\u0001\u001f\u007f control",
  "ünïcödé ✓ 🚀",
  "<<EOF\nnot a heredoc\nEOF",
  "",
];

describe("strings", () => {
  it.each(NASTY.map((s) => [JSON.stringify(s), s]))("%s is read back as it was", (_name, text) => {
    const { resource, value } = readBack(textOf(synthesizePlanValues(planWith({ user_data: text }))));
    const attr = getAttribute(resource.body, "user_data");
    expect(attr).toBeDefined();
    const v = value(attr!.expr);
    expect(v).toMatchObject({ kind: "string", value: text });
  });

  it("map keys and values inside an object are read back as they were", () => {
    const tags = Object.fromEntries(NASTY.map((s, i) => [s === "" ? `empty${i}` : s, s]));
    const { resource, value } = readBack(textOf(synthesizePlanValues(planWith({ tags }))));
    expect(toJs(value(getAttribute(resource.body, "tags")!.expr))).toEqual(tags);
  });
});

describe("shapes", () => {
  it("numbers, bools, lists of scalars and maps are attributes; a list of objects is one block per element", () => {
    const { resource, value } = readBack(
      textOf(synthesizePlanValues(
        planWith({
          instance_type: "t3.micro",
          cpu_core_count: 2,
          ratio: -0.25,
          huge: 1e21,
          monitoring: true,
          security_groups: ["sg-1", "sg-2"],
          tags: { Name: "web", "kubernetes.io/role": "node" },
          ebs_block_device: [
            { device_name: "/dev/sdb", delete_on_termination: false, tags: { a: "1" } },
            { device_name: "/dev/sdc", delete_on_termination: true },
          ],
          empty_list: [],
        }),
      )),
    );
    const get = (name: string): unknown => toJs(value(getAttribute(resource.body, name)!.expr));
    expect([get("cpu_core_count"), get("ratio"), get("huge"), get("monitoring")]).toEqual([2, -0.25, 1e21, true]);
    expect(get("security_groups")).toEqual(["sg-1", "sg-2"]);
    expect(get("tags")).toEqual({ Name: "web", "kubernetes.io/role": "node" });
    expect(get("empty_list")).toEqual([]);
    expect(getAttribute(resource.body, "ebs_block_device")).toBeUndefined();
    const blocks = getBlocks(resource.body, "ebs_block_device");
    expect(blocks.map((b) => toJs(value(getAttribute(b.body, "device_name")!.expr)))).toEqual(["/dev/sdb", "/dev/sdc"]);
    expect(toJs(value(getAttribute(blocks[0].body, "tags")!.expr))).toEqual({ a: "1" });
  });

  it("a null is left out, as an unset argument; Terraform's own names and names that cannot be written are skipped", () => {
    const { resource } = readBack(
      textOf(synthesizePlanValues(planWith({ ami: "ami-1", user_data: null, count: 3, lifecycle: "x", provider: "p", "not a name": "x", root_block_device: [{ iops: null }] }))),
    );
    expect([...resource.body.items].map((i) => (i.type === "Attribute" ? i.name : `${i.blockType} {}`))).toEqual(["ami", "root_block_device {}"]);
    expect(resource.count).toBeUndefined();
  });

  it("a nested block list named `dynamic` is an attribute, never Terraform's dynamic block", () => {
    const { resource, value } = readBack(textOf(synthesizePlanValues(planWith({ settings: [{ dynamic: [{ a: 1 }] }] }))));
    const [settings] = getBlocks(resource.body, "settings");
    expect(getBlocks(settings.body, "dynamic")).toEqual([]);
    expect(toJs(value(getAttribute(settings.body, "dynamic")!.expr))).toEqual([{ a: 1 }]);
  });

  it("a value nested deeper than any provider schema is unknown below the limit, not a crash", () => {
    let deep: PlanValue = "bottom";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    let blocks: Json = { leaf: "x" };
    for (let i = 0; i < 5_000; i++) blocks = { nested: [blocks] };
    const out = synthesizePlanValues(planWith({ deep, ...blocks }));
    const { resource, value } = readBack(textOf(out));
    let v = value(getAttribute(resource.body, "deep")!.expr);
    let levels = 0;
    while (v.kind === "tuple") {
      v = v.items[0];
      levels++;
    }
    expect(v.kind).toBe("unknown");
    expect(levels).toBeGreaterThan(50);
    expect(getBlocks(resource.body, "nested")).toHaveLength(1);
  });

  it("only managed resources, each under a label of its own; the instance's address is kept", () => {
    const plan = planOf({
      format_version: "1.2",
      planned_values: {
        root_module: {
          resources: [{ address: "data.aws_ami.x", mode: "data", type: "aws_ami", name: "x", values: { id: "ami-1" } }],
          child_modules: [
            {
              address: 'module.app["a"]',
              resources: [0, 1].map((index) => ({ address: `module.app["a"].aws_instance.web[${index}]`, mode: "managed", type: "aws_instance", name: "web", index, values: { ami: "ami-1" } })),
            },
          ],
        },
      },
    });
    const out = synthesizePlanValues(plan);
    expect(out.resources.map((r) => [r.type, r.label, r.address, r.moduleAddress])).toEqual([
      ["aws_instance", "tfmould_plan_0", 'module.app["a"].aws_instance.web[0]', 'module.app["a"]'],
      ["aws_instance", "tfmould_plan_1", 'module.app["a"].aws_instance.web[1]', 'module.app["a"]'],
    ]);
    const module = buildModule([parse(textOf(out), "planned.tf")], { dir: "" });
    expect([...module.resourcesByAddress.keys()]).toEqual(["aws_instance.tfmould_plan_0", "aws_instance.tfmould_plan_1"]);
    // Each instance is a text of its own.
    expect(out.resources.map((r) => r.text.match(/^resource /gm)?.length)).toEqual([1, 1]);
  });

  it("each written line knows its attribute path", () => {
    const out = synthesizePlanValues(planWith({ ami: "ami-1", root_block_device: [{ delete_on_termination: false }] }));
    const lines = out.resources[0].text.split("\n");
    const [r] = out.resources;
    const byText = new Map([...r.paths].map(([line, path]) => [lines[line - 1].trim(), path]));
    expect(byText.get('ami = "ami-1"')).toBe("ami");
    expect(byText.get("delete_on_termination = false")).toBe("root_block_device[0].delete_on_termination");
  });
});

describe("unknown and sensitive values", () => {
  const SECRET = "s3cr3t-never-written";

  it("a sensitive value is never written, at the top, in a block, in a map or as a whole block list", () => {
    const plan = planWith(
      {
        user_data: `#!/bin/sh\nyum install -y ${SECRET}`,
        tags: { Name: "web", Token: SECRET },
        root_block_device: [{ kms_key_id: SECRET, volume_size: 8 }],
        ebs_block_device: [{ kms_key_id: SECRET }],
      },
      { sensitive: { user_data: true, tags: { Token: true }, root_block_device: [{ kms_key_id: true }], ebs_block_device: true } },
    );
    const out = synthesizePlanValues(plan);
    expect(textOf(out)).not.toContain(SECRET);
    const { resource, value } = readBack(textOf(out));
    expect(value(getAttribute(resource.body, "user_data")!.expr).kind).toBe("unknown");
    const tags = value(getAttribute(resource.body, "tags")!.expr);
    expect(tags.kind === "object" && tags.entries.get("Token")?.kind).toBe("unknown");
    expect(tags.kind === "object" && toJs(tags.entries.get("Name")!)).toBe("web");
    const [root] = getBlocks(resource.body, "root_block_device");
    expect(value(getAttribute(root.body, "kms_key_id")!.expr).kind).toBe("unknown");
    expect(toJs(value(getAttribute(root.body, "volume_size")!.expr))).toBe(8);
    // A whole block list that is sensitive cannot be blocks: one unknown attribute stands for it.
    expect(getBlocks(resource.body, "ebs_block_device")).toEqual([]);
    expect(value(getAttribute(resource.body, "ebs_block_device")!.expr).kind).toBe("unknown");
  });

  it("the whole resource marked sensitive writes no value at all", () => {
    const out = synthesizePlanValues(planWith({ ami: SECRET, tags: { a: SECRET } }, { sensitive: true }));
    expect(textOf(out)).not.toContain(SECRET);
  });

  it("a value known only after apply (absent from the planned values) is written as unknown, so it is not missing", () => {
    const plan = planWith({ name: "repo", root_block_device: [{ volume_size: 8 }], tags: { a: "1" } }, { unknown: { image_tag_mutability: true, root_block_device: [{ volume_id: true }], tags: { b: true } } });
    const { resource, value } = readBack(textOf(synthesizePlanValues(plan)));
    expect(value(getAttribute(resource.body, "image_tag_mutability")!.expr).kind).toBe("unknown");
    expect(value(getAttribute(getBlocks(resource.body, "root_block_device")[0].body, "volume_id")!.expr).kind).toBe("unknown");
    const tags = value(getAttribute(resource.body, "tags")!.expr);
    expect(tags.kind === "object" && tags.entries.get("b")?.kind).toBe("unknown");
  });

  it("an unknown element of a list keeps its place", () => {
    const { resource, value } = readBack(textOf(synthesizePlanValues(planWith({ security_groups: ["sg-1", null, "sg-3"] }, { unknown: { security_groups: [false, true, false] } }))));
    const v = value(getAttribute(resource.body, "security_groups")!.expr);
    expect(v.kind === "tuple" && v.items.map((i) => i.kind)).toEqual(["string", "unknown", "string"]);
  });

  it("without planned values, each change's `after` is used, with its masks; a deleted resource has none", () => {
    const plan = planOf({
      format_version: "1.2",
      resource_changes: [
        {
          address: "aws_db_instance.db",
          mode: "managed",
          type: "aws_db_instance",
          name: "db",
          change: { actions: ["update"], before: {}, after: { deletion_protection: false, password: SECRET }, after_unknown: { arn: true }, before_sensitive: {}, after_sensitive: { password: true } },
        },
        { address: "aws_s3_bucket.gone", mode: "managed", type: "aws_s3_bucket", name: "gone", change: { actions: ["delete"], before: { bucket: "b" }, after: null, after_unknown: false, before_sensitive: {}, after_sensitive: false } },
      ],
    });
    const out = synthesizePlanValues(plan);
    expect(out.resources.map((r) => r.address)).toEqual(["aws_db_instance.db"]);
    expect(textOf(out)).not.toContain(SECRET);
    const { resource, value } = readBack(textOf(out));
    expect(toJs(value(getAttribute(resource.body, "deletion_protection")!.expr))).toBe(false);
    expect(value(getAttribute(resource.body, "arn")!.expr).kind).toBe("unknown");
    expect(value(getAttribute(resource.body, "password")!.expr).kind).toBe("unknown");
  });
});
