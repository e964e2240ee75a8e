import { changedPaths } from "../../src/plan/values.js";
import { defineRule } from "../api/rule.js";
import { LAUNCH_TEMPLATE_TYPES, SCALE_GROUP_TYPES, STATEFUL_RESOURCE_TYPES, VIRTUAL_MACHINE_TYPES, describeChanges, isLabelPath } from "../lib/plan.js";

const WATCHED = (type: string): boolean =>
  VIRTUAL_MACHINE_TYPES.has(type) || SCALE_GROUP_TYPES.has(type) || LAUNCH_TEMPLATE_TYPES.has(type) || STATEFUL_RESOURCE_TYPES.has(type);

export default defineRule({
  id: "plan-drift",
  severity: "warning",
  category: "plan",
  summary: "Machines, templates and stateful resources are not changed outside Terraform",
  precision: "high",
  checkPlan(ctx) {
    for (const rc of ctx.plan.resourceDrift) {
      if (rc.mode !== "managed" || !WATCHED(rc.type)) continue;
      if (rc.change.after === null && rc.change.before !== null) {
        ctx.report({ change: rc, message: `${rc.address} was deleted outside Terraform. The plan creates it again; find out who deleted it and why.` });
        continue;
      }
      const paths = changedPaths(rc.change.before, rc.change.after, null).filter((p) => !isLabelPath(p));
      if (paths.length === 0) continue;
      ctx.report({
        change: rc,
        message: `${rc.address} was changed outside Terraform: ${describeChanges(rc.change, paths)}. The code no longer describes what runs; put the change in the code or let the apply revert it.`,
      });
    }
  },
});
