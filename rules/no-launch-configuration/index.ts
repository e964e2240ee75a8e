import { blockHeader } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import { managedResources, NO_INSTANCES_NOTE } from "../lib/instances.js";

export default defineRule({
  id: "no-launch-configuration",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "Auto Scaling groups use versioned launch templates, not deprecated launch configurations",
  precision: "very-high",
  docs: {
    rationale: [
      "A launch configuration cannot be changed: every new image means a new launch configuration, a",
      "create-before-destroy dance around its unique name, and no history of what ran before. AWS has",
      "deprecated launch configurations: new instance types and features only reach launch templates, and",
      "accounts created after 2023 cannot create launch configurations at all.",
      "",
      "A launch template is versioned. A new image is a new template version, the Auto Scaling group can",
      "roll it out with an instance refresh, and rolling back means pointing at the previous version.",
    ].join("\n"),
    remediation: [
      "Replace the `aws_launch_configuration` with an `aws_launch_template` carrying the same image,",
      "instance type, security groups, user data and block devices, and reference it from the group's",
      "`launch_template { id, version }` block instead of `launch_configuration`. Add an",
      "`instance_refresh` block to the group so new template versions reach the running instances.",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad: a deprecated, unversioned launch configuration",
      'resource "aws_launch_configuration" "web" {',
      '  name_prefix   = "web-"',
      "  image_id      = var.ami_id",
      '  instance_type = "t3.micro"',
      "",
      "  lifecycle {",
      "    create_before_destroy = true",
      "  }",
      "}",
      "```",
      "",
      "```hcl",
      "# Good: a launch template; each change is a new version",
      'resource "aws_launch_template" "web" {',
      '  name_prefix   = "web-"',
      "  image_id      = var.ami_id",
      '  instance_type = "t3.micro"',
      "}",
      "",
      'resource "aws_autoscaling_group" "web" {',
      "  min_size            = 2",
      "  max_size            = 6",
      "  vpc_zone_identifier = var.subnet_ids",
      "",
      "  launch_template {",
      "    id      = aws_launch_template.web.id",
      "    version = aws_launch_template.web.latest_version",
      "  }",
      "",
      "  instance_refresh {",
      '    strategy = "Rolling"',
      "  }",
      "}",
      "```",
    ].join("\n"),
    notes: [
      "Every managed `aws_launch_configuration` resource is reported at its block header, whatever its",
      "arguments. The `aws_launch_configuration` data source is not reported: reading an existing one",
      "does not create more of them.",
      "",
      NO_INSTANCES_NOTE,
    ].join("\n"),
  },
  check(ctx) {
    for (const resource of managedResources(ctx)) {
      if (resource.resourceType !== "aws_launch_configuration") continue;
      ctx.report({
        node: blockHeader(resource.block),
        resource,
        message: `${resource.address} is a launch configuration, which AWS has deprecated and which cannot be versioned; use an aws_launch_template and reference it from the Auto Scaling group's launch_template block.`,
      });
    }
  },
});
