import { changeKind, formatPath } from "../../src/plan/values.js";
import { defineRule } from "../api/rule.js";
import { STATEFUL_RESOURCE_TYPES, describeChanges, describeReason } from "../lib/plan.js";

export default defineRule({
  id: "plan-replaces-stateful",
  severity: "error",
  category: "plan",
  summary: "A plan does not replace a stateful resource",
  precision: "very-high",
  checkPlan(ctx) {
    for (const rc of ctx.plan.resourceChanges) {
      const kind = changeKind(rc.change.actions);
      if (rc.mode !== "managed" || !STATEFUL_RESOURCE_TYPES.has(rc.type)) continue;
      if (kind !== "replace-destroy-first" && kind !== "replace-create-first") continue;
      const order = kind === "replace-destroy-first" ? "destroyed, then created again" : "created again, then the old one destroyed";
      const paths = rc.change.replacePaths;
      const forcedBy = paths.length > 0 ? `; ${describeChanges(rc.change, paths)} ${paths.length === 1 ? "forces" : "force"} it` : "";
      const reason = rc.actionReason !== undefined ? ` because ${describeReason(rc.actionReason)}` : "";
      ctx.report({
        change: rc,
        attributePath: paths.length > 0 ? formatPath(paths[0]) : "",
        message:
          `${rc.address} is replaced (${order})${reason}${forcedBy}. ` +
          "Its data goes with the old one: change what forces the replacement, or migrate the data first.",
      });
    }
  },
});
