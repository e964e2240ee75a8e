import type { Resource } from "../../src/model/types.js";
import { blockHeader, getAttribute } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import type { RuleContext, Severity } from "../api/rule.js";
import { blockInstances, managedResources } from "../lib/instances.js";
import { flipBoolFix } from "../lib/reporting.js";
import { argumentLine, insertIntoBlockFix } from "../lib/fix-edits.js";
import { readBool } from "../lib/attributes.js";

const RDS_TYPES = new Set(["aws_db_instance", "aws_rds_cluster"]);
const CHECKED_TYPES = new Set([...RDS_TYPES, "google_sql_database_instance", "aws_dynamodb_table"]);

/**
 * A protection flag whose provider default is false (RDS `deletion_protection`,
 * DynamoDB `deletion_protection_enabled`): absent or false is the finding.
 */
function checkFlagDefaultingToFalse(
  ctx: RuleContext,
  resource: Resource,
  name: string,
  risk: string,
  severity: Severity | undefined,
): void {
  const protection = readBool(ctx, resource.body, name, resource);
  const level = severity ? { severity } : {};
  if (protection.state === "absent") {
    ctx.report({
      node: blockHeader(resource.block),
      resource,
      ...level,
      message: `${resource.address} has no ${name} (the provider default is false): ${risk}. Set ${name} = true.`,
      fix: insertIntoBlockFix(ctx, resource.block, argumentLine(name, "true"), `Add ${name} = true`),
    });
  } else if (protection.state === "known" && !protection.value) {
    ctx.report({
      node: protection.attribute.expr,
      resource,
      attributePath: name,
      value: protection.evaluated,
      ...level,
      message: `${resource.address} sets ${name} = false: ${risk}. Set ${name} = true.`,
      fix: flipBoolFix(ctx, resource, protection.attribute.expr, true, `Set ${name} = true`),
    });
  }
}

/**
 * Whether an RDS instance is (or may be) a read replica: `replicate_source_db`
 * is set to anything but null. A replica holds a copy of its source, which
 * AWS deletes without a final snapshot; protecting the source protects the
 * data. An unknown value may be a replica, and unknown stays silent.
 */
export function mayBeReadReplica(ctx: RuleContext, resource: Resource): boolean {
  const replicaOf = resource.resourceType === "aws_db_instance" ? getAttribute(resource.body, "replicate_source_db") : undefined;
  return replicaOf !== undefined && ctx.evaluate(replicaOf.expr, resource).kind !== "null";
}

/** `skip_final_snapshot = true` on RDS: a replacement destroys the data with no copy. */
function checkFinalSnapshot(ctx: RuleContext, resource: Resource): void {
  const skip = readBool(ctx, resource.body, "skip_final_snapshot", resource);
  if (skip.state !== "known" || !skip.value) return;
  ctx.report({
    node: skip.attribute.expr,
    resource,
    attributePath: "skip_final_snapshot",
    value: skip.evaluated,
    severity: "error",
    message: `${resource.address} sets skip_final_snapshot = true: a replacement or destroy deletes the data with no copy left. Set skip_final_snapshot = false and give a final_snapshot_identifier.`,
  });
}

/** Cloud SQL: Terraform-side `deletion_protection` defaults to true; `false` is the finding. */
function checkCloudSql(ctx: RuleContext, resource: Resource): void {
  const protection = readBool(ctx, resource.body, "deletion_protection", resource);
  if (protection.state !== "known" || protection.value) return;
  // The API-side protection is the stronger one; with it on, the instance is still protected.
  const settings = blockInstances(ctx, resource, resource.body, "settings")[0];
  if (settings) {
    const apiSide = readBool(ctx, settings.block.body, "deletion_protection_enabled", resource, settings.bindings);
    if (apiSide.state === "unknown" || (apiSide.state === "known" && apiSide.value)) return;
  }
  ctx.report({
    node: protection.attribute.expr,
    resource,
    attributePath: "deletion_protection",
    value: protection.evaluated,
    message: `${resource.address} sets deletion_protection = false: a plan that replaces or removes the instance deletes the database. Remove the argument (it defaults to true) or set settings.deletion_protection_enabled = true.`,
    fix: flipBoolFix(ctx, resource, protection.attribute.expr, true, "Set deletion_protection = true"),
  });
}

const concerns = (r: Resource): boolean => CHECKED_TYPES.has(r.resourceType);

export default defineRule({
  id: "database-deletion-protection",
  severity: "warning",
  category: "state",
  roles: ["deployment", "module"],
  summary: "Databases have deletion protection and keep a final snapshot",
  precision: "very-high",
  autofix:
    "Sets `deletion_protection = true` (`deletion_protection_enabled = true` for DynamoDB): adds it when it is missing, or replaces a `false` written at the argument; `skip_final_snapshot` is never changed",
  concerns,
  check(ctx) {
    for (const resource of managedResources(ctx, concerns)) {
      if (RDS_TYPES.has(resource.resourceType)) {
        // Read replicas are neither asked for deletion protection nor for a final snapshot.
        if (mayBeReadReplica(ctx, resource)) continue;
        checkFlagDefaultingToFalse(ctx, resource, "deletion_protection", "any plan or console action can delete the database", undefined);
        checkFinalSnapshot(ctx, resource);
      } else if (resource.resourceType === "google_sql_database_instance") {
        checkCloudSql(ctx, resource);
      } else if (resource.resourceType === "aws_dynamodb_table") {
        checkFlagDefaultingToFalse(ctx, resource, "deletion_protection_enabled", "the table and its items can be deleted by any plan", "note");
      }
    }
  },
});
