import type { Resource } from "../../src/model/types.js";
import { defineRule } from "../api/rule.js";
import { managedResources, NO_INSTANCES_NOTE } from "../lib/instances.js";

/** Arguments that carry the image or the boot configuration: ignoring them freezes the fleet. */
const IMAGE_ATTRIBUTES: readonly string[] = [
  "ami",
  "image",
  "image_id",
  "image_uri",
  "user_data",
  "user_data_base64",
  "launch_template",
  "container_definitions",
  "source_image_id",
  "source_image_reference",
  "metadata_startup_script",
  "boot_disk",
];

/** `metadata["startup-script"]` (and `user-data`): a boot script given as one metadata key. */
const BOOT_METADATA_KEY = /^metadata(?:\[\s*"(?:startup-script|user-data)"\s*\]|\.(?:startup-script|user-data))/;

/** Whether `lifecycle { replace_triggered_by }` names at least one trigger (or a list that cannot be read). */
function hasReplaceTriggers(resource: Resource): boolean {
  const triggers = resource.lifecycle?.replaceTriggeredBy?.expr;
  if (!triggers) return false;
  return triggers.type !== "Tuple" || triggers.items.length > 0;
}

export default defineRule({
  id: "lifecycle-ignore-changes",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "ignore_changes does not hide all drift or freeze images and boot configuration",
  precision: "very-high",
  optionsSchema: {
    type: "object",
    properties: {
      extraAttributes: {
        type: "array",
        items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" },
        uniqueItems: true,
        description: "More top-level arguments that must not be ignored, e.g. task_definition.",
      },
    },
    additionalProperties: false,
  },
  docs: {
    rationale: [
      "`ignore_changes` tells Terraform to stop comparing an argument with the code. Used on an image",
      "or boot argument (`ami`, `image`, `launch_template`, `user_data`, `container_definitions`, ...),",
      "it means a new image in the code is never rolled out: the code says one thing, the running",
      "fleet another, and nobody notices until a rebuild brings up something unexpected.",
      "",
      "`ignore_changes = all` goes further and hides every difference between the code and the",
      "resource, so the code no longer describes what is deployed at all.",
    ].join("\n"),
    remediation: [
      "Remove the image and boot arguments from `ignore_changes` and let changes to them replace or",
      "roll the resource, as immutable infrastructure intends. When another system really owns an",
      "argument (an autoscaler's `desired_capacity`, a tag set by a scanner), ignore that argument by",
      "name instead of `all`.",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad: new AMIs in the code never reach the instance",
      'resource "aws_instance" "web" {',
      "  ami           = data.aws_ami.web.id",
      '  instance_type = "t3.micro"',
      "",
      "  lifecycle {",
      "    ignore_changes = [ami, user_data]",
      "  }",
      "}",
      "```",
      "",
      "```hcl",
      "# Good: only an argument another system owns is ignored",
      'resource "aws_instance" "web" {',
      "  ami           = data.aws_ami.web.id",
      '  instance_type = "t3.micro"',
      "",
      "  lifecycle {",
      '    ignore_changes = [tags["LastScannedAt"]]',
      "  }",
      "}",
      "```",
    ].join("\n"),
    notes: [
      "- `ignore_changes = all` (and the legacy `[\"*\"]`) is an error, reported at `all`.",
      "- Except in the create-only pattern: `ignore_changes = all` together with a non-empty",
      "  `replace_triggered_by` (Terraform's documented way to apply a resource once, such as an",
      "  `azapi_update_resource` that sets a version, and to replace it when one of its triggers",
      "  changes). Nothing is changed in place there: a change that must roll out goes through the",
      "  triggers, by replacement, which is what immutable infrastructure asks for. It gets no finding",
      "  (not even a note: the pattern is deliberate and reporting it was noise). An empty",
      "  `replace_triggered_by = []` does not count.",
      "- Each list element whose first name is one of `ami`, `image`, `image_id`, `image_uri`,",
      "  `user_data`, `user_data_base64`, `launch_template`, `container_definitions`, `source_image_id`,",
      "  `source_image_reference`, `metadata_startup_script`, `boot_disk` is a warning, reported at that",
      "  element. Element paths count by their first name: `launch_template[0].version` and",
      "  `boot_disk[0].initialize_params` are reported, `tags[\"Name\"]` is not.",
      "- `metadata[\"startup-script\"]` and `metadata[\"user-data\"]` are boot scripts and are reported too.",
      "- The check applies to every resource type, in every module.",
      "",
      "Option `extraAttributes`: more first names to report, e.g. `task_definition` for ECS services",
      "deployed by Terraform alone.",
      "",
      NO_INSTANCES_NOTE,
    ].join("\n"),
  },
  check(ctx) {
    const extra = ctx.options.extraAttributes ?? [];
    const watched = new Set([...IMAGE_ATTRIBUTES, ...extra]);
    for (const resource of managedResources(ctx)) {
      const ignore = resource.lifecycle?.ignoreChanges;
      if (!ignore) continue;
      if (ignore.kind === "all") {
        // The create-only pattern: applied once, replaced when a trigger changes (see the docs).
        if (hasReplaceTriggers(resource)) continue;
        ctx.report({
          node: ignore.attribute.expr,
          resource,
          attributePath: "lifecycle.ignore_changes",
          severity: "error",
          message: `${resource.address} sets ignore_changes = all: every difference between the code and the deployed resource is hidden. List only the arguments another system owns.`,
        });
        continue;
      }
      if (ignore.kind !== "list") continue;
      ignore.items.forEach((item, index) => {
        const bootKey = BOOT_METADATA_KEY.test(item.path);
        if (!watched.has(item.root) && !bootKey) return;
        const what = bootKey ? "a boot script" : IMAGE_ATTRIBUTES.includes(item.root) ? "an image or boot argument" : "an argument that must roll out";
        ctx.report({
          node: { range: item.range, of: item.expr },
          resource,
          attributePath: `lifecycle.ignore_changes[${index}]`,
          message: `${resource.address} ignores changes to ${item.path}, ${what}: a new version in the code never reaches the deployed resource. Remove it from ignore_changes.`,
        });
      });
    }
  },
});
