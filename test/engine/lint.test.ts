import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defineRule } from "../../rules/api/rule.js";
import type { Rule } from "../../rules/api/rule.js";
import syntaxError from "../../rules/syntax-error/index.js";
import { ConfigError } from "../../src/config/index.js";
import { applyBaseline, lint, writeBaseline } from "../../src/engine/index.js";
import type { StringValue } from "../../src/eval/value.js";
import { attributeRule, attributes, docs, tfJson } from "./helpers.js";

const badRule = attributeRule("bad-attr", "bad");
const uglyRule = attributeRule("ugly-attr", "ugly");

describe("lint({ files })", () => {
  it("reports a rule's findings with file, exact range, address and fingerprint", () => {
    const result = lint({
      files: { "main.tf.json": tfJson({ resource: { thing: { x: { bad: "yes" } } } }) },
      rules: [badRule],
    });
    expect(result.notices).toEqual([]);
    expect(result.findings).toHaveLength(1);
    const [f] = result.findings;
    expect(f).toMatchObject({
      ruleId: "bad-attr",
      severity: "warning",
      message: "bad is set",
      file: "main.tf.json",
      address: "thing.x",
      attributePath: "bad",
      related: [],
    });
    expect(f.range.start).toMatchObject({ line: 5, column: 16 });
    expect(f.range.end).toMatchObject({ line: 5, column: 21 });
    expect(f.fingerprint).toMatch(/^[0-9a-f]{32}:0$/);
    expect(f.suppressed).toBeUndefined();
    expect(result.files).toEqual(["main.tf.json"]);
    expect(result.enabledRules).toEqual([{ id: "bad-attr", severity: "warning" }]);
  });

  it("sorts findings by file, line, column and rule id", () => {
    const result = lint({
      files: {
        "z.tf.json": tfJson({ locals: { bad: 1 } }),
        "a.tf.json": tfJson({ locals: { ugly: 1, bad: 2 } }),
        "m/b.tf.json": '{"locals": {"ugly": 1, "bad": 2}}',
      },
      rules: [uglyRule, badRule, attributeRule("also-bad", "bad")],
    });
    expect(result.findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column}:${f.ruleId}`)).toEqual([
      "a.tf.json:3:13:ugly-attr",
      "a.tf.json:4:12:also-bad",
      "a.tf.json:4:12:bad-attr",
      "m/b.tf.json:1:21:ugly-attr",
      "m/b.tf.json:1:31:also-bad",
      "m/b.tf.json:1:31:bad-attr",
      "z.tf.json:3:12:also-bad",
      "z.tf.json:3:12:bad-attr",
    ]);
  });

  it("treats each directory as one module", () => {
    const seen: string[][] = [];
    const spy = defineRule({
      id: "spy",
      severity: "note",
      category: "state",
      summary: "spy",
      docs,
      check(ctx) {
        seen.push(ctx.module.files.map((f) => f.filename));
      },
    });
    lint({
      files: { "a.tf.json": "{}", "b.tf.json": "{}", "mod/c.tf.json": "{}", "mod/notes.txt": "x", "vars/x.tfvars": "" },
      rules: [spy],
    });
    expect(seen).toEqual([["a.tf.json", "b.tf.json"], ["mod/c.tf.json"]]);
  });

  it("contains a rule that throws: an error notice naming rule and file, other rules still run", () => {
    const crashing = defineRule({
      id: "crashing",
      severity: "error",
      category: "state",
      summary: "crashes",
      docs,
      check() {
        throw new Error("boom");
      },
    });
    const result = lint({ files: { "main.tf.json": tfJson({ locals: { bad: 1 } }) }, rules: [crashing, badRule] });
    expect(result.findings.map((f) => f.ruleId)).toEqual(["bad-attr"]);
    expect(result.notices).toEqual([
      { level: "error", message: 'internal error: rule "crashing" on main.tf.json failed: boom', file: "main.tf.json" },
    ]);
  });

  it("turns a report without a real range into an internal-error notice, never a line-0 finding", () => {
    const zero = { line: 0, column: 0, offset: 0 };
    const far = { line: 99, column: 1, offset: 5000 };
    const sloppy = defineRule({
      id: "sloppy",
      severity: "error",
      category: "state",
      summary: "sloppy",
      docs,
      check(ctx) {
        const file = ctx.module.files[0];
        ctx.report({ node: { range: { start: zero, end: zero } }, file, message: "line zero" });
        ctx.report({ node: { range: { start: far, end: far } }, file, message: "past the end" });
        ctx.report({ node: { range: file.body.items[0].range }, message: "no file" });
        ctx.report({ node: file.body, file, message: "fine" });
        ctx.report({ node: file.body.items[0], message: "located" });
      },
    });
    const result = lint({ files: { "main.tf.json": tfJson({ locals: { a: 1 } }) }, rules: [sloppy] });
    // A node of the module is located by the engine; a bare range of unknown origin cannot be.
    expect(result.findings.map((f) => [f.message, f.file])).toEqual([
      ["fine", "main.tf.json"],
      ["located", "main.tf.json"],
    ]);
    expect(result.notices.map((n) => n.message)).toEqual([
      'internal error: rule "sloppy" on main.tf.json reported an invalid range 0:0-0:0 in main.tf.json',
      'internal error: rule "sloppy" on main.tf.json reported an invalid range 99:1-99:1 in main.tf.json',
      "internal error: rule \"sloppy\" on main.tf.json reported a finding outside the module's files with neither `file` nor `resource`",
    ]);
    expect(result.notices.every((n) => n.level === "error")).toBe(true);
  });

  it("moves the primary location to where the value was written, and keeps the use as related", () => {
    const tracing = defineRule({
      id: "tracing",
      severity: "error",
      category: "versioning",
      summary: "follows values",
      docs,
      check(ctx) {
        const main = ctx.module.files.find((f) => f.filename === "main.tf.json");
        const vars = ctx.module.files.find((f) => f.filename === "variables.tf.json");
        if (!main || !vars) return;
        const useSite = [...attributes(ctx)].find((a) => a.attr.name === "image" && a.file === main);
        const literal = [...attributes(ctx)].find((a) => a.attr.name === "default" && a.file === vars);
        if (!useSite || !literal) return;
        const value: StringValue = {
          kind: "string",
          value: "nginx",
          origins: [{ file: vars.filename, range: literal.attr.expr.range }],
        };
        ctx.report({ node: useSite.attr.expr, file: main, message: "unpinned", value, address: "docker_container.web" });
        // A value written inside the node itself does not move the finding.
        const local: StringValue = { kind: "string", value: "x", origins: [{ file: main.filename, range: useSite.attr.expr.range }] };
        ctx.report({ node: useSite.attr, file: main, message: "local value", value: local });
      },
    });
    const result = lint({
      files: {
        "main.tf.json": tfJson({ resource: { docker_container: { web: { image: "${var.image}" } } } }),
        "variables.tf.json": tfJson({ variable: { image: { default: "nginx" } } }),
      },
      rules: [tracing],
      // A deployment: its variable defaults are the values it applies.
      config: { roles: { ".": "deployment" } },
    });
    const moved = result.findings.find((f) => f.message === "unpinned");
    expect(moved?.file).toBe("variables.tf.json");
    expect(moved?.range.start.line).toBe(4);
    expect(moved?.related).toEqual([
      { file: "main.tf.json", range: expect.objectContaining({ start: expect.objectContaining({ line: 5 }) }), message: "consumed here" },
    ]);
    const kept = result.findings.find((f) => f.message === "local value");
    expect(kept?.file).toBe("main.tf.json");
    expect(kept?.related).toEqual([]);
  });

  it("de-duplicates identical findings", () => {
    const twice = defineRule({
      id: "twice",
      severity: "error",
      category: "state",
      summary: "reports twice",
      docs,
      check(ctx) {
        const file = ctx.module.files[0];
        for (let i = 0; i < 2; i++) ctx.report({ node: file.body, file, message: "same" });
        ctx.report({ node: file.body, file, message: "different" });
      },
    });
    const result = lint({ files: { "main.tf.json": "{}" }, rules: [twice] });
    expect(result.findings.map((f) => f.message)).toEqual(["different", "same"]);
  });

  it("applies the config: off, severity, options with defaults, strict", () => {
    const contexts: { options: unknown; strict: boolean }[] = [];
    const configurable = defineRule({
      id: "configurable",
      severity: "error",
      category: "versioning",
      summary: "options",
      docs,
      optionsSchema: {
        type: "object",
        additionalProperties: false,
        properties: { tags: { type: "array", items: { type: "string" } }, level: { type: "integer", default: 3 } },
      },
      check(ctx) {
        contexts.push({ options: ctx.options, strict: ctx.strict });
        const file = ctx.module.files[0];
        ctx.report({ node: file.body, file, message: "plain" });
        ctx.report({ node: file.body, file, message: "milder", severity: "note" });
      },
    });
    const files = { "main.tf.json": tfJson({ locals: { bad: 1 } }) };
    const rules = [configurable, badRule];

    const defaults = lint({ files, rules });
    expect(defaults.findings.map((f) => `${f.ruleId}:${f.severity}:${f.message}`)).toEqual([
      "configurable:note:milder",
      "configurable:error:plain",
      "bad-attr:warning:bad is set",
    ]);
    expect(contexts.pop()).toEqual({ options: { level: 3 }, strict: false });

    const configured = lint({
      files,
      rules,
      config: { strict: true, rules: { "bad-attr": "off", configurable: { severity: "warning", options: { tags: ["edge"] } } } },
    });
    // A configured severity wins over the severity a rule gives one finding.
    expect(configured.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(["configurable:warning", "configurable:warning"]);
    expect(contexts.pop()).toEqual({ options: { tags: ["edge"], level: 3 }, strict: true });
    expect(configured.enabledRules).toEqual([{ id: "configurable", severity: "warning" }]);

    const overridden = lint({ files, rules, config: { rules: { "bad-attr": "off" } }, overrides: { rules: { "bad-attr": "error" } } });
    expect(overridden.findings.find((f) => f.ruleId === "bad-attr")?.severity).toBe("error");
  });

  it("rejects an invalid config with a ConfigError", () => {
    expect(() => lint({ files: {}, rules: [badRule], config: { rules: { nope: "off" } } as never })).toThrow(ConfigError);
  });

  it("reports each parse diagnostic as a syntax-error finding and still checks the other files", () => {
    const result = lint({
      files: { "broken.tf.json": '{"locals": {"a": 1,,}}', "fine.tf.json": tfJson({ locals: { bad: 1 } }) },
      rules: [badRule, syntaxError],
    });
    const broken = result.findings.filter((f) => f.file === "broken.tf.json");
    expect(broken.length).toBeGreaterThan(0);
    for (const f of broken) {
      expect(f.ruleId).toBe("syntax-error");
      expect(f.severity).toBe("error");
      expect(f.range.start.line).toBe(1);
      expect(f.range.start.column).toBeGreaterThan(1);
    }
    expect(result.findings.filter((f) => f.file === "fine.tf.json").map((f) => f.ruleId)).toEqual(["bad-attr"]);
  });

  it("keeps parse errors as notices when the rule list has no syntax-error rule", () => {
    const result = lint({ files: { "broken.tf.json": "{" }, rules: [badRule] });
    expect(result.findings).toEqual([]);
    expect(result.notices.length).toBeGreaterThan(0);
    expect(result.notices[0]).toMatchObject({ level: "warning", file: "broken.tf.json" });
  });

  it("gives syntax errors no findings when the rule is off", () => {
    const result = lint({ files: { "broken.tf.json": "{" }, rules: [syntaxError], config: { rules: { "syntax-error": "off" } } });
    expect(result.findings).toEqual([]);
  });

  it("tells rules whether the module has a lock file", () => {
    const seen: boolean[] = [];
    const lock = defineRule({
      id: "lock",
      severity: "note",
      category: "versioning",
      summary: "lock",
      docs,
      check(ctx) {
        seen.push(ctx.hasLockFile);
      },
    });
    lint({ files: { "a/main.tf.json": "{}", "a/.terraform.lock.hcl": "", "b/main.tf.json": "{}" }, rules: [lock] });
    expect(seen).toEqual([true, false]);
  });

  it("keeps baseline matches when lines move and reports new findings", () => {
    const before = lint({ files: { "main.tf.json": tfJson({ locals: { bad: 1 } }) }, rules: [badRule] });
    const baseline = writeBaseline(before.findings);
    const after = lint({
      files: { "main.tf.json": `\n\n\n${tfJson({ locals: { a: 0, bad: 1 } })}`, "new.tf.json": tfJson({ locals: { bad: 2 } }) },
      rules: [badRule],
    });
    expect(after.findings[0].range.start.line).not.toBe(before.findings[0].range.start.line);
    const applied = applyBaseline(after.findings, baseline);
    expect(applied.map((f) => `${f.file}:${f.suppressed?.reason ?? "new"}`)).toEqual(["main.tf.json:baseline", "new.tf.json:new"]);
  });

  it("is pure for files: the disk is never read", () => {
    // A config file on disk in cwd would change the result if it were read.
    const dir = mkdtempSync(path.join(tmpdir(), "tfmould-pure-"));
    try {
      writeFileSync(path.join(dir, ".tfmould.json"), '{"rules": {"bad-attr": "off"}}');
      writeFileSync(path.join(dir, "other.tf.json"), tfJson({ locals: { bad: 9 } }));
      const result = lint({ files: { "main.tf.json": tfJson({ locals: { bad: 1 } }) }, rules: [badRule], cwd: dir });
      expect(result.findings.map((f) => f.file)).toEqual(["main.tf.json"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("lint({ paths })", () => {
  const root = mkdtempSync(path.join(tmpdir(), "tfmould-paths-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (rel: string, text: string): void => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  write("repo/.tfmould.json", '{"rules": {"ugly-attr": "error"}}');
  write("repo/app/main.tf.json", tfJson({ locals: { bad: 1, ugly: 2 } }));
  write("repo/app/extra.tf.json", tfJson({ locals: { bad: 3 } }));
  write("repo/legacy/.tfmould.json", '{"rules": {"bad-attr": "off"}}');
  write("repo/legacy/main.tf.json", tfJson({ locals: { bad: 1, ugly: 2 } }));
  write("repo/excluded/.tfmould.json", '{"exclude": ["generated_*.tf.json"]}');
  write("repo/excluded/main.tf.json", tfJson({ locals: { bad: 1 } }));
  write("repo/excluded/generated_x.tf.json", tfJson({ locals: { bad: 1 } }));
  write("repo/empty/readme.md", "nothing");
  write("repo/badconfig/.tfmould.json", '{"rules": {"bad-attr": "loud"}}');
  write("repo/badconfig/main.tf.json", "{}");
  write("repo/binary/main.tf.json", tfJson({ locals: { bad: 1 } }));
  mkdirSync(path.join(root, "repo/binary"), { recursive: true });
  writeFileSync(path.join(root, "repo/binary/blob.tf"), Buffer.from([0x72, 0xff, 0xfe, 0x00, 0x80]));
  const rules: Rule[] = [badRule, uglyRule];
  const cwd = path.join(root, "repo");

  it("loads module directories, with the nearest config for each, and names files relative to cwd", () => {
    const result = lint({ paths: ["app", "legacy"], cwd, rules });
    expect(result.findings.map((f) => `${f.file}:${f.ruleId}:${f.severity}`)).toEqual([
      "app/extra.tf.json:bad-attr:warning",
      "app/main.tf.json:bad-attr:warning",
      "app/main.tf.json:ugly-attr:error",
      "legacy/main.tf.json:ugly-attr:warning",
    ]);
    expect(result.files).toEqual(["app/extra.tf.json", "app/main.tf.json", "legacy/main.tf.json"]);
  });

  it("uses a given config for every module instead of searching", () => {
    const result = lint({ paths: ["legacy"], cwd, rules, config: {} });
    expect(result.findings.map((f) => f.ruleId)).toEqual(["bad-attr", "ugly-attr"]);
  });

  it("reports only findings in the files named, while rules see the whole module", () => {
    const result = lint({ paths: ["app/extra.tf.json"], cwd, rules });
    expect(result.findings.map((f) => f.file)).toEqual(["app/extra.tf.json"]);
  });

  it("skips files matching the config's exclude patterns", () => {
    const result = lint({ paths: ["excluded"], cwd, rules });
    expect(result.findings.map((f) => f.file)).toEqual(["excluded/main.tf.json"]);
  });

  it("notices missing paths and directories without Terraform files", () => {
    const result = lint({ paths: ["nope", "empty"], cwd, rules });
    expect(result.findings).toEqual([]);
    expect(result.notices).toEqual([
      { level: "error", message: "no such file or directory: nope" },
      { level: "warning", message: "no Terraform configuration files in empty" },
    ]);
  });

  it("reports a file that is not UTF-8 text as a syntax error at its start, and checks the rest", () => {
    const result = lint({ paths: ["binary"], cwd, rules: [...rules, syntaxError] });
    expect(result.notices).toEqual([]);
    expect(result.findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column}:${f.ruleId}`)).toEqual([
      "binary/blob.tf:1:1:syntax-error",
      "binary/main.tf.json:3:12:bad-attr",
    ]);
    expect(result.findings[0].message).toMatch(/^Failed to read file: The file "[^"/]+" could not be read: /);
  });

  it("throws a ConfigError for an invalid config it finds", () => {
    expect(() => lint({ paths: ["badconfig"], cwd, rules })).toThrow(/badconfig\/\.tfmould\.json:1:12: rules\.bad-attr: expected one of/);
  });
});

describe("attribute paths", () => {
  it("are put in one form for every rule: data[\"password\"] is data.password", () => {
    const bracketed = defineRule({
      id: "bracketed",
      severity: "warning",
      category: "secrets",
      summary: "reports a bracketed path",
      docs,
      check(ctx) {
        const file = ctx.module.files[0];
        ctx.report({ node: file.body, file, message: "a", attributePath: 'data["password"]' });
        ctx.report({ node: file.body, file, message: "b", attributePath: 'data["tls.key"][0]' });
      },
    });
    const result = lint({ files: { "main.tf": "locals {\n  a = 1\n}\n" }, rules: [bracketed] });
    expect(result.findings.map((f) => f.attributePath)).toEqual(["data.password", 'data["tls.key"][0]']);
  });
});
