/**
 * Terraform's collection functions. Several take partly known lists (a list
 * of known length whose elements are unknown) and still give what can be
 * known: `length`, `concat`, `element`, `lookup`, `keys`, `merge`, ...
 */
import type { CallContext } from "../internal.js";
import { EvalError, MAX_RANGE } from "../internal.js";
import type { Value } from "../value.js";
import {
  addOrigins,
  asBool,
  asString,
  boolValue,
  isKnown,
  nullValue,
  numberValue,
  objectValue,
  selectingOrigins,
  setValue,
  sortedKeys,
  compareStrings,
  stringValue,
  tupleValue,
  unknownValue,
  valueKey,
  valuesEqual,
} from "../values.js";
import { unifyElements } from "./conversion.js";
import type { FunctionTable } from "./registry.js";
import { checkSize, graphemes, int, list, num, obj, str } from "./registry.js";

/**
 * `alltrue` (decisive = false) and `anytrue` (decisive = true): the first
 * known element equal to `decisive` settles the answer, even when others are
 * unknown; otherwise an unknown element leaves it unknown.
 */
function settledBy(l: Value, decisive: boolean): Value {
  if (l.kind === "unknown") return unknownValue("bool", "argument not known");
  let unknown = false;
  for (const item of list(l).items) {
    if (item.kind === "unknown") {
      unknown = true;
      continue;
    }
    const b = asBool(item);
    if (b === undefined) throw new EvalError("elements must be bools");
    if (b === decisive) return boolValue(decisive);
  }
  return unknown ? unknownValue("bool", "element not known") : boolValue(!decisive);
}

function unknownIn(args: readonly Value[]): boolean {
  return args.some((a) => a.kind === "unknown");
}

function isSetArg(v: Value): boolean {
  return v.kind === "tuple" && v.set === true;
}

function flattenInto(items: readonly Value[], out: Value[]): boolean {
  for (const item of items) {
    if (item.kind === "unknown") return false;
    if (item.kind === "tuple") {
      if (!flattenInto(item.items, out)) return false;
    } else {
      out.push(item);
    }
  }
  return true;
}

function containsValue(items: readonly Value[], v: Value): boolean | undefined {
  let result: boolean | undefined = false;
  for (const item of items) {
    const eq = valuesEqual(item, v);
    if (eq === true) return true;
    if (eq === undefined) result = undefined;
  }
  return result;
}

function rangeValues(args: readonly Value[], call: CallContext): Value {
  const nums = args.map((a) => num(a));
  let start = 0;
  let limit: number;
  let step: number;
  if (nums.length === 1) {
    limit = nums[0];
    step = 1;
  } else {
    start = nums[0];
    limit = nums[1];
    step = nums.length === 3 ? nums[2] : start > limit ? -1 : 1;
  }
  if (step === 0) throw new EvalError("step must not be zero");
  const count = Math.max(0, Math.ceil((limit - start) / step));
  if (count > MAX_RANGE) {
    call.ctx.scope.report({
      severity: "warning",
      summary: "range() result too large",
      detail: `range() would give ${count} values; Terraform allows at most ${MAX_RANGE}.`,
      origin: call.origin,
    });
    throw new EvalError(`more than ${MAX_RANGE} values`);
  }
  const out: Value[] = [];
  for (let i = 0; i < count; i++) out.push(numberValue(start + i * step));
  return tupleValue(out);
}

function setOperation(args: readonly Value[], op: "union" | "intersection" | "subtract"): Value {
  const lists = args.map((a) => list(a, "set"));
  let acc: Value[] = [...lists[0].items];
  for (const l of lists.slice(1)) {
    const keys = new Set(l.items.map(valueKey));
    if (op === "union") acc = acc.concat(l.items);
    else if (op === "intersection") acc = acc.filter((x) => keys.has(valueKey(x)));
    else acc = acc.filter((x) => !keys.has(valueKey(x)));
  }
  return setValue(unifyElements(acc));
}

