import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defineRule } from "../../rules/api/rule.js";
import {
  ConfigError,
  buildConfigSchema,
  configFromObject,
  ConfigFileFinder,
  findConfigFile,
  loadConfig,
  parseConfigText,
  resolveConfig,
} from "../../src/config/index.js";
import { rules as catalog } from "../../rules/index.js";

const docs = { rationale: "r", remediation: "m", examples: "e" };
const imageRule = defineRule({
  id: "image-rule",
  severity: "error",
  category: "versioning",
  summary: "images",
  docs,
  optionsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      mutableTags: { type: "array", items: { type: "string" }, default: ["latest"] },
      limit: { type: "integer", minimum: 1 },
    },
  },
  check() {},
});
const plainRule = defineRule({ id: "plain-rule", severity: "warning", category: "state", summary: "plain", docs, check() {} });
const testRules = [imageRule, plainRule];

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("config validation", () => {
  it("accepts every documented key", () => {
    const text = JSON.stringify({
      $schema: "./node_modules/tfmould/src/config/schema.json",
      rules: { "image-rule": { severity: "warning", options: { mutableTags: ["edge"], limit: 2 } }, "plain-rule": "off" },
      strict: true,
      exclude: ["**/examples/**"],
      varFiles: ["prod.tfvars"],
      vars: { region: "eu-west-1", count: 2, tags: { a: "b" } },
      useEnvVars: false,
    });
    const loaded = parseConfigText(text, "/repo/.tfmould.json", testRules);
    expect(loaded.config.strict).toBe(true);
    expect(loaded.baseDir).toBe(path.resolve("/repo"));
  });

  it("rejects an unknown top-level key, naming file, line, path and the expected keys", () => {
    const err = configError(() => parseConfigText('{\n  "strict": true,\n  "strcit": false\n}', "cfg/.tfmould.json", testRules));
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({ file: "cfg/.tfmould.json", line: 3, column: 3, path: "strcit" });
    expect(err.message).toContain('cfg/.tfmould.json:3:3: strcit: unknown key "strcit"');
    expect(err.message).toContain('"strict"');
    expect(err.message).not.toContain("\n");
  });

  it("rejects an unknown rule id and suggests the nearest", () => {
    const err = configError(() => parseConfigText('{"rules": {"image-rul": "off"}}', ".tfmould.json", testRules));
    expect(err.message).toBe('.tfmould.json:1:12: rules.image-rul: unknown rule "image-rul" (did you mean "image-rule"?)');
  });

  it("rejects a bad level, in both the string and object forms, with one problem each", () => {
    const err = configError(() =>
      parseConfigText(
        '{"rules": {"image-rule": "warn", "plain-rule": {"severity": "fatal"}}}',
        ".tfmould.json",
        testRules,
      ),
    );
    expect(err.problems.map((p) => p.path)).toEqual(["rules.image-rule", "rules.plain-rule.severity"]);
    expect(err.problems[0].message).toBe('expected one of "off", "note", "warning", "error", got "warn"');
    expect(err.problems[1].message).toContain('got "fatal"');
  });

  it("validates each rule's options against its optionsSchema", () => {
    const err = configError(() =>
      parseConfigText(
        JSON.stringify({ rules: { "image-rule": { options: { mutableTags: "latest", limit: 0, extra: 1 } } } }),
        ".tfmould.json",
        testRules,
      ),
    );
    const paths = err.problems.map((p) => p.path).sort();
    expect(paths).toEqual(["rules.image-rule.options.extra", "rules.image-rule.options.limit", "rules.image-rule.options.mutableTags"]);
    expect(err.problems.find((p) => p.path.endsWith("mutableTags"))?.message).toBe('expected an array, got "latest"');
  });

  it("rejects options for a rule that takes none", () => {
    const err = configError(() =>
      parseConfigText('{"rules": {"plain-rule": {"options": {"x": 1}}}}', ".tfmould.json", testRules),
    );
    expect(err.problems[0].path).toBe("rules.plain-rule.options.x");
  });

  it("rejects wrong types with what was expected", () => {
    const err = configError(() =>
      parseConfigText('{"strict": "yes", "exclude": ["a", 3], "vars": {"bad name": 1}}', "c.json", testRules),
    );
    const byPath = new Map(err.problems.map((p) => [p.path, p.message]));
    expect(byPath.get("strict")).toBe('expected a boolean, got "yes"');
    expect(byPath.get("exclude[1]")).toBe("expected a string, got number 3");
    expect(byPath.get('vars["bad name"]')).toBe('invalid name "bad name"');
  });

  it("locates JSON syntax errors by line and column", () => {
    const err = configError(() => parseConfigText('{\n  "strict": true,\n}', "x/.tfmould.json", testRules));
    expect(err.problems[0]).toMatchObject({ line: 3, column: 1 });
    expect(err.message).toMatch(/^x\/\.tfmould\.json:3:1: invalid JSON: expected a quoted property name/);
  });

  it("reports a duplicate key instead of silently keeping the last", () => {
    const err = configError(() => parseConfigText('{"strict": true, "strict": false}', "c.json", testRules));
    expect(err.message).toBe('c.json:1:18: invalid JSON: duplicate key "strict"');
  });

  it("reports an unterminated document at its end", () => {
    const err = configError(() => parseConfigText('{"rules": {', "c.json", testRules));
    expect(err.message).toContain("the end of the file");
  });

  it("validates a config given as an object", () => {
    expect(() => configFromObject({ rules: { nope: "off" } }, "/", testRules)).toThrow(/<config>: rules.nope: unknown rule/);
    expect(configFromObject({ strict: true }, "/", testRules).config.strict).toBe(true);
  });

  it("validates the options of every catalog rule that has some", () => {
    const withOptions = catalog.filter((r) => r.optionsSchema && Object.keys(r.optionsSchema.properties).length > 0);
    expect(withOptions.map((r) => r.id)).toContain("container-image-pinned");
    for (const rule of withOptions) {
      const name = Object.keys(rule.optionsSchema?.properties ?? {})[0];
      const wrong = { [name]: { not: "this" }, noSuchOption: 1 };
      const err = configError(() =>
        parseConfigText(JSON.stringify({ rules: { [rule.id]: { options: wrong } } }), ".tfmould.json"),
      );
      const paths = err.problems.map((p) => p.path);
      expect(paths).toContain(`rules.${rule.id}.options.noSuchOption`);
      expect(paths.some((p) => p.startsWith(`rules.${rule.id}.options.${name}`))).toBe(true);
    }
    const ok = parseConfigText('{"rules": {"container-image-pinned": {"options": {"mutableTags": ["stable"]}}}}', ".tfmould.json");
    expect(ok.config.rules?.["container-image-pinned"]).toEqual({ options: { mutableTags: ["stable"] } });
  });

  it("knows every catalog rule id", () => {
    const schema = buildConfigSchema(catalog) as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(catalog.map((r) => r.id).sort());
  });
});

