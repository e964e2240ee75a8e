/**
 * `tfmould --plan` end to end: the binary on a copy of a plan beside its
 * configuration, in every format, with the SARIF checked against the schema.
 */
import { chmodSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../../src/report/index.js";
import { assertValidSarif } from "../report/sarif-check.js";
import { REPO, ensureBuilt } from "./build.js";
import { tfmould } from "./run-bin.js";

const copies: string[] = [];

/** A copy of fixtures/plans/<name> (its .terraform/ included) in a temporary directory. */
function planCopy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tfmould-plan-${name}-`));
  chmodSync(dir, 0o755);
  cpSync(join(REPO, "fixtures/plans", name), dir, { recursive: true });
  copies.push(dir);
  return dir;
}

beforeAll(() => ensureBuilt(), 600_000);
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

// One finding at a block of a downloaded module, one at the address of a module that was not downloaded.
const LOCATED = "module.orders_db.module.db_instance.aws_db_instance.this[0]";
const ADDRESS_ONLY = "module.network.aws_instance.bastion";

describe("tfmould --plan", () => {
  it.each(FORMAT_NAMES)("%s: both findings, the one in no file at its address, exit 1", (name) => {
    const dir = planCopy("downloaded-module");
    const r = tfmould(dir, ["--plan", "plan.json", "--format", name, "."]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(LOCATED);
    expect(r.stdout).toContain(ADDRESS_ONLY);
    expect(r.stdout).toContain("plan-replaces-stateful");
    expect(r.stdout).toContain("plan-in-place-update");
  });

  it("json: the address-only finding has neither file nor range", () => {
    const r = tfmould(planCopy("downloaded-module"), ["--plan", "plan.json", "--format", "json"]);
    const doc = JSON.parse(r.stdout) as { findings: { ruleId: string; address: string; file?: string; range?: unknown }[] };
    // The downloaded module's database also has no deletion protection (a planned-values finding at the same block).
    const located = doc.findings.find((f) => f.address === LOCATED && f.ruleId === "plan-replaces-stateful");
    const alone = doc.findings.find((f) => f.address === ADDRESS_ONLY);
    expect(located).toMatchObject({ ruleId: "plan-replaces-stateful", file: ".terraform/modules/orders_db/modules/db_instance/main.tf", range: { start: { line: 13, column: 1 } } });
    expect(alone).toMatchObject({ ruleId: "plan-in-place-update" });
    expect(alone && "file" in alone).toBe(false);
    expect(alone && "range" in alone).toBe(false);
  });

  it("sarif: valid against the schema and code scanning's rules, the address-only result as a logical location", () => {
    const r = tfmould(planCopy("downloaded-module"), ["--plan", "plan.json", "--format", "sarif"]);
    assertValidSarif(JSON.parse(r.stdout));
    type Loc = { physicalLocation?: { artifactLocation: { uri: string } }; logicalLocations?: { fullyQualifiedName: string; kind: string }[] };
    const results = (JSON.parse(r.stdout) as { runs: { results: { ruleId: string; locations: Loc[]; partialFingerprints: Record<string, string> }[] }[] }).runs[0].results;
    const alone = results.find((x) => x.ruleId === "plan-in-place-update");
    // Code scanning needs a file: the plan's, without a region, beside the address.
    expect(alone?.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: "plan.json", uriBaseId: "%SRCROOT%" } }, logicalLocations: [{ fullyQualifiedName: ADDRESS_ONLY, kind: "resource" }] },
    ]);
    expect(Object.keys(alone?.partialFingerprints ?? {})).not.toContain("primaryLocationLineHash");
    const located = results.find((x) => x.ruleId === "plan-replaces-stateful");
    expect(located?.locations[0].physicalLocation?.artifactLocation.uri).toBe(".terraform/modules/orders_db/modules/db_instance/main.tf");
  });

  it("stylish: the address heads its own group, and the summary counts both", () => {
    const r = tfmould(planCopy("downloaded-module"), ["--plan", "plan.json"]);
    const lines = r.stdout.split("\n");
    const head = lines.indexOf(ADDRESS_ONLY);
    expect(head).toBeGreaterThan(-1);
    // No line and column: a dash. (The layout, rule id beside the message or above it, follows the widest rule id.)
    expect(lines[head + 1]).toMatch(/^ {2}- {3}warning {2}\S/);
    const group = lines.slice(head + 1, lines.indexOf("", head + 1)).map((l) => l.trim()).join(" ");
    expect(group).toContain("plan-in-place-update");
    expect(group).toContain("module.network.aws_instance.bastion is updated in place");
  });

  it("a baseline written with --plan accepts the same plan's findings, the address-only one included", () => {
    const dir = planCopy("downloaded-module");
    expect(tfmould(dir, ["--plan", "plan.json", "--write-baseline", "baseline.json"]).status).toBe(0);
    const r = tfmould(dir, ["--plan", "plan.json", "--baseline", "baseline.json", "--format", "json"]);
    const doc = JSON.parse(r.stdout) as { findings: { ruleId: string; suppressed?: { kind: string } }[] };
    expect(doc.findings.filter((f) => f.ruleId.startsWith("plan-")).map((f) => f.suppressed?.kind)).toEqual(["external", "external"]);
  });

  it("json: the value rules on planned values, at a downloaded module's block and at a module's address", () => {
    const r = tfmould(planCopy("planned-values-module"), ["--plan", "plan.json", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as { findings: { ruleId: string; address: string; message: string; file?: string; range?: { start: { line: number } } }[] };
    const image = doc.findings.find((f) => f.ruleId === "container-image-pinned");
    expect(image).toMatchObject({ address: "module.web.aws_ecs_task_definition.this", file: ".terraform/modules/web/main.tf", range: { start: { line: 9 } } });
    expect(image?.message).toContain('Image "nginx:latest" uses the floating tag "latest"');
    const boot = doc.findings.find((f) => f.ruleId === "no-boot-time-configuration");
    expect(boot).toMatchObject({ address: "module.workers.aws_launch_template.this" });
    expect(boot && "file" in boot).toBe(false);
  });

  it("sarif: the planned-values findings pass the schema check; the address-only one is a logical location", () => {
    const r = tfmould(planCopy("planned-values-module"), ["--plan", "plan.json", "--format", "sarif"]);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout) as unknown;
    assertValidSarif(doc);
    type Loc = { physicalLocation?: { artifactLocation: { uri: string }; region?: { startLine: number } }; logicalLocations?: { fullyQualifiedName: string }[] };
    const results = (doc as { runs: { results: { ruleId: string; locations: Loc[] }[] }[] }).runs[0].results;
    const image = results.find((x) => x.ruleId === "container-image-pinned");
    expect(image?.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: ".terraform/modules/web/main.tf" }, region: { startLine: 9 } });
    const boot = results.find((x) => x.ruleId === "no-boot-time-configuration");
    expect(boot?.locations[0].logicalLocations).toEqual([{ fullyQualifiedName: "module.workers.aws_launch_template.this", kind: "resource" }]);
  });

  it.each([
    ["not JSON", "terraform {}\n", /^tfmould: the plan plan\.json is not valid JSON: /],
    ["truncated", '{"format_version": "1.2", "resource_changes": [{"address"', /^tfmould: the plan plan\.json is not valid JSON: it ends too early \(truncated\?\)\n$/],
    ["not a plan", '{"format_version": "1.0", "values": {}}', /^tfmould: the plan plan\.json is not a plan: .*looks like a state/],
    ["another major version", '{"format_version": "2.0", "resource_changes": []}', /^tfmould: the plan plan\.json has format version 2\.0; tfmould reads format version 1\.x\n$/],
  ])("a plan that is %s: one line, exit 2, no report", (_what, text, message) => {
    const dir = planCopy("actions");
    writeFileSync(join(dir, "plan.json"), text);
    const r = tfmould(dir, ["--plan", "plan.json", "--format", "json"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split("\n")).toHaveLength(2);
  });

  it("--plan with --shard is a usage error", () => {
    const r = tfmould(planCopy("actions"), ["--plan", "plan.json", "--shard", "1/2"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("tfmould: --plan checks one plan against its whole configuration: run it without --shard\n");
  });
});
