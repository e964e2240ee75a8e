/**
 * `.tfmould.json`: finding it, validating it against the JSON Schema (with
 * every rule's options), and resolving it with command-line overrides.
 *
 * @packageDocumentation
 */
export type * from "./types.js";
export { ConfigError } from "./types.js";
export {
  CONFIG_FILE_NAME,
  ConfigFileFinder,
  configFromObject,
  findConfigFile,
  loadConfig,
  loadConfigFile,
  parseConfigText,
} from "./load.js";
export type { ConfigReader, LoadConfigOptions } from "./load.js";
export { resolveConfig } from "./resolve.js";
export type { ResolveConfigOptions } from "./resolve.js";
export { baseConfigSchema, buildConfigSchema } from "./schema.js";
export { validateConfig } from "./validate.js";
export { PluginError, checkPlugin, pluginNamespace, withPlugins } from "./plugins.js";
export type { PluginOrigin } from "./plugins.js";
export { importPlugins, loadPlugins, resolvePlugins } from "./load-plugins.js";
export type { PluginSource } from "./load-plugins.js";
