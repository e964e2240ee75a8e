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
      message: `required_version = "${text}" has no upper bound, so any future Terraform release (including a new major version) can apply this deployment; cap it, e.g. "${cappedConstraint(text, parsed.terms.map((t) => t.version))}".`,
    });
  },
});

/**
 * The constraint with a cap at the next major release, keeping its floor:
 * `>= 1.3` → `>= 1.3, < 2.0.0`. A floor in 0.x is capped at 2.0.0 too, so
 * that the advice, followed, still accepts the Terraform 1.x the
 * deployment runs with today; with no version to go by, `~> 1.x.0`.
 */
function cappedConstraint(text: string, versions: readonly (string | undefined)[]): string {
  const majors = versions.map((v) => (v ? /^(\d+)/.exec(v) : null)).filter((m) => m !== null).map((m) => Number(m[1]));
  if (majors.length === 0) return "~> 1.x.0";
  return `${text.trim()}, < ${Math.max(1, ...majors) + 1}.0.0`;
}
