/**
 * Reading a body's arguments as evaluated values: a flag or string that is
 * absent (the provider default applies), known, or unknown (never flagged);
 * an argument's value as is; the elements of a list argument; and whether
 * an argument is certainly set when its value is unknown.
 */
import type { Attribute, Body, Expression, ObjectItem } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import type { Value } from "../../src/eval/value.js";
import { asBool, asString } from "../../src/eval/values.js";
import { getAttribute } from "../../src/model/query.js";
import type { ReportTarget, RuleContext } from "../api/rule.js";
import { NO_BINDINGS } from "./instances.js";
import type { Bindings } from "./instances.js";
import { isResourceReference } from "./references.js";

/** An argument read through evaluation. */
export type ArgumentState<T> =
  | { readonly state: "absent" }
  | { readonly state: "known"; readonly value: T; readonly attribute: Attribute; readonly evaluated: Value }
  | { readonly state: "unknown"; readonly attribute: Attribute; readonly evaluated: Value };

/**
 * The value a bool argument gets: `null` when it is set to null (the same as
 * leaving it out), else the bool Terraform converts the value to (`asBool`:
 * also "true"/"1" and "false"/"0"), or `undefined` when that is not known.
 */
export function argumentBool(value: Value): boolean | null | undefined {
  return value.kind === "null" ? null : asBool(value);
}

/** The value a string argument gets, like `argumentBool` (numbers and bools converted as Terraform does). */
export function argumentString(value: Value): string | null | undefined {
  return value.kind === "null" ? null : asString(value);
}

function readArgument<T>(
  ctx: RuleContext,
  attribute: Attribute | undefined,
  resource: Resource | undefined,
  convert: (v: Value) => T | null | undefined,
  bindings?: ReadonlyMap<string, Value>,
): ArgumentState<T> {
  if (!attribute) return { state: "absent" };
  const evaluated = ctx.evaluate(attribute.expr, resource, bindings);
  const converted = convert(evaluated);
  // `x = null` is the same as leaving the argument out.
  if (converted === null) return { state: "absent" };
  if (converted === undefined) return { state: "unknown", attribute, evaluated };
  return { state: "known", value: converted, attribute, evaluated };
}

/**
 * A boolean argument of a body, evaluated; `bindings` are the iterators of
 * enclosing `dynamic` blocks (see `blockInstances`).
 */
export function readBool(
  ctx: RuleContext,
  body: Body,
  name: string,
  resource?: Resource,
  bindings?: ReadonlyMap<string, Value>,
): ArgumentState<boolean> {
  return readArgument(ctx, getAttribute(body, name), resource, argumentBool, bindings);
}

/** A string argument of a body, evaluated, like `readBool`. */
export function readString(
  ctx: RuleContext,
  body: Body,
  name: string,
  resource?: Resource,
  bindings?: ReadonlyMap<string, Value>,
): ArgumentState<string> {
  return readArgument(ctx, getAttribute(body, name), resource, argumentString, bindings);
}

/** `lifecycle { create_before_destroy }` or `lifecycle { prevent_destroy }`, evaluated. */
export function lifecycleFlag(
  ctx: RuleContext,
  resource: Resource,
  flag: "createBeforeDestroy" | "preventDestroy",
): ArgumentState<boolean> {
  const attribute = resource.lifecycle ? resource.lifecycle[flag] : undefined;
  return readArgument(ctx, attribute, resource, argumentBool);
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
 * The key of an item of an object written as `{ ... }`, as Terraform reads
 * it: a bare name is that name, anything else is evaluated. Undefined when
 * the key is not known.
 */
export function objectItemKey(ctx: RuleContext, item: ObjectItem, resource: Resource | undefined, bindings?: Bindings): string | undefined {
  return item.key.type === "Variable" ? item.key.name : asString(ctx.evaluate(item.key, resource, bindings));
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
