import { blockHeader, getAttribute, getBlocks } from "../../src/model/query.js";
import type { Body } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import type { Value } from "../../src/eval/value.js";
import { asBool, asString } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import type { ReportDescriptor, ReportTarget, RuleContext } from "../api/rule.js";
import type { Bindings } from "../lib/instances.js";
import { attributeValue, listItems } from "../lib/attributes.js";
import { blockInstances, existingResources, nestedBodies } from "../lib/instances.js";
import { dedupingReporter } from "../lib/reporting.js";
import { dataSourceUse } from "../lib/data-reads.js";
import { classifyGoogleImage, floatingSsmWord, hasWildcard, isPublicImageParameter, regexMatchesMany } from "../lib/machine-images.js";

/** AWS arguments that take an AMI id (and accept `resolve:ssm:`). */
const AWS_AMI_ARGUMENTS: Readonly<Record<string, string>> = {
  aws_instance: "ami",
  aws_spot_instance_request: "ami",
  aws_launch_template: "image_id",
  aws_launch_configuration: "image_id",
};

/** Google resources and the block path to their image argument. */
const GOOGLE_IMAGE_PATHS: Readonly<Record<string, { readonly path: readonly string[]; readonly attr: string }>> = {
  google_compute_instance: { path: ["boot_disk", "initialize_params"], attr: "image" },
  google_compute_instance_from_template: { path: ["boot_disk", "initialize_params"], attr: "image" },
  google_compute_instance_template: { path: ["disk"], attr: "source_image" },
  google_compute_region_instance_template: { path: ["disk"], attr: "source_image" },
  google_compute_disk: { path: [], attr: "image" },
};

/** The Azure blocks that name a marketplace image, in any resource. */
const AZURE_IMAGE_BLOCKS = ["source_image_reference", "storage_image_reference"];

const IMAGE_LOOKUPS = new Set(["aws_ami", "aws_ssm_parameter", "google_compute_image"]);

type Report = (d: ReportDescriptor) => void;

/** Whether the rule reads an image from a resource or data source. */
function readsImage(resource: Resource): boolean {
  const type = resource.resourceType;
  if (resource.kind === "data") return IMAGE_LOOKUPS.has(type);
  return AWS_AMI_ARGUMENTS[type] !== undefined || GOOGLE_IMAGE_PATHS[type] !== undefined || AZURE_IMAGE_BLOCKS.some((b) => getBlocks(resource.body, b).length > 0);
}

export default defineRule({
  id: "machine-image-pinned",
  severity: "warning",
  category: "versioning",
  roles: ["deployment", "module", "example", "test"],
  summary: "Virtual machines boot one chosen image, not whatever image is newest",
  securitySeverity: 3.0,
  precision: "high",
  concerns: readsImage,
  check(ctx) {
    const report = dedupingReporter(ctx);
    for (const resource of existingResources(ctx, readsImage)) {
      if (resource.kind === "data") {
        // A lookup whose answer this instance discards (the caller chose an image) picks nothing that runs.
        // What takes its answer decides the finding (a caller that leaves a default choosing the lookup).
        let use: readonly Value[] | undefined | null = null;
        const reportIfUsed: Report = (d) => {
          if (use === null) use = dataSourceUse(ctx, resource);
          if (use) report({ ...d, decidedBy: use });
        };
        if (resource.resourceType === "aws_ami") checkAmiLookup(ctx, resource, reportIfUsed);
        else if (resource.resourceType === "aws_ssm_parameter") checkSsmParameter(ctx, resource, reportIfUsed);
        else if (resource.resourceType === "google_compute_image") checkGoogleImageLookup(ctx, resource, reportIfUsed);
        continue;
      }
      const amiArg = AWS_AMI_ARGUMENTS[resource.resourceType];
      if (amiArg) checkResolveSsm(ctx, resource, amiArg, report);
      const google = GOOGLE_IMAGE_PATHS[resource.resourceType];
      if (google) checkGoogleImageArgument(ctx, resource, google.path, google.attr, report);
      for (const type of AZURE_IMAGE_BLOCKS) {
        for (const { block, bindings } of blockInstances(ctx, resource, resource.body, type)) {
          checkAzureImageReference(ctx, resource, type, block.body, blockHeader(block.block), bindings, report);
        }
      }
    }
  },
});

function checkAmiLookup(ctx: RuleContext, resource: Resource, report: Report): void {
  const mostRecent = attributeValue(ctx, resource, resource.body, "most_recent");
  if (!mostRecent || asBool(mostRecent.value) !== true) return;
  const filters = blockInstances(ctx, resource, resource.body, "filter");
  // `name_regex` filters what the `filter` blocks return: it decides only when no filter names
  // the image (a `name` filter is judged below, an `image-id` filter pins it).
  const namesImage = filters.some(({ block, bindings }) => {
    const name = attributeValue(ctx, resource, block.body, "name", bindings);
    const text = name ? asString(name.value) : undefined;
    return text === undefined || text === "name" || text === "image-id";
  });
  const regex = namesImage ? undefined : attributeValue(ctx, resource, resource.body, "name_regex");
  const regexText = regex ? asString(regex.value) : undefined;
  if (regex && regexText !== undefined && regexMatchesMany(regexText)) {
    report({
      node: regex.attr.expr,
      resource,
      attributePath: "name_regex",
      value: regex.value,
      message: `${resource.address} takes the most recent AMI whose name matches the regular expression "${regexText}", so a newly published image replaces your instances at the next apply; pin the AMI id (or an exact name) and change it in a commit.`,
    });
  }
  for (const { block, bindings } of filters) {
    const name = attributeValue(ctx, resource, block.body, "name", bindings);
    if (!name || asString(name.value) !== "name") continue;
    const values = getAttribute(block.body, "values");
    if (!values) continue;
    for (const { node, value } of listItems(ctx, resource, values, bindings)) {
      const pattern = asString(value);
      if (pattern === undefined || !hasWildcard(pattern)) continue;
      report({
        node,
        resource,
        attributePath: "filter.values",
        value,
        message: `${resource.address} takes the most recent AMI whose name matches "${pattern}", so a newly published image replaces your instances at the next apply; pin the AMI id (or an exact name) and change it in a commit.`,
      });
    }
  }
}

