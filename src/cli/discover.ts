/**
 * Which files to lint: the engine's discovery (src/engine/discover.ts), which
 * `lint({ paths })` uses too, so the command and the API find the same
 * modules. Here a path that does not exist is a usage error (exit 2).
 */
import type { DiscoverOptions, Discovery } from "../engine/discover.js";
import { PathError, discover as discoverModules } from "../engine/discover.js";
import { UsageError } from "./errors.js";

export { NEVER_ENTERED, excludeMatcher, isTerraformFileName, lintPathsOf } from "../engine/discover.js";
export type { DiscoverOptions, DiscoveredModule, Discovery, ExcludeSpec } from "../engine/discover.js";

/**
 * Finds the modules and files to lint.
 * @throws UsageError when a path does not exist.
 */
export function discover(paths: readonly string[], options: DiscoverOptions): Promise<Discovery> {
  try {
    return Promise.resolve(discoverModules(paths, options));
  } catch (error) {
    return Promise.reject(error instanceof PathError ? new UsageError(error.message) : (error as Error));
  }
}
