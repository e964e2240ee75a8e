import type { Body } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import { blockHeader, getAttribute } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import type { RuleContext } from "../api/rule.js";
import type { BlockInstance, Bindings } from "../lib/instances.js";
import { blockInstances, managedResources } from "../lib/instances.js";
import type { ArgumentState } from "../lib/attributes.js";
import { flipBoolFix } from "../lib/reporting.js";
import { lifecycleFlag, readBool, readString } from "../lib/attributes.js";
import { referencesIn, resourceReference } from "../lib/references.js";

/** A resource type's own protection against deletion: one argument, maybe inside a nested block. */
interface OwnProtection {
  /** Nested block path, then the argument: `["settings", "deletion_protection_enabled"]`. */
  readonly path: readonly string[];
  /** How the argument reads when it protects, for messages: `deletion_protection = true`. */
  readonly wanted: string;
  /** Reads the argument; `protects` is undefined when unknown. */
  read(
    ctx: RuleContext,
    body: Body,
    name: string,
    resource: Resource,
    bindings: Bindings | undefined,
  ): { state: ArgumentState<unknown>; protects: boolean | undefined };
}

/** A boolean protection that is on when true; `byDefault` is the provider default. */
function boolProtection(path: readonly string[], byDefault: boolean): OwnProtection {
  return {
    path,
    wanted: `${path.join(".")} = true`,
    read(ctx, body, arg, resource, bindings) {
      const state = readBool(ctx, body, arg, resource, bindings);
      if (state.state === "absent") return { state, protects: byDefault };
      if (state.state === "unknown") return { state, protects: undefined };
      return { state, protects: state.value };
    },
  };
}

/** Kubernetes persistent volumes keep their storage when the reclaim policy is Retain (the default). */
const RETAIN_POLICY: OwnProtection = {
  path: ["spec", "persistent_volume_reclaim_policy"],
  wanted: 'spec.persistent_volume_reclaim_policy = "Retain"',
  read(ctx, body, arg, resource, bindings) {
    const state = readString(ctx, body, arg, resource, bindings);
    if (state.state === "absent") return { state, protects: true };
    if (state.state === "unknown") return { state, protects: undefined };
    return { state, protects: state.value === "Retain" };
  },
};

/**
 * Stateful types of the catalog and their own deletion protections (provider
 * defaults from the provider documentation; an empty list means the type has none).
 */
export const STATEFUL_TYPES: Readonly<Record<string, readonly OwnProtection[]>> = {
  aws_dynamodb_table: [boolProtection(["deletion_protection_enabled"], false)],
  aws_ebs_volume: [],
  aws_efs_file_system: [],
  aws_s3_bucket: [],
  aws_elasticache_replication_group: [],
  aws_opensearch_domain: [],
  aws_elasticsearch_domain: [],
  aws_docdb_cluster: [boolProtection(["deletion_protection"], false)],
  aws_neptune_cluster: [boolProtection(["deletion_protection"], false)],
  aws_redshift_cluster: [],
  google_sql_database_instance: [
    boolProtection(["deletion_protection"], true),
    boolProtection(["settings", "deletion_protection_enabled"], false),
  ],
  google_compute_disk: [],
  google_storage_bucket: [],
  google_bigtable_instance: [boolProtection(["deletion_protection"], true)],
  google_spanner_instance: [],
  google_filestore_instance: [boolProtection(["deletion_protection_enabled"], false)],
  azurerm_managed_disk: [],
  azurerm_storage_account: [],
  azurerm_mssql_database: [],
  azurerm_postgresql_flexible_server: [],
  azurerm_mysql_flexible_server: [],
  azurerm_cosmosdb_account: [],
  kubernetes_persistent_volume: [RETAIN_POLICY],
  kubernetes_persistent_volume_v1: [RETAIN_POLICY],
  kubernetes_persistent_volume_claim: [],
  kubernetes_persistent_volume_claim_v1: [],
};

/**
 * Stateful types that `database-deletion-protection` owns: it reports every
 * one of them that this rule would (its `deletion_protection` missing or
 * false, read replicas exempt in both), so reporting them here too would give
 * two findings for one problem.
 */
export const OWNED_BY_DATABASE_RULE = new Set(["aws_db_instance", "aws_rds_cluster"]);

/** The result of reading one protection, with where it is written. */
interface ProtectionReading {
  readonly protection: OwnProtection;
  readonly state: ArgumentState<unknown>;
  readonly protects: boolean | undefined;
}

function readProtection(ctx: RuleContext, resource: Resource, protection: OwnProtection): ProtectionReading {
  const blocks = protection.path.slice(0, -1);
  const arg = protection.path[protection.path.length - 1];
  let body: Body | undefined = resource.body;
  let bindings: Bindings | undefined;
  for (const blockType of blocks) {
    // These blocks appear once; a missing one reads like a missing argument: the default applies.
    const first: BlockInstance | undefined = body ? blockInstances(ctx, resource, body, blockType, bindings)[0] : undefined;
    body = first?.block.body;
    bindings = first?.bindings;
  }
  const read = protection.read(ctx, body ?? { type: "Body", items: [], range: resource.body.range }, arg, resource, bindings);
  return { protection, ...read };
}

