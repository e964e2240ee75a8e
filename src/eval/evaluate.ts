/**
 * The public entry points: `evaluate` and `evaluateInstances`, with
 * `count.index` and `each.*` bound per instance of a resource.
 */
import type { Expression, HclFile } from "../hcl/ast.js";
import { fileOfNode } from "../model/node-files.js";
import type { MetaArguments, Module, Resource } from "../model/types.js";
import { evalExpr } from "./expr.js";
import type { Ctx } from "./internal.js";
import { markIncomplete } from "./internal.js";
import { scopeInternals } from "./scope.js";
import type { InstanceValue, Scope } from "./types.js";
import type { Value } from "./value.js";
import { asNumber, isKnown, numberValue, objectValue, sortedKeys, stringValue, typeOf, unknownValue, valuesEqual } from "./values.js";

/** Instances evaluated one by one at most; a larger known count is treated as unknown. */
export const MAX_INSTANCES = 256;

/** One instance of a counted or `for_each` item: its key and the names it binds. */
export interface InstanceBinding {
  readonly key: string | number | undefined;
  readonly bindings: ReadonlyMap<string, Value>;
}

/** Something with `count` / `for_each` and the file they are written in. */
export interface Repeatable extends MetaArguments {
  readonly file: HclFile;
}

const NOT_REPEATED: readonly InstanceBinding[] = [{ key: undefined, bindings: new Map() }];

/**
 * The instances of a resource or module call: one per element when its
 * `count` or `for_each` is known (each binding `count` or `each`), none for
 * `count = 0`, and a single instance with nothing bound when the collection
 * is unknown or too large.
 */
export function instancesOf(item: Repeatable, scope: Scope): readonly InstanceBinding[] {
  const s = scopeInternals(scope);
  if (!s) return NOT_REPEATED;
  let perScope = instanceCache.get(s.cacheKey);
  if (!perScope) instanceCache.set(s.cacheKey, (perScope = new WeakMap()));
  const found = perScope.get(item);
  if (found) {
    s.noteReads(found.reads);
    return found.instances;
  }
  const start = s.startReads();
  const instances = computeInstances(item, scope);
  perScope.set(item, { instances, reads: s.endReads(start) });
  return instances;
}

/** Instances already computed, per module instance (scope state) and item, with the variables they read. */
const instanceCache = new WeakMap<object, WeakMap<Repeatable, { instances: readonly InstanceBinding[]; reads: readonly string[] }>>();

function computeInstances(item: Repeatable, scope: Scope): readonly InstanceBinding[] {
  const s = scopeInternals(scope);
  if (!s) return NOT_REPEATED;
  // The same values `evaluate` gives (and remembers): rules read `count` and `for_each` too.
  if (item.count) {
    const v = evaluateInScope(s, item.count.expr, item.file);
    const n = asNumber(v);
    if (n === undefined || !Number.isInteger(n) || n < 0 || n > MAX_INSTANCES) return NOT_REPEATED;
    return Array.from({ length: n }, (_, i) => ({
      key: i,
      bindings: new Map([["count", objectValue(new Map([["index", numberValue(i, v.origins)]]), v.origins)]]),
    }));
  }
  if (item.forEach) {
    const v = evaluateInScope(s, item.forEach.expr, item.file);
    // A map's keys name the instances even while some of its values are
    // unknown (an id another resource returns): Terraform needs only the keys.
    if (v.kind === "unknown") return NOT_REPEATED;
    const pairs: [string, Value][] = [];
    if (v.kind === "object") {
      for (const k of sortedKeys(v)) pairs.push([k, v.entries.get(k) as Value]);
    } else if (v.kind === "tuple" && v.set) {
      for (const item2 of v.items) {
        if (item2.kind !== "string") return NOT_REPEATED;
        pairs.push([item2.value, item2]);
      }
    } else {
      return NOT_REPEATED;
    }
    if (pairs.length > MAX_INSTANCES) return NOT_REPEATED;
    return pairs.map(([k, value]) => ({
      key: k,
      bindings: new Map([
        [
          "each",
          objectValue(
            new Map([
              ["key", stringValue(k, value.origins)],
              ["value", value],
            ]),
            v.origins,
          ),
        ],
      ]),
    }));
  }
  return NOT_REPEATED;
}

/** The file an expression of `module` was written in. */
function fileOf(expr: Expression, module: Module, fallback?: HclFile): string {
  return (fileOfNode(module, expr) ?? fallback)?.filename ?? "";
}

/**
 * Whether an expression mentions `count` or `each`, remembered per module:
 * its expressions live as long as it does, and one map per module costs the
 * garbage collector one weak entry instead of one per expression.
 */
