/**
 * Values produced by static evaluation. A value is either fully known, or
 * `unknown` (possibly with a known type, or with known parts of a string).
 * Every value remembers the source ranges it came from, so a finding can
 * point at the literal a user must edit.
 *
 * @packageDocumentation
 */
import type { Range } from "../hcl/ast.js";

/** Where a value was written: a file name (as in `HclFile.filename`) and a range. */
export interface Origin {
  readonly file: string;
  readonly range: Range;
  /**
   * Set when this place chose the value rather than wrote it: the condition
   * of a conditional, the key of a lookup, a flag negated or compared. A
   * finding lists it as a related location (the literal a user may edit to
   * choose otherwise), never as the place the value was written.
   */
  readonly selects?: true;
}

/** The Terraform type of a value, where known. */
export type ValueType = "null" | "bool" | "number" | "string" | "tuple" | "object" | "any";

interface ValueBase {
  /**
   * Where the value was written, most specific first: for `var.image` whose
   * default is `"nginx"`, the default's string literal comes first.
   */
  readonly origins: readonly Origin[];
}

export interface NullValue extends ValueBase {
  readonly kind: "null";
}

export interface BoolValue extends ValueBase {
  readonly kind: "bool";
  readonly value: boolean;
}

export interface NumberValue extends ValueBase {
  readonly kind: "number";
  readonly value: number;
}

export interface StringValue extends ValueBase {
  readonly kind: "string";
  readonly value: string;
}

/** Lists, tuples and sets. */
export interface TupleValue extends ValueBase {
  readonly kind: "tuple";
  readonly items: readonly Value[];
  /** Sets are tuples with `set: true` (sorted, de-duplicated). */
  readonly set?: boolean;
}

/** Maps and objects. Keys keep insertion order; Terraform sorts them lexically where it matters. */
export interface ObjectValue extends ValueBase {
  readonly kind: "object";
  readonly entries: ReadonlyMap<string, Value>;
}

/** One piece of a partially known string: known text, or an unknown hole. */
export type StringPiece = { readonly known: true; readonly text: string } | { readonly known: false };

/**
 * A value that cannot be known statically. `type` says what it would be when
 * that is known. A string built from a template with unknown holes keeps its
 * known parts in `pieces`, so `"nginx:${var.tag}"` still shows its repository.
 */
export interface UnknownValue extends ValueBase {
  readonly kind: "unknown";
  readonly type: ValueType;
  readonly pieces?: readonly StringPiece[];
  /** Why it is unknown, for `--debug` and docs ("resource attribute", "unset variable"). */
  readonly reason?: string;
  /**
   * Set when Terraform itself would fail to evaluate the expression (a
   * missing attribute, a function given null, ...). `try` and `can` look at
   * it; rules treat it like any other unknown.
   */
  readonly error?: boolean;
  /**
   * For a value read from a resource, a data source or a module output,
   * which are known only at apply: the reference it was read as, attribute
   * steps written out and other steps as `[…]` / `[*]`
   * (`module.vpc.vpc_cidr_block`, `aws_subnet.private[…].cidr_block`), so a
   * rule can tell what kind of value it will be.
   */
  readonly reference?: string;
}

export type Value = NullValue | BoolValue | NumberValue | StringValue | TupleValue | ObjectValue | UnknownValue;

/** A value that is fully known, all the way down. */
export type KnownValue = Exclude<Value, UnknownValue>;
