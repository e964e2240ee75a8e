import type { Resource } from "../../src/model/types.js";
import { blockHeader } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import { managedResources } from "../lib/instances.js";

const concerns = (r: Resource): boolean => r.resourceType === "aws_launch_configuration";

export default defineRule({
  id: "no-launch-configuration",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "Auto Scaling groups use versioned launch templates, not deprecated launch configurations",
  precision: "very-high",
  concerns,
  check(ctx) {
    for (const resource of managedResources(ctx, concerns)) {
      if (resource.resourceType !== "aws_launch_configuration") continue;
      ctx.report({
        node: blockHeader(resource.block),
        resource,
        message: `${resource.address} is a launch configuration, which AWS has deprecated and which cannot be versioned; use an aws_launch_template and reference it from the Auto Scaling group's launch_template block.`,
      });
    }
  },
});