const referencesByModule = new WeakMap<Module, Map<Expression, boolean>>();

function referencesInstance(expr: Expression, module: Module): boolean {
  let known = referencesByModule.get(module);
  if (!known) referencesByModule.set(module, (known = new Map()));
  let found = known.get(expr);
  if (found === undefined) known.set(expr, (found = mentionsInstance(expr)));
  return found;
}

/** Whether `count` or `each` appears anywhere in an expression. */
function mentionsInstance(expr: Expression): boolean {
  const stack: unknown[] = [expr];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    const n = node as { type?: string; name?: string };
    if (n.type === "Variable" && (n.name === "count" || n.name === "each")) return true;
    // `for...in` rather than Object.entries: no array per visited node.
    for (const key in node) {
      const child: unknown = (node as Record<string, unknown>)[key];
      if (key !== "range" && key !== "nameRange" && key !== "opRange" && typeof child === "object") stack.push(child);
    }
  }
  return false;
}

function safeEval(ctx: Ctx, expr: Expression): Value {
  try {
    return evalExpr(ctx, expr);
  } catch (e) {
    markIncomplete(ctx);
    return unknownValue("any", `evaluation failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Evaluates an expression once per module instance (the result is kept in
 * the scope state's `remembered`). Rules ask for the same values over and
 * over (every rule checks each resource's `count`); once the locals and
 * variables an expression reads are computed, which the scope caches,
 * evaluating it again gives the same value, unless the evaluation hit a
 * limit (see `Budget.incomplete`).
 */
function evaluateInScope(s: NonNullable<ReturnType<typeof scopeInternals>>, expr: Expression, fallback: HclFile | undefined): Value {
  // Names bound by the caller (a `dynamic` iterator) are not part of the key.
  if (s.extraBindings.size > 0) return safeEval(s.context(fileOf(expr, s.module, fallback), s.newBudget()), expr);
  const known = s.remembered.get(expr);
  // An expression of the module's files is evaluated as written there, whatever the fallback.
  if (known && (known.written || known.file === fileOf(expr, s.module, fallback))) {
    s.noteReads(known.reads);
    return known.value;
  }
  const writtenIn = fileOfNode(s.module, expr);
  const file = (writtenIn ?? fallback)?.filename ?? "";
  const budget = s.newBudget();
  const start = s.startReads();
  const value = safeEval(s.context(file, budget), expr);
  const reads = s.endReads(start);
  if (!budget.exhausted && !budget.incomplete) s.remembered.set(expr, { file, written: writtenIn !== undefined, value, reads });
  return value;
}

/**
 * One value of `expr` per instance of `resource`: with a known `count` or
 * `for_each`, one entry per instance (key = index or `for_each` key, none
 * for `count = 0`); otherwise a single entry with key undefined, where
 * `count.index` and `each.*` are unknown. Never throws.
 */
export function evaluateInstances(expr: Expression, scope: Scope, resource: Resource): InstanceValue[] {
  const s = scopeInternals(scope);
  if (!s) return [{ key: undefined, value: unknownValue("any", "scope not made by createModuleScope") }];
  const file = fileOf(expr, scope.module, resource.file);
  return instancesOf(resource, scope).map((inst) => ({
    key: inst.key,
    value: safeEval(s.context(file, s.newBudget(), "module", inst.bindings), expr),
  }));
}

/**
 * Evaluates an expression in a module scope. Never throws: what cannot be
 * known statically is an `unknown` value (with a `reason`).
 *
 * With `resource`, `count.index` and `each.key`/`each.value` are bound. An
 * expression that mentions them has one value per instance; `evaluate`
 * gives that value when every instance agrees, and unknown otherwise (use
 * `evaluateInstances` to see each one). A resource with no instances
 * (`count = 0`) gives unknown for such an expression. An expression that
 * does not mention them is evaluated once.
 */
export function evaluate(expr: Expression, scope: Scope, resource?: Resource): Value {
  const s = scopeInternals(scope);
  if (!s) return unknownValue("any", "scope not made by createModuleScope");
  if (!resource || (!resource.count && !resource.forEach) || !referencesInstance(expr, scope.module)) {
    return evaluateInScope(s, expr, resource?.file);
  }
  const values = evaluateInstances(expr, scope, resource).map((i) => i.value);
  if (values.length === 0) return unknownValue("any", "the resource has no instances");
  const [first, ...rest] = values;
  if (isKnown(first) && rest.every((v) => isKnown(v) && valuesEqual(first, v) === true)) return first;
  if (values.length === 1) return first;
  const t = typeOf(first);
  return unknownValue(rest.every((v) => typeOf(v) === t) ? t : "any", "differs between instances", first.origins);
}
