/**
 * Building, inspecting and comparing `Value`s. Every constructor takes the
 * origins the value came from; helpers never drop origins silently.
 */
import type { Range } from "../hcl/ast.js";
import { SourceRange } from "../hcl/positions.js";
import type {
  KnownValue,
  ObjectValue,
  Origin,
  StringPiece,
  StringValue,
  TupleValue,
  UnknownValue,
  Value,
  ValueType,
} from "./value.js";

/** A value keeps at most this many origins; long chains only need their ends. */
export const MAX_ORIGINS = 8;

const NO_ORIGINS: readonly Origin[] = [];

/** An origin for a range in a file. */
export function originOf(file: string, range: Range): Origin {
  return { file, range };
}

function sameOrigin(a: Origin, b: Origin): boolean {
  return (
    a.file === b.file &&
    SourceRange.startOffset(a.range) === SourceRange.startOffset(b.range) &&
    SourceRange.endOffset(a.range) === SourceRange.endOffset(b.range)
  );
}

/**
 * The same places marked as having chosen a value (see `Origin.selects`),
 * for the origins of a condition or a key joined to the value they chose.
 */
export function selectingOrigins(origins: readonly Origin[]): readonly Origin[] {
  if (origins.length === 0 || origins.every((o) => o.selects)) return origins;
  return origins.map((o) => (o.selects ? o : { file: o.file, range: o.range, selects: true }));
}

/** The places among `origins` that chose a value (see `Origin.selects`). */
export function choosingOrigins(origins: readonly Origin[]): readonly Origin[] {
  return origins.some((o) => o.selects) ? origins.filter((o) => o.selects) : NO_ORIGINS;
}

/**
 * The same places without the mark of having chosen a value: a condition
 * that chose one part of a larger string did not choose the string (the
 * rest of it may decide a finding on its own).
 */
export function partOrigins(origins: readonly Origin[]): readonly Origin[] {
  if (!origins.some((o) => o.selects)) return origins;
  return origins.map((o) => (o.selects ? { file: o.file, range: o.range } : o));
}

/** Concatenates origin lists, most specific first, without duplicates, capped. */
export function joinOrigins(...lists: (readonly Origin[] | undefined)[]): readonly Origin[] {
  // Every reference passes its value's origins along: no arrays or closures on the common paths.
  let nonEmpty = 0;
  let only: readonly Origin[] | undefined;
  for (const list of lists) {
    if (list !== undefined && list.length > 0) {
      nonEmpty++;
      only = list;
    }
  }
  if (only === undefined) return NO_ORIGINS;
  if (nonEmpty === 1 && only.length <= MAX_ORIGINS) return only;
  const out: Origin[] = [];
  for (const list of lists) {
    if (!list) continue;
    for (const o of list) {
      if (out.length >= MAX_ORIGINS) return out;
      if (!includesOrigin(out, o)) out.push(o);
    }
  }
  return out;
}

/**
 * Like `joinOrigins`, but taking from each list in turn: when both operands
 * of `a && b` decide a result, the cap must not be spent on `a`'s chain
 * alone and drop where `b` was written. The first list's first place stays first.
 */
export function interleaveOrigins(...lists: readonly (readonly Origin[])[]): readonly Origin[] {
  const longest = Math.max(0, ...lists.map((l) => l.length));
  const fits = lists.reduce((n, l) => n + l.length, 0) <= MAX_ORIGINS;
  if (fits || lists.filter((l) => l.length > 0).length <= 1) return joinOrigins(...lists);
  const out: Origin[] = [];
  for (let i = 0; i < longest; i++) {
    for (const list of lists) {
      const o = list[i];
      if (o === undefined || includesOrigin(out, o)) continue;
      out.push(o);
      if (out.length >= MAX_ORIGINS) return out;
    }
  }
  return out;
}

function includesOrigin(list: readonly Origin[], o: Origin): boolean {
  for (const x of list) if (sameOrigin(x, o)) return true;
  return false;
}

export function nullValue(origins: readonly Origin[] = NO_ORIGINS): Value {
  return { kind: "null", origins };
}

export function boolValue(value: boolean, origins: readonly Origin[] = NO_ORIGINS): Value {
  return { kind: "bool", value, origins };
}

export function numberValue(value: number, origins: readonly Origin[] = NO_ORIGINS): Value {
  return { kind: "number", value, origins };
}

export function stringValue(value: string, origins: readonly Origin[] = NO_ORIGINS): StringValue {
  return { kind: "string", value, origins };
}

