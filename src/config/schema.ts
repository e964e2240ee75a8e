/**
 * The config's JSON Schema: `schema.json` with every rule's id and options
 * schema inserted under `rules`, so an unknown rule, a bad level or a bad
 * option is an error like any other.
 */
import { createRequire } from "node:module";
import type { Rule } from "../../rules/api/rule.js";
import type baseSchemaJson from "./schema.json";
import { pluginNamespace } from "./plugins.js";

export type JsonObject = Record<string, unknown>;

const require = createRequire(import.meta.url);
// Loaded with require rather than a JSON import: Node 20 warns on JSON modules.
const baseSchema = require("./schema.json") as typeof baseSchemaJson;

const EMPTY_OPTIONS = { type: "object", additionalProperties: false, properties: {} };

/** A deep copy of the base schema (`src/config/schema.json`), without rule entries. */
export function baseConfigSchema(): JsonObject {
  return structuredClone(baseSchema) as JsonObject;
}

/** The full schema for a set of rules: each rule id is a key of `rules`, with its options schema. */
export function buildConfigSchema(rules: readonly Rule[]): JsonObject {
  const schema = baseConfigSchema();
  const properties = schema.properties as Record<string, JsonObject>;
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    ruleProperties[rule.id] = {
      description: rule.summary,
      if: { type: "string" },
      then: { $ref: "#/definitions/level" },
      else: {
        type: "object",
        additionalProperties: false,
        properties: {
          severity: { $ref: "#/definitions/level" },
          options: rule.optionsSchema ? structuredClone(rule.optionsSchema) : EMPTY_OPTIONS,
        },
      },
    };
  }
  // Plugins not loaded: their rules are admitted by pattern. A loaded plugin's rules are keys
  // of their own, with their options; its namespace is left out of the pattern, so that a
  // name it does not define is unknown (and ajv's strict mode sees no key matched twice).
  const namespaces = [...new Set(rules.flatMap((r) => pluginNamespace(r.id) ?? []))];
  const rulesSchema = properties.rules as { patternProperties?: Record<string, unknown> };
  const patterns = Object.entries(rulesSchema.patternProperties ?? {});
  const patternProperties =
    namespaces.length === 0 ? rulesSchema.patternProperties : Object.fromEntries(patterns.map(([p, v]) => [`^(?!(?:${namespaces.join("|")})/)${p.slice(1)}`, v]));
  properties.rules = { ...properties.rules, properties: ruleProperties, ...(patternProperties ? { patternProperties } : {}) };
  return schema;
}

/**
 * The schema editors read (`tfmould/schema.json`, shipped at the package's
 * root and written by `npm run docs`): the full schema for the catalog's
 * rules, as pretty-printed JSON.
 */
export function editorConfigSchema(rules: readonly Rule[]): string {
  const schema = buildConfigSchema(rules);
  schema.description =
    "Rule levels and options, strict mode, excluded paths and variable values for tfmould. Generated from the rules by `npm run docs`; point `$schema` at ./node_modules/tfmould/schema.json.";
  return `${JSON.stringify(schema, null, 2)}\n`;
}
