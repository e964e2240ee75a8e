import type { Expression } from "../hcl/ast.js";
import type { Resource } from "../model/types.js";
import type { InstanceValue, Scope } from "./types.js";
import type { Value } from "./value.js";
import { unknownValue } from "./values.js";

/** Evaluates an expression (stub: always unknown until the evaluator lands). */
export function evaluate(expr: Expression, scope: Scope, resource?: Resource): Value {
  void scope;
  void resource;
  return unknownValue("any", "not implemented", []);
  void expr;
}

/** One value per instance of `resource` (stub). */
export function evaluateInstances(expr: Expression, scope: Scope, resource: Resource): InstanceValue[] {
  return [{ key: undefined, value: evaluate(expr, scope, resource) }];
}
