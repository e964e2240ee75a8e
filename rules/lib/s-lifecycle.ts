/**
 * Reading arguments as evaluated values, the way the lifecycle and state
 * rules need them: a boolean flag is either absent (the provider default
 * applies), known true, known false, or unknown (never flagged).
 */
import type { Attribute, Body, Expression } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import type { Value } from "../../src/eval/value.js";
import { getAttribute } from "../../src/model/query.js";
import { fileOfNode } from "../../src/model/index.js";
import type { Fix, RuleContext } from "../api/rule.js";

/** An argument read through evaluation. */
export type ArgumentState<T> =
  | { readonly state: "absent" }
  | { readonly state: "known"; readonly value: T; readonly attribute: Attribute; readonly evaluated: Value }
  | { readonly state: "unknown"; readonly attribute: Attribute; readonly evaluated: Value };

/**
 * A value as Terraform would convert it to a bool: `true`/`false`, and the
 * strings "true"/"false" (Terraform converts those for bool arguments).
 * `undefined` when it is unknown or not convertible; `null` means "unset".
 */
export function asBool(value: Value): boolean | null | undefined {
  if (value.kind === "bool") return value.value;
  if (value.kind === "null") return null;
  if (value.kind === "string") {
    if (value.value === "true") return true;
    if (value.value === "false") return false;
  }
  return undefined;
}

/** A value as a string (numbers and bools converted as Terraform does), else undefined. */
export function asString(value: Value): string | null | undefined {
  if (value.kind === "string") return value.value;
  if (value.kind === "null") return null;
  if (value.kind === "number") return String(value.value);
  if (value.kind === "bool") return value.value ? "true" : "false";
  return undefined;
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
  return readArgument(ctx, getAttribute(body, name), resource, asBool, bindings);
}

/** A string argument of a body, evaluated, like `readBool`. */
export function readString(
  ctx: RuleContext,
  body: Body,
  name: string,
  resource?: Resource,
  bindings?: ReadonlyMap<string, Value>,
): ArgumentState<string> {
  return readArgument(ctx, getAttribute(body, name), resource, asString, bindings);
}

/** `lifecycle { create_before_destroy }` or `lifecycle { prevent_destroy }`, evaluated. */
export function lifecycleFlag(
  ctx: RuleContext,
  resource: Resource,
  flag: "createBeforeDestroy" | "preventDestroy",
): ArgumentState<boolean> {
  const attribute = resource.lifecycle ? resource.lifecycle[flag] : undefined;
  return readArgument(ctx, attribute, resource, asBool);
}

/**
 * A fix that flips a boolean literal written right at the argument
 * (`x = false` → `x = true`). Undefined when the value is written anywhere
 * else (a variable, a local): editing a shared default is not obviously safe.
 */
export function flipBoolFix(
  ctx: RuleContext,
  resource: Resource,
  expr: Expression,
  to: boolean,
  description: string,
): Fix | undefined {
  if (expr.type !== "Literal" || typeof expr.value !== "boolean" || expr.value === to) return undefined;
  return {
    description,
    file: (fileOfNode(ctx.module, expr) ?? resource.file).filename,
    replacements: [{ range: expr.range, text: String(to) }],
  };
}
