import { fileOfNode } from "../../src/model/node-files.js";
import type { Attribute, Expression, HclFile, ObjectItem, Range } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import type { StringPiece, Value } from "../../src/eval/value.js";
import { fromJs } from "../../src/eval/values.js";
import { getAttribute, getBlocks } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import type { ReportDescriptor, ReportTarget, RuleContext } from "../api/rule.js";
import type { Bindings } from "../lib/instances.js";
import { attributeValue, objectItemKey } from "../lib/attributes.js";
import { managedResources, nestedBodies, NO_BINDINGS } from "../lib/instances.js";
import { dedupingReporter } from "../lib/reporting.js";
import { liesWithin, locateOrigin } from "../lib/origins.js";
import type { ImageProblem } from "../lib/container-images.js";
import { DEFAULT_MUTABLE_TAGS, describeImageProblem, judgeImageRef, judgePartialImageRef, parseImageRef } from "../lib/container-images.js";
import type { MappedText, TemplateEvaluator } from "../lib/templates.js";
import { fileCallOf, mapPlainFile, mapTemplateFile, readFileOf } from "../lib/file-reads.js";
import { HOLE, mappedRange, mapTemplate, soleInterpolation } from "../lib/templates.js";

/** Where a resource type keeps image references written as plain string arguments. */
interface StringSite {
  readonly path: readonly string[];
  readonly attr: string;
}

const K8S_POD_SPEC: Readonly<Record<string, readonly string[]>> = {
  pod: ["spec"],
  deployment: ["spec", "template", "spec"],
  stateful_set: ["spec", "template", "spec"],
  daemon_set: ["spec", "template", "spec"],
  daemonset: ["spec", "template", "spec"],
  job: ["spec", "template", "spec"],
  replication_controller: ["spec", "template", "spec"],
  cron_job: ["spec", "job_template", "spec", "template", "spec"],
};

function stringSites(type: string): readonly StringSite[] {
  const k8s = /^kubernetes_(.+?)(_v1)?$/.exec(type);
  if (k8s && K8S_POD_SPEC[k8s[1]]) {
    const spec = K8S_POD_SPEC[k8s[1]];
    const sites = ["container", "init_container"].map((c) => ({ path: [...spec, c], attr: "image" }));
    // The replication controller's old form puts containers straight into the template.
    if (k8s[1] === "replication_controller") sites.push(...["container", "init_container"].map((c) => ({ path: ["spec", "template", c], attr: "image" })));
    return sites;
  }
  switch (type) {
    case "docker_container":
      return [{ path: [], attr: "image" }];
    case "docker_image":
      return [{ path: [], attr: "name" }];
    case "docker_service":
      return [{ path: ["task_spec", "container_spec"], attr: "image" }];
    case "aws_lambda_function":
      return [{ path: [], attr: "image_uri" }];
    case "aws_apprunner_service":
      return [{ path: ["source_configuration", "image_repository"], attr: "image_identifier" }];
    case "aws_batch_job_definition":
      return ["containers", "init_containers"].map((c) => ({ path: ["eks_properties", "pod_properties", c], attr: "image" }));
    case "google_cloud_run_service":
      return [{ path: ["template", "spec", "containers"], attr: "image" }];
    case "google_cloud_run_v2_service":
      return [{ path: ["template", "containers"], attr: "image" }];
    case "google_cloud_run_v2_job":
      return [{ path: ["template", "template", "containers"], attr: "image" }];
    case "azurerm_container_group":
      return ["container", "init_container"].map((c) => ({ path: [c], attr: "image" }));
    case "azurerm_container_app":
    case "azurerm_container_app_job":
      return ["container", "init_container"].map((c) => ({ path: ["template", c], attr: "image" }));
    default:
      return [];
  }
}

/** Arguments holding container definitions as JSON. */
const JSON_SITES: Readonly<Record<string, readonly string[]>> = {
  aws_ecs_task_definition: ["container_definitions"],
  aws_batch_job_definition: ["container_properties", "node_properties", "ecs_properties"],
};

/** Container definitions are read from a file as they are: no function in between is looked through. */
const NO_PASS_THROUGH: ReadonlySet<string> = new Set();

/** Keys of a Kubernetes manifest that hold lists of containers. */
const MANIFEST_CONTAINER_KEYS = new Set(["containers", "initContainers", "ephemeralContainers"]);

interface Options {
  readonly strict: boolean;
  readonly mutableTags: readonly string[];
}

/** Reports one image with what is wrong with it. */
interface Sink {
  (
    image: string,
    problem: ImageProblem,
    where: { node: ReportTarget; file?: HclFile; value?: Value; path: string; related?: ReportDescriptor["related"]; readAt?: ReportDescriptor["readAt"] },
  ): void;
}

