/**
 * Which plugins a command run loads. A plugin runs its own code, so the
 * command loads the plugins of the `--config` file (the user named it), and
 * those of configs found among the scanned files only with `--allow-plugins`:
 * scanning an untrusted pull request must never execute code from it.
 * Otherwise it loads none, and the engine tells, for each config that names
 * some, that they did not run and why.
 */
import type { Plugin } from "../../rules/api/plugin.js";
import type { Rule } from "../../rules/api/rule.js";
import { rules as catalog } from "../../rules/index.js";
import { importPlugins, resolvePlugins, withPlugins } from "../config/index.js";
import type { LoadedConfig, PluginSource } from "../config/index.js";
import { relativeTo } from "../report/paths.js";

export interface RunPlugins {
  /** The plugins loaded; undefined when the run may not load any. */
  readonly plugins: readonly Plugin[] | undefined;
  /** Where they were loaded from (worker threads import them again). */
  readonly sources: readonly PluginSource[];
  /** The catalog, then the plugins' rules. */
  readonly rules: readonly Rule[];
  /** The names of the plugins each config file names (plain data, for worker threads too). */
  readonly scope: readonly (readonly [string, readonly string[]])[];
}

/**
 * Loads the plugins `configs` name when `allowed`, each file once.
 * @throws PluginError naming a plugin that cannot be loaded or has the wrong shape
 */
export async function loadRunPlugins(configs: Iterable<LoadedConfig | undefined>, allowed: boolean): Promise<RunPlugins> {
  if (!allowed) return { plugins: undefined, sources: [], rules: catalog, scope: [] };
  const sources: PluginSource[] = [];
  const filesByConfig = new Map<string, string[]>();
  const seenConfigs = new Set<LoadedConfig>();
  const seenFiles = new Set<string>();
  for (const config of configs) {
    if (config === undefined || seenConfigs.has(config)) continue;
    seenConfigs.add(config);
    const resolved = resolvePlugins(config);
    if (config.file !== undefined) filesByConfig.set(config.file, resolved.map((s) => s.file));
    for (const source of resolved) {
      if (seenFiles.has(source.file)) continue;
      seenFiles.add(source.file);
      sources.push(source);
    }
  }
  const plugins = await importPlugins(sources);
  const nameOf = new Map(sources.map((s, i) => [s.file, plugins[i].name]));
  const scope = [...filesByConfig].map(([config, files]) => [config, files.map((f) => nameOf.get(f) ?? "")] as const);
  return { plugins, sources, rules: plugins.length > 0 ? withPlugins(catalog, plugins) : catalog, scope };
}

/** `LintSettings.pluginScope` from `RunPlugins.scope`. */
export function scopeFunction(scope: RunPlugins["scope"]): (configFile: string) => readonly string[] {
  const byConfig = new Map(scope);
  return (configFile) => byConfig.get(configFile) ?? [];
}

/** What the command says when a config's plugins are not loaded (`--list-rules`, `--print-config`). */
export function unloadedPluginsNote(config: LoadedConfig | undefined, allowed: boolean, cwd: string): string | undefined {
  const plugins = config?.config.plugins ?? [];
  if (allowed || plugins.length === 0) return undefined;
  const file = config?.file !== undefined ? relativeTo(cwd, config.file) : "the config";
  return `plugins not loaded: ${file} names ${plugins.map((p) => JSON.stringify(p)).join(", ")}, and a plugin runs its own code; pass --allow-plugins or name the config with --config to load them`;
}
