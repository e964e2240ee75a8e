import { blockHeader, getAttribute } from "../../src/model/query.js";
import type { Body } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import type { Value } from "../../src/eval/value.js";
import { asBool, asString } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import type { ReportDescriptor, ReportTarget, RuleContext } from "../api/rule.js";
import type { Bindings } from "../lib/instances.js";
import { attributeValue, listItems } from "../lib/attributes.js";
import { blockInstances, hasInstances, nestedBodies } from "../lib/instances.js";
import { dedupingReporter } from "../lib/reporting.js";
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

type Report = (d: ReportDescriptor) => void;

export default defineRule({
  id: "machine-image-pinned",
  severity: "warning",
  category: "versioning",
  roles: ["deployment", "module", "example", "test"],
  summary: "Virtual machines boot one chosen image, not whatever image is newest",
  securitySeverity: 3.0,
  precision: "high",
  docs: {
    rationale: [
      "An image lookup that picks \"the most recent\" image (an AMI name filter with a wildcard, an SSM",
      "`latest` parameter, an Azure `latest` version, a Google image family) returns a different image as",
      "soon as the vendor or your image pipeline publishes one. The next `terraform plan` then wants to",
      "replace every instance, at a moment nobody chose, with an image nobody tested; or, if the change is",
      "ignored, new instances silently differ from old ones. Immutable infrastructure ships one tested",
      "image id, and rolling out a new one is a commit.",
    ].join("\n"),
    remediation: [
      "Pass the exact image as data: an AMI id (`ami-0abc…`), a Google image name with its version",
      "(`projects/debian-cloud/global/images/debian-12-bookworm-v20240110`), an Azure image version",
      "(`2024.01.10`), or a gallery image version id. Let the image pipeline (Packer, EC2 Image Builder)",
      "publish the new id and open a pull request that changes it, so each rollout is reviewed and",
      "repeatable.",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad: a new Ubuntu AMI replaces the fleet at the next apply",
      'data "aws_ami" "ubuntu" {',
      "  most_recent = true",
      '  owners      = ["099720109477"]',
      "",
      "  filter {",
      '    name   = "name"',
      '    values = ["ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"]',
      "  }",
      "}",
      "",
      'resource "google_compute_instance" "web" {',
      "  boot_disk {",
      "    initialize_params {",
      '      image = "debian-cloud/debian-12"',
      "    }",
      "  }",
      "}",
      "```",
      "",
      "```hcl",
      "# Good: one image, changed by a commit",
      'variable "web_ami_id" {',
      "  type    = string",
      '  default = "ami-0c7217cdde317cfec" # ubuntu-jammy-22.04-amd64-server-20240111',
      "}",
      "",
      'resource "google_compute_instance" "web" {',
      "  boot_disk {",
      "    initialize_params {",
      '      image = "projects/debian-cloud/global/images/debian-12-bookworm-v20240110"',
      "    }",
      "  }",
      "}",
      "```",
    ].join("\n"),
    notes: [
      "What is reported, and where:",
      "",
      '- `data "aws_ami"` with `most_recent = true` and a `filter` named `name` whose values contain `*` or',
      "  `?`: each such value. `most_recent` defaults to false (then a second match fails the plan instead",
      "  of floating), so only an explicit true counts.",
      '- `data "aws_ami"` with `most_recent = true` and a `name_regex` that matches many names (a',
      "  quantifier such as `.*` or `+`, a character class such as `[0-9]` or `\\d`, or an alternation;",
      "  an unescaped `.` alone is read as the dot it usually stands for): the regex. Only when no",
      "  `filter` names the image: a `name` filter is judged by itself (one finding, at its value), an",
      "  `image-id` filter pins the lookup, and a filter whose name is unknown keeps it silent.",
      '- `data "aws_ssm_parameter"` reading a public image parameter (`/aws/service/…` with `ami` or',
      "  `image` in its path) whose path contains `latest`, `recommended` or `current`: the name.",
      "- `ami` / `image_id` of `aws_instance`, `aws_spot_instance_request`, `aws_launch_template` and",
      "  `aws_launch_configuration` set to `resolve:ssm:<path>` with such a word and no `:<version>`.",
      "- Both SSM forms also when the path is only partly known: when its known parts already say",
      "  `latest`, `recommended` or `current` as a path segment",
      "  (`/aws/service/eks/optimized-ami/${var.k8s_version}/amazon-linux-2023/x86_64/standard/recommended/image_id`),",
      "  the unknown parts cannot pin it. A word that only an unknown part could complete is not",
      "  guessed, and an unknown part after the last `:` is taken as a version.",
      "- `source_image_reference` (Azure VMs and scale sets) and `storage_image_reference`",
      '  (`azurerm_virtual_machine`, `azurerm_virtual_machine_scale_set`) with `version = "latest"`; a',
      "  `storage_image_reference` with neither `version` nor `id` is reported at its header, since",
      "  Azure's API takes a missing version as `latest`.",
      '- `data "google_compute_image"` selecting by `family` (it resolves to the newest image of the family).',
      "- Google image arguments (`boot_disk.initialize_params.image`, instance template `disk.source_image`,",
      "  `google_compute_disk.image`) naming a family: `family/x`, `global/images/family/x`,",
      "  `projects/p/global/images/family/x`, or `project/name` where the name has no version or date",
      "  suffix (`debian-cloud/debian-12` is a family, `debian-cloud/debian-12-bookworm-v20240110` an image).",
      "  A bare name without a project is ambiguous (image or family) and is not reported.",
      "",
      "A resource whose `count` is known to be 0, or whose `for_each` is a known empty collection, does not",
      "exist and is not reported. A value used by several resources is reported once, where it is written.",
      "",
      "Unknown values are never reported; values that come through variables, locals, `.tfvars` files or",
      "module arguments are reported where they are written. Inside `dynamic` blocks the iterator is bound",
      "when the `for_each` collection is known.",
    ].join("\n"),
  },
  check(ctx) {
    const report = dedupingReporter(ctx);
    for (const resource of ctx.module.resources) {
      if (!hasInstances(ctx, resource)) continue;
      if (resource.kind === "data") {
        if (resource.resourceType === "aws_ami") checkAmiLookup(ctx, resource, report);
        else if (resource.resourceType === "aws_ssm_parameter") checkSsmParameter(ctx, resource, report);
        else if (resource.resourceType === "google_compute_image") checkGoogleImageLookup(ctx, resource, report);
        continue;
      }
      const amiArg = AWS_AMI_ARGUMENTS[resource.resourceType];
      if (amiArg) checkResolveSsm(ctx, resource, amiArg, report);
      const google = GOOGLE_IMAGE_PATHS[resource.resourceType];
      if (google) checkGoogleImageArgument(ctx, resource, google.path, google.attr, report);
      for (const type of ["source_image_reference", "storage_image_reference"]) {
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
