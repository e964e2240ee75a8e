import { blockHeader } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import { hasNestedBlock, moduleAnchor, needsProviders, thisDeployment } from "../lib/module-facts.js";

export default defineRule({
  id: "dependency-lock-file",
  severity: "warning",
  category: "versioning",
  roles: ["deployment"],
  summary: "Deployments commit .terraform.lock.hcl",
  securitySeverity: 4.0,
  precision: "high",
  check(ctx) {
    if (ctx.role !== "deployment" || ctx.hasLockFile || !needsProviders(ctx.module)) return;
    const anchor = moduleAnchor(ctx.module, (b) => hasNestedBlock(b, "required_providers"));
    if (!anchor) return;
    ctx.report({
      node: blockHeader(anchor.block),
      address: "terraform",
      attributePath: ".terraform.lock.hcl",
      message: `${thisDeployment(ctx.module, ctx.hasLockFile)} has no .terraform.lock.hcl, so each terraform init may pick other provider releases and nothing verifies their checksums; run terraform init and commit the lock file.`,
    });
  },
});
