/**
 * Variable type constraints (`type = list(object({ a = optional(string, "x") }))`)
 * and the conversion Terraform applies to a variable's value: numbers from
 * numeric strings, strings from numbers, list elements unified, object
 * attributes filled from `optional(...)` defaults, extra attributes dropped.
 */
import type { Expression } from "../hcl/ast.js";
import { literalString } from "../model/query.js";
import type { Value, ValueType } from "./value.js";
import {
  asBool,
  asString,
  boolValue,
  errorValue,
  nullValue,
  numberValue,
  objectValue,
  parseNumber,
  setValue,
  stringValue,
  tupleValue,
  unknownValue,
} from "./values.js";

export interface ObjectAttrSpec {
  readonly type: TypeSpec;
  readonly optional: boolean;
  readonly default: Expression | undefined;
}

export type TypeSpec =
  | { readonly kind: "any" }
  | { readonly kind: "string" | "number" | "bool" }
  | { readonly kind: "list" | "set" | "map"; readonly elem: TypeSpec }
  | { readonly kind: "tuple"; readonly elems: readonly TypeSpec[] }
  | { readonly kind: "object"; readonly attrs: ReadonlyMap<string, ObjectAttrSpec> };

const ANY: TypeSpec = { kind: "any" };

/** Type constraints read so far: a module's variables are read again in each of its instances. */
const parsedTypes = new WeakMap<Expression, TypeSpec | null>();

/** Reads a type constraint expression; undefined when it is not one. */
export function parseType(expr: Expression): TypeSpec | undefined {
  let spec = parsedTypes.get(expr);
  if (spec === undefined) parsedTypes.set(expr, (spec = readType(expr) ?? null));
  return spec ?? undefined;
}

function readType(expr: Expression): TypeSpec | undefined {
  const legacy = literalString(expr);
  if (legacy !== undefined) {
    // Terraform 0.11 quoted types.
    if (legacy === "string") return { kind: "string" };
    if (legacy === "list") return { kind: "list", elem: ANY };
    if (legacy === "map") return { kind: "map", elem: ANY };
    return undefined;
  }
  if (expr.type === "Parentheses") return readType(expr.expr);
  if (expr.type === "Variable") {
    switch (expr.name) {
      case "string":
      case "number":
      case "bool":
        return { kind: expr.name };
      case "any":
        return ANY;
      case "list":
      case "set":
      case "map":
        return { kind: expr.name, elem: ANY };
      default:
        return undefined;
    }
  }
  if (expr.type !== "FunctionCall") return undefined;
  const [arg] = expr.args;
  switch (expr.name) {
    case "list":
    case "set":
    case "map": {
      if (expr.args.length !== 1) return undefined;
      const elem = readType(arg);
      return elem && { kind: expr.name, elem };
    }
    case "tuple": {
      if (expr.args.length !== 1 || arg.type !== "Tuple") return undefined;
      const elems: TypeSpec[] = [];
      for (const item of arg.items) {
        const t = readType(item);
        if (!t) return undefined;
        elems.push(t);
      }
      return { kind: "tuple", elems };
    }
    case "object": {
      if (expr.args.length !== 1 || arg.type !== "Object") return undefined;
      const attrs = new Map<string, ObjectAttrSpec>();
      for (const item of arg.items) {
        const key = item.key.type === "Variable" ? item.key.name : literalString(item.key);
        if (key === undefined) return undefined;
        const v = item.value;
        if (v.type === "FunctionCall" && v.name === "optional" && v.args.length >= 1 && v.args.length <= 2) {
          const t = readType(v.args[0]);
          if (!t) return undefined;
          attrs.set(key, { type: t, optional: true, default: v.args[1] });
        } else {
          const t = readType(v);
          if (!t) return undefined;
          attrs.set(key, { type: t, optional: false, default: undefined });
        }
      }
      return { kind: "object", attrs };
    }
    default:
      return undefined;
  }
}

/** Whether Terraform reads `--var`/`TF_VAR_` text for this type literally (primitive types) rather than as HCL. */
export function parsesLiterally(spec: TypeSpec | undefined): boolean {
  return !spec || spec.kind === "string" || spec.kind === "number" || spec.kind === "bool";
}

