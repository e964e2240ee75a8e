import type { Resource } from "../src/model/types.js";
import type { NestedBlock } from "../src/model/query.js";
import { getBlocks } from "../src/model/query.js";
import { defineRule } from "./api/rule.js";
import type { RuleContext } from "./api/rule.js";
import { readString } from "./lib/s-lifecycle.js";

/** Compute types, the inline data volume block they take, and what to use instead. */
const INLINE_VOLUMES: Readonly<Record<string, { block: string; instead: string }>> = {
  aws_instance: { block: "ebs_block_device", instead: "an aws_ebs_volume with an aws_volume_attachment" },
  aws_spot_instance_request: { block: "ebs_block_device", instead: "an aws_ebs_volume with an aws_volume_attachment" },
  azurerm_virtual_machine: {
    block: "storage_data_disk",
    instead: "an azurerm_managed_disk with an azurerm_virtual_machine_data_disk_attachment",
  },
};

/** A dynamic block whose `for_each` is known to be empty (or null) generates nothing. */
function generatesNothing(ctx: RuleContext, block: NestedBlock, resource: Resource): boolean {
  if (!block.dynamic?.forEach) return false;
  const collection = ctx.evaluate(block.dynamic.forEach.expr, resource);
  if (collection.kind === "null") return true;
  if (collection.kind === "tuple") return collection.items.length === 0;
  if (collection.kind === "object") return collection.entries.size === 0;
  // Unknown: the block may well generate volumes; it is in the code either way.
  return false;
}

/** `create_option = "Attach"`: the disk is a separate managed disk, merely attached here. */
function attachesExistingDisk(ctx: RuleContext, block: NestedBlock, resource: Resource): boolean | undefined {
  const option = readString(ctx, block.body, "create_option", resource);
  if (option.state === "unknown") return undefined;
  return option.state === "known" && option.value.toLowerCase() === "attach";
}

export default defineRule({
  id: "separate-data-volumes",
  severity: "warning",
  category: "state",
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
      "  separate resource and is not reported; an unknown `create_option` is not reported either.",
      "- Launch templates' `block_device_mappings` are not reported: instances launched from a template",
      "  are meant to be disposable with their volumes.",
    ].join("\n"),
  },
  check(ctx) {
    for (const resource of ctx.module.resources) {
      if (resource.kind !== "resource") continue;
      const spec = INLINE_VOLUMES[resource.resourceType];
      if (!spec) continue;
      for (const block of getBlocks(resource.body, spec.block)) {
        if (generatesNothing(ctx, block, resource)) continue;
        if (spec.block === "storage_data_disk" && attachesExistingDisk(ctx, block, resource) !== false) continue;
        ctx.report({
          node: { range: block.headerRange },
          resource,
          attributePath: spec.block,
          message: `${resource.address} declares a data volume inline (${block.dynamic ? "dynamic " : ""}${spec.block}): it is destroyed whenever the instance is replaced. Use ${spec.instead}.`,
        });
      }
    }
  },
});
