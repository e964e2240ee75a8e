/**
 * Plugins for the language server, only when it was started with
 * `--allow-plugins` (a plugin runs its own code; a config found beside the
 * files an editor opens is no reason to run it). The plugins the config of a
 * module directory names are imported once, in the background: the lint
 * waits for them rather than running without their rules.
 */
import type { Plugin } from "../../rules/api/plugin.js";
import { findConfigFile, importPlugins, loadConfigFile, resolvePlugins } from "../config/index.js";
import type { SourceHost } from "../model/host.js";

type Loading = { readonly state: "pending"; readonly done: Promise<void> } | { readonly state: "loaded"; readonly plugins: readonly Plugin[] } | { readonly state: "failed"; readonly error: unknown };

export class PluginLoader {
  /** By the files imported, in order. */
  private readonly loads = new Map<string, Loading>();

  /**
   * The plugins the config that applies to `dir` names: loaded, or a promise
   * that settles once they are (ask again then).
   *
   * @throws ConfigError when the config is invalid, PluginError when a plugin cannot be found or loaded
   */
  pluginsFor(dir: string, host: SourceHost): readonly Plugin[] | Promise<void> {
    const file = findConfigFile(dir, host);
    if (file === undefined) return [];
    const sources = resolvePlugins(loadConfigFile(file, { host }));
    if (sources.length === 0) return [];
    const key = sources.map((s) => s.file).join("\0");
    const known = this.loads.get(key);
    if (known?.state === "loaded") return known.plugins;
    if (known?.state === "failed") throw known.error;
    if (known?.state === "pending") return known.done;
    const done = importPlugins(sources).then(
      (plugins) => void this.loads.set(key, { state: "loaded", plugins }),
      (error: unknown) => void this.loads.set(key, { state: "failed", error }),
    );
    this.loads.set(key, { state: "pending", done });
    return done;
  }
}
