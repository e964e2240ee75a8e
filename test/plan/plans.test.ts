/**
 * The plans of fixtures/plans, each beside the configuration it came from:
 * every kind of change, indexes, modules (local, nested, downloaded),
 * unknown and sensitive values, drift, OpenTofu, no configuration section.
 * Findings must be at the right block (or at the address alone, when the
 * block is in no scanned file).
 */
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { applyBaseline, lint, writeBaseline } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/index.js";
import { format } from "../../src/report/index.js";
import { FORMAT_NAMES } from "../../src/report/index.js";
import { parsePlan } from "../../src/plan/index.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function planFindings(name: string): Finding[] {
  const dir = `fixtures/plans/${name}`;
  return lint({ paths: [dir], plan: `${dir}/plan.json`, cwd: repo }).findings.filter((f) => f.ruleId.startsWith("plan-"));
}

/** `rule file:line address`, or `rule @address` for a finding at the address alone. */
function where(f: Finding): string {
  return f.file !== undefined ? `${f.ruleId} ${f.file.replace(/^fixtures\/plans\/[^/]+\//, "")}:${f.range.start.line} ${f.address}` : `${f.ruleId} @${f.address}`;
}

describe("plans beside their configuration", () => {
  it("every action: update, replace in both orders and delete are checked; create, no-op and read are not", () => {
    expect(planFindings("actions").map(where)).toEqual([
      "plan-in-place-update main.tf:26 aws_instance.updated",
      "plan-replaces-stateful main.tf:36 aws_ebs_volume.destroy_first",
      "plan-replaces-stateful main.tf:42 aws_efs_file_system.create_first",
      // Its block was removed from the code: only the address is left.
      "plan-deletes-stateful @aws_s3_bucket.removed",
    ]);
    const [, destroyFirst, createFirst, removed] = planFindings("actions");
    expect(destroyFirst.message).toContain("destroyed, then created again");
    expect(destroyFirst.message).toContain('availability_zone "eu-west-1a" → "eu-west-1b" forces it');
    expect(destroyFirst.message).toContain("replace_because_cannot_update");
    expect(createFirst.message).toContain("created again, then the old one destroyed");
    expect(removed.message).toContain("delete_because_no_resource_config");
  });

  it("count and for_each instances point at their block, each with its own address", () => {
    expect(planFindings("indexes").map(where)).toEqual([
      "plan-in-place-update main.tf:21 aws_instance.worker[2]",
      'plan-deletes-stateful main.tf:27 aws_ebs_volume.disk["eu.west"]',
      'plan-deletes-stateful main.tf:27 aws_ebs_volume.disk["say \\"hi\\""]',
    ]);
  });

  it("a resource of a module called by a module is found through both calls", () => {
    expect(planFindings("nested-modules").map(where)).toEqual(["plan-replaces-stateful modules/app/modules/db/main.tf:1 module.app.module.db.aws_db_instance.this"]);
  });

  it("a downloaded module is found through .terraform/modules/modules.json; one that was not downloaded leaves the address", () => {
    expect(planFindings("downloaded-module").map(where)).toEqual([
      "plan-replaces-stateful .terraform/modules/orders_db/modules/db_instance/main.tf:13 module.orders_db.module.db_instance.aws_db_instance.this[0]",
      "plan-in-place-update @module.network.aws_instance.bastion",
    ]);
  });

  it("a value known only after apply is said so", () => {
    const [f] = planFindings("unknown-values");
    expect(f.message).toContain('subnet_id "subnet-1" → (known after apply)');
  });

  it("drift is reported beside the update that reverts it", () => {
    const found = planFindings("drift");
    expect(found.map(where)).toEqual(["plan-drift main.tf:16 aws_instance.web", "plan-in-place-update main.tf:16 aws_instance.web"]);
    expect(found[0].message).toContain('instance_type "t3.small" → "m5.xlarge"');
    expect(found[0].message).toContain('vpc_security_group_ids null → ["sg-manual"]');
  });

  it("reads an OpenTofu plan", () => {
    expect(planFindings("opentofu").map(where)).toEqual(["plan-replaces-stateful main.tf:5 aws_dynamodb_table.sessions"]);
  });

  it("without a configuration section, blocks are still found in the scanned directory", () => {
    expect(planFindings("no-configuration").map(where)).toEqual(["plan-in-place-update main.tf:16 aws_instance.web", "plan-deletes-stateful @aws_s3_bucket.old_logs"]);
  });
});

