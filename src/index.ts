/**
 * tfmould's public API.
 *
 * @packageDocumentation
 */
export type * from "./hcl/ast.js";
export type * from "./model/types.js";
export type * from "./eval/value.js";

/**
 * Static evaluation: `evaluate(expr, scope, resource?)` gives a `Value` that
 * is known only where tfmould can be sure, with the origins it came from;
 * `createModuleScope` builds a module's scope (variables with Terraform's
 * precedence, lazy locals); `instantiateModules` follows local module calls.
 */
export { evaluate, evaluateInstances, createModuleScope, instantiateModules } from "./eval/index.js";
export { isKnown, asString, asBool, asNumber, toJs, primaryOrigin } from "./eval/index.js";
export type { Scope, ScopeOptions, ModuleInstance, InstantiateOptions, InstantiateResult, InstanceValue } from "./eval/index.js";
