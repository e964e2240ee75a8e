/** `loadPlugins`: specifiers resolved from the config's directory; every failure is one error naming the plugin. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PluginError, loadPlugins } from "../../src/index.js";
import type { LoadedConfig } from "../../src/index.js";

let dir: string;
const RULE = `{ id: "%ID%", severity: "error", category: "state", summary: "s", docs: { rationale: "", remediation: "", examples: "" }, check() {} }`;
const pluginSource = (name: string, id = `${name}/x`) => `export default { name: ${JSON.stringify(name)}, rules: [${RULE.replace("%ID%", id)}] };\n`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tfmould-plugins-"));
  mkdirSync(join(dir, "lint"));
  writeFileSync(join(dir, "lint/ours.js"), pluginSource("ours"));
  writeFileSync(join(dir, "lint/unnamespaced.js"), pluginSource("bad", "x"));
  writeFileSync(join(dir, "lint/broken.js"), "export default {\n");
  writeFileSync(join(dir, "lint/throws.js"), 'throw new Error("cannot start\\nsecond line");\n');
  writeFileSync(join(dir, "lint/ours-again.js"), pluginSource("ours", "ours/y"));
  // An installed package that exports only an `import` entry, as ES-module-only packages do.
  const pkg = join(dir, "node_modules/tfmould-plugin-pkg");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "tfmould-plugin-pkg", type: "module", exports: { ".": { import: "./main.js" } } }));
  writeFileSync(join(pkg, "main.js"), pluginSource("pkg"));
  const cjs = join(dir, "node_modules/tfmould-plugin-main");
  mkdirSync(cjs, { recursive: true });
  writeFileSync(join(cjs, "package.json"), JSON.stringify({ name: "tfmould-plugin-main", type: "module", main: "index.js" }));
  writeFileSync(join(cjs, "index.js"), pluginSource("main"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = (plugins: string[]): LoadedConfig => ({ config: { plugins }, file: join(dir, ".tfmould.json"), baseDir: dir });

async function loadError(plugins: string[]): Promise<PluginError> {
  try {
    await loadPlugins(config(plugins));
  } catch (error) {
    if (error instanceof PluginError) return error;
    throw error;
  }
  throw new Error("loaded");
}

describe("loadPlugins", () => {
  it("loads relative paths and installed packages (main, or exports' import entry) from the config's directory", async () => {
    const plugins = await loadPlugins(config(["./lint/ours.js", "tfmould-plugin-pkg", "tfmould-plugin-main"]));
    expect(plugins.map((p) => p.name)).toEqual(["ours", "pkg", "main"]);
    expect(plugins[0].rules.map((r) => r.id)).toEqual(["ours/x"]);
  });

  it.each([
    [["./lint/missing.js"], /plugins\[0\]: plugin "\.\/lint\/missing\.js" cannot be loaded: no such file .*missing\.js$/],
    [["tfmould-plugin-absent"], /plugins\[0\]: plugin "tfmould-plugin-absent" cannot be loaded: no package "tfmould-plugin-absent" is installed/],
    [["./lint/ours.js", "./lint/broken.js"], /plugins\[1\]: plugin "\.\/lint\/broken\.js" cannot be loaded: /],
    [["./lint/throws.js"], /plugins\[0\]: plugin "\.\/lint\/throws\.js" cannot be loaded: cannot start$/],
    [["./lint/unnamespaced.js"], /plugin "\.\/lint\/unnamespaced\.js" rules\[0\]: the id "x" is not namespaced/],
    [["./lint/ours.js", "./lint/ours-again.js"], /plugins\[1\]: plugin "\.\/lint\/ours-again\.js" is named "ours", as another plugin is/],
  ])("%j is one error naming the config and the plugin, without a stack", async (plugins, message) => {
    const error = await loadError(plugins);
    expect(error.message.startsWith(`${join(dir, ".tfmould.json")}: plugins[`)).toBe(true);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
  });
});
