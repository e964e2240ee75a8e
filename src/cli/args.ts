/**
 * Command-line arguments → options. Every mistake is a `UsageError` with one
 * clear sentence; nothing here reads files.
 */
import { parseArgs } from "node:util";
import type { RuleLevel } from "../config/index.js";
import { FORMAT_NAMES } from "../report/index.js";
import type { FormatName } from "../report/index.js";
import { DEFAULT_MAX_PLAN_BYTES } from "../plan/read.js";
import { UsageError } from "./errors.js";
import type { Concurrency } from "./parallel.js";
import { parseShard } from "./shard.js";
import type { Shard } from "./shard.js";

export interface CliOptions {
  /** Paths to lint, as given; `["."]` when none. */
  readonly paths: readonly string[];
  readonly format: FormatName;
  readonly outputFile?: string;
  readonly config?: string;
  readonly varFiles: readonly string[];
  /** `--var name=value`, values as written. */
  readonly vars: Readonly<Record<string, string>>;
  /** `--rule id=level`. */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** true with `--strict`; undefined leaves it to the config. */
  readonly strict?: true;
  readonly baseline?: string;
  readonly writeBaseline?: string;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
  /** `--color` / `--no-color` (the last one given wins); undefined when neither. */
  readonly color?: boolean;
  readonly listRules: boolean;
  readonly printConfig?: string;
  readonly debug: boolean;
  readonly version: boolean;
  readonly help: boolean;
  /** Lint the directory of each path that names a file (pre-commit passes changed files). */
  readonly dirsOfFiles: boolean;
  /** `--concurrency`: threads to lint with. */
  readonly concurrency: Concurrency;
  /** `--max-file-size`: the largest file read, in bytes. */
  readonly maxFileBytes?: number;
  /** `--plan`: a saved plan's JSON (`terraform show -json`) to check with the plan rules. */
  readonly plan?: string;
  /** `--max-plan-size`: the largest plan read, in bytes. */
  readonly maxPlanBytes?: number;
  /** `--sarif-category`: the SARIF run is `tfmould/<category>/` (code scanning's category). */
  readonly sarifCategory?: string;
  /** false with `--no-error-on-unmatched-path`: a path with nothing to lint is then a notice, not exit 2. */
  readonly errorOnUnmatchedPath: boolean;
  /** `--shard i/n`: lint only the i-th of n parts of the scan. */
  readonly shard?: Shard;
  /** `--allow-plugins`: load the plugins that configs found in the scanned files name (they run code). */
  readonly allowPlugins: boolean;
  /** `--cache`: reuse the results of groups of modules whose files have not changed. */
  readonly cache: boolean;
  /** `--cache-location`: the cache file, or a directory to keep `.tfmould-cache` in. */
  readonly cacheLocation?: string;
  /** `--fix` (write the fixes) or `--fix-dry-run` (print them as a diff); undefined for neither. */
  readonly fix?: "write" | "dry-run";
  /** `--fix-rule <id>`: apply only these rules' fixes (empty: every rule's). */
  readonly fixRules: readonly string[];
}

const OPTIONS = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "var-file": { type: "string", multiple: true },
  var: { type: "string", multiple: true },
  rule: { type: "string", multiple: true },
  strict: { type: "boolean" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "list-rules": { type: "boolean" },
  "print-config": { type: "string" },
  debug: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
  "dirs-of-files": { type: "boolean" },
  concurrency: { type: "string" },
  "max-file-size": { type: "string" },
  plan: { type: "string" },
  "max-plan-size": { type: "string" },
  "sarif-category": { type: "string" },
  "no-error-on-unmatched-path": { type: "boolean" },
  shard: { type: "string" },
  "allow-plugins": { type: "boolean" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "fix-rule": { type: "string", multiple: true },
} as const;

const LEVELS: readonly RuleLevel[] = ["off", "note", "warning", "error"];
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Node's parseArgs messages, reworded to one short line. */
function usageErrorFrom(error: unknown): UsageError {
  const e = error as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(e.message ?? "")?.[1] ?? "";
  const long = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`unknown option ${quoted} (see tfmould --help)`);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/does not take an argument/.test(e.message ?? "")) return new UsageError(`option ${long} does not take a value`);
      return new UsageError(`option ${long} needs a value`);
    default:
      return new UsageError(e.message ?? String(error));
  }
}

/** A size option (`20MiB`, `512KiB`, a number of bytes) in bytes, at most `max`; undefined when not given. */
function sizeOption(option: string, text: string | undefined, max: number, limit: string): number | undefined {
  if (text === undefined) return undefined;
  const m = /^([1-9]\d{0,9})([KM]i?B?)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`${option} expects a size such as 20MiB, 512KiB or a number of bytes, got "${text}"`);
  const unit = (m[2] ?? "").toUpperCase().startsWith("M") ? 1024 * 1024 : (m[2] ?? "").toUpperCase().startsWith("K") ? 1024 : 1;
  const bytes = Number(m[1]) * unit;
  if (bytes > max) throw new UsageError(`${option} must be ${limit}, got "${text}"`);
  return bytes;
}

function splitPair(text: string, option: string, what: string): [string, string] {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new UsageError(`${option} expects ${what}, got "${text}"`);
  return [text.slice(0, eq).trim(), text.slice(eq + 1)];
}

/**
 * Parses the arguments after `tfmould`. `knownRuleIds` checks `--rule`.
 * @throws UsageError
 */
