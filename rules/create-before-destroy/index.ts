import { blockHeader, getAttribute } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import { managedResources, NO_INSTANCES_NOTE } from "../lib/instances.js";
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
  docs: {
    rationale: [
      "Immutable infrastructure changes things by replacing them. By default Terraform replaces a",
      "resource by destroying the old one first and creating the new one after. For a launch",
      "configuration, a certificate, an API Gateway deployment or an instance template that means a",
      "window in which whatever points at it (an Auto Scaling group, a listener, a stage, an instance",
      "group) points at nothing, or the destroy simply fails because the object is still in use.",
      "",
      "With `create_before_destroy = true` the replacement exists before the old object goes away, the",
      "dependants are switched over, and only then is the old one destroyed: a routine, zero-downtime",
      "replacement.",
    ].join("\n"),
    remediation: [
      "Add `lifecycle { create_before_destroy = true }` to the resource. Where the type has a unique",
      "`name`, use `name_prefix` (or leave the name out) so the new copy can exist beside the old one:",
      "see `create-before-destroy-name-conflict`.",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad: the certificate is destroyed while the listener still uses it",
      'resource "aws_acm_certificate" "site" {',
      '  domain_name       = "www.example.com"',
      '  validation_method = "DNS"',
      "}",
      "```",
      "",
      "```hcl",
      "# Good: the new certificate exists before the old one is deleted",
      'resource "aws_acm_certificate" "site" {',
      '  domain_name       = "www.example.com"',
      '  validation_method = "DNS"',
      "",
      "  lifecycle {",
      "    create_before_destroy = true",
      "  }",
      "}",
      "```",
    ].join("\n"),
    notes: [
      "Resource types checked: `aws_launch_configuration`, `aws_acm_certificate`,",
      "`aws_api_gateway_deployment`, `google_compute_instance_template`,",
      "`google_compute_region_instance_template`, `google_compute_ssl_certificate`.",
      "",
      "- No `lifecycle` block, or no `create_before_destroy` in it: reported at the resource's block",
      "  header (Terraform's default is `false`).",
      "- `create_before_destroy = false` (directly or through a variable or local): reported at the value.",
      "  When the `false` literal is written at the argument and the resource has no fixed `name`, a fix",
      "  replaces it with `true`.",
      "- A value that cannot be known statically is not reported.",
      "",
      NO_INSTANCES_NOTE,
    ].join("\n"),
  },
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
