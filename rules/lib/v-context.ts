/**
 * What the versioning and mutation rules share about reading a module:
 * nested blocks with their `dynamic` iterations, values as seen in one
 * iteration, a reporter that drops duplicates, and whether an argument is
 * set at all when its value is unknown.
 */
import type { Attribute, Body, Expression, HclFile, Range } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import { getAttribute } from "../../src/model/query.js";
import { fileOfNode } from "../../src/model/node-files.js";
import type { Value } from "../../src/eval/value.js";
import type { ReportDescriptor, ReportTarget, RuleContext } from "../api/rule.js";
import { findExpressionAt } from "./v-source.js";
import { blockInstances, NO_BINDINGS } from "./instances.js";
import type { Bindings, BlockInstance } from "./instances.js";

export { blockInstances, hasInstances, NO_BINDINGS } from "./instances.js";
export type { Bindings, BlockInstance } from "./instances.js";

/**
 * Follows a path of nested block types (`["spec", "template", "spec",
 * "container"]`) and returns every instance at the end of it.
 */
export function blockPath(ctx: RuleContext, resource: Resource, body: Body, path: readonly string[]): BlockInstance[] {
  let level: { body: Body; bindings: Bindings }[] = [{ body, bindings: NO_BINDINGS }];
  let result: BlockInstance[] = [];
  for (const type of path) {
    result = level.flatMap((l) => blockInstances(ctx, resource, l.body, type, l.bindings));
    level = result.map((r) => ({ body: r.block.body, bindings: r.bindings }));
  }
  return result;
}

/** Evaluates an attribute of a block instance, or undefined when the attribute is absent. */
export function attributeValue(
  ctx: RuleContext,
  resource: Resource | undefined,
  body: Body,
  name: string,
  bindings: Bindings = NO_BINDINGS,
): { attr: Attribute; value: Value } | undefined {
  const attr = getAttribute(body, name);
  return attr ? { attr, value: ctx.evaluate(attr.expr, resource, bindings) } : undefined;
}

/**
 * A `report` that keeps only the first of several identical findings (same
 * file, range and message), e.g. a literal inside a `dynamic` block seen
 * once per iteration.
 */
export function dedupingReporter(ctx: RuleContext): (d: ReportDescriptor) => void {
  const seen = new Set<string>();
  return (d) => {
    const file =
      fileOfNode(ctx.module, d.node.of ?? d.node)?.filename ??
      (typeof d.file === "string" ? d.file : (d.file?.filename ?? d.resource?.file.filename ?? ""));
    const origin = d.value?.origins[0];
    const elsewhere =
      origin !== undefined &&
      !(origin.file === file && origin.range.start.offset >= d.node.range.start.offset && origin.range.end.offset <= d.node.range.end.offset);
    // A value written elsewhere (a variable default, a local) is one thing to fix, however many resources use it.
    const key = elsewhere
      ? ["origin", origin.file, origin.range.start.offset, origin.range.end.offset].join("\u0000")
      : [file, d.node.range.start.offset, d.node.range.end.offset, d.message, d.address ?? d.resource?.address ?? ""].join("\u0000");
    if (seen.has(key)) return;
    seen.add(key);
    ctx.report(d);
  };
}

/** Reference roots that are not resources: `var.x`, `local.y`, `each.value`, ... */
const NON_RESOURCE_ROOTS = new Set(["var", "local", "module", "each", "count", "self", "path", "terraform"]);

/** The root name of a traversal (`aws_key_pair.deployer.key_name` → `aws_key_pair`), if `expr` is one. */
function traversalRoot(expr: Expression): { root: string; depth: number } | undefined {
  let depth = 0;
  let e: Expression = expr;
  for (;;) {
    if (e.type === "GetAttr") e = e.object;
    else if (e.type === "Index") e = e.collection;
    else if (e.type === "Parentheses") e = e.expr;
    else break;
    depth++;
  }
  return e.type === "Variable" ? { root: e.name, depth } : undefined;
}

/**
 * Whether an expression is a plain reference to an attribute of a managed
 * resource or data source (`aws_key_pair.deployer.key_name`,
 * `data.aws_key_pair.ops.key_name`): its value is unknown until apply, but
 * it is certainly set.
 */
