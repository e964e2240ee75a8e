/**
 * The published package works: `npm pack`, install the tarball into an empty
 * project, run `npx tfmould` there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO, ensureBuilt } from "./build.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
let work: string;

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), "tfmould-pack-"));
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function sh(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false", NO_COLOR: "1" }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm package", () => {
  it("installs from its tarball and runs as npx tfmould", () => {
    // dist/ is already built (ensureBuilt); skip `prepare` so packing does not rebuild it.
    const pack = sh(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", work], REPO);
    expect(pack.status, pack.stderr).toBe(0);
    const [{ filename, files }] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const paths = files.map((f) => f.path);
    expect(paths).toContain("bin/tfmould.js");
    expect(paths).toContain("dist/src/cli/index.js");
    expect(paths).toContain("dist/src/config/schema.json");
    expect(paths.some((p) => p.startsWith("src/") || p.startsWith("test/") || p.startsWith("fixtures/"))).toBe(false);

    const project = join(work, "project");
    cpSync(join(REPO, "fixtures/e2e/broken"), join(project, "infra"), { recursive: true });
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "tfmould-consumer", version: "1.0.0", private: true }));
    const install = sh(npm, ["install", join(work, filename), "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], project);
    expect(install.status, install.stderr).toBe(0);
    expect(readdirSync(join(project, "node_modules/.bin"))).toContain("tfmould");

    const pkg = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string };
    const version = sh(npx, ["--no-install", "tfmould", "--version"], project);
    expect(version).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });

    const lint = sh(npx, ["--no-install", "tfmould", "infra", "--format", "json"], project);
    expect(lint.status).toBe(1);
    const doc = JSON.parse(lint.stdout) as { findings: { file: string; ruleId: string }[] };
    expect(doc.findings.map((f) => f.ruleId)).toContain("syntax-error");
    expect(doc.findings.every((f) => f.file.startsWith("infra/"))).toBe(true);

    // The library entry point loads too.
    const api = sh(process.execPath, ["--input-type=module", "-e", "import('tfmould').then(m => console.log(typeof m.lint, typeof m.format, typeof m.run))"], project);
    expect(api.stdout).toBe("function function function\n");

    // A plugin as its users write one, importing tfmould and tfmould/testing from the installed package.
    expect(paths).toContain("dist/src/testing/index.js");
    expect(paths).toContain("dist/src/testing/index.d.ts");
    cpSync(join(REPO, "fixtures/plugins/acme"), join(project, "lint"), { recursive: true });
    writeFileSync(join(project, "lint/package.json"), JSON.stringify({ type: "module" }));
    // The file itself (Node 21 and later read `--test` arguments as glob patterns, not directories), and TAP, which is not the default on Node 24.
    const tests = sh(process.execPath, ["--test", "--test-reporter=tap", "lint/test/rules.test.js"], project);
    expect(tests.status, tests.stdout + tests.stderr).toBe(0);
    expect(tests.stdout).toMatch(/# pass 2\b/);
    cpSync(join(REPO, "fixtures/plugins/repo/main.tf"), join(project, "buckets/main.tf"));
    writeFileSync(join(project, "plugins.json"), JSON.stringify({ plugins: ["./lint/index.js"] }));
    const withPlugin = sh(npx, ["--no-install", "tfmould", "buckets", "--config", "plugins.json", "--format", "json"], project);
    expect(withPlugin.status, withPlugin.stderr).toBe(1);
    expect((JSON.parse(withPlugin.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toContain("acme/no-public-buckets");
  }, 120_000);
});
