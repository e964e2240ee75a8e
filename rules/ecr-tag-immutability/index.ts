import type { Resource } from "../../src/model/types.js";
import { blockHeader } from "../../src/model/query.js";
import { asBool, asString } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import { attributeValue } from "../lib/attributes.js";
import { blockInstances, managedResources } from "../lib/instances.js";
import { dedupingReporter } from "../lib/reporting.js";
import { locateOrigin, writtenAt } from "../lib/origins.js";
import { argumentLine, blockLines, insertIntoBlockFix } from "../lib/fix-edits.js";

const concerns = (r: Resource): boolean => r.resourceType === "aws_ecr_repository" || r.resourceType === "google_artifact_registry_repository";

export default defineRule({
  id: "ecr-tag-immutability",
  severity: "warning",
  category: "versioning",
  roles: ["deployment", "module", "example", "test"],
  summary: "Container registries refuse to overwrite an existing image tag",
  securitySeverity: 5.0,
  precision: "very-high",
  autofix:
    'Sets `image_tag_mutability = "IMMUTABLE"` (replacing a value written at the argument, or adding it) and `immutable_tags = true` in `docker_config` (adding the block when there is none)',
  concerns,
  check(ctx) {
    const report = dedupingReporter(ctx);
    for (const resource of managedResources(ctx, concerns)) {
      if (resource.resourceType === "aws_ecr_repository") {
        const setting = attributeValue(ctx, resource, resource.body, "image_tag_mutability");
        if (!setting) {
          report({
            node: blockHeader(resource.block),
            resource,
            attributePath: "image_tag_mutability",
            message: `${resource.address} has no image_tag_mutability, so it takes the default "MUTABLE" and any tag can be overwritten; set image_tag_mutability = "IMMUTABLE".`,
            fix: insertIntoBlockFix(ctx, resource.block, argumentLine("image_tag_mutability", '"IMMUTABLE"'), 'Add image_tag_mutability = "IMMUTABLE"'),
          });
          continue;
        }
        if (setting.value.kind === "null") {
          const located = locateOrigin(ctx, setting.value);
          const literal = located && writtenAt(ctx, located, setting.attr.expr) && located.expr.type === "Literal" ? located : undefined;
          report({
            node: setting.attr.expr,
            resource,
            attributePath: "image_tag_mutability",
            value: setting.value,
            message: `${resource.address} sets image_tag_mutability to null, so it takes the default "MUTABLE"; set it to "IMMUTABLE".`,
            fix: literal
              ? { description: 'Set image_tag_mutability to "IMMUTABLE"', file: literal.file.filename, replacements: [{ range: literal.expr.range, text: '"IMMUTABLE"' }] }
              : undefined,
          });
          continue;
        }
        const value = asString(setting.value);
        if (value === undefined) continue;
        if (value.toUpperCase().startsWith("IMMUTABLE")) continue;
        // Only a literal written right here is safe to rewrite: a variable default may serve other uses.
        const located = locateOrigin(ctx, setting.value);
        const literal =
          located && writtenAt(ctx, located, setting.attr.expr) && located.expr.type === "Template" && located.expr.kind === "quoted" ? located : undefined;
        report({
          node: setting.attr.expr,
          resource,
          attributePath: "image_tag_mutability",
          value: setting.value,
          message: `${resource.address} sets image_tag_mutability = "${value}", so a pushed tag can be overwritten with a different image; set it to "IMMUTABLE".`,
          fix: literal
            ? {
                description: 'Set image_tag_mutability to "IMMUTABLE"',
                file: literal.file.filename,
                replacements: [{ range: literal.expr.range, text: '"IMMUTABLE"' }],
              }
            : undefined,
        });
      } else if (resource.resourceType === "google_artifact_registry_repository") {
        const format = attributeValue(ctx, resource, resource.body, "format");
        const formatText = format ? asString(format.value) : undefined;
        if (!format || formatText === undefined || formatText.toUpperCase() !== "DOCKER") continue;
        const mode = attributeValue(ctx, resource, resource.body, "mode");
        // What makes this a standard Docker repository, which a caller may have chosen.
        const decidedBy = [format.value, ...(mode ? [mode.value] : [])];
        if (mode) {
          if (mode.value.kind === "unknown") continue;
          const modeText = asString(mode.value);
          if (modeText !== undefined && modeText.toUpperCase() !== "STANDARD_REPOSITORY") continue;
        }
        const configs = blockInstances(ctx, resource, resource.body, "docker_config");
        if (configs.length === 0) {
          // A `dynamic "docker_config"` that yields no block here: adding a block beside it would make two.
          const dynamic = resource.body.items.some((i) => i.type === "Block" && i.blockType === "dynamic" && i.labels[0]?.value === "docker_config");
          report({
            node: blockHeader(resource.block),
            resource,
            attributePath: "docker_config.immutable_tags",
            decidedBy,
            message: `${resource.address} is a Docker repository without docker_config { immutable_tags = true }, so a pushed tag can be moved to another image; add that block.`,
            fix: dynamic
              ? undefined
              : insertIntoBlockFix(ctx, resource.block, blockLines("docker_config", "immutable_tags", "true"), "Add docker_config { immutable_tags = true }"),
          });
          continue;
        }
        for (const { block, bindings } of configs) {
          const immutable = attributeValue(ctx, resource, block.body, "immutable_tags", bindings);
          if (!immutable) {
            report({
              node: blockHeader(block.block),
              resource,
              attributePath: "docker_config.immutable_tags",
              decidedBy,
              message: `${resource.address} has a docker_config without immutable_tags, which defaults to false, so a pushed tag can be moved to another image; set immutable_tags = true.`,
              // Only a block written as such: a `dynamic` block's content is shared by every block it makes.
              fix: resource.body.items.includes(block.block)
                ? insertIntoBlockFix(ctx, block.block, argumentLine("immutable_tags", "true"), "Add immutable_tags = true")
                : undefined,
            });
            continue;
          }
          if (immutable.value.kind !== "null" && asBool(immutable.value) !== false) continue;
          const located = locateOrigin(ctx, immutable.value);
          const literal = located && writtenAt(ctx, located, immutable.attr.expr) && located.expr.type === "Literal" ? located : undefined;
          report({
            node: immutable.attr.expr,
            resource,
            attributePath: "docker_config.immutable_tags",
            value: immutable.value,
            message: `${resource.address} sets docker_config.immutable_tags = ${immutable.value.kind === "null" ? "null" : "false"}, so a pushed tag can be moved to another image; set it to true.`,
            fix: literal
              ? { description: "Set immutable_tags to true", file: literal.file.filename, replacements: [{ range: literal.expr.range, text: "true" }] }
              : undefined,
          });
        }
      }
    }
  },
});
