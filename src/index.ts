/**
 * tfmould's public API.
 *
 * @packageDocumentation
 */
export type * from "./hcl/ast.js";
export type * from "./model/types.js";
export type * from "./eval/value.js";
