/**
 * What `lint` takes.
 */
import type { Plugin } from "../../rules/api/plugin.js";
import type { Rule } from "../../rules/api/rule.js";
import type { ConfigOverrides, LoadedConfig, TfmouldConfig } from "../config/types.js";
import type { SourceHost } from "../model/host.js";
import type { ReadBoundary } from "../model/file-access.js";
import type { Plan } from "../plan/types.js";

/** Settings shared by both input forms. */
export interface LintSettings {
  /**
   * The config for every scanned module: a `.tfmould.json`-shaped object
   * (validated here) or the result of `loadConfig`. When absent, `paths`
   * mode looks for the nearest `.tfmould.json` above each module directory;
   * `files` mode uses the rules' defaults.
   */
  readonly config?: TfmouldConfig | LoadedConfig;
  /** Command-line settings that win over any config (`--rule`, `--strict`, `--var`, `--var-file`). */
  readonly overrides?: ConfigOverrides;
  /** Directory that relative paths are resolved against and findings' files are relative to (default `process.cwd()`). */
  readonly cwd?: string;
  /**
   * Where files are read from; defaults to an in-memory host for `files` and
   * the disk for `paths`. A host cannot be walked: with one, each path is one
   * module directory or file, as in `lintModules`.
   */
  readonly host?: SourceHost;
  /**
   * What `paths` mode may read (default: the repositories that hold the
   * paths, plus the `--var-file`s): the disk host refuses anything else, and
   * `file()` and friends read only inside the root that holds the module. A
   * given `host` is expected to enforce the same boundary.
   */
  readonly boundary?: ReadBoundary;
  /** The largest file the default disk host reads, in bytes. */
  readonly maxFileBytes?: number;
  /**
   * A saved plan for the `plan` rules (see "Checking a plan" in the README):
   * the path of a `terraform show -json` (or `tofu show -json`) output file,
   * resolved against `cwd` and read as a regular file of at most
   * `maxPlanBytes`, or a plan already read with `readPlanFile` / `parsePlan`.
   * Its findings point at the resources' blocks in the configuration at
   * `planRoot`, else at their addresses alone.
   */
  readonly plan?: string | Plan;
  /** How reports name the plan's file (default: `plan` when it is a path); SARIF's results at an address alone point at it. */
  readonly planFile?: string;
  /** The plan's root module directory (default: the first path, or the top in `files` mode). */
  readonly planRoot?: string;
  /** The largest plan file read, in bytes (default `DEFAULT_MAX_PLAN_BYTES`, 512 MiB). */
  readonly maxPlanBytes?: number;
  /** The rules to run (default: the whole catalog). */
  readonly rules?: readonly Rule[];
  /**
   * Plugins whose rules run after `rules`, each id `<plugin name>/<rule>`
   * (see `loadPlugins`). The engine never loads a plugin itself: a config
   * that names plugins while none are given here gets a warning notice
   * that they did not run.
   * @throws PluginError (from `lint`) for a plugin of the wrong shape or a rule id that is taken
   */
  readonly plugins?: readonly Plugin[];
  /**
   * Which of `plugins` run under a config file found for a module: their
   * names (default: every plugin given). The command gives the plugins each
   * config names, so that a plugin runs only where a config asks for it.
   */
  readonly pluginScope?: (configFile: string) => readonly string[];
  /** The clock for suppression expiry dates (default: now). */
  readonly now?: Date;
  /**
   * Told each suppression expiry date (milliseconds since the epoch) the run
   * compared with `now`: the result depends on the clock only through these
   * comparisons (the command's `--cache` keeps a result while none changes).
   */
  readonly onExpiryDate?: (expiresAt: number) => void;
  /** Environment for `TF_VAR_*` when `useEnvVars` is set (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Lint in-memory files (pure: nothing is read from disk) or paths on disk.
 * With `files`, keys are paths (`main.tf`, `modules/web/main.tf`); each
 * directory of `.tf`/`.tf.json` files is one module and `.tfvars` files
 * beside them are its variable files. With `paths`, each entry is a
 * directory, walked as the command walks it (each directory below it with
 * configuration files is a module), or a file (its directory is loaded as
 * the module, and only findings in the named files are reported).
 */
export type LintOptions = LintSettings &
  (
    | { readonly files: Readonly<Record<string, string>>; readonly paths?: undefined }
    | { readonly paths: readonly string[]; readonly files?: undefined }
  );
