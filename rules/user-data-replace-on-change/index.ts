import { fileOfNode } from "../../src/model/node-files.js";
import { blockHeader } from "../../src/model/query.js";
import { asBool } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import type { Fix } from "../api/rule.js";
import { attributeValue, isDefinitelySet } from "../lib/attributes.js";
import { dedupingReporter } from "../lib/reporting.js";
import { managedResources } from "../lib/instances.js";
import { locateOrigin, writtenAt } from "../lib/origins.js";

export default defineRule({
  id: "user-data-replace-on-change",
  severity: "warning",
  category: "mutation",
  roles: ["deployment", "module", "example", "test"],
  summary: "EC2 instances are replaced, not updated in place, when their user data changes",
  precision: "high",
  docs: {
    rationale: [
      "User data runs once, at the first boot. When it changes, the AWS provider by default stops the",
      "instance, writes the new user data and starts it again: the instance keeps its disk and everything the",
      "old script did, the new script does not run, and the code no longer describes what is running.",
      "`user_data_replace_on_change = true` makes Terraform replace the instance instead, so every instance is",
      "always the product of the boot script in the code.",
    ].join("\n"),
    remediation: [
      "Set `user_data_replace_on_change = true` on every `aws_instance` that has `user_data` or",
      "`user_data_base64`. Keep state off the instance (separate EBS volumes, a database, object storage)",
      "so that replacing it loses nothing, and add `lifecycle { create_before_destroy = true }` where the",
      "instance must stay available while it is replaced.",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad: a changed script is written to the running instance and never runs",
      'resource "aws_instance" "app" {',
      "  ami           = var.app_ami",
      '  instance_type = "t3.small"',
      '  user_data     = templatefile("${path.module}/boot.sh", { env = var.env })',
      "}",
      "```",
      "",
      "```hcl",
      "# Good: a changed script means a new instance",
      'resource "aws_instance" "app" {',
      "  ami                         = var.app_ami",
      '  instance_type               = "t3.small"',
      '  user_data                   = templatefile("${path.module}/boot.sh", { env = var.env })',
      "  user_data_replace_on_change = true",
      "}",
      "```",
    ].join("\n"),
    notes: [
      "Provider default assumed: `user_data_replace_on_change` defaults to `false` (AWS provider",
      "documentation for `aws_instance`), so leaving it out is reported, at the resource's block header,",
      "with a fix that adds `user_data_replace_on_change = true` after the user data argument. An explicit",
      "`false` (or `null`) is reported at the value.",
      "",
      "User data counts as set when its value is known and not null or empty, or when it is unknown but",
      "can only be a string: a template, `templatefile()`, `file()`, `base64encode()` and similar functions,",
      "or a resource attribute such as `data.cloudinit_config.x.rendered`. A bare variable with no default",
      "could be null and is not reported; neither is an unknown `user_data_replace_on_change`.",
      "",
      "A resource whose `count` is known to be 0, or whose `for_each` is a known empty collection, does not",
      "exist and is not reported. A value used by several resources is reported once, where it is written.",
      "",
      "Only `aws_instance` has this argument. Launch templates are versioned and reach instances through",
      "Auto Scaling instance refresh (see `asg-instance-refresh`).",
    ].join("\n"),
  },
  check(ctx) {
    const report = dedupingReporter(ctx);
    for (const resource of managedResources(ctx)) {
      if (resource.resourceType !== "aws_instance") continue;
      const userData = ["user_data", "user_data_base64"]
        .map((name) => attributeValue(ctx, resource, resource.body, name))
        .find((a) => a !== undefined && isDefinitelySet(a.attr.expr, a.value));
      if (!userData) continue;
      const replace = attributeValue(ctx, resource, resource.body, "user_data_replace_on_change");
      const name = userData.attr.name;
      if (!replace) {
        const insertAt = userData.attr.range.end;
        const indent = " ".repeat(Math.max(0, userData.attr.nameRange.start.column - 1));
        const fix: Fix = {
          description: "Add user_data_replace_on_change = true",
          file: (fileOfNode(ctx.module, userData.attr) ?? resource.file).filename,
          replacements: [{ range: { start: insertAt, end: insertAt }, text: `\n${indent}user_data_replace_on_change = true` }],
        };
        report({
          node: blockHeader(resource.block),
          resource,
          attributePath: "user_data_replace_on_change",
          message: `${resource.address} sets ${name} without user_data_replace_on_change = true, so a changed boot script is written to the running instance (and never runs) instead of replacing it; add user_data_replace_on_change = true.`,
          fix,
        });
        continue;
      }
      if (replace.value.kind !== "null" && asBool(replace.value) !== false) continue;
      const located = locateOrigin(ctx, replace.value);
      const fix: Fix | undefined =
        located && writtenAt(ctx, located, replace.attr.expr) && located.expr.type === "Literal"
          ? { description: "Set user_data_replace_on_change to true", file: located.file.filename, replacements: [{ range: located.expr.range, text: "true" }] }
          : undefined;
      report({
        node: replace.attr.expr,
        resource,
        attributePath: "user_data_replace_on_change",
        value: replace.value,
        message: `${resource.address} sets ${name} with user_data_replace_on_change = ${replace.value.kind === "null" ? "null" : "false"}, so a changed boot script is written to the running instance instead of replacing it; set it to true.`,
        fix,
      });
    }
  },
});