export function parseCliArgs(argv: readonly string[], knownRuleIds: ReadonlySet<string>): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw usageErrorFrom(error);
  }
  const v = parsed.values;

  const format = v.format ?? "stylish";
  if (!(FORMAT_NAMES as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(", ")}, got "${format}"`);
  }

  let maxWarnings: number | undefined;
  if (v["max-warnings"] !== undefined) {
    const text = v["max-warnings"];
    if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings expects a whole number of at least 0, got "${text}"`);
    maxWarnings = Number(text);
  }

  const vars: Record<string, string> = {};
  for (const item of v.var ?? []) {
    const [name, value] = splitPair(item, "--var", "name=value");
    if (!VARIABLE_NAME.test(name)) throw new UsageError(`--var: "${name}" is not a valid variable name`);
    vars[name] = value;
  }

  const rules: Record<string, RuleLevel> = {};
  for (const item of v.rule ?? []) {
    const [id, level] = splitPair(item, "--rule", "id=level");
    // A plugin's rule (`acme/x`) is known only once its plugin is loaded: the config layer checks it then.
    if (!knownRuleIds.has(id) && !id.includes("/")) throw new UsageError(`--rule: unknown rule "${id}" (see tfmould --list-rules)`);
    if (!(LEVELS as readonly string[]).includes(level.trim())) {
      throw new UsageError(`--rule ${id}: level must be one of ${LEVELS.join(", ")}, got "${level}"`);
    }
    rules[id] = level.trim() as RuleLevel;
  }

  for (const [name, value] of [
    ["--output-file", v["output-file"]],
    ["--config", v.config],
    ["--baseline", v.baseline],
    ["--write-baseline", v["write-baseline"]],
    ["--print-config", v["print-config"]],
    ["--cache-location", v["cache-location"]],
  ] as const) {
    if (value === "") throw new UsageError(`${name} needs a non-empty path`);
  }

  let concurrency: Concurrency = "auto";
  if (v.concurrency !== undefined) {
    const text = v.concurrency;
    if (text === "auto" || text === "off") concurrency = text;
    else if (/^[1-9]\d{0,2}$/.test(text)) concurrency = Number(text);
    else throw new UsageError(`--concurrency expects a number of threads (1-999), auto or off, got "${text}"`);
  }

  const maxFileBytes = sizeOption("--max-file-size", v["max-file-size"], 2 ** 31 - 1, "under 2 GiB");
  // A plan is one JSON text: it must fit in one string, which Node caps at about 512 MiB.
  const maxPlanBytes = sizeOption("--max-plan-size", v["max-plan-size"], DEFAULT_MAX_PLAN_BYTES, "at most 512MiB");
  if (v.plan !== undefined && v.shard !== undefined) {
    throw new UsageError("--plan checks one plan against its whole configuration: run it without --shard");
  }

  // A code scanning category: one line of printable text; a trailing "/" is the id's own.
  const sarifCategory = v["sarif-category"]?.replace(/\/+$/, "");
  if (sarifCategory !== undefined && !/^[^\p{Cc}]{1,200}$/u.test(sarifCategory)) {
    throw new UsageError(`--sarif-category expects a name of 1 to 200 characters on one line, without control characters`);
  }

  if (v.shard !== undefined && v["write-baseline"] !== undefined) {
    throw new UsageError("--write-baseline writes the whole scan's findings: run it without --shard");
  }

  if (v["cache-location"] !== undefined && !v.cache) throw new UsageError("--cache-location names the cache of --cache: give --cache too");
  if (v.fix && v["fix-dry-run"]) throw new UsageError("--fix writes the fixes and --fix-dry-run only shows them: give one of them");
  const fix = v.fix ? "write" : v["fix-dry-run"] ? "dry-run" : undefined;
  const fixRules = v["fix-rule"] ?? [];
  if (fixRules.length > 0 && fix === undefined) throw new UsageError("--fix-rule chooses the fixes of --fix or --fix-dry-run: give one of them");
  for (const id of fixRules) {
    if (!knownRuleIds.has(id) && !id.includes("/")) throw new UsageError(`--fix-rule: unknown rule "${id}" (see tfmould --list-rules)`);
  }
  if (fix !== undefined && v.shard !== undefined) throw new UsageError("--fix lints again what it fixed, which a shard cannot: run it without --shard");

  // The last of --color / --no-color wins, as people expect when they append one to an alias.
  let color: boolean | undefined;
  for (const token of parsed.tokens ?? []) {
    if (token.kind === "option" && token.name === "color") color = true;
    if (token.kind === "option" && token.name === "no-color") color = false;
  }

  return {
    paths: parsed.positionals.length ? parsed.positionals : ["."],
    format: format as FormatName,
    outputFile: v["output-file"],
    config: v.config,
    varFiles: v["var-file"] ?? [],
    vars,
    rules,
    strict: v.strict ? true : undefined,
    baseline: v.baseline,
    writeBaseline: v["write-baseline"],
    maxWarnings,
    quiet: v.quiet ?? false,
    color,
    listRules: v["list-rules"] ?? false,
    printConfig: v["print-config"],
    debug: v.debug ?? false,
    version: v.version ?? false,
    help: v.help ?? false,
    dirsOfFiles: v["dirs-of-files"] ?? false,
    concurrency,
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
    ...(v.plan !== undefined ? { plan: v.plan } : {}),
    ...(maxPlanBytes !== undefined ? { maxPlanBytes } : {}),
    ...(sarifCategory !== undefined ? { sarifCategory } : {}),
    errorOnUnmatchedPath: !(v["no-error-on-unmatched-path"] ?? false),
    ...(v.shard !== undefined ? { shard: parseShard(v.shard) } : {}),
    allowPlugins: v["allow-plugins"] ?? false,
    cache: v.cache ?? false,
    ...(v["cache-location"] !== undefined ? { cacheLocation: v["cache-location"] } : {}),
    ...(fix !== undefined ? { fix } : {}),
    fixRules,
  };
}
