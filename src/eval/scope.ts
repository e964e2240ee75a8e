import type { Module } from "../model/types.js";
import type { Scope, ScopeOptions } from "./types.js";
import { unknownValue } from "./values.js";

/** Builds the scope of one module instance (stub). */
export function createModuleScope(module: Module, options: ScopeOptions): Scope {
  const scope: Scope = {
    module,
    modulePath: options.modulePath ?? "",
    isRoot: options.isRoot,
    variable: () => unknownValue("any", "not implemented"),
    local: () => unknownValue("any", "not implemented"),
    withBindings: () => scope,
    diagnostics: () => [],
  };
  return scope;
}
