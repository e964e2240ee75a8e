import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PlanError, parsePlan, readPlanFile } from "../../src/plan/index.js";

const MINIMAL = { format_version: "1.2", terraform_version: "1.9.5", planned_values: { root_module: {} }, resource_changes: [] };

function change(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    address: "aws_instance.web",
    mode: "managed",
    type: "aws_instance",
    name: "web",
    provider_name: "registry.terraform.io/hashicorp/aws",
    change: { actions: ["update"], before: { a: 1 }, after: { a: 2 }, after_unknown: {}, before_sensitive: {}, after_sensitive: {} },
    ...over,
  };
}

function problem(text: string): string {
  try {
    parsePlan(text, "plan.json");
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    return (error as PlanError).message;
  }
  throw new Error("parsed");
}

describe("parsePlan", () => {
  it("reads the changes, drift, planned values and configuration it needs", () => {
    const plan = parsePlan(
      JSON.stringify({
        ...MINIMAL,
        resource_changes: [change({ index: 2, action_reason: "replace_because_tainted", change: { ...(change().change as object), replace_paths: [["engine"], ["tags", "x"], [1, true]] } })],
        resource_drift: [change({ address: "module.a.aws_instance.web", module_address: "module.a" })],
        planned_values: { root_module: { resources: [{ address: "aws_instance.web", mode: "managed", type: "aws_instance", name: "web", values: { ami: "x" }, sensitive_values: {} }], child_modules: [{ address: "module.a", resources: [{ address: "module.a.aws_s3_bucket.b", mode: "managed", type: "aws_s3_bucket", name: "b", values: {} }] }] } },
        configuration: { root_module: { resources: [{ address: "aws_instance.web", mode: "managed", type: "aws_instance", name: "web", expressions: { ami: { references: ["data.aws_ami.x.id", "data.aws_ami.x"] }, ebs_block_device: [{ volume_id: { references: ["aws_ebs_volume.v.id"] } }] }, depends_on: ["aws_iam_role.r"] }], module_calls: { a: { source: "./a", module: { resources: [] } } } } },
      }),
    );
    expect(plan.resourceChanges[0]).toMatchObject({ address: "aws_instance.web", index: 2, actionReason: "replace_because_tainted", moduleAddress: "" });
    // A path step that is neither a name nor an index is not a path: that path is dropped, not guessed at.
    expect(plan.resourceChanges[0].change.replacePaths).toEqual([["engine"], ["tags", "x"]]);
    expect(plan.resourceDrift[0].moduleAddress).toBe("module.a");
    expect(plan.plannedResources.map((r) => [r.address, r.moduleAddress])).toEqual([["aws_instance.web", ""], ["module.a.aws_s3_bucket.b", "module.a"]]);
    expect([...(plan.configuration?.resources[0].references ?? [])].sort()).toEqual(["aws_ebs_volume.v.id", "aws_iam_role.r", "data.aws_ami.x", "data.aws_ami.x.id"]);
    expect(plan.configuration?.moduleCalls.get("a")?.source).toBe("./a");
  });

  it("ignores fields it does not know (later minor versions add them)", () => {
    const plan = parsePlan(JSON.stringify({ ...MINIMAL, format_version: "1.9", brand_new: { x: 1 }, resource_changes: [change({ importing: { id: "i-1" }, novel: true })] }));
    expect(plan.resourceChanges).toHaveLength(1);
    expect(plan.formatVersion).toBe("1.9");
  });

  it("keeps out actions a later version adds, so no rule reads them as known ones", () => {
    const plan = parsePlan(JSON.stringify({ ...MINIMAL, resource_changes: [change({ change: { actions: ["teleport"] } })] }));
    expect(plan.resourceChanges[0].change.actions).toEqual([]);
  });

  it("reads a plan without a configuration section", () => {
    expect(parsePlan(JSON.stringify(MINIMAL)).configuration).toBeUndefined();
  });

  it("refuses text that is not JSON, with the line and column", () => {
    expect(problem('{\n  "format_version": "1.2",\n  oops\n}')).toMatch(/^the plan plan\.json is not valid JSON: .* at line 3, column 3$/);
  });

  it("refuses a truncated plan and an empty file", () => {
    const text = JSON.stringify({ ...MINIMAL, resource_changes: [change()] });
    expect(problem(text.slice(0, text.length / 2))).toBe("the plan plan.json is not valid JSON: it ends too early (truncated?)");
    expect(problem("")).toBe("the plan plan.json is not valid JSON: the file is empty");
  });

  it("refuses JSON that is not a plan: another object, a state, a list", () => {
    expect(problem("[]")).toMatch(/is not a plan: expected a JSON object/);
    expect(problem('{"a": 1}')).toMatch(/is not a plan: it has no `format_version`/);
    expect(problem('{"format_version": "1.0", "values": {}}')).toMatch(/looks like a state/);
  });

  it("refuses a major format version other than 1", () => {
    expect(problem(JSON.stringify({ ...MINIMAL, format_version: "2.0" }))).toBe("the plan plan.json has format version 2.0; tfmould reads format version 1.x");
    expect(problem(JSON.stringify({ ...MINIMAL, format_version: "one" }))).toMatch(/`format_version` that is not a version/);
  });

  it("names the entry whose shape is wrong", () => {
    expect(problem(JSON.stringify({ ...MINIMAL, resource_changes: [change(), change({ change: { actions: "update" } })] }))).toBe(
      "the plan plan.json has `resource_changes[1].change.actions` that is not a list of actions",
    );
    expect(problem(JSON.stringify({ ...MINIMAL, resource_changes: [change({ type: 3 })] }))).toMatch(/`resource_changes\[0\]\.type` that is missing or not a string/);
    expect(problem(JSON.stringify({ ...MINIMAL, resource_drift: {} }))).toMatch(/`resource_drift` that is not a list/);
  });
});

