/**
 * Turns a loaded config plus command-line overrides into the settings the
 * engine runs with: every rule's effective severity and options.
 */
import * as path from "node:path";
import type { Rule } from "../../rules/api/rule.js";
import { rules as catalog } from "../../rules/index.js";
import type {
  ConfigOverrides,
  LoadedConfig,
  ResolvedConfig,
  ResolvedRuleSetting,
  RuleLevel,
  RuleSetting,
} from "./types.js";
import { ConfigError } from "./types.js";
import { pluginNamespace } from "./plugins.js";

const LEVELS: readonly RuleLevel[] = ["off", "note", "warning", "error"];

export interface ResolveConfigOptions {
  /** The rules to configure (default: the catalog). */
  readonly rules?: readonly Rule[];
  /** Directory that command-line paths are relative to (default: `process.cwd()`). */
  readonly cwd?: string;
}

/**
 * The effective settings: rule defaults, then the config file, then the
 * command line. `loaded` may be undefined (no config file found).
 *
 * @throws ConfigError when an override names an unknown rule or level.
 */
export function resolveConfig(
  loaded: LoadedConfig | undefined,
  overrides: ConfigOverrides = {},
  options: ResolveConfigOptions = {},
): ResolvedConfig {
  const rules = options.rules ?? catalog;
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const config = loaded?.config ?? {};
  const baseDir = loaded?.baseDir ?? cwd;

  checkOverrides(overrides, rules);

  const resolvedRules = new Map<string, ResolvedRuleSetting>();
  for (const rule of rules) {
    const setting: RuleSetting | undefined = config.rules?.[rule.id];
    let level: RuleLevel = rule.severity;
    let options: Record<string, unknown> = {};
    if (typeof setting === "string") level = setting;
    else if (setting) {
      level = setting.severity ?? rule.severity;
      options = { ...(setting.options ?? {}) };
    }
    const override = overrides.rules?.[rule.id];
    if (override) level = override;
    if (level === "off") continue;
    resolvedRules.set(rule.id, { severity: level, options: withDefaults(rule, options) });
  }

  return {
    file: loaded?.file,
    baseDir,
    rules: resolvedRules,
    strict: overrides.strict ?? config.strict ?? false,
    exclude: [...(config.exclude ?? [])],
    roles: Object.entries(config.roles ?? {}).map(([pattern, role]) => ({ pattern, role })),
    varFiles: [
      ...(config.varFiles ?? []).map((f) => path.resolve(baseDir, f)),
      ...(overrides.varFiles ?? []).map((f) => path.resolve(cwd, f)),
    ],
    vars: { ...(config.vars ?? {}), ...(overrides.vars ?? {}) },
    useEnvVars: overrides.useEnvVars ?? config.useEnvVars ?? false,
  };
}

function checkOverrides(overrides: ConfigOverrides, rules: readonly Rule[]): void {
  const ids = new Set(rules.map((r) => r.id));
  const namespaces = new Set([...ids].flatMap((id) => pluginNamespace(id) ?? []));
  const problems = [];
  for (const [id, level] of Object.entries(overrides.rules ?? {})) {
    // A plugin's rule whose plugin is not loaded in this run: nothing to set.
    const namespace = pluginNamespace(id);
    if (!ids.has(id) && namespace !== undefined && !namespaces.has(namespace)) continue;
    if (!ids.has(id)) problems.push({ file: "<command line>", path: `--rule ${id}`, message: `unknown rule "${id}"` });
    else if (!LEVELS.includes(level)) {
      problems.push({
        file: "<command line>",
        path: `--rule ${id}`,
        message: `expected one of ${LEVELS.join(", ")}, got "${String(level)}"`,
      });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}

/** Fills in the `default` of each option the user left out. */
function withDefaults(rule: Rule, options: Record<string, unknown>): Record<string, unknown> {
  const out = { ...options };
  for (const [name, schema] of Object.entries(rule.optionsSchema?.properties ?? {})) {
    if (out[name] === undefined && schema && typeof schema === "object" && "default" in schema) {
      out[name] = structuredClone((schema as { default: unknown }).default);
    }
  }
  return out;
}
