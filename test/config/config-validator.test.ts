/**
 * The config validator compiled ahead of time (`npm run config-validator`):
 * the committed copy is current, it is the one the built-in rules' schema
 * gets, it gives the very errors ajv compiling the schema at run time gives,
 * and any other list of rules (plugins) is still compiled at run time.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { Ajv as AjvClass } from "ajv";
import { repositoryRoot } from "../../docs/generate.js";
import { CONFIG_VALIDATOR_FILE, configValidatorModule } from "../../docs/generate-config-validator.js";
import { defineRule } from "../../rules/api/rule.js";
import { rules as catalog } from "../../rules/index.js";
import { PRECOMPILED_SCHEMA_DIGEST, precompiledConfigValidator } from "../../src/config/config-validator.generated.js";
import { buildConfigSchema } from "../../src/config/schema.js";
import { AJV_OPTIONS, schemaDigest, validateConfig } from "../../src/config/validate.js";
import { ConfigError } from "../../src/config/types.js";

const { Ajv } = createRequire(import.meta.url)("ajv") as { Ajv: typeof AjvClass };

type Validate = ((value: unknown) => boolean) & { errors?: unknown };

/** Configs that pass and configs that fail in many ways, for the built-in rules. */
function configs(): unknown[] {
  const withOptions = catalog.filter((r) => r.optionsSchema !== undefined && Object.keys(r.optionsSchema.properties).length > 0);
  expect(withOptions.length).toBeGreaterThan(3);
  const out: unknown[] = [
    {},
    { roles: { ".": "deployment", "modules/*": "module" }, strict: true, exclude: ["**/examples/**"], varFiles: ["a.tfvars"] },
    { rules: { "no-ssh-access": "off", "no-provisioners": "warning" }, vars: { region: "eu-west-1", n: 2 } },
    { rules: { "no-such-rule": "error" } },
    { rules: { "no-ssh-access": "loud" } },
    { rules: { "no-ssh-access": ["warning", { bogus: 1 }] } },
    { roles: { ".": "server" }, strict: "yes", exclude: "examples", unknownKey: 1 },
    [],
    "text",
    null,
  ];
  for (const rule of withOptions) {
    const [name, property] = Object.entries(rule.optionsSchema?.properties ?? {})[0];
    const wrong = (property as { type?: string }).type === "string" ? 1 : "wrong";
    out.push({ rules: { [rule.id]: { severity: "warning", options: { [name]: wrong } } } });
    out.push({ rules: { [rule.id]: { severity: "error", options: { [`${name}-not-an-option`]: true } } } });
  }
  return out;
}

describe("the precompiled config validator", () => {
  it("is what the generator makes of today's schema and rules (run `npm run config-validator` when this fails)", () => {
    expect(readFileSync(path.join(repositoryRoot(), CONFIG_VALIDATOR_FILE), "utf8")).toBe(configValidatorModule());
  });

  it("is for the built-in rules' schema", () => {
    expect(schemaDigest(buildConfigSchema(catalog))).toBe(PRECOMPILED_SCHEMA_DIGEST);
    expect(schemaDigest(buildConfigSchema(catalog.slice(1)))).not.toBe(PRECOMPILED_SCHEMA_DIGEST);
  });

  it("gives every config the verdict and errors ajv gives it compiling the schema at run time", () => {
    const compiled = new Ajv(AJV_OPTIONS).compile(buildConfigSchema(catalog)) as Validate;
    const precompiled = precompiledConfigValidator() as Validate;
    let rejected = 0;
    for (const config of configs()) {
      const verdict = compiled(config);
      expect(precompiled(config), JSON.stringify(config)).toBe(verdict);
      expect(precompiled.errors, JSON.stringify(config)).toEqual(compiled.errors);
      if (!verdict) rejected++;
    }
    expect(rejected).toBeGreaterThan(10);
  });

  it("is not used for other rules: a plugin's rule and its options are known", () => {
    const plugin = defineRule({
      id: "acme/tags",
      severity: "warning",
      category: "state",
      summary: "tags",
      docs: { rationale: "r", remediation: "m", examples: "e" },
      optionsSchema: { type: "object", additionalProperties: false, properties: { tags: { type: "array", items: { type: "string" } } } },
      check() {},
    });
    const rules = [...catalog, plugin];
    const config = validateConfig({ rules: { "acme/tags": { severity: "error", options: { tags: ["owner"] } } } }, rules, { file: "c.json" });
    expect(config.rules?.["acme/tags"]).toEqual({ severity: "error", options: { tags: ["owner"] } });
    expect(() => validateConfig({ rules: { "acme/tags": { severity: "error", options: { tags: "owner" } } } }, rules, { file: "c.json" })).toThrow(ConfigError);
  });
});
