/**
 * Plugins as data: checking that a plugin module's default export is a
 * usable `{ name, rules }`, and joining plugins' rules to tfmould's. Pure:
 * loading a plugin (which runs its code) is `load-plugins.ts`, and only the
 * caller decides whether to.
 */
import type { Plugin } from "../../rules/api/plugin.js";
import type { Rule, RuleCategory } from "../../rules/api/rule.js";
import { MODULE_ROLES } from "../../rules/api/rule.js";
import { ConfigError } from "./types.js";

/** A plugin's name, and each rule's name after the `/`: kebab-case. */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEVERITIES: readonly string[] = ["error", "warning", "note"];
/** `engine` is for tfmould's own findings (syntax errors, suppressions). */
const CATEGORIES: readonly RuleCategory[] = ["versioning", "mutation", "lifecycle", "state", "secrets"];
const PRECISIONS: readonly string[] = ["very-high", "high", "medium", "low"];

/** The plugin namespace of a rule id (`acme` for `acme/no-public-buckets`), undefined for tfmould's own rules. */
export function pluginNamespace(ruleId: string): string | undefined {
  const slash = ruleId.indexOf("/");
  return slash === -1 ? undefined : ruleId.slice(0, slash);
}

/** Where a plugin was named, for its errors: the config and the index in its `plugins`, or the API's `plugins` option. */
export interface PluginOrigin {
  /** The config file, or "<plugins>" for plugins given to `lint()`. */
  readonly file: string;
  readonly index: number;
  /** What the plugin is called in messages: the specifier as written, or its name. */
  readonly label: string;
}

