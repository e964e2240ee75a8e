import type { Resource } from "../../src/model/types.js";
import { blockHeader, getBlocks } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import type { RuleContext } from "../api/rule.js";
import type { BlockInstance } from "../lib/instances.js";
import { blockInstances, managedResources, NO_INSTANCES_NOTE } from "../lib/instances.js";
import { readString } from "../lib/attributes.js";

/** Compute types, the inline data volume block they take, and what to use instead. */
const INLINE_VOLUMES: Readonly<Record<string, { block: string; instead: string }>> = {
  aws_instance: { block: "ebs_block_device", instead: "an aws_ebs_volume with an aws_volume_attachment" },
  aws_spot_instance_request: { block: "ebs_block_device", instead: "an aws_ebs_volume with an aws_volume_attachment" },
  azurerm_virtual_machine: {
    block: "storage_data_disk",
    instead: "an azurerm_managed_disk with an azurerm_virtual_machine_data_disk_attachment",
  },
};

/**
 * Whether a block declares a data volume that lives with the instance: it
 * generates at least one instance (a dynamic block over a known empty or
 * null collection generates none), and, for `storage_data_disk`, one that
 * does not merely attach a separate disk (`create_option = "Attach"`).
 * Undefined when that cannot be known.
 */
function declaresInlineVolume(ctx: RuleContext, resource: Resource, instances: readonly BlockInstance[], blockType: string): boolean | undefined {
  if (instances.length === 0) return false;
  if (blockType !== "storage_data_disk") return true;
  let unknown = false;
  for (const instance of instances) {
    const option = readString(ctx, instance.block.body, "create_option", resource, instance.bindings);
    if (option.state === "unknown") unknown = true;
    else if (option.state === "absent" || option.value.toLowerCase() !== "attach") return true;
  }
  return unknown ? undefined : false;
}

export default defineRule({
  id: "separate-data-volumes",
  severity: "warning",
  category: "state",
  roles: ["deployment", "module", "example", "test"],
  summary: "Data volumes are separate resources, not declared inside disposable compute",
  precision: "high",
  docs: {
    rationale: [
      "Compute should be disposable: replaced for a new image, a new instance type or a new user data",
      "script without a second thought. A data volume declared inside the instance",
      "(`ebs_block_device` on `aws_instance`, `storage_data_disk` on `azurerm_virtual_machine`) is part",
      "of the instance resource: it is created and destroyed with it, so replacing the instance",
      "replaces the data too, and the volume cannot be moved to the new instance.",
    ].join("\n"),
    remediation: [
      "Declare the volume as its own resource and attach it: `aws_ebs_volume` +",
      "`aws_volume_attachment`, or `azurerm_managed_disk` + `azurerm_virtual_machine_data_disk_attachment`.",
      "The volume then outlives any number of instance replacements; protect it with",
      "`prevent_destroy` (see `prevent-destroy-stateful`).",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad: the data volume is destroyed whenever the instance is replaced",
      'resource "aws_instance" "db" {',
      "  ami           = var.ami_id",
      '  instance_type = "r6i.large"',
      "",
      "  ebs_block_device {",
      '    device_name = "/dev/sdf"',
      "    volume_size = 500",
      "  }",
      "}",
      "```",
      "",
      "```hcl",
      "# Good: the volume lives apart from the instance",
      'resource "aws_instance" "db" {',
      "  ami           = var.ami_id",
      '  instance_type = "r6i.large"',
      "}",
      "",
      'resource "aws_ebs_volume" "data" {',
      "  availability_zone = aws_instance.db.availability_zone",
      "  size              = 500",
      "",
      "  lifecycle {",
      "    prevent_destroy = true",
      "  }",
      "}",
      "",
      'resource "aws_volume_attachment" "data" {',
      '  device_name = "/dev/sdf"',
      "  volume_id   = aws_ebs_volume.data.id",
      "  instance_id = aws_instance.db.id",
      "}",
      "```",
    ].join("\n"),
    notes: [
      "- Every `ebs_block_device` block of `aws_instance` and `aws_spot_instance_request`, and every",
      "  `storage_data_disk` block of `azurerm_virtual_machine`, is reported at its header, including",
      "  `dynamic` blocks (at the `dynamic` header).",
      "- A `dynamic` block whose `for_each` is known to be empty or null generates no volume and is not",
      "  reported (the usual `default = []` of a reusable module). An unknown `for_each` is reported:",
      "  the inline volume is in the code either way.",
      "- A `storage_data_disk` with `create_option = \"Attach\"` attaches a disk that is already a",
      "  separate resource and is not reported; an unknown `create_option` is not reported either. In a",
      "  `dynamic` block it is evaluated for each element of a known `for_each`.",
      "- Launch templates' `block_device_mappings` are not reported: instances launched from a template",
      "  are meant to be disposable with their volumes.",
      "",
      NO_INSTANCES_NOTE,
    ].join("\n"),
  },
  check(ctx) {
    for (const resource of managedResources(ctx)) {
      const spec = INLINE_VOLUMES[resource.resourceType];
      if (!spec) continue;
      for (const block of getBlocks(resource.body, spec.block)) {
        const instances = blockInstances(ctx, resource, resource.body, spec.block).filter((i) => i.block.block === block.block);
        if (declaresInlineVolume(ctx, resource, instances, spec.block) !== true) continue;
        ctx.report({
          node: blockHeader(block.block),
          resource,
          attributePath: spec.block,
          message: `${resource.address} declares a data volume inline (${block.dynamic ? "dynamic " : ""}${spec.block}): it is destroyed whenever the instance is replaced. Use ${spec.instead}.`,
        });
      }
    }
  },
});
