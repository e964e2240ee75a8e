/**
 * Loading the plugins a config names. Loading a plugin runs its code, so
 * nothing here is called on a config's say-so: the command calls it for the
 * `--config` file or with `--allow-plugins`, an API caller when it chooses
 * to. Specifiers are resolved from the config's directory, as Node.js would
 * resolve them from a module there: a relative path, or an installed package
 * (never fetched).
 */
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "../../rules/api/plugin.js";
import { rules as catalog } from "../../rules/index.js";
import { readRegularFile } from "../model/file-access.js";
import type { PluginOrigin } from "./plugins.js";
import { PluginError, checkPlugin, withPlugins } from "./plugins.js";
import type { LoadedConfig } from "./types.js";

/** A plugin named by a config, resolved to the file to import (plain data: worker threads import it too). */
export interface PluginSource {
  /** The module file, absolute. */
  readonly file: string;
  readonly origin: PluginOrigin;
}

/** The plugins a config names, resolved from its directory. @throws PluginError when one cannot be found */
export function resolvePlugins(loaded: LoadedConfig): PluginSource[] {
  const file = loaded.file ?? "<config>";
  return (loaded.config.plugins ?? []).map((specifier, index) => {
    const origin = { file, index, label: specifier };
    return { file: resolveSpecifier(specifier, loaded.baseDir, origin), origin };
  });
}

function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith("./") || specifier.startsWith("../") || specifier === "." || specifier === ".." || path.isAbsolute(specifier) || /^\.\.?\\/.test(specifier);
}

function resolveSpecifier(specifier: string, baseDir: string, origin: PluginOrigin): string {
  if (isPathSpecifier(specifier)) {
    const file = path.resolve(baseDir, specifier);
    if (!isFile(file)) throw new PluginError(origin, `cannot be loaded: no such file ${file}`);
    return file;
  }
  if (!/^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.-]+)*$/i.test(specifier)) {
    throw new PluginError(origin, `is neither a relative path ("./rules.js") nor a package name`);
  }
  // Resolved as `require` would from a file in the config's directory; a package
  // that exports only an `import` entry is read from its package.json.
  const require = createRequire(path.join(baseDir, "noop.js"));
  try {
    return require.resolve(specifier);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_PACKAGE_PATH_NOT_EXPORTED") {
      const entry = importEntry(specifier, baseDir);
      if (entry !== undefined) return entry;
    }
    throw new PluginError(origin, `cannot be loaded: no package "${specifier}" is installed where ${origin.file} can see it (npm install it there)`);
  }
}

/** The `import` (or `default`) entry of a package's `exports["."]`, found from `baseDir`'s node_modules. */
function importEntry(name: string, baseDir: string): string | undefined {
  for (let dir = baseDir; ; dir = path.dirname(dir)) {
    const pkgDir = path.join(dir, "node_modules", name);
    const read = readRegularFile(path.join(pkgDir, "package.json"));
    if ("bytes" in read) {
      try {
        const pkg = JSON.parse(read.bytes.toString("utf8")) as { exports?: unknown };
        const root = typeof pkg.exports === "object" && pkg.exports !== null && "." in pkg.exports ? (pkg.exports as Record<string, unknown>)["."] : pkg.exports;
        const target = typeof root === "object" && root !== null ? ((root as Record<string, unknown>).import ?? (root as Record<string, unknown>).default) : root;
        return typeof target === "string" && isFile(path.resolve(pkgDir, target)) ? path.resolve(pkgDir, target) : undefined;
      } catch {
        return undefined;
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The first line of an error's message: a plugin's syntax error must not bring its stack along. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").trim() || "unknown error";
}

/**
 * Imports resolved plugins (this runs their code) and checks each one and
 * that no two share a name or a rule id.
 * @throws PluginError naming the plugin that fails to load or has the wrong shape
 */
export async function importPlugins(sources: readonly PluginSource[]): Promise<Plugin[]> {
  const plugins: Plugin[] = [];
  for (const source of sources) {
    let module: { default?: unknown };
    try {
      module = (await import(pathToFileURL(source.file).href)) as { default?: unknown };
    } catch (error) {
      throw new PluginError(source.origin, `cannot be loaded: ${firstLine(error)}`);
    }
    plugins.push(checkPlugin(module.default, source.origin));
  }
  withPlugins(catalog, plugins, sources.map((s) => s.origin));
  return plugins;
}

/**
 * Loads the plugins a config names: `lint({ config, plugins: await loadPlugins(config) })`.
 * This runs the plugins' code: call it only for a config you trust.
 * @throws PluginError
 */
export async function loadPlugins(loaded: LoadedConfig): Promise<Plugin[]> {
  return importPlugins(resolvePlugins(loaded));
}
