/**
 * Memoising work that depends on a module's syntax alone, the one cache the
 * replay contract on `Rule.check` allows: keyed on the `Module` object
 * (weakly, so it goes with the module), never on evaluated values.
 */
import type { Module } from "../../src/model/types.js";

/**
 * `compute` remembered per module and per `key` (options compiled once,
 * such as a secret-name matcher): every instance of a module, and every
 * rule run over it, shares one answer.
 */
export function memoOnSyntax<K, T extends object>(compute: (module: Module, key: K) => T): (module: Module, key: K) => T {
  const byModule = new WeakMap<Module, Map<K, T>>();
  return (module, key) => {
    let byKey = byModule.get(module);
    if (!byKey) byModule.set(module, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) byKey.set(key, (value = compute(module, key)));
    return value;
  };
}