export function tupleValue(items: readonly Value[], origins: readonly Origin[] = NO_ORIGINS): TupleValue {
  return { kind: "tuple", items, origins };
}

export function objectValue(entries: ReadonlyMap<string, Value>, origins: readonly Origin[] = NO_ORIGINS): ObjectValue {
  return { kind: "object", entries, origins };
}

/**
 * A set: a tuple with `set: true`, its items de-duplicated and sorted the way
 * Terraform orders set elements (strings lexically, numbers numerically,
 * false before true). A set with unknown elements has an unknown size, so it
 * is an unknown value.
 */
export function setValue(items: readonly Value[], origins: readonly Origin[] = NO_ORIGINS): Value {
  if (!items.every(isKnown)) return unknownValue("tuple", "set with unknown elements", origins);
  const seen = new Set<string>();
  const unique: Value[] = [];
  for (const item of items) {
    const key = valueKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(item);
  }
  unique.sort(compareForSet);
  return { kind: "tuple", items: unique, origins, set: true };
}

function compareForSet(a: Value, b: Value): number {
  if (a.kind === "string" && b.kind === "string") return compareStrings(a.value, b.value);
  if (a.kind === "number" && b.kind === "number") return a.value - b.value;
  if (a.kind === "bool" && b.kind === "bool") return Number(a.value) - Number(b.value);
  if (a.kind !== b.kind) return compareStrings(a.kind, b.kind);
  return compareStrings(JSON.stringify(toJs(a)), JSON.stringify(toJs(b)));
}

/** Byte-wise (code point) string order, as Go sorts strings. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  // By UTF-16 units, without an iterator per string: sorting a long list calls this a lot.
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate is part of a code point above U+FFFF, after every unit that is not one.
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    return sx === sy ? x - y : sx ? 1 : -1;
  }
  return a.length - b.length;
}

/** An object's keys in Terraform's iteration order (lexical). */
export function sortedKeys(v: ObjectValue): string[] {
  return [...v.entries.keys()].sort(compareStrings);
}

/** An unknown value of a type, with the reason and, for strings, its known pieces. */
export function unknownValue(
  type: ValueType,
  reason: string,
  origins: readonly Origin[] = NO_ORIGINS,
  pieces?: readonly StringPiece[],
): UnknownValue {
  if (pieces && type === "string") return { kind: "unknown", type, origins, reason, pieces: normalizePieces(pieces) };
  return { kind: "unknown", type, origins, reason };
}

/** Merges adjacent known pieces and adjacent holes; drops empty text. */
export function normalizePieces(pieces: readonly StringPiece[]): StringPiece[] {
  const out: StringPiece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (p.known) {
      if (p.text === "") continue;
      if (last && last.known) out[out.length - 1] = { known: true, text: last.text + p.text };
      else out.push(p);
    } else if (!last || last.known) {
      out.push(p);
    }
  }
  return out;
}

/** The same value with other origins. */
export function withOrigins<V extends Value>(v: V, origins: readonly Origin[]): V {
  return { ...v, origins };
}

/** The same value with `extra` origins after its own (a reference that passed it along). */
export function addOrigins<V extends Value>(v: V, extra: readonly Origin[]): V {
  if (extra.length === 0) return v;
  return { ...v, origins: joinOrigins(v.origins, extra) };
}

/**
 * The attributes a resource or data source always has a value for once it
 * exists (its id, ARN, image id, self link): an unknown read as one of them
 * is never "" nor null, so `var.ami_id == ""` with a caller's
 * `data.aws_ami.x.id` is false, as it will be at apply.
 */
const ALWAYS_SET_ATTRIBUTES = new Set(["id", "arn", "image_id", "self_link"]);

function namesIdentifier(v: UnknownValue): boolean {
  const reference = v.reference;
  if (reference === undefined || reference.startsWith("module.")) return false;
  const last = /\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(reference)?.[1];
  return last !== undefined && ALWAYS_SET_ATTRIBUTES.has(last);
}

function isEmptyOrNull(v: Value): boolean {
  return v.kind === "null" || (v.kind === "string" && v.value === "");
}

/** The Terraform type of a value. */
export function typeOf(v: Value): ValueType {
  return v.kind === "unknown" ? v.type : v.kind;
}

