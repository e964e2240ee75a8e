/**
 * The plugin API: a set of rules of your own, named so that their ids
 * (`<plugin name>/<rule>`) can never collide with tfmould's or another
 * plugin's. A plugin is an ES module whose default export is a `Plugin`.
 *
 * @packageDocumentation
 */
import type { Rule } from "./rule.js";

/** What a plugin module's default export is. */
export interface Plugin {
  /** kebab-case; every rule id of the plugin starts with it and a `/`: `acme` → `acme/no-public-buckets`. */
  readonly name: string;
  /** Rules made with `defineRule`, their ids namespaced with `name`. */
  readonly rules: readonly Rule[];
}

/** Declares a plugin; returns it unchanged (the checks run when the plugin is loaded). */
export function definePlugin(plugin: Plugin): Plugin {
  return plugin;
}
