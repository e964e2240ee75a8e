/**
 * Which `.tfmould.json` applies to a file, for the command's own decisions
 * (exclusion during discovery): the `--config` file, or the nearest one
 * above the file's directory. Each config is read once.
 */
import { dirname } from "node:path";
import { findConfigFile, loadConfigFile } from "../config/index.js";
import type { LoadedConfig } from "../config/index.js";
import { excludeMatcher } from "./discover.js";

export class ConfigLookup {
  private readonly byDir = new Map<string, LoadedConfig | undefined>();
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly matchers = new Map<LoadedConfig, Promise<(file: string) => boolean>>();

  /** `given` is the `--config` file, which then applies everywhere. */
  constructor(private readonly given: LoadedConfig | undefined) {}

  /** The config for files in `dir`, or undefined when there is none. @throws ConfigError */
  configFor(dir: string): LoadedConfig | undefined {
    if (this.given) return this.given;
    if (!this.byDir.has(dir)) {
      const file = findConfigFile(dir);
      let loaded: LoadedConfig | undefined;
      if (file !== undefined) {
        loaded = this.byFile.get(file) ?? loadConfigFile(file);
        this.byFile.set(file, loaded);
      }
      this.byDir.set(dir, loaded);
    }
    return this.byDir.get(dir);
  }

  /** Whether the config that applies to `file` excludes it. @throws ConfigError */
  readonly isExcluded = async (file: string): Promise<boolean> => {
    const loaded = this.configFor(dirname(file));
    const patterns = loaded?.config.exclude ?? [];
    if (!loaded || patterns.length === 0) return false;
    let matcher = this.matchers.get(loaded);
    if (!matcher) this.matchers.set(loaded, (matcher = excludeMatcher({ patterns, baseDir: loaded.baseDir })));
    return (await matcher)(file);
  };
}