describe("sensitive values", () => {
  const SECRET = "Zq9x-NEVER-SHOWN";
  const dir = "fixtures/plans/sensitive";
  const result = lint({ paths: [dir], plan: `${dir}/plan.json`, cwd: repo });
  const found = result.findings.filter((f) => f.ruleId.startsWith("plan-"));

  it("are named, never shown: at the top, in a nested block, in a map, the whole object, in drift, forcing a replacement", () => {
    expect(found.map(where)).toEqual([
      "plan-in-place-update main.tf:21 aws_instance.top",
      "plan-in-place-update main.tf:27 aws_instance.nested",
      "plan-in-place-update main.tf:32 aws_instance.map",
      "plan-in-place-update main.tf:37 aws_instance.whole",
      "plan-drift main.tf:42 aws_launch_template.web",
      "plan-replaces-stateful main.tf:47 aws_db_instance.main",
    ]);
    expect(found.map((f) => /: (.*?)\. /.exec(f.message)?.[1] ?? f.message)).toEqual([
      "user_data (sensitive)",
      "root_block_device[0].kms_key_id (sensitive)",
      "credit_specification.cpu_credits (sensitive)",
      "instance_type (sensitive)",
      "block_device_mappings[0].ebs[0].kms_key_id (sensitive)",
      expect.stringContaining("identifier (sensitive) forces it"),
    ]);
  });

  it.each(FORMAT_NAMES)("never appear in the %s format", (name) => {
    const text = format(result, name, { cwd: repo, root: repo });
    expect(text).toContain("(sensitive)");
    expect(text).not.toContain("Zq9x");
    expect(text).not.toContain(SECRET);
  });
});

describe("suppressions and baselines", () => {
  const planText = JSON.stringify({
    format_version: "1.2",
    resource_changes: [
      { address: "aws_instance.web", mode: "managed", type: "aws_instance", name: "web", change: { actions: ["update"], before: { instance_type: "a" }, after: { instance_type: "b" }, after_unknown: {}, before_sensitive: {}, after_sensitive: {} } },
      { address: "aws_s3_bucket.gone", mode: "managed", type: "aws_s3_bucket", name: "gone", change: { actions: ["delete"], before: { bucket: "x" }, after: null, after_unknown: false, before_sensitive: {}, after_sensitive: false } },
    ],
  });

  it("an ignore comment on the resource's block hides its plan finding, and is used", () => {
    const files = { "main.tf": '# tfmould-ignore: plan-in-place-update -- resized on purpose, see the change request\nresource "aws_instance" "web" {\n  ami = "ami-1"\n}\n' };
    const result = lint({ files, plan: parsePlan(planText) });
    const f = result.findings.find((x) => x.ruleId === "plan-in-place-update");
    expect(f?.suppressed).toMatchObject({ kind: "inSource", reason: "resized on purpose, see the change request" });
    expect(result.findings.filter((x) => x.ruleId === "unused-suppression")).toEqual([]);
  });

  it("without a plan, a suppression of a plan rule is not reported unused", () => {
    const files = { "main.tf": '# tfmould-ignore: plan-in-place-update -- resized on purpose\nresource "aws_instance" "web" {\n  ami = "ami-1"\n}\n' };
    expect(lint({ files }).findings.filter((x) => x.ruleId === "unused-suppression")).toEqual([]);
  });

  it("a baseline accepts a finding at the address alone through its fingerprint, whatever else changes", () => {
    const files = { "main.tf": 'resource "aws_instance" "web" {\n  ami = "ami-1"\n}\n' };
    const first = lint({ files, plan: parsePlan(planText) }).findings;
    const gone = first.find((f) => f.ruleId === "plan-deletes-stateful");
    expect(gone?.file).toBeUndefined();
    const baseline = writeBaseline(first);
    // Lines move and another resource appears: the address-only finding keeps its fingerprint.
    const later = lint({ files: { "main.tf": '\n\nresource "aws_instance" "web" {\n  ami = "ami-2"\n}\n\nresource "aws_instance" "other" {\n  ami = "ami-1"\n}\n' }, plan: parsePlan(planText) }).findings;
    const accepted = applyBaseline(later, baseline).filter((f) => f.ruleId.startsWith("plan-"));
    expect(accepted.map((f) => [f.ruleId, f.suppressed?.kind])).toEqual([
      ["plan-in-place-update", "external"],
      ["plan-deletes-stateful", "external"],
    ]);
  });
});
