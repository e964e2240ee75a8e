import type { Module } from "../model/types.js";
import { createModuleScope } from "./scope.js";
import type { InstantiateOptions, InstantiateResult } from "./types.js";

/** Instantiates the scanned module and its local module calls (stub: root only). */
export function instantiateModules(root: Module, options: InstantiateOptions): InstantiateResult {
  const isRoot = options.isRoot ?? true;
  const scope = createModuleScope(root, { ...options, isRoot });
  return { instances: [{ module: root, modulePath: "", scope, isRoot }], diagnostics: [] };
}
