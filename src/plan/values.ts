/**
 * Reading values of a plan with their masks: what is sensitive is never
 * shown, what is known only after apply is said so.
 */
import type { ChangeKind, PathStep, PlanValue } from "./types.js";

/** What is shown in place of a sensitive value, in every format and message. */
export const SENSITIVE = "(sensitive)";
/** What is shown for a value known only after apply. */
export const KNOWN_AFTER_APPLY = "(known after apply)";

type JsonObject = { readonly [key: string]: PlanValue };

function isObject(v: PlanValue | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The value at a path, or undefined when there is none. */
export function valueAt(value: PlanValue | undefined, path: readonly PathStep[]): PlanValue | undefined {
  let v: PlanValue | undefined = value;
  for (const step of path) {
    if (Array.isArray(v) && typeof step === "number") v = (v as readonly PlanValue[])[step];
    else if (isObject(v) && typeof step === "string") v = v[step];
    else return undefined;
  }
  return v;
}

/**
 * Whether a mask (`after_sensitive`, `after_unknown`, `sensitive_values`)
 * marks the path or anything above it: `true` at a prefix covers all below.
 */
export function marked(mask: PlanValue | undefined, path: readonly PathStep[]): boolean {
  let m: PlanValue | undefined = mask;
  for (const step of path) {
    if (m === true) return true;
    if (Array.isArray(m) && typeof step === "number") m = (m as readonly PlanValue[])[step];
    else if (isObject(m)) m = m[String(step)];
    else return false;
  }
  return m === true;
}

/** Whether a mask marks anything at or below the path (a sensitive value somewhere inside). */
export function markedWithin(mask: PlanValue | undefined, path: readonly PathStep[]): boolean {
  if (marked(mask, path)) return true;
  const below = valueAt(mask, path);
  const any = (m: PlanValue | undefined, depth: number): boolean => {
    if (m === true) return true;
    if (depth > 64 || m === null || typeof m !== "object") return false;
    return Array.isArray(m) ? m.some((x) => any(x, depth + 1)) : Object.values(m).some((x) => any(x, depth + 1));
  };
  return any(below, 0);
}

/** `root_block_device[0].volume_size`, `tags["Name"]` for a key that is not a name. */
export function formatPath(path: readonly PathStep[]): string {
  let out = "";
  for (const step of path) {
    if (typeof step === "number") out += `[${step}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(step)) out += out === "" ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

/** The path as a fingerprint's attribute path: dotted names and `[n]`, keys quoted. */
export const attributePathOf = formatPath;

/** A value for a message: short, never sensitive, unknown said so. */
export function showValue(value: PlanValue | undefined, sensitive: boolean, unknown = false): string {
  if (sensitive) return SENSITIVE;
  if (unknown) return KNOWN_AFTER_APPLY;
  if (value === undefined || value === null) return "null";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The attribute paths whose value differs between `before` and `after`,
 * down to the leaves (a list of blocks gives `ebs_block_device[1].volume_size`);
 * a value that becomes unknown counts as changed. At most `limit` paths.
 */
export function changedPaths(before: PlanValue, after: PlanValue, afterUnknown: PlanValue, limit = 200): PathStep[][] {
  const out: PathStep[][] = [];
  const walk = (b: PlanValue | undefined, a: PlanValue | undefined, u: PlanValue | undefined, path: PathStep[], depth: number): void => {
    if (out.length >= limit) return;
    if (u === true) {
      out.push(path);
      return;
    }
    if (depth < 32 && isObject(b) && isObject(a)) {
      const keys = new Set([...Object.keys(b), ...Object.keys(a), ...(isObject(u) ? Object.keys(u) : [])]);
      for (const k of [...keys].sort()) walk(b[k], a[k], isObject(u) ? u[k] : undefined, [...path, k], depth + 1);
      return;
    }
    if (depth < 32 && Array.isArray(b) && Array.isArray(a) && b.length === a.length) {
      const uu = Array.isArray(u) ? (u as readonly PlanValue[]) : [];
      for (let i = 0; i < a.length; i++) walk((b as readonly PlanValue[])[i], (a as readonly PlanValue[])[i], uu[i], [...path, i], depth + 1);
      return;
    }
    if (!sameValue(b ?? null, a ?? null) && path.length > 0) out.push(path);
  };
  walk(before, after, afterUnknown, [], 0);
  return out;
}

/** Deep equality of JSON values. */
export function sameValue(a: PlanValue, b: PlanValue): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as readonly PlanValue[];
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ao = a as JsonObject;
  const bo = b as JsonObject;
  const keys = Object.keys(ao);
  return keys.length === Object.keys(bo).length && keys.every((k) => k in bo && sameValue(ao[k], bo[k]));
}

/** The kind of change its actions make. */
export function changeKind(actions: readonly string[]): ChangeKind {
  const [first, second] = actions;
  if (actions.length === 1) {
    if (first === "no-op" || first === "create" || first === "read" || first === "update" || first === "delete" || first === "forget") return first;
    return "other";
  }
  if (actions.length === 2 && first === "delete" && second === "create") return "replace-destroy-first";
  if (actions.length === 2 && first === "create" && second === "delete") return "replace-create-first";
  return "other";
}
