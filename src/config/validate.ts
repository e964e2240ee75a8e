/**
 * Validates a config value against the full schema (ajv, all errors) and
 * turns ajv's errors into located, readable problems.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { Ajv as AjvClass, ErrorObject, Options, ValidateFunction } from "ajv";
import type { Rule } from "../../rules/api/rule.js";
import type { JsonPathSegment, JsonPosition } from "./json.js";
import { pathKey } from "./json.js";
import { excludePatternProblem } from "./glob.js";
import { PRECOMPILED_SCHEMA_DIGEST, precompiledConfigValidator } from "./config-validator.generated.js";
import type { JsonObject } from "./schema.js";
import { buildConfigSchema } from "./schema.js";
import type { ConfigProblem, TfmouldConfig } from "./types.js";
import { ConfigError } from "./types.js";

const validators = new WeakMap<readonly Rule[], ValidateFunction>();

/** How configs are validated: every error, each with its schema (for the messages). */
export const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true };

/** A digest of a schema's JSON text: the precompiled validator serves the schema with its digest. */
export function schemaDigest(schema: JsonObject): string {
  return createHash("sha256").update(JSON.stringify(schema)).digest("base64url");
}

// ajv is loaded only for a schema the precompiled validator is not for (a config
// naming plugins): loading it and compiling costs a run ~75 ms.
let Ajv: typeof AjvClass | undefined;

function validatorFor(rules: readonly Rule[]): ValidateFunction {
  let validate = validators.get(rules);
  if (!validate) {
    const schema = buildConfigSchema(rules);
    if (schemaDigest(schema) === PRECOMPILED_SCHEMA_DIGEST) {
      validate = precompiledConfigValidator() as ValidateFunction;
    } else {
      Ajv ??= (createRequire(import.meta.url)("ajv") as { Ajv: typeof AjvClass }).Ajv;
      validate = new Ajv(AJV_OPTIONS).compile(schema);
    }
    validators.set(rules, validate);
  }
  return validate;
}

/** Where the config came from, for error messages. */
export interface ConfigSource {
  /** File name for messages. */
  readonly file: string;
  /** Positions of keys by `pathKey`, when the config was read from text. */
  readonly positions?: ReadonlyMap<string, JsonPosition>;
}

/** Throws `ConfigError` unless `value` is a valid config for these rules. */
export function validateConfig(value: unknown, rules: readonly Rule[], source: ConfigSource): TfmouldConfig {
  const validate = validatorFor(rules);
  if (validate(value)) return withUsablePatterns(value as TfmouldConfig, source);
  const errors = relevantErrors(validate.errors ?? []);
  const problems = errors.map((e) => toProblem(e, rules, source));
  throw new ConfigError(dedupe(problems));
}

/**
 * The config, when every `exclude` pattern can be matched in bounded time;
 * a pattern the matcher refuses would otherwise exclude nothing in silence.
 */
function withUsablePatterns(config: TfmouldConfig, source: ConfigSource): TfmouldConfig {
  const problems: ConfigProblem[] = [];
  (config.exclude ?? []).forEach((pattern, i) => {
    const problem = excludePatternProblem(pattern);
    if (problem === undefined) return;
    const position = source.positions?.get(pathKey(["exclude", i]));
    problems.push({ file: source.file, line: position?.line, column: position?.column, path: formatPath(["exclude", i]), message: problem });
  });
  for (const pattern of Object.keys(config.roles ?? {})) {
    const problem = excludePatternProblem(pattern);
    if (problem === undefined) continue;
    const position = source.positions?.get(pathKey(["roles", pattern]));
    problems.push({ file: source.file, line: position?.line, column: position?.column, path: formatPath(["roles", pattern]), message: problem });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * Drops ajv's bookkeeping errors: the `if` wrapper's "must match then/else"
 * restates the real error beneath it.
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => e.keyword !== "if");
}

function toProblem(error: ErrorObject, rules: readonly Rule[], source: ConfigSource): ConfigProblem {
  const segments = pointerSegments(error.instancePath);
  let message: string;
  let at = segments;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      at = [...segments, key];
      if (segments.length === 1 && segments[0] === "rules") {
        const near = nearest(
          key,
          rules.map((r) => r.id),
        );
        message = `unknown rule "${key}"${near ? ` (did you mean "${near}"?)` : ""}`;
      } else {
        const allowed = allowedKeys(error);
        message = `unknown key "${key}"${allowed.length > 0 ? `; expected one of ${allowed.map((k) => `"${k}"`).join(", ")}` : ""}`;
      }
      break;
    }
    case "enum": {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      message = `expected one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(error.data)}`;
      break;
    }
    case "type": {
      const type = (error.params as { type: string | string[] }).type;
      const types = Array.isArray(type) ? type : [type];
      message = `expected ${types.map(article).join(" or ")}, got ${describe(error.data)}`;
      break;
    }
    case "minLength":
      message = "expected a non-empty string";
      break;
    case "propertyNames": {
      const name = String((error.params as { propertyName: string }).propertyName);
      at = [...segments, name];
      message = `invalid name "${name}"`;
      break;
    }
    case "pattern":
      // Reported through `propertyNames` for names; for values, ajv's wording is clear.
      message = `expected a string matching ${(error.params as { pattern: string }).pattern}`;
      break;
    default:
      message = error.message ?? `invalid (${error.keyword})`;
  }
  const position = source.positions?.get(pathKey(at)) ?? source.positions?.get(pathKey(segments));
  return {
    file: source.file,
    line: position?.line,
    column: position?.column,
    path: formatPath(at),
    message,
  };
}

function allowedKeys(error: ErrorObject): string[] {
  const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return parent?.properties ? Object.keys(parent.properties) : [];
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `/rules/a~1b/0` → ["rules", "a/b", 0] */
function pointerSegments(pointer: string): JsonPathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => {
      const s = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      return /^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s;
    });
}

/** ["rules", "x", "options"] → `rules.x.options`; numbers as `[i]`; odd keys quoted. */
export function formatPath(segments: readonly JsonPathSegment[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

function article(type: string): string {
  if (type === "array" || type === "object" || type === "integer") return `an ${type}`;
  if (type === "null") return "null";
  return `a ${type}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

/** The closest candidate by edit distance, if it is close enough to be a likely typo. */
function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