function checkSsmParameter(ctx: RuleContext, resource: Resource, report: Report): void {
  const name = attributeValue(ctx, resource, resource.body, "name");
  if (!name) return;
  // A partly known path (`/aws/service/eks/optimized-ami/${var.v}/…/recommended/image_id`) floats
  // when its known parts already say so.
  const path = asString(name.value) ?? partlyKnownPath(name.value);
  if (path === undefined || !isPublicImageParameter(path)) return;
  const word = floatingSsmWord(path);
  if (!word) return;
  report({
    node: name.attr.expr,
    resource,
    attributePath: "name",
    value: name.value,
    message: `${resource.address} reads the public parameter "${path}", which AWS moves to each new image ("${word}"); pin the AMI id it resolves to today and change it in a commit.`,
  });
}

/**
 * A partly known string as text, with each unknown part as `${…}`, or
 * undefined when the value is not one. Words are matched on the known parts
 * only: a hole never makes a path float, nor pins it.
 */
function partlyKnownPath(value: Value): string | undefined {
  if (value.kind !== "unknown" || !value.pieces) return undefined;
  return value.pieces.map((p) => (p.known ? p.text : "${…}")).join("");
}

function checkResolveSsm(ctx: RuleContext, resource: Resource, arg: string, report: Report): void {
  const ami = attributeValue(ctx, resource, resource.body, arg);
  const text = ami ? (asString(ami.value) ?? partlyKnownPath(ami.value)) : undefined;
  if (!ami || text === undefined || !text.startsWith("resolve:ssm:")) return;
  const word = floatingSsmWord(text.slice("resolve:ssm:".length));
  if (!word) return;
  report({
    node: ami.attr.expr,
    resource,
    attributePath: arg,
    value: ami.value,
    message: `${resource.address} resolves ${arg} from "${text}" at launch time, which points at a new image whenever one is published ("${word}"); use the AMI id itself, or a parameter version (":<n>").`,
  });
}

function checkGoogleImageLookup(ctx: RuleContext, resource: Resource, report: Report): void {
  const family = attributeValue(ctx, resource, resource.body, "family");
  const text = family ? asString(family.value) : undefined;
  if (!family || text === undefined || text === "") return;
  const name = attributeValue(ctx, resource, resource.body, "name");
  if (name && name.value.kind !== "null") return;
  report({
    node: family.attr.expr,
    resource,
    attributePath: "family",
    value: family.value,
    message: `${resource.address} looks up the newest image of the family "${text}", so a new image replaces your instances at the next apply; select one image by name (with its version) instead.`,
  });
}

function checkGoogleImageArgument(ctx: RuleContext, resource: Resource, path: readonly string[], attrName: string, report: Report): void {
  for (const { body, bindings } of nestedBodies(ctx, resource, path)) {
    const image = attributeValue(ctx, resource, body, attrName, bindings);
    const text = image ? asString(image.value) : undefined;
    if (!image || text === undefined) continue;
    const ref = classifyGoogleImage(text);
    if (!ref || ref.kind !== "family") continue;
    report({
      node: image.attr.expr,
      resource,
      attributePath: [...path, attrName].join("."),
      value: image.value,
      message: `${resource.address} boots "${text}", which names the image family "${ref.family}" and resolves to its newest image; name one image with its version (projects/${ref.project ?? "<project>"}/global/images/<image>).`,
    });
  }
}

function checkAzureImageReference(
  ctx: RuleContext,
  resource: Resource,
  type: string,
  body: Body,
  header: ReportTarget,
  bindings: Bindings,
  report: Report,
): void {
  const version = attributeValue(ctx, resource, body, "version", bindings);
  if (!version) {
    // Only the legacy block lets version out; an `id` (custom image) needs none.
    if (type !== "storage_image_reference" || attributeValue(ctx, resource, body, "id", bindings)) return;
    report({
      node: header,
      resource,
      attributePath: `${type}.version`,
      message: `${resource.address} has a ${type} without a version, which Azure takes as "latest", so each new marketplace image changes what new machines boot; set version to one image version.`,
    });
    return;
  }
  const text = asString(version.value);
  if (text === undefined || text.toLowerCase() !== "latest") return;
  report({
    node: version.attr.expr,
    resource,
    attributePath: `${type}.version`,
    value: version.value,
    message: `${resource.address} boots the "latest" version of its marketplace image, so machines created later run a different image than those created before; set version to one image version (e.g. "2024.01.10").`,
  });
}
