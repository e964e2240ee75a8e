/**
 * Plugin rules in the engine and the config layer: namespaced ids are
 * configured, suppressed, baselined and reported as built-in rules are, and
 * a plugin of the wrong shape is one error naming it.
 */
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, PluginError, applyBaseline, defineRule, definePlugin, lint, writeBaseline } from "../../src/index.js";
import type { Plugin } from "../../src/index.js";
import { checkPlugin, withPlugins } from "../../src/config/plugins.js";
import { rules as catalog } from "../../rules/index.js";

// The fixture plugin is JavaScript, as a plugin loaded by the command is.
const ACME = new URL("../../fixtures/plugins/acme/index.js", import.meta.url).href;
const { default: acme } = (await import(ACME)) as { default: Plugin };

const PUBLIC = 'resource "aws_s3_bucket_acl" "logs" {\n  bucket = "logs"\n  acl    = "public-read"\n}\n';
const ids = (r: ReturnType<typeof lint>) => r.findings.filter((f) => !f.suppressed).map((f) => `${f.ruleId}:${f.range?.start.line}`);

describe("plugin rules in a lint", () => {
  it("run beside the catalog and report under their namespaced ids", () => {
    const result = lint({ files: { "main.tf": PUBLIC }, plugins: [acme] });
    expect(ids(result)).toContain("acme/no-public-buckets:3");
    expect(result.enabledRules.map((r) => r.id)).toEqual(expect.arrayContaining(["acme/no-public-buckets", "acme/required-tags", "no-provisioners"]));
    // Without the plugin, nothing of it runs.
    expect(ids(lint({ files: { "main.tf": PUBLIC } })).some((id) => id.startsWith("acme/"))).toBe(false);
  });

  it("are configured by their ids: level, and options checked against the rule's schema", () => {
    const off = lint({ files: { "main.tf": PUBLIC }, plugins: [acme], config: { rules: { "acme/no-public-buckets": "off" } } });
    expect(ids(off).some((id) => id.startsWith("acme/no-public-buckets"))).toBe(false);
    const note = lint({ files: { "main.tf": PUBLIC }, plugins: [acme], config: { rules: { "acme/no-public-buckets": "note" } } });
    expect(note.findings.find((f) => f.ruleId === "acme/no-public-buckets")?.severity).toBe("note");

    const tagged = 'resource "aws_instance" "web" {\n  tags = { owner = "x" }\n}\n';
    expect(ids(lint({ files: { "main.tf": tagged }, plugins: [acme] }))).not.toContain("acme/required-tags:2");
    const withOption = lint({ files: { "main.tf": tagged }, plugins: [acme], config: { rules: { "acme/required-tags": { options: { tags: ["team"] } } } } });
    expect(ids(withOption)).toContain("acme/required-tags:2");
    expect(() => lint({ files: { "main.tf": tagged }, plugins: [acme], config: { rules: { "acme/required-tags": { options: { tags: "team" } } } } })).toThrow(
      /rules\["acme\/required-tags"\]\.options\.tags: expected an array/,
    );
  });

  it("an unknown rule of a loaded plugin is a config error with a suggestion; of a plugin not loaded, no error", () => {
    const config = { rules: { "acme/no-public-bucket": "off" as const } };
    expect(() => lint({ files: { "main.tf": PUBLIC }, plugins: [acme], config })).toThrow(/unknown rule "acme\/no-public-bucket".*did you mean "acme\/no-public-buckets"/);
    expect(() => lint({ files: { "main.tf": PUBLIC }, config })).not.toThrow();
    // A rule id that fits no namespace is still unknown.
    expect(() => lint({ files: { "main.tf": PUBLIC }, config: { rules: { "acme.no-public-buckets": "off" } } })).toThrow(ConfigError);
  });

  it("are suppressed by tfmould-ignore comments naming them", () => {
    const code = 'resource "aws_s3_bucket_acl" "logs" {\n  bucket = "logs"\n  # tfmould-ignore: acme/no-public-buckets -- a public data set\n  acl = "public-read"\n}\n';
    const result = lint({ files: { "main.tf": code }, plugins: [acme] });
    const finding = result.findings.find((f) => f.ruleId === "acme/no-public-buckets");
    expect(finding?.suppressed).toMatchObject({ kind: "inSource", reason: "a public data set" });
    expect(result.findings.filter((f) => f.ruleId === "unused-suppression")).toEqual([]);
    // Without the plugin the comment is neither unknown nor unused: the rule did not run.
    expect(ids(lint({ files: { "main.tf": code } })).filter((id) => id.startsWith("unused-suppression"))).toEqual([]);
    // With it, a typo in the rule's name is reported.
    const typo = code.replace("acme/no-public-buckets --", "acme/no-public-bucket --");
    expect(lint({ files: { "main.tf": typo }, plugins: [acme] }).findings.map((f) => f.message)).toContain('unknown rule "acme/no-public-bucket" in suppression');
  });

  it("are baselined as built-in findings are", () => {
    const first = lint({ files: { "main.tf": PUBLIC }, plugins: [acme] });
    const baseline = writeBaseline(first.findings);
    expect(baseline).toContain("acme/no-public-buckets");
    const again = applyBaseline(lint({ files: { "main.tf": `# moved\n${PUBLIC}` }, plugins: [acme] }).findings, baseline);
    expect(again.find((f) => f.ruleId === "acme/no-public-buckets")?.suppressed?.kind).toBe("external");
  });

  it("a rule that throws is an internal-error notice and the other rules still report", () => {
    const broken = definePlugin({
      name: "broken",
      rules: [
        defineRule({
          id: "broken/throws",
          severity: "error",
          category: "state",
          summary: "Throws",
          docs: { rationale: "", remediation: "", examples: "" },
          check() {
            throw new Error("boom");
          },
        }),
      ],
    });
    const result = lint({ files: { "main.tf": PUBLIC }, plugins: [broken, acme] });
    expect(result.notices).toContainEqual(expect.objectContaining({ level: "error", message: 'internal error: rule "broken/throws" on main.tf failed: boom' }));
    expect(ids(result)).toContain("acme/no-public-buckets:3");
  });

  it("a config naming plugins that were not given gets a warning notice saying why they did not run", () => {
    const result = lint({ files: { "main.tf": PUBLIC }, config: { plugins: ["./lint/rules.js"] } });
    const notice = result.notices.find((n) => n.message.startsWith("plugins not loaded"));
    expect(notice?.level).toBe("warning");
    expect(notice?.message).toContain('"./lint/rules.js"');
    expect(notice?.message).toContain("--allow-plugins");
    expect(lint({ files: { "main.tf": PUBLIC }, config: { plugins: ["./lint/rules.js"] }, plugins: [acme] }).notices).toEqual([]);
  });
});

