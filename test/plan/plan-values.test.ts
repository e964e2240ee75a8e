/**
 * The value rules on a plan's planned values (fixtures/plans/planned-values*):
 * what only the plan decides is reported at the resource's block (or its
 * address), once, with the user's settings and suppressions, and nothing
 * the plan marks unknown or sensitive is judged or shown.
 */
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import type { Finding } from "../../src/engine/index.js";
import type { TfmouldConfig } from "../../src/config/types.js";
import { parsePlan } from "../../src/plan/index.js";
import { format, FORMAT_NAMES } from "../../src/report/index.js";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const VALUE_RULES = ["container-image-pinned", "no-boot-time-configuration", "disposable-root-volume", "database-deletion-protection", "ecr-tag-immutability", "user-data-replace-on-change"];

function run(name: string, config?: TfmouldConfig): ReturnType<typeof lint> {
  const dir = `fixtures/plans/${name}`;
  return lint({ paths: [dir], plan: `${dir}/plan.json`, cwd: repo, ...(config ? { config } : {}) });
}

function valueFindings(result: ReturnType<typeof lint>): Finding[] {
  return result.findings.filter((f) => VALUE_RULES.includes(f.ruleId));
}

/** `rule file:line address`, or `rule @address` for a finding at the address alone. */
function where(f: Finding): string {
  return f.file !== undefined ? `${f.ruleId} ${f.file.replace(/^fixtures\/plans\/[^/]+\//, "")}:${f.range.start.line} ${f.address}` : `${f.ruleId} @${f.address}`;
}

