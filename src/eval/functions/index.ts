/**
 * Terraform's function table and the call wrapper: arity, null and unknown
 * handling, errors, size limits and origins are dealt with here once, so
 * each implementation only computes.
 */
import type { CallContext } from "../internal.js";
import { EvalError, MAX_COLLECTION, MAX_STRING, STEP_TEXT, STEP_VALUES, chargeSteps, markIncomplete } from "../internal.js";
import type { Value } from "../value.js";
import { errorValue, firstError, isKnown, joinOrigins, nodeCount, unknownValue } from "../values.js";
import { collectionFunctions } from "./collections.js";
import { conversionFunctions } from "./conversion.js";
import { encodingFunctions } from "./encoding.js";
import { filesystemFunctions } from "./filesystem.js";
import { hashFunctions } from "./hash.js";
import { networkFunctions } from "./network.js";
import { numericFunctions } from "./numeric.js";
import type { FunctionDef } from "./registry.js";
import { stringFunctions } from "./strings.js";
import { timeFunctions } from "./time.js";

/** Every supported function by name. */
export const FUNCTIONS: ReadonlyMap<string, FunctionDef> = new Map(
  Object.entries({
    ...stringFunctions,
    ...collectionFunctions,
    ...conversionFunctions,
    ...encodingFunctions,
    ...numericFunctions,
    ...networkFunctions,
    ...hashFunctions,
    ...filesystemFunctions,
    ...timeFunctions,
  }),
);

/** Functions Terraform has whose result depends on time, randomness, secrets or the machine: always unknown. */
export const IMPURE_FUNCTIONS: ReadonlySet<string> = new Set([
  "timestamp",
  "plantimestamp",
  "uuid",
  "bcrypt",
  "rsadecrypt",
  "abspath",
  "pathexpand",
  "ephemeralasnull",
]);

/** Calls a function by name on evaluated arguments. Never throws. */
export function callFunction(name: string, args: readonly Value[], call: CallContext): Value {
  const def = FUNCTIONS.get(name);
  if (!def) {
    const reason = IMPURE_FUNCTIONS.has(name) ? `${name}() is not known before apply` : `function ${name}() is not evaluated by tfmould`;
    const err = firstError(args);
    return err ?? unknownValue("any", reason, [call.origin]);
  }
  const max = def.variadic ? Infinity : def.params + (def.optional ?? 0);
  if (args.length < def.params || args.length > max) {
    return errorValue(`${name}() takes ${describeArity(def)} arguments, got ${args.length}`, [call.origin]);
  }
  const err = firstError(args);
  if (err) return err;
  if (!def.nullable && args.some((a) => a.kind === "null")) {
    return errorValue(`${name}() does not accept null arguments`, [call.origin]);
  }
  if (!def.partial && !args.every(isKnown)) {
    const reason = args.find((a) => a.kind === "unknown")?.kind === "unknown" ? "argument not known" : "argument not fully known";
    return unknownValue(def.returns, reason, joinOrigins([call.origin], ...args.map((a) => a.origins)));
  }
  if (!def.cheap) {
    let work = 0;
    for (const a of args) work += workOf(a, def.deep === true);
    if (!chargeSteps(call.ctx, work, call.origin)) return unknownValue(def.returns, OUT_OF_STEPS, [call.origin]);
  }
  let result: Value;
  try {
    result = def.impl(args, call);
  } catch (e) {
    if (e instanceof EvalError) return errorValue(`${name}(): ${e.message}`, [call.origin]);
    markIncomplete(call.ctx);
    return unknownValue("any", `${name}() failed: ${e instanceof Error ? e.message : String(e)}`, [call.origin]);
  }
  const oversized = (result.kind === "string" && result.value.length > MAX_STRING) || (result.kind === "tuple" && result.items.length > MAX_COLLECTION);
  // An oversized result is dropped by `finish` with its own notice: nothing more is done with it.
  if (!def.cheap && !oversized && !chargeSteps(call.ctx, workOf(result, false), call.origin)) {
    return unknownValue(def.returns, OUT_OF_STEPS, [call.origin]);
  }
  return finish(result, args, call);
}

const OUT_OF_STEPS = "evaluation budget exceeded";

/**
 * The steps a function call is charged for a value it takes or gives, on
 * top of the expression steps that built its arguments: a call does work
 * proportional to them (copying, sorting, scanning), and a loop of calls on
 * one large value would otherwise cost no more steps than calls on a small
 * one. Characters count by STEP_TEXT; collections by their elements, or
 * by their logical size for a function that walks them at every depth, by
 * STEP_VALUES.
 */
function workOf(v: Value, deep: boolean): number {
  switch (v.kind) {
    case "string":
      return Math.ceil(v.value.length / STEP_TEXT);
    case "tuple":
      return Math.ceil((deep ? nodeCount(v) : v.items.length) / STEP_VALUES);
    case "object":
      return Math.ceil((deep ? nodeCount(v) : v.entries.size) / STEP_VALUES);
    default:
      return 0;
  }
}

function describeArity(def: FunctionDef): string {
  if (def.variadic) return `at least ${def.params}`;
  if (def.optional) return `${def.params} to ${def.params + def.optional}`;
  return String(def.params);
}

/**
 * Gives the result its origins (an argument passed through keeps its own,
 * then the call; a new value is the call, then the arguments it was made
 * from) and applies the size limits.
 */
function finish(result: Value, args: readonly Value[], call: CallContext): Value {
  const origins = joinOrigins([call.origin], ...args.map((a) => a.origins));
  if (result.kind === "string" && result.value.length > MAX_STRING) return tooLarge("string", call, origins);
  if (result.kind === "tuple" && result.items.length > MAX_COLLECTION) return tooLarge("tuple", call, origins);
  if (result.origins.length > 0) return { ...result, origins: joinOrigins(result.origins, [call.origin]) };
  return fillOrigins(result, origins);
}

/** Gives a new value and its new parts the given origins; parts passed through from arguments keep theirs. */
function fillOrigins(v: Value, origins: Value["origins"]): Value {
  if (v.origins.length > 0) return v;
  switch (v.kind) {
    case "tuple":
      return { ...v, items: v.items.map((x) => fillOrigins(x, origins)), origins };
    case "object": {
      const entries = new Map<string, Value>();
      for (const [k, x] of v.entries) entries.set(k, fillOrigins(x, origins));
      return { ...v, entries, origins };
    }
    default:
      return { ...v, origins };
  }
}

function tooLarge(type: "string" | "tuple", call: CallContext, origins: Value["origins"]): Value {
  call.ctx.scope.report({
    severity: "warning",
    summary: type === "string" ? "String too large" : "Collection too large",
    detail:
      type === "string"
        ? `This function call builds a string longer than ${MAX_STRING} characters; its value is treated as unknown.`
        : `This function call builds more than ${MAX_COLLECTION} elements; its value is treated as unknown.`,
    origin: call.origin,
  });
  return unknownValue(type, "too large", origins);
}