describe("pluginScope", () => {
  it("runs a plugin's rules only under the configs it names; a module without a config runs none", () => {
    const dir = mkdtempSync(join(tmpdir(), "tfmould-scope-"));
    try {
      mkdirSync(join(dir, ".git"));
      for (const sub of ["named", "other", "bare"]) {
        mkdirSync(join(dir, sub));
        writeFileSync(join(dir, sub, "main.tf"), PUBLIC);
      }
      writeFileSync(join(dir, "named/.tfmould.json"), JSON.stringify({ plugins: ["./acme.js"] }));
      writeFileSync(join(dir, "other/.tfmould.json"), "{}");
      const result = lint({ paths: [dir], cwd: dir, plugins: [acme], pluginScope: (file) => (file === join(dir, "named/.tfmould.json") ? ["acme"] : []) });
      expect(result.findings.filter((f) => f.ruleId === "acme/no-public-buckets").map((f) => f.file)).toEqual(["named/main.tf"]);
      expect(result.enabledRules.map((r) => r.id)).toContain("acme/no-public-buckets");
      // Without a scope, the plugins given run everywhere.
      const everywhere = lint({ paths: [dir], cwd: dir, plugins: [acme] });
      expect(everywhere.findings.filter((f) => f.ruleId === "acme/no-public-buckets")).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("plugin shape", () => {
  const origin = { file: "/repo/.tfmould.json", index: 1, label: "./lint/rules.js" };
  const rule = (id: string) => ({ ...acme.rules[0], id });
  const cases: [string, unknown, RegExp][] = [
    ["no default export", undefined, /must export \{ name, rules \} as its default export, got no default export/],
    ["a function", () => 1, /must export \{ name, rules \}/],
    ["no name", { rules: [] }, /needs a kebab-case "name"/],
    ["a name with capitals", { name: "Acme", rules: [] }, /needs a kebab-case "name".*"Acme"/],
    ["rules not an array", { name: "acme", rules: {} }, /needs "rules", an array/],
    ["a rule without namespace", { name: "acme", rules: [rule("no-public-buckets")] }, /rules\[0\]: the id "no-public-buckets" is not namespaced: a rule of plugin "acme" must be "acme\/<kebab-case-name>"/],
    ["another plugin's namespace", { name: "acme", rules: [rule("other/x")] }, /not namespaced/],
    ["a rule twice", { name: "acme", rules: [rule("acme/x"), rule("acme/x")] }, /two rules with the id "acme\/x"/],
    ["no check", { name: "acme", rules: [{ ...rule("acme/x"), check: undefined }] }, /rule "acme\/x": "check" must be a function/],
    ["concerns not a function", { name: "acme", rules: [{ ...rule("acme/x"), concerns: ["aws_instance"] }] }, /rule "acme\/x": "concerns" must be a function/],
    ["a bad severity", { name: "acme", rules: [{ ...rule("acme/x"), severity: "fatal" }] }, /"severity" must be one of error, warning, note/],
    ["the engine category", { name: "acme", rules: [{ ...rule("acme/x"), category: "engine" }] }, /"category" must be one of/],
    ["docs that are not Markdown sections", { name: "acme", rules: [{ ...rule("acme/x"), docs: "see the wiki" }] }, /"docs" must be/],
  ];
  it.each(cases)("%s is one located error naming the plugin", (_, value, message) => {
    let error: unknown;
    try {
      checkPlugin(value, origin);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PluginError);
    expect(error).toBeInstanceOf(ConfigError);
    const text = (error as Error).message;
    expect(text.startsWith('/repo/.tfmould.json: plugins[1]: plugin "./lint/rules.js" ')).toBe(true);
    expect(text).toMatch(message);
    expect(text).not.toContain("\n");
  });

  it("two plugins of one name, or a rule id taken, are errors; the same plugin twice counts once", () => {
    const twin: Plugin = { name: "acme", rules: [] };
    expect(() => withPlugins(catalog, [acme, twin])).toThrow(/plugin "acme" is named "acme", as another plugin is/);
    expect(withPlugins(catalog, [acme, acme]).filter((r) => r.id.startsWith("acme/"))).toHaveLength(2);
    const base = [...catalog, { ...acme.rules[0] }];
    expect(() => withPlugins(base, [acme])).toThrow(/defines "acme\/no-public-buckets", a rule id that is already taken/);
    expect(() => lint({ files: { "main.tf": PUBLIC }, plugins: [acme, twin] })).toThrow(PluginError);
  });
});
