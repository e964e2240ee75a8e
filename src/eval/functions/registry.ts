/**
 * How a Terraform function is declared here, and the argument readers that
 * turn a `Value` into what an implementation needs (throwing `EvalError`
 * where Terraform would reject the argument).
 */
import type { CallContext } from "../internal.js";
import { EvalError, MAX_COLLECTION } from "../internal.js";
import type { ObjectValue, TupleValue, Value, ValueType } from "../value.js";
import { asBool, asNumber, asString, stringValue } from "../values.js";

export interface FunctionDef {
  /** Required arguments. */
  readonly params: number;
  /** Optional arguments after the required ones. */
  readonly optional?: number;
  /** Takes any number of further arguments. */
  readonly variadic?: boolean;
  /** What it returns, for the unknown it gives when an argument is unknown. */
  readonly returns: ValueType;
  /** Handles unknown and partly known arguments itself (otherwise any unknown part gives unknown). */
  readonly partial?: boolean;
  /** Accepts null arguments (otherwise a null argument is an error, as in Terraform). */
  readonly nullable?: boolean;
  /**
   * Walks its arguments at every depth (compares, encodes or converts
   * them): each call is charged their logical size in steps, so calls in a
   * loop over a large value stay within the budget.
   */
  readonly deep?: boolean;
  /**
   * Takes constant time whatever its arguments' size (`element`, `lookup`,
   * ...): not charged for them. Other calls are charged for the size of
   * what they take and give (see `workOf` in the function table).
   */
  readonly cheap?: boolean;
  readonly impl: (args: readonly Value[], call: CallContext) => Value;
}

export type FunctionTable = Readonly<Record<string, FunctionDef>>;

/** A known string argument (numbers and bools convert, as in Terraform). */
export function str(v: Value, what = "argument"): string {
  const s = asString(v);
  if (s === undefined) throw new EvalError(`${what} must be a string`);
  return s;
}

/** A known number argument (numeric strings convert). */
export function num(v: Value, what = "argument"): number {
  const n = asNumber(v);
  if (n === undefined) throw new EvalError(`${what} must be a number`);
  return n;
}

/** A whole number argument. */
export function int(v: Value, what = "argument"): number {
  const n = num(v, what);
  if (!Number.isInteger(n)) throw new EvalError(`${what} must be a whole number`);
  return n;
}

/** A known bool argument (`"true"`/`"false"` convert). */
export function bool(v: Value, what = "argument"): boolean {
  const b = asBool(v);
  if (b === undefined) throw new EvalError(`${what} must be a bool`);
  return b;
}

/** A list, set or tuple argument. */
export function list(v: Value, what = "argument"): TupleValue {
  if (v.kind !== "tuple") throw new EvalError(`${what} must be a list`);
  return v;
}

/** A map or object argument. */
export function obj(v: Value, what = "argument"): ObjectValue {
  if (v.kind !== "object") throw new EvalError(`${what} must be a map`);
  return v;
}

/** A string result. */
export function strResult(s: string): Value {
  return stringValue(s);
}

/** Throws when a function would build a collection larger than allowed. */
export function checkSize(n: number, call: CallContext): void {
  if (n > MAX_COLLECTION) {
    call.ctx.scope.report({
      severity: "warning",
      summary: "Collection too large",
      detail: `This function call would build more than ${MAX_COLLECTION} elements; its value is treated as unknown.`,
      origin: call.origin,
    });
    throw new EvalError("collection too large");
  }
}

/** Splits a string into user-perceived characters (grapheme clusters), as Terraform counts them. */
export function graphemes(s: string): string[] {
  // ASCII has no multi-unit clusters except "\r\n".
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s) && !s.includes("\r\n")) return s.split("");
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return Array.from(segmenter.segment(s), (seg) => seg.segment);
}

/** Made when first needed: making one costs milliseconds at the start of every run, most of which never use it. */
let segmenter: Intl.Segmenter | undefined;