/** What `shapeOf` knows about a collection's contents. */
interface Shape {
  /** Logical size: every value at every depth, a shared part counted each time it appears. */
  readonly nodes: number;
  readonly known: boolean;
  /** Whether some part stands for a value too large to keep (see `TOO_LARGE`). */
  readonly oversized: boolean;
}

/**
 * The reason of an unknown that stands for a value past the size limit.
 * Collections holding one are too large as well, but already said so.
 */
export const TOO_LARGE = "value too large";

/**
 * Shapes per collection, keyed by its `items` array or `entries` map:
 * copies of a value with other origins share those, and so do the parts
 * that `[local.x, local.x]` repeats, so computing a shape is linear in the
 * distinct parts however many times they are shared.
 */
const shapes = new WeakMap<object, Shape>();

const LEAF: Shape = { nodes: 1, known: true, oversized: false };
const UNKNOWN_LEAF: Shape = { nodes: 1, known: false, oversized: false };
const OVERSIZED_LEAF: Shape = { nodes: 1, known: false, oversized: true };

function shapeOf(v: Value): Shape {
  if (v.kind === "unknown") return v.reason === TOO_LARGE ? OVERSIZED_LEAF : UNKNOWN_LEAF;
  if (v.kind !== "tuple" && v.kind !== "object") return LEAF;
  const key = v.kind === "tuple" ? v.items : v.entries;
  const found = shapes.get(key);
  if (found) return found;
  let nodes = 1;
  let known = true;
  let oversized = false;
  for (const item of v.kind === "tuple" ? v.items : v.entries.values()) {
    const s = shapeOf(item);
    nodes += s.nodes;
    known &&= s.known;
    oversized ||= s.oversized;
  }
  const shape = { nodes, known, oversized };
  shapes.set(key, shape);
  return shape;
}

/**
 * The logical size of a value: how many values a walk over it visits (a
 * part shared by several places counts at each). What `==`, encoders and
 * set functions cost; `MAX_NODES` bounds it.
 */
export function nodeCount(v: Value): number {
  return shapeOf(v).nodes;
}

/**
 * Whether a value is too large to keep: "new" when its logical size is
 * past `limit`, "inherited" when a part already stood for such a value
 * (and was reported), false otherwise.
 */
export function tooLarge(v: Value, limit: number): false | "new" | "inherited" {
  const s = shapeOf(v);
  return s.oversized ? "inherited" : s.nodes > limit ? "new" : false;
}

/** Whether the value is fully known, all the way down. */
export function isKnown(v: Value): v is KnownValue {
  return shapeOf(v).known;
}

/**
 * Formats a number as Terraform does when it becomes a string: plain
 * decimal, never an exponent (`1e21` → `"1000000000000000000000"`).
 */
export function numberToString(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : n < 0 ? "-Inf" : "NaN";
  if (Object.is(n, -0)) return "0";
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? "");
  const exp = Number(m[4]);
  if (exp >= 0) {
    const intLen = exp + 1;
    if (digits.length <= intLen) return sign + digits + "0".repeat(intLen - digits.length);
    return sign + digits.slice(0, intLen) + "." + digits.slice(intLen);
  }
  return sign + "0." + "0".repeat(-exp - 1) + digits;
}

/**
 * The string a known primitive converts to (Terraform's automatic
 * conversion): strings as they are, numbers in decimal, bools as
 * `"true"`/`"false"`. Undefined for anything else (null, collections,
 * unknown).
 */
export function asString(v: Value): string | undefined {
  switch (v.kind) {
    case "string":
      return v.value;
    case "number":
      return numberToString(v.value);
    case "bool":
      return v.value ? "true" : "false";
    default:
      return undefined;
  }
}

/**
 * The bool a known value converts to, as Terraform (go-cty's `convert`)
 * converts an argument: a bool as it is, and the strings `"true"`/`"1"`
 * and `"false"`/`"0"`. Undefined for anything else (null, other strings,
 * unknown).
 */
export function asBool(v: Value): boolean | undefined {
  if (v.kind === "bool") return v.value;
  if (v.kind === "string") {
    if (v.value === "true" || v.value === "1") return true;
    if (v.value === "false" || v.value === "0") return false;
  }
  return undefined;
}