/** A plugin that cannot be used: one line naming the plugin and what is wrong (a `ConfigError`, so exit code 2). */
export class PluginError extends ConfigError {
  constructor(
    readonly origin: PluginOrigin,
    detail: string,
  ) {
    super([{ file: origin.file, path: `plugins[${origin.index}]`, message: `plugin "${origin.label}" ${detail}` }]);
    this.name = "PluginError";
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The plugin, when `value` (a module's default export) is one: an object
 * with a kebab-case `name` and `rules`, each a complete rule whose id is
 * `<name>/<rule>`, no id twice. @throws PluginError naming what is wrong
 */
export function checkPlugin(value: unknown, origin: PluginOrigin): Plugin {
  const fail = (detail: string): never => {
    throw new PluginError(origin, detail);
  };
  if (!isObject(value)) return fail(`must export { name, rules } as its default export, got ${value === undefined ? "no default export" : describe(value)}`);
  const { name, rules } = value;
  if (typeof name !== "string" || !NAME.test(name)) return fail(`needs a kebab-case "name" (such as "acme"), got ${describe(name)}`);
  if (!Array.isArray(rules)) return fail(`needs "rules", an array of rules made with defineRule, got ${describe(rules)}`);
  const ids = new Set<string>();
  rules.forEach((rule: unknown, i) => {
    const problem = ruleProblem(rule, name);
    if (problem !== undefined) fail(`rules[${i}]: ${problem}`);
    const id = (rule as Rule).id;
    if (ids.has(id)) fail(`has two rules with the id "${id}"`);
    ids.add(id);
  });
  return value as unknown as Plugin;
}

/** What is wrong with one of a plugin's rules, or undefined. */
function ruleProblem(rule: unknown, plugin: string): string | undefined {
  if (!isObject(rule)) return `expected a rule made with defineRule, got ${describe(rule)}`;
  const { id } = rule;
  if (typeof id !== "string") return `expected an "id" string, got ${describe(id)}`;
  const slash = id.indexOf("/");
  if (slash === -1 || id.slice(0, slash) !== plugin || !NAME.test(id.slice(slash + 1))) {
    return `the id "${id.slice(0, 80)}" is not namespaced: a rule of plugin "${plugin}" must be "${plugin}/<kebab-case-name>"`;
  }
  const at = `rule "${id}"`;
  if (typeof rule.severity !== "string" || !SEVERITIES.includes(rule.severity)) return `${at}: "severity" must be one of ${SEVERITIES.join(", ")}, got ${describe(rule.severity)}`;
  if (typeof rule.category !== "string" || !CATEGORIES.includes(rule.category as RuleCategory)) {
    return `${at}: "category" must be one of ${CATEGORIES.join(", ")}, got ${describe(rule.category)}`;
  }
  if (typeof rule.summary !== "string" || rule.summary.trim() === "") return `${at}: needs a one-line "summary"`;
  // Docs are optional; when given, the sections are Markdown strings.
  const docs = rule.docs;
  const optional = ["flags", "options", "notes", "roles"];
  if (
    docs !== undefined &&
    (!isObject(docs) || ["rationale", "remediation", "examples"].some((k) => typeof docs[k] !== "string") || optional.some((k) => docs[k] !== undefined && typeof docs[k] !== "string"))
  ) {
    return `${at}: "docs" must be { rationale, remediation, examples } and optionally flags, options, notes, roles (Markdown strings)`;
  }
  if (typeof rule.check !== "function") return `${at}: "check" must be a function`;
  if (rule.docsUrl !== undefined && typeof rule.docsUrl !== "string") return `${at}: "docsUrl" must be a string`;
  const security = rule.securitySeverity;
  if (security !== undefined && (typeof security !== "number" || !(security >= 0 && security <= 10))) return `${at}: "securitySeverity" must be a number from 0 to 10`;
  if (rule.precision !== undefined && !PRECISIONS.includes(rule.precision as string)) return `${at}: "precision" must be one of ${PRECISIONS.join(", ")}`;
  if (rule.autofix !== undefined && typeof rule.autofix !== "string") return `${at}: "autofix" must be a string (what --fix changes)`;
  if (rule.concerns !== undefined && typeof rule.concerns !== "function") return `${at}: "concerns" must be a function (resource, options) => boolean`;
  const roles = rule.roles;
  if (roles !== undefined && (!Array.isArray(roles) || roles.some((r) => !(MODULE_ROLES as readonly unknown[]).includes(r)))) {
    return `${at}: "roles" must list module roles (${MODULE_ROLES.join(", ")})`;
  }
  const schema = rule.optionsSchema;
  if (schema !== undefined && (!isObject(schema) || schema.type !== "object" || !isObject(schema.properties) || schema.additionalProperties !== false)) {
    return `${at}: "optionsSchema" must be { type: "object", properties, additionalProperties: false }`;
  }
  return undefined;
}

const joined = new WeakMap<readonly Rule[], WeakMap<readonly Plugin[], readonly Rule[]>>();

/**
 * `base` followed by every plugin's rules, each plugin checked. One array
 * per (base, plugins) pair, so the config validator compiled for it is
 * reused. The same plugin object given twice counts once.
 * @throws PluginError for a plugin of the wrong shape, two plugins of one name, or a rule id that is taken
 */
export function withPlugins(base: readonly Rule[], plugins: readonly Plugin[], origins?: readonly PluginOrigin[]): readonly Rule[] {
  let byPlugins = joined.get(base);
  const known = byPlugins?.get(plugins);
  if (known) return known;
  const out = [...base];
  const taken = new Set(base.map((r) => r.id));
  const names = new Map<string, Plugin>();
  plugins.forEach((value, index) => {
    const origin = origins?.[index] ?? { file: "<plugins>", index, label: isObject(value) && typeof value.name === "string" ? value.name : String(index) };
    const plugin = checkPlugin(value, origin);
    const same = names.get(plugin.name);
    if (same === plugin) return;
    if (same !== undefined) throw new PluginError(origin, `is named "${plugin.name}", as another plugin is: each plugin needs its own name`);
    names.set(plugin.name, plugin);
    for (const rule of plugin.rules) {
      if (taken.has(rule.id)) throw new PluginError(origin, `defines "${rule.id}", a rule id that is already taken`);
      taken.add(rule.id);
      out.push(rule);
    }
  });
  if (!byPlugins) joined.set(base, (byPlugins = new WeakMap()));
  byPlugins.set(plugins, out);
  return out;
}