export default defineRule({
  id: "container-image-pinned",
  severity: "error",
  category: "versioning",
  roles: ["deployment", "module", "example", "test"],
  summary: "Container images are pinned to a version tag or digest, never latest or untagged",
  securitySeverity: 6.5,
  precision: "very-high",
  optionsSchema: {
    type: "object",
    properties: {
      mutableTags: {
        type: "array",
        description: 'Tags that float like "latest" in your registries (e.g. "stable", "main", "prod"); compared case-insensitively.',
        items: { type: "string", minLength: 1 },
        uniqueItems: true,
      },
    },
    additionalProperties: false,
  },
  concerns: readsImages,
  check(ctx) {
    const report = dedupingReporter(ctx);
    const extra = ctx.options.mutableTags ?? [];
    const options: Options = { strict: ctx.strict, mutableTags: [...DEFAULT_MUTABLE_TAGS, ...extra] };

    for (const resource of managedResources(ctx, readsImages)) {
      const sink: Sink = (image, problem, where) =>
        report({
          node: where.node,
          file: where.file,
          resource,
          attributePath: where.path,
          value: where.value,
          related: where.related,
          readAt: where.readAt,
          message: `${resource.address}: ${describeImageProblem(image, problem)}`,
        });

      if (resource.resourceType === "docker_image" && getBlocks(resource.body, "build").length > 0) continue;
      for (const site of stringSites(resource.resourceType)) {
        for (const { body, bindings } of nestedBodies(ctx, resource, site.path)) {
          const image = attributeValue(ctx, resource, body, site.attr, bindings);
          if (!image) continue;
          judgeValue(image.value, options, (text, problem) =>
            sink(text, problem, {
              node: image.attr.expr,
              value: tagOrigin(ctx, resource, fileOfNode(ctx.module, image.attr) ?? resource.file, image.attr.expr, bindings, problem) ?? image.value,
              path: [...site.path, site.attr].join("."),
            }),
          );
        }
      }
      for (const name of JSON_SITES[resource.resourceType] ?? []) {
        const attr = getAttribute(resource.body, name);
        if (attr) new JsonImages(ctx, resource, options, sink, name, "json", { attribute: attr }).expression(attr.expr, NO_BINDINGS);
      }
      if (resource.resourceType === "kubernetes_manifest") {
        const attr = getAttribute(resource.body, "manifest");
        if (attr) new JsonImages(ctx, resource, options, sink, "manifest", "manifest", { attribute: attr }).expression(attr.expr, NO_BINDINGS);
      }
    }
  },
});

/** Whether a resource has an argument this rule reads an image from. */
function readsImages(resource: Resource): boolean {
  const type = resource.resourceType;
  return stringSites(type).length > 0 || JSON_SITES[type] !== undefined || type === "kubernetes_manifest";
}

/** Renders a partly known string with `${…}` for its holes. */
function render(pieces: readonly StringPiece[]): string {
  return pieces.map((p) => (p.known ? p.text : "${…}")).join("");
}

/** Judges an image value: a known string, or a partly known one. */
function judgeValue(value: Value, options: Options, found: (image: string, problem: ImageProblem) => void): void {
  if (value.kind === "string") {
    const ref = parseImageRef(value.value);
    const problem = ref ? judgeImageRef(ref, options) : undefined;
    if (problem) found(value.value, problem);
  } else if (value.kind === "unknown" && value.pieces) {
    const problem = judgePartialImageRef(value.pieces, options);
    if (problem) found(render(value.pieces), problem);
  }
}

/**
 * When an image is written as a template and its floating tag comes from one
 * interpolation (`"${local.registry}/web:${var.tag}"`), the value of that
 * interpolation: its origin (a variable default, a tfvars line) is the
 * literal to change.
 */
function tagOrigin(
  ctx: RuleContext,
  resource: Resource | undefined,
  file: HclFile,
  expr: Expression,
  bindings: Bindings,
  problem: ImageProblem,
): Value | undefined {
  if (problem.kind !== "mutable-tag" || expr.type !== "Template") return undefined;
  const mapped = mapTemplate(file, expr, (e, b) => ctx.evaluate(e, resource, new Map([...bindings, ...b])));
  if (!mapped || !mapped.text.endsWith(problem.tag)) return undefined;
  const sole = soleInterpolation(mapped, mapped.text.length - problem.tag.length, mapped.text.length);
  if (!sole) return undefined;
  const value = ctx.evaluate(sole.expr, resource, new Map([...bindings, ...sole.bindings]));
  return value.kind === "string" ? value : undefined;
}

