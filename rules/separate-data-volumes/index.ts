import type { Resource } from "../../src/model/types.js";
import { blockHeader, getBlocks } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import type { RuleContext } from "../api/rule.js";
import type { BlockInstance } from "../lib/instances.js";
import { blockInstances, possibleResources } from "../lib/instances.js";
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

const concerns = (r: Resource): boolean => INLINE_VOLUMES[r.resourceType] !== undefined;

export default defineRule({
  id: "separate-data-volumes",
  severity: "warning",
  category: "state",
  roles: ["deployment", "module", "example", "test"],
  summary: "Data volumes are separate resources, not declared inside disposable compute",
  precision: "high",
  concerns,
  check(ctx) {
    for (const resource of possibleResources(ctx, concerns)) {
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