const NUMBER_SYNTAX = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses a string as Terraform converts a string to a number; undefined when it is not one. */
export function parseNumber(s: string): number | undefined {
  if (!NUMBER_SYNTAX.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** A known number, or a string that converts to one; else undefined. */
export function asNumber(v: Value): number | undefined {
  if (v.kind === "number") return v.value;
  if (v.kind === "string") return parseNumber(v.value);
  return undefined;
}

/** A plain JS value for a JSON-compatible known value. */
export type JsValue = null | boolean | number | string | JsValue[] | { [key: string]: JsValue };

/**
 * A fully known value as plain JS (objects as plain objects, keys in
 * Terraform's lexical order); undefined when any part is unknown.
 */
export function toJs(v: Value): JsValue | undefined {
  switch (v.kind) {
    case "null":
      return null;
    case "bool":
    case "number":
    case "string":
      return v.value;
    case "tuple": {
      const out: JsValue[] = [];
      for (const item of v.items) {
        const js = toJs(item);
        if (js === undefined) return undefined;
        out.push(js);
      }
      return out;
    }
    case "object": {
      const out: { [key: string]: JsValue } = {};
      for (const key of sortedKeys(v)) {
        const js = toJs(v.entries.get(key) as Value);
        if (js === undefined) return undefined;
        Object.defineProperty(out, key, { value: js, enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case "unknown":
      return undefined;
  }
}

/** A value from plain JS (as produced by JSON or YAML parsing); every part gets `origins`. */
export function fromJs(js: unknown, origins: readonly Origin[] = NO_ORIGINS): Value {
  if (js === null || js === undefined) return nullValue(origins);
  if (typeof js === "boolean") return boolValue(js, origins);
  if (typeof js === "number") return numberValue(js, origins);
  if (typeof js === "bigint") return numberValue(Number(js), origins);
  if (typeof js === "string") return stringValue(js, origins);
  if (Array.isArray(js)) return tupleValue(js.map((x) => fromJs(x, origins)), origins);
  if (js instanceof Map) {
    const entries = new Map<string, Value>();
    for (const [k, x] of js) entries.set(String(k), fromJs(x, origins));
    return objectValue(entries, origins);
  }
  if (js instanceof Date) return stringValue(js.toISOString(), origins);
  if (typeof js === "object") {
    const entries = new Map<string, Value>();
    for (const [k, x] of Object.entries(js)) entries.set(k, fromJs(x, origins));
    return objectValue(entries, origins);
  }
  return unknownValue("any", "value that Terraform cannot represent", origins);
}

/** The most specific place the value was written, if any. */
export function primaryOrigin(v: Value): Origin | undefined {
  return v.origins[0];
}

/**
 * Terraform's `==` on values, ignoring origins: true or false when both are
 * known enough to tell, undefined when an unknown part decides it.
 */
export function valuesEqual(a: Value, b: Value): boolean | undefined {
  if (a.kind === "unknown" || b.kind === "unknown") {
    // Different known types can never become equal.
    if (a.kind !== "unknown" && b.kind === "unknown" && b.type !== "any" && b.type !== a.kind) return false;
    if (b.kind !== "unknown" && a.kind === "unknown" && a.type !== "any" && a.type !== b.kind) return false;
    if ((a.kind === "unknown" && isEmptyOrNull(b) && namesIdentifier(a)) || (b.kind === "unknown" && isEmptyOrNull(a) && namesIdentifier(b))) return false;
    return undefined;
  }
  if (a.kind !== b.kind) return false;
  // Copies of one collection (a local referenced twice) compare without a walk.
  if (a.kind === "tuple" && a.items === (b as TupleValue).items && Boolean(a.set) === Boolean((b as TupleValue).set)) return isKnown(a) ? true : undefined;
  if (a.kind === "object" && a.entries === (b as ObjectValue).entries) return isKnown(a) ? true : undefined;
  switch (a.kind) {
    case "null":
      return true;
    case "bool":
    case "number":
    case "string":
      return a.value === (b as typeof a).value;
    case "tuple": {
      const bt = b as TupleValue;
      if (a.items.length !== bt.items.length) return false;
      if (Boolean(a.set) !== Boolean(bt.set)) return false;
      let result: boolean | undefined = true;
      for (let i = 0; i < a.items.length; i++) {
        const eq = valuesEqual(a.items[i], bt.items[i]);
        if (eq === false) return false;
        if (eq === undefined) result = undefined;
      }
      return result;
    }
    case "object": {
      const bo = b as ObjectValue;
      if (a.entries.size !== bo.entries.size) return false;
      let result: boolean | undefined = true;
      for (const [k, x] of a.entries) {
        const y = bo.entries.get(k);
        if (y === undefined) return false;
        const eq = valuesEqual(x, y);
        if (eq === false) return false;
        if (eq === undefined) result = undefined;
      }
      return result;
    }
  }
}

/** An unknown value standing for something Terraform would fail to evaluate. */
export function errorValue(reason: string, origins: readonly Origin[] = NO_ORIGINS): UnknownValue {
  return { kind: "unknown", type: "any", origins, reason, error: true };
}

/** Whether the value stands for a Terraform evaluation error. */
export function isError(v: Value): boolean {
  return v.kind === "unknown" && v.error === true;
}

/** The first error among values, if any. */
export function firstError(values: readonly Value[]): Value | undefined {
  return values.find(isError);
}

/** The same value with every origin removed, deeply (for values given on the command line). */
export function stripOrigins(v: Value): Value {
  switch (v.kind) {
    case "tuple":
      return { ...v, items: v.items.map(stripOrigins), origins: NO_ORIGINS };
    case "object": {
      const entries = new Map<string, Value>();
      for (const [k, x] of v.entries) entries.set(k, stripOrigins(x));
      return { ...v, entries, origins: NO_ORIGINS };
    }
    default:
      return { ...v, origins: NO_ORIGINS };
  }
}

/**
 * Whether a value's text form (JSON-like) would be longer than `limit`
 * characters; stops counting as soon as it is. Guards encoders against
 * collections that repeat one large string many times.
 */
export function sizeExceeds(v: Value, limit: number): boolean {
  let total = 0;
  const stack: Value[] = [v];
  while (stack.length > 0) {
    const x = stack.pop() as Value;
    switch (x.kind) {
      case "string":
        total += x.value.length + 2;
        break;
      case "tuple":
        total += 2 + x.items.length;
        stack.push(...x.items);
        break;
      case "object":
        total += 2;
        for (const [k, item] of x.entries) {
          total += k.length + 4;
          stack.push(item);
        }
        break;
      default:
        total += 5;
    }
    if (total > limit) return true;
  }
  return false;
}

/**
 * A string that is equal for two known values exactly when `valuesEqual`
 * says they are equal (origins ignored); for de-duplicating in linear time.
 */
export function valueKey(v: Value): string {
  switch (v.kind) {
    case "null":
      return "n";
    case "bool":
      return v.value ? "T" : "F";
    case "number":
      return "#" + String(v.value);
    case "string":
      return JSON.stringify(v.value);
    case "tuple":
      return (v.set ? "{" : "[") + v.items.map(valueKey).join(",") + "]";
    case "object":
      return "(" + sortedKeys(v).map((k) => JSON.stringify(k) + ":" + valueKey(v.entries.get(k) as Value)).join(",") + ")";
    case "unknown":
      return "?";
  }
}

/**
 * Whether two values are the same in every way a rule can observe: kind,
 * contents, key order, set-ness, what is unknown and why, and every origin.
 * Stricter than `valuesEqual`, which is Terraform's `==`.
 */
export function identicalValues(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind || !identicalOrigins(a.origins, b.origins)) return false;
  switch (a.kind) {
    case "null":
      return true;
    case "bool":
    case "string":
      return a.value === (b as typeof a).value;
    case "number":
      return Object.is(a.value, (b as typeof a).value);
    case "tuple": {
      const bt = b as TupleValue;
      if (a.items.length !== bt.items.length || Boolean(a.set) !== Boolean(bt.set)) return false;
      for (let i = 0; i < a.items.length; i++) if (!identicalValues(a.items[i], bt.items[i])) return false;
      return true;
    }
    case "object": {
      const bo = b as ObjectValue;
      if (a.entries.size !== bo.entries.size) return false;
      const others = bo.entries.entries();
      for (const [k, x] of a.entries) {
        const [k2, y] = others.next().value as [string, Value];
        if (k !== k2 || !identicalValues(x, y)) return false;
      }
      return true;
    }
    case "unknown": {
      const bu = b as UnknownValue;
      return a.type === bu.type && a.reason === bu.reason && Boolean(a.error) === Boolean(bu.error) && identicalPieces(a.pieces, bu.pieces);
    }
  }
}

function identicalOrigins(a: readonly Origin[], b: readonly Origin[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameOrigin(a[i], b[i]) || a[i].selects !== b[i].selects) return false;
  return true;
}

function identicalPieces(a: readonly StringPiece[] | undefined, b: readonly StringPiece[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.known !== y.known || (x.known && y.known && x.text !== y.text)) return false;
  }
  return true;
}
