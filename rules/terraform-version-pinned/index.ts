import { blockHeader } from "../../src/model/query.js";
import { asString } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import { moduleAnchor, thisDeployment } from "../lib/module-facts.js";
import { hasUpperBound, parseVersionConstraint } from "../../src/model/version-constraints.js";

export default defineRule({
  id: "terraform-version-pinned",
  severity: "warning",
  category: "versioning",
  roles: ["deployment"],
  summary: "Deployments cap the Terraform version they run with",
  precision: "very-high",
  check(ctx) {
    if (ctx.role !== "deployment") return;
    const attr = ctx.module.terraform.requiredVersion;
    if (!attr) {
      const anchor = moduleAnchor(ctx.module);
      if (!anchor) return;
      const subject = thisDeployment(ctx.module, ctx.hasLockFile);
      ctx.report({
        node: blockHeader(anchor.block),
        address: "terraform",
        attributePath: "required_version",
        message:
          anchor.what === "terraform"
            ? `${subject} has no required_version in its terraform block, so any Terraform release can plan and apply it (and upgrade its state); add required_version = "~> 1.x.0" with the release you test with.`
            : `${subject} has no terraform { required_version }, so any Terraform release can plan and apply it (and upgrade its state); add a terraform block with required_version = "~> 1.x.0".`,
      });
      return;
    }
    const value = ctx.evaluate(attr.expr);
    const text = asString(value);
    if (text === undefined) return;
    const parsed = parseVersionConstraint(text);
    if (!parsed.ok || hasUpperBound(parsed.terms)) return;
    ctx.report({
      node: attr.expr,
      address: "terraform",
      attributePath: "required_version",
      value,
      message: `required_version = "${text}" has no upper bound, so any future Terraform release (including a new major version) can apply this deployment; cap it, e.g. "~> ${suggestedCap(parsed.terms[0]?.version)}".`,
    });
  },
});

/** `1.5.7` → `1.5.0` for a `~> 1.5.0` suggestion; anything odd → `1.x.0`. */
function suggestedCap(version: string | undefined): string {
  const m = version ? /^(\d+)\.(\d+)/.exec(version) : null;
  return m ? `${m[1]}.${m[2]}.0` : "1.x.0";
}