describe("readPlanFile", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tfmould-plan-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads UTF-16 (what Windows PowerShell's > writes) as well as UTF-8 with a byte order mark", () => {
    const text = JSON.stringify({ ...MINIMAL, resource_changes: [change()] });
    writeFileSync(path.join(dir, "utf16.json"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    writeFileSync(path.join(dir, "bom.json"), "\ufeff" + text);
    expect(readPlanFile(path.join(dir, "utf16.json")).resourceChanges).toHaveLength(1);
    expect(readPlanFile(path.join(dir, "bom.json")).resourceChanges).toHaveLength(1);
  });

  it("says a binary plan file must go through terraform show -json", () => {
    writeFileSync(path.join(dir, "tfplan"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(() => readPlanFile(path.join(dir, "tfplan"), { name: "tfplan" })).toThrow("the plan tfplan is a binary plan file: give tfmould the output of `terraform show -json tfplan`");
  });

  it("refuses a missing file, a directory and a file over the limit", () => {
    expect(() => readPlanFile(path.join(dir, "nope.json"), { name: "nope.json" })).toThrow("cannot read the plan nope.json: no such file");
    expect(() => readPlanFile(dir, { name: "d" })).toThrow("cannot read the plan d: is a directory");
    writeFileSync(path.join(dir, "big.json"), JSON.stringify(MINIMAL));
    expect(() => readPlanFile(path.join(dir, "big.json"), { maxBytes: 10, name: "big.json" })).toThrow(/cannot read the plan big\.json: larger than .*\(--max-plan-size\)/);
  });

  it("reads a 100 MB plan", () => {
    const resources = [];
    // About 1.9 KB each: 60,000 of them make a plan of a bit over 100 MB.
    const filler = "x".repeat(800);
    for (let i = 0; i < 60_000; i++) {
      resources.push(change({ address: `aws_instance.web[${i}]`, index: i, change: { actions: ["no-op"], before: { user_data: filler }, after: { user_data: filler }, after_unknown: {}, before_sensitive: {}, after_sensitive: {} } }));
    }
    const file = path.join(dir, "large.json");
    writeFileSync(file, JSON.stringify({ ...MINIMAL, resource_changes: resources }));
    expect(statSync(file).size).toBeGreaterThan(100 * 1024 * 1024);
    const plan = readPlanFile(file);
    expect(plan.resourceChanges).toHaveLength(60_000);
  }, 60_000);
});
