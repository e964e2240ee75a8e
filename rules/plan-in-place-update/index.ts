import { changedPaths, changeKind, formatPath } from "../../src/plan/values.js";
import { defineRule } from "../api/rule.js";
import { VIRTUAL_MACHINE_TYPES, describeChanges, isLabelPath } from "../lib/plan.js";

export default defineRule({
  id: "plan-in-place-update",
  severity: "warning",
  category: "plan",
  summary: "A plan does not change a running virtual machine in place",
  precision: "very-high",
  optionsSchema: {
    type: "object",
    properties: {
      ignoreAttributes: {
        type: "array",
        items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" },
        uniqueItems: true,
        default: [],
        description: "Top-level attributes whose change is not reported, besides tags and labels (e.g. `monitoring`).",
        examples: [["monitoring", "description"]],
      },
    },
    additionalProperties: false,
  },
  checkPlan(ctx) {
    const ignored = new Set(ctx.options.ignoreAttributes);
    for (const rc of ctx.plan.resourceChanges) {
      if (rc.mode !== "managed" || !VIRTUAL_MACHINE_TYPES.has(rc.type) || changeKind(rc.change.actions) !== "update") continue;
      const paths = changedPaths(rc.change.before, rc.change.after, rc.change.afterUnknown).filter((p) => !isLabelPath(p, ignored));
      if (paths.length === 0) continue;
      const names = [...new Set(paths.map((p) => formatPath(p.slice(0, 1))))];
      ctx.report({
        change: rc,
        message:
          `${rc.address} is updated in place: ${describeChanges(rc.change, paths)}. ` +
          `The running machine is changed instead of replaced (${names.join(", ")}); roll the change out by replacing it.`,
      });
    }
  },
});