export const collectionFunctions: FunctionTable = {
  length: {
    params: 1,
    returns: "number",
    partial: true,
    impl: ([v]) => {
      switch (v.kind) {
        case "string":
          return numberValue(graphemes(v.value).length);
        case "tuple":
          return numberValue(v.items.length);
        case "object":
          return numberValue(v.entries.size);
        case "unknown":
          return unknownValue("number", v.reason ?? "argument not known");
        default:
          throw new EvalError(`cannot take the length of a ${v.kind}`);
      }
    },
  },
  alltrue: {
    params: 1,
    returns: "bool",
    partial: true,
    impl: ([l]) => settledBy(l, false),
  },
  anytrue: {
    params: 1,
    returns: "bool",
    partial: true,
    impl: ([l]) => settledBy(l, true),
  },
  chunklist: {
    params: 2,
    returns: "tuple",
    impl: ([l, size], call) => {
      const items = list(l).items;
      const n = int(size, "chunk size");
      if (n < 0) throw new EvalError("chunk size must not be negative");
      if (n === 0) return tupleValue([tupleValue(items)]);
      checkSize(items.length / n, call);
      const out: Value[] = [];
      for (let i = 0; i < items.length; i += n) out.push(tupleValue(items.slice(i, i + n)));
      return tupleValue(out);
    },
  },
  coalesce: {
    params: 0,
    variadic: true,
    returns: "any",
    partial: true,
    nullable: true,
    impl: (args) => {
      const anyString = args.some((a) => a.kind === "string" || (a.kind === "unknown" && a.type === "string"));
      for (const a of args) {
        if (a.kind === "unknown") return unknownValue(anyString ? "string" : a.type, a.reason ?? "argument not known", a.origins);
        if (a.kind === "null" || (a.kind === "string" && a.value === "")) continue;
        if (anyString && (a.kind === "number" || a.kind === "bool")) return stringValue(asString(a) as string, a.origins);
        return a;
      }
      throw new EvalError("no non-null, non-empty-string arguments");
    },
  },
  coalescelist: {
    params: 0,
    variadic: true,
    returns: "tuple",
    partial: true,
    nullable: true,
    impl: (args) => {
      for (const a of args) {
        if (a.kind === "unknown") return unknownValue("tuple", a.reason ?? "argument not known", a.origins);
        if (a.kind === "null") continue;
        if (list(a).items.length > 0) return a;
      }
      throw new EvalError("no non-null, non-empty list arguments");
    },
  },
  compact: {
    params: 1,
    returns: "tuple",
    impl: ([l]) =>
      tupleValue(
        list(l).items.filter((item) => {
          if (item.kind === "null") return false;
          const s = asString(item);
          if (s === undefined) throw new EvalError("elements must be strings");
          return s !== "";
        }),
      ),
  },
  concat: {
    params: 0,
    variadic: true,
    returns: "tuple",
    partial: true,
    impl: (args, call) => {
      if (unknownIn(args)) return unknownValue("tuple", "argument not known");
      const items: Value[] = [];
      for (const a of args) items.push(...list(a).items);
      checkSize(items.length, call);
      return tupleValue(items);
    },
  },
  contains: {
    deep: true,
    params: 2,
    returns: "bool",
    partial: true,
    impl: ([l, v]) => {
      if (l.kind === "unknown") return unknownValue("bool", "argument not known");
      const found = containsValue(list(l).items, v);
      return found === undefined ? unknownValue("bool", "element not known") : boolValue(found);
    },
  },
  distinct: {
    deep: true,
    params: 1,
    returns: "tuple",
    impl: ([l]) => {
      const seen = new Set<string>();
      const out: Value[] = [];
      for (const item of list(l).items) {
        const key = valueKey(item);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(item);
      }
      return tupleValue(out);
    },
  },
  element: {
    cheap: true,
    params: 2,
    returns: "any",
    partial: true,
    impl: ([l, i]) => {
      if (l.kind === "unknown" || i.kind === "unknown") return unknownValue("any", "argument not known");
      const items = list(l).items;
      if (isSetArg(l)) throw new EvalError("cannot use element on a set");
      const n = int(i, "index");
      if (items.length === 0) throw new EvalError("cannot use element function with an empty list");
      if (n < 0) throw new EvalError("cannot use element function with a negative index");
      return items[n % items.length];
    },
  },
  flatten: {
    deep: true,
    params: 1,
    returns: "tuple",
    partial: true,
    impl: ([l], call) => {
      if (l.kind === "unknown") return unknownValue("tuple", "argument not known");
      const out: Value[] = [];
      if (!flattenInto(list(l).items, out)) return unknownValue("tuple", "element not known");
      checkSize(out.length, call);
      return tupleValue(out);
    },
  },
  index: {
    deep: true,
    params: 2,
    returns: "number",
    impl: ([l, v]) => {
      const items = list(l).items;
      for (let i = 0; i < items.length; i++) if (valuesEqual(items[i], v) === true) return numberValue(i);
      throw new EvalError("item not found");
    },
  },
  keys: {
    params: 1,
    returns: "tuple",
    partial: true,
    impl: ([m]) => {
      if (m.kind === "unknown") return unknownValue("tuple", "argument not known");
      return tupleValue(sortedKeys(obj(m)).map((k) => stringValue(k)));
    },
  },
  values: {
    params: 1,
    returns: "tuple",
    partial: true,
    impl: ([m]) => {
      if (m.kind === "unknown") return unknownValue("tuple", "argument not known");
      const o = obj(m);
      return tupleValue(sortedKeys(o).map((k) => o.entries.get(k) as Value));
    },
  },
  lookup: {
    cheap: true,
    params: 2,
    optional: 1,
    returns: "any",
    partial: true,
    nullable: true,
    impl: ([m, k, d]) => {
      if (m.kind === "null" || k.kind === "null") throw new EvalError("lookup does not accept null arguments");
      if (m.kind === "unknown" || k.kind === "unknown") return unknownValue("any", "argument not known");
      const found = obj(m).entries.get(str(k, "key"));
      // The key chose the element: where it was written is where a user picks another.
      if (found !== undefined) return addOrigins(found, selectingOrigins(k.origins));
      if (d === undefined) throw new EvalError(`no key "${str(k)}" in map and no default`);
      return d;
    },
  },
  matchkeys: {
    deep: true,
    params: 3,
    returns: "tuple",
    impl: ([vals, ks, search]) => {
      const v = list(vals).items;
      const k = list(ks).items;
      if (v.length !== k.length) throw new EvalError("values and keys must have the same length");
      const wanted = new Set(list(search).items.map(valueKey));
      return tupleValue(v.filter((_, i) => wanted.has(valueKey(k[i]))));
    },
  },
  merge: {
    params: 0,
    variadic: true,
    returns: "object",
    partial: true,
    nullable: true,
    impl: (args) => {
      if (unknownIn(args)) return unknownValue("object", "argument not known");
      const entries = new Map<string, Value>();
      for (const a of args) {
        if (a.kind === "null") continue;
        for (const [k, v] of obj(a, "merge argument").entries) {
          entries.delete(k);
          entries.set(k, v);
        }
      }
      return objectValue(entries);
    },
  },
  one: {
    cheap: true,
    params: 1,
    returns: "any",
    partial: true,
    impl: ([l]) => {
      if (l.kind === "unknown") return unknownValue("any", "argument not known");
      const items = list(l).items;
      if (items.length === 0) return nullValue();
      if (items.length > 1) throw new EvalError("must be a list, set, or tuple value with either zero or one elements");
      return items[0];
    },
  },
  range: { params: 1, optional: 2, returns: "tuple", impl: (args, call) => rangeValues(args, call) },
  reverse: {
    params: 1,
    returns: "tuple",
    partial: true,
    impl: ([l]) => {
      if (l.kind === "unknown") return unknownValue("tuple", "argument not known");
      if (isSetArg(l)) throw new EvalError("cannot reverse a set");
      return tupleValue([...list(l).items].reverse());
    },
  },
  setintersection: { deep: true, params: 1, variadic: true, returns: "tuple", impl: (args) => setOperation(args, "intersection") },
  setsubtract: { deep: true, params: 2, returns: "tuple", impl: (args) => setOperation(args, "subtract") },
  setunion: { deep: true, params: 1, variadic: true, returns: "tuple", impl: (args) => setOperation(args, "union") },
  setproduct: {
    params: 1,
    variadic: true,
    returns: "tuple",
    impl: (args, call) => {
      const lists = args.map((a) => list(a).items);
      const total = lists.reduce((n, l) => n * l.length, 1);
      checkSize(total, call);
      let acc: Value[][] = [[]];
      for (const l of lists) {
        const next: Value[][] = [];
        for (const prefix of acc) for (const item of l) next.push([...prefix, item]);
        acc = next;
      }
      const rows = acc.map((r) => tupleValue(r));
      return args.every(isSetArg) ? setValue(rows) : tupleValue(rows);
    },
  },
  slice: {
    params: 3,
    returns: "tuple",
    partial: true,
    impl: ([l, s, e]) => {
      if (l.kind === "unknown" || s.kind === "unknown" || e.kind === "unknown") return unknownValue("tuple", "argument not known");
      const items = list(l).items;
      const start = int(s, "start index");
      const end = int(e, "end index");
      if (start < 0 || end > items.length || start > end) throw new EvalError("slice indexes out of range");
      return tupleValue(items.slice(start, end));
    },
  },
  sort: {
    params: 1,
    returns: "tuple",
    impl: ([l]) => {
      const strs = list(l).items.map((item) => {
        const s = asString(item);
        if (s === undefined) throw new EvalError("elements must be strings");
        return s;
      });
      return tupleValue(strs.sort(compareStrings).map((s) => stringValue(s)));
    },
  },
  sum: {
    params: 1,
    returns: "number",
    impl: ([l]) => {
      const items = list(l).items;
      if (items.length === 0) throw new EvalError("cannot sum an empty list");
      return numberValue(items.reduce((acc, item) => acc + num(item, "element"), 0));
    },
  },
  transpose: {
    params: 1,
    returns: "object",
    impl: ([m]) => {
      const out = new Map<string, string[]>();
      const o = obj(m);
      for (const k of sortedKeys(o)) {
        for (const item of list(o.entries.get(k) as Value, "map value").items) {
          const s = str(item, "element");
          const l = out.get(s);
          if (l) l.push(k);
          else out.set(s, [k]);
        }
      }
      return objectValue(new Map([...out].map(([k, l]) => [k, tupleValue(l.map((x) => stringValue(x)))])));
    },
  },
  zipmap: {
    params: 2,
    returns: "object",
    partial: true,
    impl: ([ks, vs]) => {
      if (ks.kind === "unknown" || vs.kind === "unknown" || !isKnown(ks)) return unknownValue("object", "argument not known");
      const k = list(ks).items;
      const v = list(vs).items;
      if (k.length !== v.length) throw new EvalError("keys and values must have the same length");
      const entries = new Map<string, Value>();
      k.forEach((key, i) => entries.set(str(key, "key"), v[i]));
      return objectValue(entries);
    },
  },
};

