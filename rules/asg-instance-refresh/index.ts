import type { Resource } from "../../src/model/types.js";
import { blockHeader, getAttribute, getBlocks } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import { managedResources } from "../lib/instances.js";
import type { RuleContext } from "../api/rule.js";
import { readString } from "../lib/attributes.js";
import type { Reference } from "../lib/references.js";
import { referencesIn, resourceReference } from "../lib/references.js";

const AZURE_SCALE_SETS = new Set(["azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"]);

/** Launch template attributes that change with every new template version. */
const VERSION_ATTRIBUTES = new Set(["latest_version", "default_version"]);

/** What the group's name is derived from, as far as the replace-the-group pattern goes. */
type NameDerivation = { kind: "replaces" } | { kind: "stable"; reference: string } | { kind: "none" };

/**
 * The replace-the-group pattern: a group whose `name`/`name_prefix` changes
 * with every new launch configuration (any attribute: launch configurations
 * are replaced on every change) or launch template version is itself
 * replaced, with fresh instances. A template's `name`/`id` do not change
 * with new versions, so a name derived from them does not replace anything.
 */
function nameDerivation(ctx: RuleContext, group: Resource): NameDerivation {
  let stable: string | undefined;
  for (const argument of ["name", "name_prefix"]) {
    const attr = getAttribute(group.body, argument);
    if (!attr) continue;
    for (const ref of referencesIn(attr.expr, ctx.module)) {
      const target = resourceReference(ref);
      if (!target) continue;
      if (target.type === "aws_launch_configuration") return { kind: "replaces" };
      if (target.type !== "aws_launch_template") continue;
      if (target.attribute && VERSION_ATTRIBUTES.has(target.attribute)) return { kind: "replaces" };
      stable ??= describe(ref);
    }
  }
  return stable ? { kind: "stable", reference: stable } : { kind: "none" };
}

function describe(ref: Reference): string {
  return [ref.root, ...ref.steps.flatMap((s) => (s.kind === "attr" ? [s.name] : []))].join(".");
}

function usesLaunchTemplate(group: Resource): boolean {
  return getBlocks(group.body, "launch_template").length > 0 || getBlocks(group.body, "mixed_instances_policy").length > 0;
}

function checkAutoScalingGroup(ctx: RuleContext, group: Resource): void {
  if (!usesLaunchTemplate(group) || getBlocks(group.body, "instance_refresh").length > 0) return;
  const derivation = nameDerivation(ctx, group);
  if (derivation.kind === "replaces") return;
  const because =
    derivation.kind === "stable"
      ? ` Its name comes from ${derivation.reference}, which stays the same when a new template version is created, so the group is not replaced either.`
      : "";
  ctx.report({
    node: blockHeader(group.block),
    resource: group,
    message: `${group.address} uses a launch template but has no instance_refresh block: running instances keep the old image until something else replaces them.${because} Add instance_refresh { strategy = "Rolling" }, or derive the group's name from the template's latest_version.`,
  });
}

function checkAzureScaleSet(ctx: RuleContext, scaleSet: Resource): void {
  const mode = readString(ctx, scaleSet.body, "upgrade_mode", scaleSet);
  if (mode.state === "absent") {
    ctx.report({
      node: blockHeader(scaleSet.block),
      resource: scaleSet,
      message: `${scaleSet.address} has no upgrade_mode, which defaults to Manual: a new image in the model never reaches the running instances. Set upgrade_mode = "Rolling" (with a rolling_upgrade_policy) or "Automatic".`,
    });
  } else if (mode.state === "known" && mode.value === "Manual") {
    ctx.report({
      node: mode.attribute.expr,
      resource: scaleSet,
      attributePath: "upgrade_mode",
      value: mode.evaluated,
      message: `${scaleSet.address} sets upgrade_mode = "Manual": a new image in the model never reaches the running instances. Set upgrade_mode = "Rolling" (with a rolling_upgrade_policy) or "Automatic".`,
    });
  }
}

const concerns = (r: Resource): boolean => r.resourceType === "aws_autoscaling_group" || AZURE_SCALE_SETS.has(r.resourceType);

export default defineRule({
  id: "asg-instance-refresh",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "Scale groups roll new images out to running instances",
  precision: "high",
  concerns,
  check(ctx) {
    for (const resource of managedResources(ctx, concerns)) {
      if (resource.resourceType === "aws_autoscaling_group") checkAutoScalingGroup(ctx, resource);
      else if (AZURE_SCALE_SETS.has(resource.resourceType)) checkAzureScaleSet(ctx, resource);
    }
  },
});