export function isResourceReference(expr: Expression, bindings: Bindings = NO_BINDINGS): boolean {
  const t = traversalRoot(expr);
  if (!t || NON_RESOURCE_ROOTS.has(t.root) || bindings.has(t.root)) return false;
  return t.root === "data" ? t.depth >= 3 : t.depth >= 2;
}

/** Functions whose result is never null (when they succeed). */
const NEVER_NULL_FUNCTIONS = new Set([
  "templatefile",
  "file",
  "filebase64",
  "base64encode",
  "base64gzip",
  "textencodebase64",
  "jsonencode",
  "yamlencode",
  "join",
  "format",
  "trimspace",
  "chomp",
  "replace",
  "templatestring",
]);

/**
 * Whether an argument is certainly set to something other than null (and
 * other than `""`, which providers treat as unset): its value is known and
 * non-empty, or it is unknown but can only be a string (a template with
 * known parts, a function that never returns null, a resource attribute).
 */
export function isDefinitelySet(expr: Expression, value: Value, bindings: Bindings = NO_BINDINGS): boolean {
  if (value.kind === "null") return false;
  if (value.kind === "string") return value.value !== "";
  if (value.kind !== "unknown") return true;
  if (value.pieces?.some((p) => p.known && p.text !== "")) return true;
  let e = expr;
  while (e.type === "Parentheses") e = e.expr;
  if (e.type === "Template" && e.parts.some((p) => p.type === "TemplateLiteral" && p.value !== "")) return true;
  if (e.type === "FunctionCall" && NEVER_NULL_FUNCTIONS.has(e.name)) return true;
  return isResourceReference(e, bindings);
}

/** Where a value was written, when that is an expression in one of the module's own files. */
export interface LocatedOrigin {
  readonly file: HclFile;
  readonly expr: Expression;
}

/**
 * Finds the expression a value's primary origin names, in the module's
 * configuration or variable files. Undefined when the value came from
 * elsewhere (a caller's module argument, a `--var` flag, a file read by
 * `file()`), or has no origin.
 */
export function locateOrigin(ctx: RuleContext, value: Value): LocatedOrigin | undefined {
  const origin = value.origins[0];
  if (!origin) return undefined;
  for (const file of [...ctx.module.files, ...ctx.module.varFiles]) {
    if (file.filename !== origin.file) continue;
    const expr = findExpressionAt(file, origin.range);
    if (expr) return { file, expr };
  }
  return undefined;
}

/** Whether `inner` lies within `outer` (same file assumed). */
export function rangeWithin(inner: Range, outer: Range): boolean {
  return inner.start.offset >= outer.start.offset && inner.end.offset <= outer.end.offset;
}

/**
 * Whether a located origin is `expr` itself: the value was written right at
 * the argument, in whichever file of the module holds it (an override file
 * may have set it), so a fix can edit it there.
 */
export function writtenAt(ctx: RuleContext, located: LocatedOrigin, expr: Expression): boolean {
  if (located.expr === expr) return true;
  return (
    located.file.filename === fileOfNode(ctx.module, expr)?.filename &&
    located.expr.range.start.offset === expr.range.start.offset &&
    located.expr.range.end.offset === expr.range.end.offset
  );
}

/** One element of a list argument, with the expression to report at. */
export interface ListItem {
  /** The element's own expression when the list is written as `[...]`, else the whole argument. */
  readonly node: ReportTarget;
  readonly value: Value;
}

/**
 * The elements of a list argument: each element expression of a `[...]`
 * literal evaluated on its own (so a finding points at the element), or
 * the items of the evaluated value. A single non-list value is one item;
 * an unknown list is no items.
 */
export function listItems(ctx: RuleContext, resource: Resource | undefined, attr: Attribute, bindings: Bindings = NO_BINDINGS): ListItem[] {
  if (attr.expr.type === "Tuple") {
    return attr.expr.items.map((item) => ({ node: item, value: ctx.evaluate(item, resource, bindings) }));
  }
  const value = ctx.evaluate(attr.expr, resource, bindings);
  if (value.kind === "tuple") return value.items.map((item) => ({ node: attr.expr, value: item }));
  if (value.kind === "unknown" || value.kind === "null") return [];
  return [{ node: attr.expr, value }];
}

