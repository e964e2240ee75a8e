import type { Resource } from "../../src/model/types.js";
import { blockHeader } from "../../src/model/query.js";
import { asBool } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import type { Fix } from "../api/rule.js";
import { attributeValue, isDefinitelySet } from "../lib/attributes.js";
import { dedupingReporter } from "../lib/reporting.js";
import { managedResources } from "../lib/instances.js";
import { locateOrigin, writtenAt } from "../lib/origins.js";
import { argumentLine, blockHolding, insertIntoBlockFix } from "../lib/fix-edits.js";

const concerns = (r: Resource): boolean => r.resourceType === "aws_instance";

export default defineRule({
  id: "user-data-replace-on-change",
  severity: "warning",
  category: "mutation",
  roles: ["deployment", "module", "example", "test"],
  summary: "EC2 instances are replaced, not updated in place, when their user data changes",
  precision: "high",
  autofix: "Adds `user_data_replace_on_change = true` after the user data argument, or replaces a `false` or `null` written at the argument with `true`",
  concerns,
  check(ctx) {
    const report = dedupingReporter(ctx);
    for (const resource of managedResources(ctx, concerns)) {
      if (resource.resourceType !== "aws_instance") continue;
      const userData = ["user_data", "user_data_base64"]
        .map((name) => attributeValue(ctx, resource, resource.body, name))
        .find((a) => a !== undefined && isDefinitelySet(a.attr.expr, a.value));
      if (!userData) continue;
      const replace = attributeValue(ctx, resource, resource.body, "user_data_replace_on_change");
      const name = userData.attr.name;
      if (!replace) {
        // After the user data, in the block that holds it (an override file may have set it).
        const block = blockHolding(ctx, userData.attr);
        const fix = block
          ? insertIntoBlockFix(ctx, block, argumentLine("user_data_replace_on_change", "true"), "Add user_data_replace_on_change = true", userData.attr)
          : undefined;
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
