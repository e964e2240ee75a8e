import type { Resource } from "../../src/model/types.js";
import { defineRule } from "../api/rule.js";
import { possibleResources } from "../lib/instances.js";

/** Arguments that carry the image or the boot configuration: ignoring them freezes the fleet. */
const IMAGE_ATTRIBUTES: readonly string[] = [
  "ami",
  "image",
  "image_id",
  "image_uri",
  "user_data",
  "user_data_base64",
  "launch_template",
  "container_definitions",
  "source_image_id",
  "source_image_reference",
  "metadata_startup_script",
  "boot_disk",
];

/** `metadata["startup-script"]` (and `user-data`): a boot script given as one metadata key. */
const BOOT_METADATA_KEY = /^metadata(?:\[\s*"(?:startup-script|user-data)"\s*\]|\.(?:startup-script|user-data))/;

/** Whether `lifecycle { replace_triggered_by }` names at least one trigger (or a list that cannot be read). */
function hasReplaceTriggers(resource: Resource): boolean {
  const triggers = resource.lifecycle?.replaceTriggeredBy?.expr;
  if (!triggers) return false;
  return triggers.type !== "Tuple" || triggers.items.length > 0;
}

const concerns = (r: Resource): boolean => r.lifecycle?.ignoreChanges !== undefined;

export default defineRule({
  id: "lifecycle-ignore-changes",
  severity: "warning",
  category: "lifecycle",
  roles: ["deployment", "module", "example", "test"],
  summary: "ignore_changes does not hide all drift or freeze images and boot configuration",
  precision: "very-high",
  optionsSchema: {
    type: "object",
    properties: {
      extraAttributes: {
        type: "array",
        items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_-]*$" },
        uniqueItems: true,
        description: "More top-level arguments that must not be ignored, e.g. task_definition.",
      },
    },
    additionalProperties: false,
  },
  concerns,
  check(ctx) {
    const extra = ctx.options.extraAttributes ?? [];
    const watched = new Set([...IMAGE_ATTRIBUTES, ...extra]);
    for (const resource of possibleResources(ctx, concerns)) {
      const ignore = resource.lifecycle?.ignoreChanges;
      if (!ignore) continue;
      if (ignore.kind === "all") {
        // The create-only pattern: applied once, replaced when a trigger changes (see the docs).
        if (hasReplaceTriggers(resource)) continue;
        ctx.report({
          node: ignore.attribute.expr,
          resource,
          attributePath: "lifecycle.ignore_changes",
          severity: "error",
          message: `${resource.address} sets ignore_changes = all: every difference between the code and the deployed resource is hidden. List only the arguments another system owns.`,
        });
        continue;
      }
      if (ignore.kind !== "list") continue;
      ignore.items.forEach((item, index) => {
        const bootKey = BOOT_METADATA_KEY.test(item.path);
        if (!watched.has(item.root) && !bootKey) return;
        const what = bootKey ? "a boot script" : IMAGE_ATTRIBUTES.includes(item.root) ? "an image or boot argument" : "an argument that must roll out";
        ctx.report({
          node: { range: item.range, of: item.expr },
          resource,
          attributePath: `lifecycle.ignore_changes[${index}]`,
          message: `${resource.address} ignores changes to ${item.path}, ${what}: a new version in the code never reaches the deployed resource. Remove it from ignore_changes.`,
        });
      });
    }
  },
});
