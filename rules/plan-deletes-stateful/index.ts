import { changeKind } from "../../src/plan/values.js";
import { defineRule } from "../api/rule.js";
import { STATEFUL_RESOURCE_TYPES, describeReason } from "../lib/plan.js";

export default defineRule({
  id: "plan-deletes-stateful",
  severity: "error",
  category: "plan",
  summary: "A plan does not destroy a stateful resource",
  precision: "very-high",
  checkPlan(ctx) {
    for (const rc of ctx.plan.resourceChanges) {
      if (rc.mode !== "managed" || !STATEFUL_RESOURCE_TYPES.has(rc.type) || changeKind(rc.change.actions) !== "delete") continue;
      const what = rc.deposed !== undefined ? `${rc.address} (its deposed object ${rc.deposed})` : rc.address;
      const reason = rc.actionReason !== undefined ? ` because ${describeReason(rc.actionReason)}` : "";
      ctx.report({
        change: rc,
        message: `${what} is destroyed${reason}. Its data goes with it: use a \`moved\` or \`removed\` block, or snapshot it first.`,
      });
    }
  },
});
