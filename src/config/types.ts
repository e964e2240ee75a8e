/**
 * The configuration file's shape (`.tfmould.json`), what the engine makes of
 * it, and the error an invalid one raises.
 */
import type { ModuleRole, Severity } from "../../rules/api/rule.js";

/** A rule level in the config: `off` disables the rule, the others set its severity. */
export type RuleLevel = "off" | Severity;

/** The object form of a rule's setting. */
export interface RuleSettingObject {
  readonly severity?: RuleLevel;
  /** Validated against the rule's `optionsSchema`. */
  readonly options?: Readonly<Record<string, unknown>>;
}

export type RuleSetting = RuleLevel | RuleSettingObject;

/** What `.tfmould.json` may contain (see `src/config/schema.json`). */
export interface TfmouldConfig {
  readonly $schema?: string;
  /** `{ "<rule-id>": "off" | "note" | "warning" | "error" | { severity, options } }` */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /**
   * Plugins: paths relative to the config file's directory, or package
   * names resolved from it. Loaded only when the caller allows (their code runs).
   */
  readonly plugins?: readonly string[];
  /** Digests over tags, commits over refs. */
  readonly strict?: boolean;
  /** Glob patterns, relative to the config file's directory, of paths not to lint. */
  readonly exclude?: readonly string[];
  /**
   * Module roles by glob pattern (relative to the config file's directory,
   * matched as `exclude` patterns are): `{ "stacks/**": "deployment" }`. When
   * several patterns match a directory, the last one wins.
   */
  readonly roles?: Readonly<Record<string, ModuleRole>>;
  /** Variable files applied after the automatic ones, relative to the config file's directory. */
  readonly varFiles?: readonly string[];
  /** Variable values, like `--var`; they win over every variable file. */
  readonly vars?: Readonly<Record<string, unknown>>;
  /** Read `TF_VAR_<name>` environment variables. */
  readonly useEnvVars?: boolean;
}

/** A validated config and where it came from. */
export interface LoadedConfig {
  readonly config: TfmouldConfig;
  /** The config file; undefined for a config given as an object. */
  readonly file: string | undefined;
  /** Directory that relative paths in the config are resolved against. */
  readonly baseDir: string;
}

/** Settings given on the command line, which win over the config file. */
export interface ConfigOverrides {
  /** `--rule id=level` */
  readonly rules?: Readonly<Record<string, RuleLevel>>;
  /** `--strict` */
  readonly strict?: boolean;
  /** `--var-file`, applied after the config's `varFiles` (paths as given, relative to the working directory). */
  readonly varFiles?: readonly string[];
  /** `--var name=value` (the value as written), applied after the config's `vars`. */
  readonly vars?: Readonly<Record<string, unknown>>;
  readonly useEnvVars?: boolean;
}

/** A rule's effective setting. */
export interface ResolvedRuleSetting {
  readonly severity: Severity;
  readonly options: Readonly<Record<string, unknown>>;
}

/** The config the engine runs with: every decision made, nothing optional. */
export interface ResolvedConfig {
  /** The config file, when there was one. */
  readonly file: string | undefined;
  /** Directory that `exclude` patterns are relative to. */
  readonly baseDir: string;
  /** The enabled rules, by id, with their severity and options. Disabled rules are absent. */
  readonly rules: ReadonlyMap<string, ResolvedRuleSetting>;
  readonly strict: boolean;
  readonly exclude: readonly string[];
  /** The config's `roles`, in the file's order (the last match wins). */
  readonly roles: readonly { readonly pattern: string; readonly role: ModuleRole }[];
  /** Variable files in the order they apply (config's, then the command line's), as paths. */
  readonly varFiles: readonly string[];
  readonly vars: Readonly<Record<string, unknown>>;
  readonly useEnvVars: boolean;
}

/** One problem of a config, located. */
export interface ConfigProblem {
  /** The config file, or "<config>" for a config given as an object, "<command line>" for overrides. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** Where in the JSON: `rules.no-provisioners.severity`, `exclude[2]`; "" for the whole document. */
  readonly path: string;
  /** What was expected. */
  readonly message: string;
}

/**
 * An invalid or unreadable config. `message` is one line naming the file,
 * the JSON path and what was expected; `problems` has each one separately.
 */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblem[];

  constructor(problems: readonly ConfigProblem[]) {
    super(problems.map(formatProblem).join("; "));
    this.name = "ConfigError";
    this.problems = problems;
  }
}

function formatProblem(p: ConfigProblem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}
