/** `tfmould --print-config <path>`: the configuration that applies to a path, as JSON. */
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadConfig, loadConfigFile, resolveConfig } from "../config/index.js";
import type { ConfigOverrides } from "../config/index.js";
import { moduleRoleOf } from "../engine/lint.js";
import { relativeTo } from "../report/paths.js";
import { UsageError } from "./errors.js";
import type { Plugin } from "../../rules/api/plugin.js";
import type { Rule } from "../../rules/api/rule.js";
import { rules as catalog } from "../../rules/index.js";

/** The rules to resolve (the catalog, then the loaded plugins') and the plugins, when they were loaded. */
export interface PrintConfigPlugins {
  readonly rules?: readonly Rule[];
  readonly plugins?: readonly Plugin[];
}

/**
 * The effective settings for `target` (a file or directory): rule defaults,
 * then the config file (`configFile`, or the nearest `.tfmould.json` above
 * `target`), then the command line; and the module role of `target`'s
 * directory, as a lint of its repository decides it.
 * @throws ConfigError, UsageError
 */
export function printConfig(target: string, configFile: string | undefined, overrides: ConfigOverrides, cwd: string, withPlugins: PrintConfigPlugins = {}): string {
  const rules = withPlugins.rules ?? catalog;
  const abs = resolve(cwd, target);
  let dir: string;
  try {
    dir = statSync(abs).isDirectory() ? abs : dirname(abs);
  } catch {
    throw new UsageError(`no such file or directory: ${target}`);
  }
  const loaded = configFile !== undefined ? loadConfigFile(resolve(cwd, configFile), { rules }) : loadConfig(dir, { rules });
  const resolved = resolveConfig(loaded, overrides, { cwd, rules });
  const settings: Record<string, { severity: string; options: Readonly<Record<string, unknown>> }> = {};
  for (const [id, setting] of resolved.rules) settings[id] = { severity: setting.severity, options: setting.options };
  const plugins = withPlugins.plugins ? { plugins: withPlugins.plugins } : {};
  const role = moduleRoleOf(dir, { cwd, overrides, ...plugins, ...(loaded && configFile !== undefined ? { config: loaded } : {}) });
  const out = {
    configFile: resolved.file === undefined ? null : relativeTo(cwd, resolved.file),
    // The module role a lint of the repository gives the directory; null when it has no configuration files.
    role: role ?? null,
    // The plugins the config names, and whether they were loaded (their rules are then under `rules`).
    plugins: loaded?.config.plugins ?? [],
    pluginsLoaded: withPlugins.plugins !== undefined,
    rules: settings,
    strict: resolved.strict,
    exclude: resolved.exclude,
    varFiles: resolved.varFiles.map((f) => relativeTo(cwd, f)),
    vars: resolved.vars,
    useEnvVars: resolved.useEnvVars,
  };
  return JSON.stringify(out, null, 2) + "\n";
}