/** Splits text with `HOLE`s into pieces. */
function piecesOf(text: string): StringPiece[] {
  const out: StringPiece[] = [];
  text.split(HOLE).forEach((t, i) => {
    if (i > 0) out.push({ known: false });
    if (t !== "") out.push({ known: true, text: t });
  });
  return out;
}

const IMAGE_IN_JSON = /"image"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;

/**
 * Finds `image` fields in container definitions however they are written:
 * the syntax of `jsonencode(...)` arguments and object literals (so a
 * finding points at the element), JSON text in heredocs and strings
 * (pointing at the value inside the text), or an evaluated value.
 */
class JsonImages {
  /** The file being walked: the resource's, or the one a value was written in. */
  private readonly file: HclFile;
  /** The resource whose `count`/`each` apply: none once we walk another block's expression. */
  private readonly scopeResource: Resource | undefined;

  constructor(
    private readonly ctx: RuleContext,
    private readonly resource: Resource,
    private readonly options: Options,
    private readonly sink: Sink,
    private readonly path: string,
    private readonly mode: "json" | "manifest",
    /** Where the walked text was written: an argument of the resource (which an override file may have set), or a value's origin. */
    written: { readonly attribute: Attribute } | { readonly file: HclFile; readonly related: ReportDescriptor["related"] },
  ) {
    const elsewhere = "file" in written ? written : undefined;
    this.file = elsewhere?.file ?? fileOfNode(ctx.module, (written as { attribute: Attribute }).attribute) ?? resource.file;
    this.related = elsewhere?.related;
    this.scopeResource = elsewhere ? undefined : resource;
  }

  private readonly related: ReportDescriptor["related"];

  /** Walks an expression; `inContainers` (manifest mode) says we are inside a container list. */
  expression(expr: Expression, bindings: Bindings, inContainers = false): void {
    switch (expr.type) {
      case "Parentheses":
        return this.expression(expr.expr, bindings, inContainers);
      case "FunctionCall":
        if ((expr.name === "jsonencode" || expr.name === "tolist" || expr.name === "tomap") && expr.args.length === 1) {
          return this.expression(expr.args[0], bindings, inContainers);
        }
        if (this.mode === "json" && this.fileText(expr, bindings)) return;
        return this.evaluated(expr, bindings, inContainers);
      case "Tuple":
        for (const item of expr.items) this.expression(item, bindings, inContainers);
        return;
      case "Object":
        for (const item of expr.items) this.objectItem(item, bindings, inContainers);
        return;
      case "Template":
        if (this.templateText(expr, this.file, bindings, this.related)) return;
        return this.evaluated(expr, bindings, inContainers);
      default:
        return this.evaluated(expr, bindings, inContainers);
    }
  }

  private objectItem(item: ObjectItem, bindings: Bindings, inContainers: boolean): void {
    const key = objectItemKey(this.ctx, item, this.scopeResource, bindings);
    if (key === undefined) return;
    if (key === "image" && (this.mode === "json" || inContainers)) {
      const value = this.ctx.evaluate(item.value, this.scopeResource, bindings);
      judgeValue(value, this.options, (image, problem) =>
        this.sink(image, problem, {
          node: item.value,
          file: this.file,
          value: tagOrigin(this.ctx, this.scopeResource, this.file, item.value, bindings, problem) ?? value,
          path: `${this.path}.image`,
          related: this.related,
        }),
      );
      return;
    }
    const containers = this.mode === "manifest" && MANIFEST_CONTAINER_KEYS.has(key);
    this.expression(item.value, bindings, this.mode === "manifest" ? containers : inContainers);
  }

  /** An expression we cannot walk as syntax: evaluate it and walk the value. */
  private evaluated(expr: Expression, bindings: Bindings, inContainers: boolean): void {
    const value = this.ctx.evaluate(expr, this.scopeResource, bindings);
    if (value.kind === "string" && this.mode === "json") {
      this.jsonString(value, expr);
      return;
    }
    this.value(value, expr, inContainers);
  }

  private value(value: Value, node: Expression, inContainers: boolean): void {
    if (value.kind === "tuple") {
      for (const item of value.items) this.value(item, node, inContainers);
    } else if (value.kind === "object") {
      for (const [key, entry] of value.entries) {
        if (key === "image" && (this.mode === "json" || inContainers)) {
          judgeValue(entry, this.options, (image, problem) =>
            this.sink(image, problem, { node, file: this.file, value: entry, path: `${this.path}.image`, related: this.related }),
          );
        } else {
          this.value(entry, node, this.mode === "manifest" ? MANIFEST_CONTAINER_KEYS.has(key) : inContainers);
        }
      }
    }
  }

