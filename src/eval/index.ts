/**
 * Static evaluation of Terraform expressions: values with origins, module
 * scopes (variables with Terraform's precedence, lazy locals), Terraform's
 * pure functions, and instances of local module calls.
 *
 * `evaluate(expr, scope, resource?)` never throws: anything it cannot know
 * is an `unknown` value, never a guess.
 *
 * @packageDocumentation
 */
export type * from "./value.js";
export type { Scope, ScopeOptions, ModuleInstance, InstantiateOptions, InstantiateResult, InstanceValue } from "./types.js";
export { evaluate, evaluateInstances } from "./evaluate.js";
export { createModuleScope } from "./scope.js";
export { instantiateModules } from "./modules.js";
export { isKnown, asString, asBool, asNumber, toJs, fromJs, primaryOrigin, valuesEqual, typeOf, numberToString } from "./values.js";
export type { JsValue } from "./values.js";
