/**
 * The config's JSON Schema for editors (`schema.json`, shipped as
 * `tfmould/schema.json`): generated from the rules, complete, and it accepts
 * the README's example and rejects a misspelled rule id.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { rules } from "../../rules/index.js";
import { editorConfigSchema } from "../../src/config/schema.js";

const REPO = new URL("../../", import.meta.url);
const shipped = readFileSync(new URL("schema.json", REPO), "utf8");
const schema = JSON.parse(shipped) as { properties: { rules: { properties: Record<string, unknown> } } };
const readme = readFileSync(new URL("README.md", REPO), "utf8");

/** The README's config example: the JSON block of its "Configuration" section. */
function readmeConfig(): Record<string, unknown> {
  const section = readme.slice(readme.indexOf("\n## Configuration\n"));
  const block = /```json\n([\s\S]*?)\n```/.exec(section);
  if (!block) throw new Error("README.md has no JSON block under ## Configuration");
  return JSON.parse(block[1]) as Record<string, unknown>;
}

describe("schema.json", () => {
  it("is the schema the config is validated with, for every rule (else run `npm run docs`)", () => {
    expect(shipped === editorConfigSchema(rules), "schema.json is stale: run `npm run docs`").toBe(true);
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it("is exported by the package and named in the README", () => {
    const pkg = JSON.parse(readFileSync(new URL("package.json", REPO), "utf8")) as { exports: Record<string, unknown>; files: string[] };
    expect(pkg.exports["./schema.json"]).toBe("./schema.json");
    expect(pkg.files).toContain("schema.json");
    expect(readme).toContain('"$schema": "./node_modules/tfmould/schema.json"');
  });

  it("accepts the README's example and rejects a misspelled rule id or a bad option", () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const example = readmeConfig();
    expect(example.$schema).toBe("./node_modules/tfmould/schema.json");
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);

    const misspelled = { ...example, rules: { ...(example.rules as object), "no-ssh-acess": "error" } };
    expect(validate(misspelled)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: "/rules", keyword: "additionalProperties", params: { additionalProperty: "no-ssh-acess" } }),
    );
    expect(validate({ rules: { "container-image-pinned": { severity: "error", options: { mutableTags: "stable" } } } })).toBe(false);
    expect(validate({ rules: { "container-image-pinned": "loud" } })).toBe(false);
  });
});