  /**
   * A JSON string value: when it was written in this module (a heredoc in a
   * local, a `jsonencode(...)` in a variable default), walk what was written
   * there so findings point inside it; else parse the text.
   */
  private jsonString(value: Value & { kind: "string" }, node: Expression): void {
    const located = locateOrigin(this.ctx, value);
    const here =
      located !== undefined &&
      liesWithin({ file: located.file.filename, range: located.expr.range }, { file: this.file.filename, range: node.range });
    if (located && !here) {
      const related = this.related ?? [{ file: this.file.filename, range: node.range, message: `used as ${this.path} of ${this.resource.address}` }];
      const walker = new JsonImages(this.ctx, this.resource, this.options, this.sink, this.path, this.mode, { file: located.file, related });
      if (located.expr.type === "Template" && walker.templateText(located.expr, located.file, NO_BINDINGS, related)) return;
      if (located.expr.type === "FunctionCall" && located.expr.name === "jsonencode" && located.expr.args.length === 1) {
        walker.expression(located.expr.args[0], NO_BINDINGS);
        return;
      }
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(value.value);
    } catch {
      return;
    }
    this.value(fromJs(parsed, value.origins), node, false);
  }

  /**
   * Container definitions read from a file (`file()`, `templatefile()`):
   * each image is reported at its `"image": "…"` in that file (for a
   * template, the template's text), with the argument that reads it related;
   * an image an interpolation wrote is reported where its value was written
   * when that is elsewhere (a variable's default). False when the file
   * cannot be read or mapped here.
   */
  private fileText(expr: Expression, bindings: Bindings): boolean {
    const call = fileCallOf(expr, NO_PASS_THROUGH);
    if (!call || call.name === "filebase64") return false;
    const at = { resource: this.scopeResource, bindings };
    const read = readFileOf(this.ctx, call, at);
    if (!read) return false;
    const template = call.name === "templatefile" ? mapTemplateFile(this.ctx, call, at, read) : undefined;
    if (call.name === "templatefile" && !template) return false;
    const mapped = template?.mapped ?? mapPlainFile(read);
    const node = { file: this.file.filename, range: expr.range };
    const readAt = (range: Range) => ({ file: read.filename, range, message: `used as ${this.path} of ${this.resource.address}` });
    this.scanImages(mapped, template?.evaluate, (range, value) => {
      // A value written elsewhere is the literal to change; one written in the call's own variables is not a place to point at.
      const elsewhere = value !== undefined && value.kind !== "unknown" && value.origins[0] !== undefined && !liesWithin(value.origins[0], node);
      return elsewhere ? { node: expr, file: this.file, value, related: this.related } : { node: expr, file: this.file, related: this.related, readAt: readAt(range) };
    });
    return true;
  }

  /**
   * Scans the JSON text a template produces for `"image": "…"` and reports
   * each at its place in the template. Returns false when the template
   * cannot be mapped to its source.
   */
  templateText(template: Expression & { type: "Template" }, file: HclFile, bindings: Bindings, related: ReportDescriptor["related"]): boolean {
    const evaluate: TemplateEvaluator = (e, b) => this.ctx.evaluate(e, this.scopeResource, new Map([...bindings, ...b]));
    const mapped: MappedText | undefined = mapTemplate(file, template, evaluate);
    if (!mapped) return false;
    this.scanImages(mapped, evaluate, (range, value) => ({ node: { range }, file, value: value && value.kind !== "unknown" ? value : undefined, related }));
    return true;
  }

  /**
   * Finds each `"image": "…"` of a mapped JSON text and judges it; `where`
   * says where to report one, from its range in the source and, for an image
   * one interpolation wrote entirely, that interpolation's value.
   */
  private scanImages(
    mapped: MappedText,
    evaluate: TemplateEvaluator | undefined,
    where: (range: Range, value: Value | undefined) => Omit<Parameters<Sink>[2], "path">,
  ): void {
    IMAGE_IN_JSON.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = IMAGE_IN_JSON.exec(mapped.text)) !== null) {
      let content: string;
      try {
        content = JSON.parse(`"${m[1]}"`) as string;
      } catch {
        continue;
      }
      const end = m.index + m[0].length;
      const start = end - m[1].length - 2;
      const pieces = piecesOf(content);
      const sole = soleInterpolation(mapped, start + 1, end - 1);
      const value: Value | undefined = sole && evaluate ? evaluate(sole.expr, sole.bindings) : undefined;
      const judged: Value = pieces.every((p) => p.known) ? { kind: "string", value: content, origins: [] } : { kind: "unknown", type: "string", pieces, origins: [] };
      judgeValue(judged, this.options, (image, problem) => this.sink(image, problem, { ...where(mappedRange(mapped, start, end), value), path: `${this.path}.image` }));
    }
  }
}