/** Whether an `azurerm_management_lock` that forbids deletion has this resource as its scope. */
function hasDeleteLock(ctx: RuleContext, resource: Resource): boolean | undefined {
  let unknown = false;
  for (const lock of managedResources(ctx, (r) => r.resourceType === "azurerm_management_lock")) {
    if (lock.resourceType !== "azurerm_management_lock") continue;
    const scope = getAttribute(lock.body, "scope");
    if (!scope) continue;
    const targets = referencesIn(scope.expr, ctx.module)
      .map(resourceReference)
      .some((r) => r !== undefined && r.type === resource.resourceType && r.name === resource.name);
    if (!targets) continue;
    const level = readString(ctx, lock.body, "lock_level", lock);
    if (level.state === "unknown") unknown = true;
    if (level.state === "known" && (level.value === "CanNotDelete" || level.value === "ReadOnly")) return true;
  }
  return unknown ? undefined : false;
}

/** The protections a stateful resource can have of its own; undefined for any other resource. */
function protectionsOf(resource: Resource, extraStatefulTypes: readonly string[]): readonly OwnProtection[] | undefined {
  if (OWNED_BY_DATABASE_RULE.has(resource.resourceType)) return undefined;
  return STATEFUL_TYPES[resource.resourceType] ?? (extraStatefulTypes.includes(resource.resourceType) ? [] : undefined);
}

export default defineRule({
  id: "prevent-destroy-stateful",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module"],
  summary: "Stateful resources are protected against destruction",
  precision: "high",
  autofix: "Replaces `prevent_destroy = false`, or the resource's own protection flag set to `false`, written at the argument with `true`",
  optionsSchema: {
    type: "object",
    properties: {
      extraStatefulTypes: {
        type: "array",
        items: { type: "string", pattern: "^[a-z0-9_]+$" },
        uniqueItems: true,
        description: "More resource types to treat as stateful, e.g. aws_fsx_lustre_file_system.",
      },
    },
    additionalProperties: false,
  },
  concerns: (resource, options) => protectionsOf(resource, options.extraStatefulTypes ?? []) !== undefined,
  check(ctx) {
    // `prevent_destroy` must be a literal: a reusable module is asked only where a scanned deployment calls it.
    const call = ctx.deploymentCall;
    if (ctx.role !== "deployment" && call === undefined) return;
    const related = call ? { related: [{ file: call.file, range: call.range, message: `called by the deployment ${call.deployment}` }] } : {};
    const extra = ctx.options.extraStatefulTypes ?? [];
    for (const resource of managedResources(ctx, (r) => protectionsOf(r, extra) !== undefined)) {
      const protections = protectionsOf(resource, extra);
      if (!protections) continue;

      const prevent = lifecycleFlag(ctx, resource, "preventDestroy");
      if (prevent.state === "unknown" || (prevent.state === "known" && prevent.value)) continue;

      const readings = protections.map((p) => readProtection(ctx, resource, p));
      if (readings.some((r) => r.protects !== false)) continue;
      if (resource.resourceType.startsWith("azurerm_") && hasDeleteLock(ctx, resource) !== false) continue;

      const own = protections.map((p) => `set ${p.wanted}`);
      if (resource.resourceType.startsWith("azurerm_")) own.push('add an azurerm_management_lock with lock_level = "CanNotDelete"');
      const alternatives = own.length > 0 ? `, or ${own.join(" or ")}` : "";
      const forceDestroy = readBool(ctx, resource.body, "force_destroy", resource);
      const emptied =
        forceDestroy.state === "known" && forceDestroy.value ? " (and force_destroy = true deletes its contents with it)" : "";

      if (prevent.state === "known") {
        ctx.report({
          node: prevent.attribute.expr,
          resource,
          attributePath: "lifecycle.prevent_destroy",
          value: prevent.evaluated,
          message: `${resource.address} holds data but sets prevent_destroy = false${emptied}: a plan that replaces or removes it destroys the data. Set prevent_destroy = true${alternatives}.`,
          fix: flipBoolFix(ctx, resource, prevent.attribute.expr, true, "Set prevent_destroy = true"),
          ...related,
        });
        continue;
      }
      const written = readings.find((r) => r.state.state === "known");
      if (written && written.state.state === "known") {
        ctx.report({
          node: written.state.attribute.expr,
          resource,
          attributePath: written.protection.path.join("."),
          value: written.state.evaluated,
          message: `${resource.address} holds data but has neither prevent_destroy = true nor ${written.protection.wanted}${emptied}: a plan that replaces or removes it destroys the data. Set ${written.protection.wanted} or add lifecycle { prevent_destroy = true }.`,
          fix: flipBoolFix(ctx, resource, written.state.attribute.expr, true, `Set ${written.protection.wanted}`),
          ...related,
        });
        continue;
      }
      ctx.report({
        node: blockHeader(resource.block),
        resource,
        message: `${resource.address} holds data but is not protected against destruction${emptied}: a plan that replaces or removes it destroys the data. Add lifecycle { prevent_destroy = true }${alternatives}.`,
        ...related,
      });
    }
  },
});
