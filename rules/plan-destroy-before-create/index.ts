import type { PlanConfigModule, PlanResourceChange } from "../../src/plan/types.js";
import { moduleSteps, resourceAddress } from "../../src/plan/address.js";
import { changeKind } from "../../src/plan/values.js";
import { defineRule } from "../api/rule.js";
import { CREATE_BEFORE_DESTROY_TYPES, describeReason } from "../lib/plan.js";

/** The configuration module a change's module instance comes from, when the plan has the configuration. */
function configModuleOf(root: PlanConfigModule | undefined, change: PlanResourceChange): PlanConfigModule | undefined {
  let module = root;
  for (const step of moduleSteps(change.moduleAddress) ?? []) module = module?.moduleCalls.get(step.name)?.module;
  return module;
}

/** The resources of the same module whose expressions refer to this one (`aws_launch_template.web.id`, `aws_launch_template.web[0]`). */
function referrers(module: PlanConfigModule | undefined, change: PlanResourceChange): string[] {
  if (!module) return [];
  const own = resourceAddress(change);
  const refersHere = (ref: string): boolean => ref === own || ref.startsWith(`${own}.`) || ref.startsWith(`${own}[`);
  return module.resources.filter((r) => r.address !== own && r.references.some(refersHere)).map((r) => r.address);
}

export default defineRule({
  id: "plan-destroy-before-create",
  severity: "warning",
  category: "plan",
  summary: "A plan does not destroy what others use before its replacement exists",
  precision: "high",
  checkPlan(ctx) {
    for (const rc of ctx.plan.resourceChanges) {
      if (rc.mode !== "managed" || changeKind(rc.change.actions) !== "replace-destroy-first") continue;
      const users = referrers(configModuleOf(ctx.plan.configuration, rc), rc);
      const listed = CREATE_BEFORE_DESTROY_TYPES.has(rc.type);
      if (users.length === 0 && !listed) continue;
      const who = users.length > 0 ? `${users.slice(0, 3).join(", ")}${users.length > 3 ? ` and ${users.length - 3} more` : ""} ${users.length === 1 ? "refers" : "refer"} to it` : `${rc.type} is used by other resources while it is replaced`;
      const reason = rc.actionReason !== undefined ? ` because ${describeReason(rc.actionReason)}` : "";
      ctx.report({
        change: rc,
        message: `${rc.address} is destroyed before its replacement is created${reason}, while ${who}: there will be a gap. Set \`lifecycle { create_before_destroy = true }\`.`,
      });
    }
  },
});
