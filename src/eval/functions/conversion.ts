/**
 * Type conversion functions, and the element-type unification Terraform
 * applies when a tuple becomes a list or set, or an object a map.
 */
import { EvalError } from "../internal.js";
import type { Value } from "../value.js";
import { asString, boolValue, nullValue, numberValue, objectValue, parseNumber, setValue, stringValue, tupleValue } from "../values.js";
import type { FunctionTable } from "./registry.js";

/**
 * Converts elements to one type: a mix of strings with numbers or bools
 * becomes all strings (as Terraform does); other mixes of primitives with
 * each other or with collections are an error.
 */
export function unifyElements(items: readonly Value[]): Value[] {
  const kinds = new Set(items.filter((v) => v.kind !== "null" && v.kind !== "unknown").map((v) => v.kind));
  if (kinds.size <= 1) return [...items];
  const primitive = [...kinds].every((k) => k === "string" || k === "number" || k === "bool");
  if (primitive && kinds.has("string")) {
    return items.map((v) => (v.kind === "number" || v.kind === "bool" ? stringValue(asString(v) as string, v.origins) : v));
  }
  if (primitive) throw new EvalError("elements must all be of the same type");
  // Lists of differently shaped objects and the like: Terraform unifies them structurally; keep them.
  if ([...kinds].every((k) => k === "tuple" || k === "object")) return [...items];
  throw new EvalError("elements must all be of the same type");
}

function toStringValue(v: Value): Value {
  if (v.kind === "null" || v.kind === "string") return v;
  if (v.kind === "number" || v.kind === "bool") return stringValue(asString(v) as string);
  throw new EvalError(`cannot convert a ${v.kind === "tuple" ? "list" : "map"} to a string`);
}

function toNumberValue(v: Value): Value {
  if (v.kind === "null" || v.kind === "number") return v;
  if (v.kind === "string") {
    const n = parseNumber(v.value);
    if (n === undefined) throw new EvalError(`cannot convert "${v.value}" to a number`);
    return numberValue(n);
  }
  throw new EvalError(`cannot convert a ${v.kind} to a number`);
}

function toBoolValue(v: Value): Value {
  if (v.kind === "null" || v.kind === "bool") return v;
  if (v.kind === "string") {
    if (v.value === "true" || v.value === "1") return boolValue(true);
    if (v.value === "false" || v.value === "0") return boolValue(false);
    throw new EvalError(`cannot convert "${v.value}" to a bool`);
  }
  throw new EvalError(`cannot convert a ${v.kind} to a bool`);
}

export const conversionFunctions: FunctionTable = {
  tostring: { params: 1, returns: "string", nullable: true, impl: ([v]) => toStringValue(v) },
  tonumber: { params: 1, returns: "number", nullable: true, impl: ([v]) => toNumberValue(v) },
  tobool: { params: 1, returns: "bool", nullable: true, impl: ([v]) => toBoolValue(v) },
  tolist: {
    deep: true,
    params: 1,
    returns: "tuple",
    nullable: true,
    impl: ([v]) => {
      if (v.kind === "null") return nullValue();
      if (v.kind !== "tuple") throw new EvalError("cannot convert to a list");
      return tupleValue(unifyElements(v.items));
    },
  },
  toset: {
    deep: true,
    params: 1,
    returns: "tuple",
    nullable: true,
    impl: ([v]) => {
      if (v.kind === "null") return nullValue();
      if (v.kind !== "tuple") throw new EvalError("cannot convert to a set");
      return setValue(unifyElements(v.items));
    },
  },
  tomap: {
    deep: true,
    params: 1,
    returns: "object",
    nullable: true,
    impl: ([v]) => {
      if (v.kind === "null") return nullValue();
      if (v.kind !== "object") throw new EvalError("cannot convert to a map");
      const keys = [...v.entries.keys()];
      const unified = unifyElements([...v.entries.values()]);
      return objectValue(new Map(keys.map((k, i) => [k, unified[i]])));
    },
  },
  sensitive: { cheap: true, params: 1, returns: "any", nullable: true, partial: true, impl: ([v]) => v },
  nonsensitive: { cheap: true, params: 1, returns: "any", nullable: true, partial: true, impl: ([v]) => v },
};
