import type { Resource } from "../../src/model/types.js";
import { blockHeader, getAttribute } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import { managedResources } from "../lib/instances.js";
import { flipBoolFix } from "../lib/reporting.js";
import { lifecycleFlag } from "../lib/attributes.js";
import { argumentLine, blockLines, insertIntoBlockFix } from "../lib/fix-edits.js";
import { hasUniquePart } from "../lib/unique-names.js";

/**
 * The checked types whose `name` is unique and that offer `name_prefix`: with a
 * name the same for both copies, create_before_destroy alone cannot create
 * the replacement (`create-before-destroy-name-conflict`).
 */
const NAME_PREFIX_TYPES = new Set([
  "aws_launch_configuration",
  "google_compute_instance_template",
  "google_compute_region_instance_template",
  "google_compute_ssl_certificate",
]);

/** Resource types that others point at while they are replaced, and who points at them. */
export const REFERENCED_TYPES: Readonly<Record<string, string>> = {
  aws_launch_configuration: "Auto Scaling groups",
  aws_acm_certificate: "load balancer listeners and CloudFront distributions",
  aws_api_gateway_deployment: "API Gateway stages",
  google_compute_instance_template: "managed instance groups",
  google_compute_region_instance_template: "managed instance groups",
  google_compute_ssl_certificate: "target HTTPS and SSL proxies",
};

const concerns = (r: Resource): boolean => REFERENCED_TYPES[r.resourceType] !== undefined;

export default defineRule({
  id: "create-before-destroy",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "Resources that others point at are replaced with create_before_destroy",
  precision: "high",
  autofix: "Adds `create_before_destroy = true` to the `lifecycle` block, or adds the block, or replaces a `false` written at the argument; never for a resource with a `name`",
  concerns,
  check(ctx) {
    for (const resource of managedResources(ctx, concerns)) {
      const dependants = REFERENCED_TYPES[resource.resourceType];
      if (!dependants) continue;
      const flag = lifecycleFlag(ctx, resource, "createBeforeDestroy");
      if (flag.state === "unknown" || (flag.state === "known" && flag.value)) continue;
      const consequence = `when it is replaced, Terraform destroys it first while ${dependants} still point at it`;
      // With a name the same for both copies, the flag alone would trade this finding for a name conflict.
      const nameAttr = NAME_PREFIX_TYPES.has(resource.resourceType) ? getAttribute(resource.body, "name") : undefined;
      const fixedName = nameAttr !== undefined && !hasUniquePart(nameAttr.expr, ctx.module);
      const withName = fixedName
        ? ", together with name_prefix instead of name (or a random or content-derived suffix in the name): with its fixed name the new copy could not be created beside the old one"
        : "";
      if (flag.state === "absent") {
        const lifecycle = resource.lifecycle?.block;
        ctx.report({
          node: blockHeader(resource.block),
          resource,
          message: `${resource.address} has no lifecycle { create_before_destroy = true }: ${consequence}. Add the lifecycle setting${withName}.`,
          // As for `false` below: not with a `name`, which the setting alone may turn into a name conflict.
          fix: getAttribute(resource.body, "name")
            ? undefined
            : lifecycle
              ? insertIntoBlockFix(ctx, lifecycle, argumentLine("create_before_destroy", "true"), "Add create_before_destroy = true to the lifecycle block")
              : insertIntoBlockFix(ctx, resource.block, blockLines("lifecycle", "create_before_destroy", "true"), "Add lifecycle { create_before_destroy = true }"),
        });
        continue;
      }
      const fix = getAttribute(resource.body, "name")
        ? undefined
        : flipBoolFix(ctx, resource, flag.attribute.expr, true, "Set create_before_destroy = true");
      ctx.report({
        node: flag.attribute.expr,
        resource,
        attributePath: "lifecycle.create_before_destroy",
        value: flag.evaluated,
        message: `${resource.address} sets create_before_destroy = false: ${consequence}. Set it to true${withName}.`,
        fix,
      });
    }
  },
});
