import { blockHeader } from "../../src/model/query.js";
import { asString } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import { moduleAnchor, ROOT_MODULE_NOTE, thisDeployment } from "../lib/module-facts.js";
import { hasUpperBound, parseVersionConstraint } from "../lib/version-constraints.js";

export default defineRule({
  id: "terraform-version-pinned",
  severity: "warning",
  category: "versioning",
  roles: ["deployment"],
  summary: "Deployments cap the Terraform version they run with",
  precision: "very-high",
  docs: {
    rationale: [
      "Terraform's own behaviour changes between releases: new functions, different plan output, state",
      "format upgrades that older releases cannot read back. A deployment applied by whatever Terraform",
      "happens to be installed on a laptop or CI runner can produce a different plan from the same code,",
      "and one `apply` with a newer release can upgrade the state so that nobody else can use it.",
      "`required_version` with an upper bound makes every run use a release the code was tested with.",
    ].join("\n"),
    remediation: [
      "Add `required_version` to the deployment's `terraform` block with an upper bound: `~> 1.9.0`",
      "(patch releases only), `~> 1.9` (minor releases), an exact version, or `>= 1.9.0, < 2.0.0`.",
      "Raise it deliberately, in a commit of its own, after testing the new release.",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad: any Terraform from 1.5 onwards, including future major releases",
      "terraform {",
      '  required_version = ">= 1.5.0"',
      "}",
      "```",
      "",
      "```hcl",
      "# Good: 1.9.x only",
      "terraform {",
      '  required_version = "~> 1.9.0"',
      "}",
      "```",
    ].join("\n"),
    notes: [
      "Only deployments (root modules that are applied) are checked: a reusable module runs with whatever",
      "Terraform its caller uses, so a lower bound alone is right for it, and examples and tests are run",
      "with the release under test.",
      "",
      ROOT_MODULE_NOTE,
      "",
      "A missing `required_version` is reported once per module at the `terraform` block's header, or at",
      "the first block of the first file when there is no `terraform` block. A constraint without an upper",
      "bound (`>=`, `>`, `!=` only, or `~> 1` with a single segment, which Terraform reads as `>= 1`) is",
      "reported at its value. `required_version` must be a literal in Terraform; a value tfmould cannot",
      "read as a constraint is left to Terraform to reject.",
    ].join("\n"),
  },
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
