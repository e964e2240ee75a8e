/**
 * Finding and reading `.tfmould.json`: the nearest one walking up from a
 * scanned directory, or the one named with `--config`.
 */
import { statSync } from "node:fs";
import { readRegularFile } from "../model/file-access.js";
import * as path from "node:path";
import { joinName } from "../util/paths.js";
import type { Rule } from "../../rules/api/rule.js";
import { rules as catalog } from "../../rules/index.js";
import type { SourceHost } from "../model/host.js";
import { JsonSyntaxError, readJson } from "./json.js";
import type { LoadedConfig, TfmouldConfig } from "./types.js";
import { ConfigError } from "./types.js";
import { validateConfig } from "./validate.js";

/** The file name looked for in each directory. */
export const CONFIG_FILE_NAME = ".tfmould.json";

/** The part of a `SourceHost` the config loader needs. */
export type ConfigReader = Pick<SourceHost, "readFile" | "fileExists">;

/** Reads the disk directly; used when no host is given. */
export const diskConfigReader: ConfigReader = {
  readFile(file) {
    // A regular file within the size limit: a config may be a FIFO or a device in a hostile checkout.
    const read = readRegularFile(file);
    return "bytes" in read ? read.bytes.toString("utf8") : undefined;
  },
  fileExists(file) {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  },
};

export interface LoadConfigOptions {
  /** Where files are read from (default: the disk). */
  readonly host?: ConfigReader;
  /** The rules whose ids and options the config may name (default: the catalog). */
  readonly rules?: readonly Rule[];
}

/**
 * The nearest `.tfmould.json` in `startDir` or a parent directory, or
 * undefined when there is none up to the filesystem root.
 */
export function findConfigFile(startDir: string, host: ConfigReader = diskConfigReader): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (host.fileExists(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * `findConfigFile` remembered per directory, for a run that asks about
 * thousands of them: sibling directories share everything above them, and
 * each directory is looked in once.
 */
export class ConfigFileFinder {
  private readonly byDir = new Map<string, string | undefined>();

  /**
   * `holds(candidate)`: whether `candidate`, the config file's path in a
   * directory, is a file. `lacks(dir)`, when given, says at once of a directory
   * known to hold no config file (the command's listings), so that thousands
   * of directories need no candidate path made.
   */
  constructor(
    private readonly holds: (candidate: string) => boolean,
    private readonly lacks?: (dir: string) => boolean,
  ) {}

  /** The nearest config file in `dir` (absolute) or a parent directory, as `findConfigFile` finds it. */
  nearest(dir: string): string | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const parent = path.dirname(dir);
    const candidate = this.lacks?.(dir) === true ? undefined : joinName(dir, CONFIG_FILE_NAME);
    const found = candidate !== undefined && this.holds(candidate) ? candidate : parent === dir ? undefined : this.nearest(parent);
    this.byDir.set(dir, found);
    return found;
  }
}

/**
 * Loads a config. A path ending in `.json` names the file itself (`--config`):
 * it must exist. Any other path is a directory to start the upward search
 * from; undefined when no config is found there.
 *
 * @throws ConfigError when the file cannot be read, is not JSON, or does not
 * match the schema; the message names the file, the JSON path and what was
 * expected.
 */
export function loadConfig(pathOrStartDir: string, options: LoadConfigOptions = {}): LoadedConfig | undefined {
  const host = options.host ?? diskConfigReader;
  if (pathOrStartDir.endsWith(".json")) return loadConfigFile(pathOrStartDir, options);
  const file = findConfigFile(pathOrStartDir, host);
  return file === undefined ? undefined : loadConfigFile(file, options);
}

/** Loads and validates one config file. @throws ConfigError */
export function loadConfigFile(file: string, options: LoadConfigOptions = {}): LoadedConfig {
  const host = options.host ?? diskConfigReader;
  const text = host.fileExists(file) ? host.readFile(file) : undefined;
  if (text === undefined) {
    throw new ConfigError([{ file, path: "", message: "cannot read the config file (missing or not a readable file)" }]);
  }
  return parseConfigText(text, file, options.rules ?? catalog);
}

/** Parses and validates config text. `file` is used for messages and as the base of relative paths. @throws ConfigError */
export function parseConfigText(text: string, file: string, rules: readonly Rule[] = catalog): LoadedConfig {
  let parsed;
  try {
    parsed = readJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new ConfigError([
        { file, line: error.position.line, column: error.position.column, path: "", message: `invalid JSON: ${error.detail}` },
      ]);
    }
    throw error;
  }
  const config = validateConfig(parsed.value, rules, { file, positions: parsed.positions });
  return { config, file, baseDir: path.dirname(path.resolve(file)) };
}

/** Validates a config given as an object (the API's `lint({ config })`). @throws ConfigError */
export function configFromObject(
  value: unknown,
  baseDir: string,
  rules: readonly Rule[] = catalog,
): LoadedConfig {
  const config: TfmouldConfig = validateConfig(value, rules, { file: "<config>" });
  return { config, file: undefined, baseDir: path.resolve(baseDir) };
}
