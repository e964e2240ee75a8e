import { blockHeader, getAttribute } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import { managedResources } from "../lib/instances.js";
import { flipBoolFix } from "../lib/reporting.js";
import { lifecycleFlag } from "../lib/attributes.js";

/** Resource types that others point at while they are replaced, and who points at them. */
const REFERENCED_TYPES: Readonly<Record<string, string>> = {
  aws_launch_configuration: "Auto Scaling groups",
  aws_acm_certificate: "load balancer listeners and CloudFront distributions",
  aws_api_gateway_deployment: "API Gateway stages",
  google_compute_instance_template: "managed instance groups",
  google_compute_region_instance_template: "managed instance groups",
  google_compute_ssl_certificate: "target HTTPS and SSL proxies",
};

export default defineRule({
  id: "create-before-destroy",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "Resources that others point at are replaced with create_before_destroy",
  precision: "high",
  check(ctx) {
    for (const resource of managedResources(ctx)) {
      const dependants = REFERENCED_TYPES[resource.resourceType];
      if (!dependants) continue;
      const flag = lifecycleFlag(ctx, resource, "createBeforeDestroy");
      if (flag.state === "unknown" || (flag.state === "known" && flag.value)) continue;
      const consequence = `when it is replaced, Terraform destroys it first while ${dependants} still point at it`;
      if (flag.state === "absent") {
        ctx.report({
          node: blockHeader(resource.block),
          resource,
          message: `${resource.address} has no lifecycle { create_before_destroy = true }: ${consequence}. Add the lifecycle setting.`,
        });
        continue;
      }
      // With a fixed name, flipping the flag alone would trade this finding for a name conflict.
      const fix = getAttribute(resource.body, "name")
        ? undefined
        : flipBoolFix(ctx, resource, flag.attribute.expr, true, "Set create_before_destroy = true");
      ctx.report({
        node: flag.attribute.expr,
        resource,
        attributePath: "lifecycle.create_before_destroy",
        value: flag.evaluated,
        message: `${resource.address} sets create_before_destroy = false: ${consequence}. Set it to true.`,
        fix,
      });
    }
  },
});