describe("a module the source lint cannot read", () => {
  const found = valueFindings(run("planned-values-module"));

  it("a downloaded module's image, decided by a pipeline parameter, is reported at its block; a module not downloaded at its address", () => {
    expect(found.map(where)).toEqual([
      "container-image-pinned .terraform/modules/web/main.tf:9 module.web.aws_ecs_task_definition.this",
      "no-boot-time-configuration @module.workers.aws_launch_template.this",
    ]);
    const [image, boot] = found;
    expect(image).toMatchObject({ severity: "error", attributePath: "container_definitions.image" });
    expect(image.message).toBe('aws_ecs_task_definition.this: Image "nginx:latest" uses the floating tag "latest"; pin a version tag or an @sha256 digest.');
    // No place in the synthesized text leaks out.
    expect(image.related).toEqual([]);
    expect(image.fix).toBeUndefined();
    expect(boot.message).toMatch(/^module\.workers\.aws_launch_template\.this's boot script \(user_data\) installs or configures software at boot: line 3 installs packages at boot \(`yum update`\)/);
    expect(boot.attributePath).toBe("user_data");
  });

  it("without the plan, the source alone finds neither", () => {
    const dir = "fixtures/plans/planned-values-module";
    expect(valueFindings(lint({ paths: [dir], cwd: repo }))).toEqual([]);
  });
});

describe("planned values beside the source", () => {
  const result = run("planned-values");
  const found = valueFindings(result);

  it("reports what only the plan decides, and once what the source already reports", () => {
    expect(found.map(where)).toEqual([
      // Written in the source: the source's finding, at the literal, and no second one at the block.
      "database-deletion-protection main.tf:38 aws_db_instance.written",
      // Decided by a parameter: the plan's finding, at the block.
      "database-deletion-protection main.tf:42 aws_db_instance.orders",
      "no-boot-time-configuration main.tf:66 aws_launch_template.bootstrap",
      "container-image-pinned modules/queue/main.tf:9 module.queue[0].aws_ecs_task_definition.this",
    ]);
    const orders = found[1];
    expect(orders).toMatchObject({ attributePath: "deletion_protection", severity: "warning" });
    expect(orders.message).toBe("aws_db_instance.orders sets deletion_protection = false: any plan or console action can delete the database. Set deletion_protection = true.");
  });

  it("a value known only after apply is not judged (nor taken for a missing argument)", () => {
    expect(found.filter((f) => f.address.includes("aws_ecr_repository"))).toEqual([]);
  });

  it("a list of nested blocks known only after apply is not taken for a missing block", () => {
    // images: `dynamic "docker_config"` over a variable the pipeline sets; cache: docker_config known, immutable_tags false.
    expect(valueFindings(run("planned-values-unknown-block")).map(where)).toEqual([
      "ecr-tag-immutability main.tf:22 google_artifact_registry_repository.cache",
    ]);
  });

  it("a module's instances with the same problem give one finding that lists them", () => {
    const image = found.find((f) => f.ruleId === "container-image-pinned");
    expect(image?.instances).toEqual(["module.queue[0].aws_ecs_task_definition.this", "module.queue[1].aws_ecs_task_definition.this"]);
  });

  it("an ignore comment on the configuration's block hides the planned-values finding, and is used", () => {
    const boot = found.find((f) => f.ruleId === "no-boot-time-configuration");
    expect(boot?.suppressed).toMatchObject({ kind: "inSource", reason: "the bootstrap image is built from this script (ADR-7)" });
    expect(result.findings.filter((f) => f.ruleId === "unused-suppression")).toEqual([]);
  });

  it("a rule switched off in the config does not run on planned values; another's severity is the config's", () => {
    const configured = valueFindings(run("planned-values", { rules: { "database-deletion-protection": "off", "container-image-pinned": "note" } }));
    expect(configured.map(where)).toEqual([
      "no-boot-time-configuration main.tf:66 aws_launch_template.bootstrap",
      "container-image-pinned modules/queue/main.tf:9 module.queue[0].aws_ecs_task_definition.this",
    ]);
    expect(configured[1].severity).toBe("note");
  });

  it("a rule's options apply: a tag the config calls floating is reported", () => {
    const plan = parsePlan(
      JSON.stringify({
        format_version: "1.2",
        planned_values: { root_module: { resources: [{ address: "docker_container.web", mode: "managed", type: "docker_container", name: "web", values: { image: "web:stable" }, sensitive_values: {} }] } },
      }),
    );
    const files = { "main.tf": 'variable "image" {}\n\nresource "docker_container" "web" {\n  image = var.image\n}\n' };
    expect(valueFindings(lint({ files, plan }))).toEqual([]);
    const floating = valueFindings(lint({ files, plan, config: { rules: { "container-image-pinned": { severity: "error", options: { mutableTags: ["stable"] } } } } }));
    expect(floating.map(where)).toEqual(["container-image-pinned main.tf:3 docker_container.web"]);
  });
});

describe("sensitive planned values", () => {
  const SECRET = "Zq9x-PLAN-VALUES-SECRET";
  const result = run("planned-values");

  it("are not judged: a floating image in a sensitive argument gives no finding", () => {
    expect(valueFindings(result).filter((f) => f.address === "aws_ecs_task_definition.secret")).toEqual([]);
  });

  it.each(FORMAT_NAMES)("never appear in the %s format", (name) => {
    const text = format(result, name, { cwd: repo, root: repo });
    expect(text).toContain("aws_db_instance.orders");
    expect(text).not.toContain("Zq9x");
    expect(text).not.toContain(SECRET);
  });
});

describe("a plan without planned values", () => {
  it("reads each change's `after` instead", () => {
    const plan = parsePlan(
      JSON.stringify({
        format_version: "1.2",
        resource_changes: [
          {
            address: "aws_ecr_repository.repo",
            mode: "managed",
            type: "aws_ecr_repository",
            name: "repo",
            change: { actions: ["create"], before: null, after: { name: "repo", image_tag_mutability: "MUTABLE" }, after_unknown: { arn: true }, before_sensitive: false, after_sensitive: {} },
          },
        ],
      }),
    );
    const files = { "main.tf": 'variable "mutability" {}\n\nresource "aws_ecr_repository" "repo" {\n  name                 = "repo"\n  image_tag_mutability = var.mutability\n}\n' };
    const found = valueFindings(lint({ files, plan }));
    expect(found.map(where)).toEqual(["ecr-tag-immutability main.tf:3 aws_ecr_repository.repo"]);
    expect(found[0].message).toContain('aws_ecr_repository.repo sets image_tag_mutability = "MUTABLE"');
  });
});