/** The value type a spec describes, for unknowns. */
export function valueTypeOf(spec: TypeSpec | undefined): ValueType {
  if (!spec) return "any";
  switch (spec.kind) {
    case "any":
      return "any";
    case "string":
    case "number":
    case "bool":
      return spec.kind;
    case "list":
    case "set":
    case "tuple":
      return "tuple";
    case "map":
    case "object":
      return "object";
  }
}

function unifyAny(items: readonly Value[]): Value[] {
  const kinds = new Set(items.filter((v) => v.kind !== "null" && v.kind !== "unknown").map((v) => v.kind));
  if (kinds.size > 1 && [...kinds].every((k) => k === "string" || k === "number" || k === "bool") && kinds.has("string")) {
    return items.map((v) => (v.kind === "number" || v.kind === "bool" ? stringValue(asString(v) as string, v.origins) : v));
  }
  return [...items];
}

/**
 * Converts a value to a type constraint; an error value (with the reason)
 * when Terraform would reject it. `evalDefault` evaluates an `optional`
 * attribute's default.
 */
export function convertToType(v: Value, spec: TypeSpec, evalDefault: (e: Expression) => Value): Value {
  if (v.kind === "unknown") {
    if (v.error) return v;
    const t = valueTypeOf(spec);
    const converted = unknownValue(t === "any" ? v.type : t, v.reason ?? "unknown value", v.origins, v.pieces);
    // A conversion does not change what the value was read from.
    return v.reference === undefined ? converted : { ...converted, reference: v.reference };
  }
  if (v.kind === "null") return v;
  const fail = (what: string): Value => errorValue(`a ${what} is required`, v.origins);
  switch (spec.kind) {
    case "any":
      return v;
    case "string": {
      const s = asString(v);
      return s === undefined ? fail("string") : v.kind === "string" ? v : stringValue(s, v.origins);
    }
    case "number": {
      if (v.kind === "number") return v;
      const n = v.kind === "string" ? parseNumber(v.value) : undefined;
      return n === undefined ? fail("number") : numberValue(n, v.origins);
    }
    case "bool": {
      if (v.kind === "bool") return v;
      const b = v.kind === "string" ? asBool(v) : undefined;
      return b === undefined ? fail("bool") : boolValue(b, v.origins);
    }
    case "list":
    case "set": {
      if (v.kind !== "tuple") return fail(spec.kind);
      const items: Value[] = [];
      for (const item of v.items) {
        const c = convertToType(item, spec.elem, evalDefault);
        if (c.kind === "unknown" && c.error) return c;
        items.push(c);
      }
      const unified = spec.elem.kind === "any" ? unifyAny(items) : items;
      return spec.kind === "set" ? setValue(unified, v.origins) : tupleValue(unified, v.origins);
    }
    case "map": {
      if (v.kind !== "object") return fail("map");
      const keys = [...v.entries.keys()];
      const vals: Value[] = [];
      for (const k of keys) {
        const c = convertToType(v.entries.get(k) as Value, spec.elem, evalDefault);
        if (c.kind === "unknown" && c.error) return c;
        vals.push(c);
      }
      const unified = spec.elem.kind === "any" ? unifyAny(vals) : vals;
      return objectValue(new Map(keys.map((k, i) => [k, unified[i]])), v.origins);
    }
    case "tuple": {
      if (v.kind !== "tuple" || v.items.length !== spec.elems.length) return fail(`tuple of ${spec.elems.length} elements`);
      const items: Value[] = [];
      for (let i = 0; i < v.items.length; i++) {
        const c = convertToType(v.items[i], spec.elems[i], evalDefault);
        if (c.kind === "unknown" && c.error) return c;
        items.push(c);
      }
      return tupleValue(items, v.origins);
    }
    case "object": {
      if (v.kind !== "object") return fail("object");
      const entries = new Map<string, Value>();
      for (const [name, attr] of spec.attrs) {
        let item = v.entries.get(name);
        if (item === undefined || item.kind === "null") {
          if (item === undefined && !attr.optional) return errorValue(`attribute "${name}" is required`, v.origins);
          if (attr.optional) item = attr.default ? evalDefault(attr.default) : nullValue(v.origins);
        }
        const c = convertToType(item as Value, attr.type, evalDefault);
        if (c.kind === "unknown" && c.error) return c;
        entries.set(name, c);
      }
      return objectValue(entries, v.origins);
    }
  }
}