describe("config discovery", () => {
  const root = mkdtempSync(path.join(tmpdir(), "tfmould-config-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  mkdirSync(path.join(root, "repo/envs/prod/app"), { recursive: true });
  writeFileSync(path.join(root, "repo/.tfmould.json"), '{"strict": false}');
  writeFileSync(path.join(root, "repo/envs/prod/.tfmould.json"), '{"strict": true}');

  it("uses the nearest file walking up", () => {
    expect(findConfigFile(path.join(root, "repo/envs/prod/app"))).toBe(path.join(root, "repo/envs/prod/.tfmould.json"));
    expect(findConfigFile(path.join(root, "repo/envs"))).toBe(path.join(root, "repo/.tfmould.json"));
    expect(loadConfig(path.join(root, "repo/envs/prod/app"), { rules: testRules })?.config.strict).toBe(true);
  });

  it("finds the same file with ConfigFileFinder, looking in each directory once", () => {
    const looked: string[] = [];
    const finder = new ConfigFileFinder((candidate) => {
      looked.push(path.dirname(candidate));
      return existsSync(candidate);
    });
    expect(finder.nearest(path.join(root, "repo/envs/prod/app"))).toBe(path.join(root, "repo/envs/prod/.tfmould.json"));
    expect(finder.nearest(path.join(root, "repo/envs"))).toBe(path.join(root, "repo/.tfmould.json"));
    expect(finder.nearest(path.join(root, "repo/envs/prod"))).toBe(path.join(root, "repo/envs/prod/.tfmould.json"));
    expect(looked).toEqual([path.join(root, "repo/envs/prod/app"), path.join(root, "repo/envs/prod"), path.join(root, "repo/envs"), path.join(root, "repo")]);
  });

  it("asks nothing of a directory known to lack a config file", () => {
    const looked: string[] = [];
    const finder = new ConfigFileFinder(
      (candidate) => {
        looked.push(path.dirname(candidate));
        return existsSync(candidate);
      },
      (dir) => dir === path.join(root, "repo/envs/prod"),
    );
    // Said to lack one, envs/prod is passed over for the repository's.
    expect(finder.nearest(path.join(root, "repo/envs/prod/app"))).toBe(path.join(root, "repo/.tfmould.json"));
    expect(looked).toEqual([path.join(root, "repo/envs/prod/app"), path.join(root, "repo/envs"), path.join(root, "repo")]);
  });

  it("returns undefined when there is none up to the root", () => {
    const lonely = mkdtempSync(path.join(tmpdir(), "tfmould-noconfig-"));
    try {
      // A config in a parent of the temp dir would be found; the test only holds where there is none.
      const found = findConfigFile(lonely);
      expect(found === undefined || !found.startsWith(lonely)).toBe(true);
    } finally {
      rmSync(lonely, { recursive: true, force: true });
    }
  });

  it("loads a named file and fails clearly when it is missing", () => {
    expect(loadConfig(path.join(root, "repo/.tfmould.json"), { rules: testRules })?.config.strict).toBe(false);
    const missing = path.join(root, "nope.json");
    expect(() => loadConfig(missing, { rules: testRules })).toThrow(`${missing}: cannot read the config file`);
  });

  it("reads through a host", () => {
    const files: Record<string, string> = { "/mem/.tfmould.json": '{"strict": true}' };
    const host = { readFile: (f: string) => files[f], fileExists: (f: string) => f in files };
    expect(loadConfig("/mem/a/b", { host, rules: testRules })?.file).toBe("/mem/.tfmould.json");
  });
});

describe("resolveConfig", () => {
  it("starts from each rule's default severity", () => {
    const resolved = resolveConfig(undefined, {}, { rules: testRules, cwd: "/w" });
    expect([...resolved.rules.entries()]).toEqual([
      ["image-rule", { severity: "error", options: { mutableTags: ["latest"] } }],
      ["plain-rule", { severity: "warning", options: {} }],
    ]);
    expect(resolved).toMatchObject({ strict: false, exclude: [], varFiles: [], vars: {}, useEnvVars: false, file: undefined });
  });

  it("applies the config, then the command line", () => {
    const loaded = configFromObject(
      {
        rules: { "image-rule": { severity: "note", options: { mutableTags: ["edge"] } }, "plain-rule": "off" },
        varFiles: ["a.tfvars"],
        vars: { x: "1", y: "2" },
      },
      "/repo",
      testRules,
    );
    const resolved = resolveConfig(
      loaded,
      { rules: { "plain-rule": "error" }, strict: true, varFiles: ["b.tfvars"], vars: { y: "3" } },
      { rules: testRules, cwd: "/work" },
    );
    expect(resolved.rules.get("image-rule")).toEqual({ severity: "note", options: { mutableTags: ["edge"] } });
    expect(resolved.rules.get("plain-rule")?.severity).toBe("error");
    expect(resolved.strict).toBe(true);
    expect(resolved.varFiles).toEqual([path.resolve("/repo/a.tfvars"), path.resolve("/work/b.tfvars")]);
    expect(resolved.vars).toEqual({ x: "1", y: "3" });
  });

  it("drops rules turned off", () => {
    const resolved = resolveConfig(undefined, { rules: { "image-rule": "off" } }, { rules: testRules });
    expect(resolved.rules.has("image-rule")).toBe(false);
  });

  it("rejects an unknown rule or level on the command line", () => {
    expect(() => resolveConfig(undefined, { rules: { nope: "off" } }, { rules: testRules })).toThrow(
      '<command line>: --rule nope: unknown rule "nope"',
    );
    expect(() =>
      resolveConfig(undefined, { rules: { "plain-rule": "loud" as "error" } }, { rules: testRules }),
    ).toThrow(/expected one of off, note, warning, error/);
  });
});

describe("module roles in the config", () => {
  it("accepts roles by glob pattern and resolves them in the file's order", () => {
    const loaded = parseConfigText('{"roles": {"stacks/**": "deployment", "stacks/sandbox": "example"}}', "/repo/.tfmould.json", testRules);
    expect(resolveConfig(loaded, {}, { rules: testRules }).roles).toEqual([
      { pattern: "stacks/**", role: "deployment" },
      { pattern: "stacks/sandbox", role: "example" },
    ]);
    expect(resolveConfig(undefined, {}, { rules: testRules }).roles).toEqual([]);
  });

  it("rejects an unknown role and an unusable pattern, located", () => {
    const err = configError(() => parseConfigText('{\n  "roles": {"stacks/**": "prod"}\n}', ".tfmould.json", testRules));
    expect(err.problems[0]).toMatchObject({ line: 2, path: `roles["stacks/**"]` });
    expect(err.message).toContain(`expected one of "deployment", "module", "example", "test", "fixture", got "prod"`);
    const bad = configError(() => parseConfigText('{"roles": {"a/*x*y*z*w/b": "test"}}', ".tfmould.json", testRules));
    expect(bad.problems[0].path).toBe(`roles["a/*x*y*z*w/b"]`);
  });

  it("the schema lists the roles for editors", () => {
    const schema = buildConfigSchema(testRules) as { properties: Record<string, unknown>; definitions: Record<string, { enum?: string[] }> };
    expect(schema.properties.roles).toMatchObject({ additionalProperties: { $ref: "#/definitions/role" } });
    expect(schema.definitions.role.enum).toEqual(["deployment", "module", "example", "test", "fixture"]);
  });
});
