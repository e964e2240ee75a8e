import type { Expression } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import { getAttribute } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import { managedResources } from "../lib/instances.js";
import type { RuleContext } from "../api/rule.js";
import { lifecycleFlag } from "../lib/attributes.js";
import { asReference, childExpressions } from "../lib/references.js";
import { hasUniquePart } from "../lib/unique-names.js";

/** Types whose `name` is unique and which offer `name_prefix`. */
const UNIQUE_NAME_TYPES = new Set([
  "aws_launch_configuration",
  "aws_launch_template",
  "aws_security_group",
  "aws_lb_target_group",
  "aws_autoscaling_group",
  "aws_iam_role",
  "aws_iam_policy",
  "aws_db_parameter_group",
  "aws_db_option_group",
  "google_compute_instance_template",
  "google_compute_region_instance_template",
  "google_compute_ssl_certificate",
]);

/** Pure string functions: a name built only with these from fixed parts is still fixed. */
const FIXED_FUNCTIONS = new Set([
  "format",
  "join",
  "lower",
  "upper",
  "title",
  "replace",
  "substr",
  "trim",
  "trimspace",
  "trimprefix",
  "trimsuffix",
  "tostring",
  "coalesce",
  "element",
  "lookup",
  "concat",
]);

/**
 * For a name whose value evaluation could not know: whether it is still
 * fixed, built only from literals, `count.index`, `each.key`/`each.value`
 * and known variables and locals, through pure string functions. Such a
 * name is the same for the old and the new copy of each instance.
 */
function isFixedName(ctx: RuleContext, expr: Expression, resource: Resource): boolean {
  const ref = asReference(expr);
  if (ref) {
    if (ref.root === "count") return true;
    if (ref.root === "each") {
      const first = ref.steps[0];
      if (first?.kind === "attr" && first.name === "key") return true;
      // each.value is fixed only when the collection itself is known.
      return resource.forEach !== undefined && ctx.evaluate(resource.forEach.expr, resource).kind !== "unknown";
    }
    if (ref.root === "var" || ref.root === "local") return ctx.evaluate(expr, resource).kind !== "unknown";
    return false;
  }
  switch (expr.type) {
    case "Literal":
      return true;
    case "Template":
    case "Parentheses":
    case "Conditional":
      return childExpressions(expr).every((e) => isFixedName(ctx, e, resource));
    case "FunctionCall":
      return FIXED_FUNCTIONS.has(expr.name) && expr.args.every((e) => isFixedName(ctx, e, resource));
    default:
      return false;
  }
}

const concerns = (r: Resource): boolean => UNIQUE_NAME_TYPES.has(r.resourceType);

export default defineRule({
  id: "create-before-destroy-name-conflict",
  severity: "error",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "create_before_destroy is not combined with a fixed unique name",
  precision: "high",
  concerns,
  check(ctx) {
    for (const resource of managedResources(ctx, concerns)) {
      if (!UNIQUE_NAME_TYPES.has(resource.resourceType)) continue;
      const cbd = lifecycleFlag(ctx, resource, "createBeforeDestroy");
      if (cbd.state !== "known" || !cbd.value) continue;
      const nameAttr = getAttribute(resource.body, "name");
      if (!nameAttr || hasUniquePart(nameAttr.expr, ctx.module)) continue;
      const value = ctx.evaluate(nameAttr.expr, resource);
      const advice = "the replacement cannot be created while the old copy holds that name. Use name_prefix instead, or leave the name out";
      if (value.kind === "string") {
        ctx.report({
          node: nameAttr.expr,
          resource,
          attributePath: "name",
          value,
          message: `${resource.address} has create_before_destroy = true and the fixed name "${value.value}": ${advice}.`,
        });
      } else if (value.kind === "unknown" && isFixedName(ctx, nameAttr.expr, resource)) {
        ctx.report({
          node: nameAttr.expr,
          resource,
          attributePath: "name",
          message: `${resource.address} has create_before_destroy = true and a name that is the same for the old and the new copy of each instance: ${advice}.`,
        });
      }
    }
  },
});
