import type { Attribute, Body } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import { blockHeader, getAttribute } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import type { RuleContext } from "../api/rule.js";
import type { Bindings } from "../lib/instances.js";
import { blockInstances, managedResources } from "../lib/instances.js";
import { flipBoolFix } from "../lib/reporting.js";
import { argumentLine, insertIntoBlockFix } from "../lib/fix-edits.js";
import { readBool, readString } from "../lib/attributes.js";
import { referencesIn } from "../lib/references.js";

/** Device names AMIs use for their root volume (Amazon Linux, Ubuntu, Windows, ...). */
const ROOT_DEVICE_NAMES = new Set(["/dev/xvda", "/dev/sda1", "/dev/sda", "xvda", "sda1"]);

const ROOT_BLOCK_DEVICE_TYPES = new Set(["aws_instance", "aws_spot_instance_request", "aws_launch_configuration"]);
const GOOGLE_TEMPLATES = new Set(["google_compute_instance_template", "google_compute_region_instance_template"]);
const CHECKED_TYPES = new Set([...ROOT_BLOCK_DEVICE_TYPES, "aws_launch_template", "google_compute_instance", ...GOOGLE_TEMPLATES, "azurerm_virtual_machine"]);

/**
 * Reports `<argument> = false` in a body where true (keep nothing) is what we
 * want. Each attribute is reported once, however many dynamic instances share it.
 */
function reportKeptWhenFalse(
  ctx: RuleContext,
  resource: Resource,
  body: Body,
  argument: string,
  attributePath: string,
  what: string,
  bindings?: Bindings,
  reported: Set<Attribute> = new Set(),
): void {
  const flag = readBool(ctx, body, argument, resource, bindings);
  if (flag.state !== "known" || flag.value || reported.has(flag.attribute)) return;
  reported.add(flag.attribute);
  ctx.report({
    node: flag.attribute.expr,
    resource,
    attributePath,
    value: flag.evaluated,
    message: `${resource.address} keeps ${what} after the instance is gone (${argument} = false): state that lives on it is a snowflake no replacement reproduces. Set ${argument} = true and keep data on a separate volume.`,
    fix: flipBoolFix(ctx, resource, flag.attribute.expr, true, `Set ${argument} = true`),
  });
}

/** Whether a launch template mapping is for the root device, as far as it can be told. */
function isRootMapping(ctx: RuleContext, resource: Resource, mapping: Body, bindings: Bindings | undefined): boolean {
  const device = getAttribute(mapping, "device_name");
  if (!device) return false;
  // `data.aws_ami.x.root_device_name`: the root device by construction.
  const fromImage = referencesIn(device.expr, ctx.module).some((r) => {
    if (r.root === "var" || r.root === "local") return false;
    const last = r.steps[r.steps.length - 1];
    return last?.kind === "attr" && last.name === "root_device_name";
  });
  if (fromImage) return true;
  const name = readString(ctx, mapping, "device_name", resource, bindings);
  return name.state === "known" && ROOT_DEVICE_NAMES.has(name.value);
}

const concerns = (r: Resource): boolean => CHECKED_TYPES.has(r.resourceType);

export default defineRule({
  id: "disposable-root-volume",
  severity: "warning",
  category: "state",
  roles: ["deployment", "module", "example", "test"],
  summary: "Root and boot disks are deleted with their instance",
  precision: "high",
  autofix:
    "Replaces `delete_on_termination = false` (`auto_delete`, `delete_os_disk_on_termination`) written at the argument with `true`, and adds a missing `delete_os_disk_on_termination = true`",
  concerns,
  check(ctx) {
    for (const resource of managedResources(ctx, concerns)) {
      const type = resource.resourceType;
      const reported = new Set<Attribute>();
      if (ROOT_BLOCK_DEVICE_TYPES.has(type)) {
        for (const root of blockInstances(ctx, resource, resource.body, "root_block_device")) {
          reportKeptWhenFalse(
            ctx,
            resource,
            root.block.body,
            "delete_on_termination",
            "root_block_device.delete_on_termination",
            "its root volume",
            root.bindings,
            reported,
          );
        }
      } else if (type === "aws_launch_template") {
        for (const mapping of blockInstances(ctx, resource, resource.body, "block_device_mappings")) {
          if (!isRootMapping(ctx, resource, mapping.block.body, mapping.bindings)) continue;
          for (const ebs of blockInstances(ctx, resource, mapping.block.body, "ebs", mapping.bindings)) {
            reportKeptWhenFalse(
              ctx,
              resource,
              ebs.block.body,
              "delete_on_termination",
              "block_device_mappings.ebs.delete_on_termination",
              "the root volume of every instance it launches",
              ebs.bindings,
              reported,
            );
          }
        }
      } else if (type === "google_compute_instance") {
        for (const boot of blockInstances(ctx, resource, resource.body, "boot_disk")) {
          reportKeptWhenFalse(ctx, resource, boot.block.body, "auto_delete", "boot_disk.auto_delete", "its boot disk", boot.bindings, reported);
        }
      } else if (GOOGLE_TEMPLATES.has(type)) {
        for (const disk of blockInstances(ctx, resource, resource.body, "disk")) {
          const boot = readBool(ctx, disk.block.body, "boot", resource, disk.bindings);
          if (boot.state !== "known" || !boot.value) continue;
          reportKeptWhenFalse(
            ctx,
            resource,
            disk.block.body,
            "auto_delete",
            "disk.auto_delete",
            "the boot disk of every instance it creates",
            disk.bindings,
            reported,
          );
        }
      } else if (type === "azurerm_virtual_machine") {
        const flag = readBool(ctx, resource.body, "delete_os_disk_on_termination", resource);
        if (flag.state === "absent") {
          ctx.report({
            node: blockHeader(resource.block),
            resource,
            message: `${resource.address} keeps its OS disk after the VM is destroyed (delete_os_disk_on_termination defaults to false): state that lives on it is a snowflake no replacement reproduces. Set delete_os_disk_on_termination = true.`,
            fix: insertIntoBlockFix(ctx, resource.block, argumentLine("delete_os_disk_on_termination", "true"), "Add delete_os_disk_on_termination = true"),
          });
        } else {
          reportKeptWhenFalse(ctx, resource, resource.body, "delete_os_disk_on_termination", "delete_os_disk_on_termination", "its OS disk");
        }
      }
    }
  }
});
