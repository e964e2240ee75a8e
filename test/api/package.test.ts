/**
 * The API from the published package: `npm pack`, then install the tarball
 * (offline: its dependencies come from npm's cache) into an ES module project
 * and a CommonJS project, compile the README's example with TypeScript
 * against the installed types, and run it. CommonJS loads the package with
 * `require`, which Node.js 20.19 and later do for ES modules.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO, ensureBuilt } from "../e2e/build.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const TSC = join(REPO, "node_modules/typescript/bin/tsc");
let work: string;
let tarball: string;

function sh(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false", NO_COLOR: "1" }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The README's "Programmatic API" example, as it is written there. */
function readmeExample(): string {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n## Programmatic API\n"));
  const block = /```ts\n([\s\S]*?)\n```/.exec(section);
  if (!block) throw new Error("README.md has no ts block under ## Programmatic API");
  return `${block[1]}\n`;
}

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), "tfmould-api-"));
  const pack = sh(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", work], REPO);
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const [{ filename, files }] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  const paths = files.map((f) => f.path);
  for (const p of ["dist/src/index.js", "dist/src/index.d.ts", "schema.json"]) if (!paths.includes(p)) throw new Error(`the tarball lacks ${p}`);
  tarball = join(work, filename);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(["module", "commonjs"] as const)("the README's example in a %s TypeScript project", (type) => {
  it("compiles against the installed types and runs", () => {
    const project = join(work, type);
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: `tfmould-${type}-consumer`, version: "1.0.0", private: true, type }));
    // TypeScript and Node's types come from this repository: the project needs nothing but the tarball.
    const compilerOptions = { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, outDir: "out", types: ["node"], typeRoots: [join(REPO, "node_modules/@types")] };
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["example.ts"] }));
    writeFileSync(join(project, "example.ts"), readmeExample());

    const install = sh(npm, ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], project);
    expect(install.status, install.stderr).toBe(0);
    const tsc = sh(process.execPath, [TSC, "-p", "."], project);
    expect(tsc.status, tsc.stdout).toBe(0);
    const emitted = readFileSync(join(project, "out/example.js"), "utf8");
    expect(emitted).toContain(type === "commonjs" ? 'require("tfmould")' : 'from "tfmould"');

    const ran = sh(process.execPath, ["out/example.js"], project);
    expect(ran.status, ran.stderr).toBe(0);
    expect(ran.stderr).toBe("");
    expect(ran.stdout).toContain("container-image-pinned 2 docker_container.web: Image \"nginx:latest\" uses the floating tag \"latest\"");
    expect(ran.stdout).toMatch(/errors: 1,\s+warnings: 1,\s+notes: 0,\s+suppressed: 0,\s+files: 1,\s+notices: 0/);
    const sarif = JSON.parse(ran.stdout.split("\n").find((l) => l.startsWith('{"$schema"')) ?? "{}") as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
    expect(sarif.runs[0].results.every((r) => /^[0-9a-f]{16}:1$/.test(r.partialFingerprints.primaryLocationLineHash))).toBe(true);
    expect(ran.stdout).toContain("{ a: 'b' }");

    // The schema for editors is where the README says, and exported.
    const schema = sh(process.execPath, ["-e", 'console.log(Object.keys(require("tfmould/schema.json").properties.rules.properties).length)'], project);
    expect(Number(schema.stdout)).toBeGreaterThan(20);
    expect(JSON.parse(readFileSync(join(project, "node_modules/tfmould/schema.json"), "utf8"))).toHaveProperty("title");
  }, 120_000);
});

/** A plugin in TypeScript, as its README section describes: the rule API's types from the installed package. */
const TS_PLUGIN = `import { defineRule, definePlugin } from "tfmould";
import type { Plugin, Resource, RuleContext } from "tfmould";
import { testRule } from "tfmould/testing";

/** A helper that takes the context, as plugin authors write them. */
function count(ctx: RuleContext, keep: (r: Resource) => boolean): number {
  return ctx.module.resources.filter(keep).length;
}

export const maxInstances = defineRule({
  id: "ts/max-instances",
  severity: "warning",
  category: "state",
  summary: "At most a few instances per module",
  docs: { rationale: "Small modules.", remediation: "Split it.", examples: "" },
  optionsSchema: { type: "object", properties: { max: { type: "integer", default: 1 } }, additionalProperties: false },
  check(ctx) {
    const max: number = ctx.options.max;
    if (count(ctx, (r) => r.resourceType === "aws_instance") <= max) return;
    for (const r of ctx.module.resources.slice(max)) ctx.report({ node: r.block, resource: r, message: \`\${r.address}: more than \${max}\` });
  },
});

const plugin: Plugin = definePlugin({ name: "ts", rules: [maxInstances] });
const two = 'resource "aws_instance" "a" {}\\nresource "aws_instance" "b" {}\\n';
testRule(maxInstances, {
  valid: ['resource "aws_instance" "a" {}\\n', { code: two, options: { max: 2 } }],
  invalid: [{ code: two, errors: [{ line: 2, message: "aws_instance.b: more than 1" }] }],
});
console.log(plugin.rules.length, "rule tested");
`;

describe("a plugin written in TypeScript", () => {
  it("compiles against the installed types (ctx, options, RuleContext) and its testRule cases pass", () => {
    const project = join(work, "plugin");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "tfmould-plugin-ts", version: "1.0.0", private: true, type: "module" }));
    const compilerOptions = { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, outDir: "out", types: ["node"], typeRoots: [join(REPO, "node_modules/@types")] };
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["plugin.ts"] }));
    writeFileSync(join(project, "plugin.ts"), TS_PLUGIN);
    const install = sh(npm, ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], project);
    expect(install.status, install.stderr).toBe(0);
    const tsc = sh(process.execPath, [TSC, "-p", "."], project);
    expect(tsc.status, tsc.stdout).toBe(0);
    const ran = sh(process.execPath, ["out/plugin.js"], project);
    expect(ran.status, ran.stderr).toBe(0);
    expect(ran.stdout).toBe("1 rule tested\n");

    // The option's type follows from the schema: a string where a number is declared does not compile.
    writeFileSync(join(project, "plugin.ts"), TS_PLUGIN.replace("const max: number = ctx.options.max;", "const max: string = ctx.options.max;"));
    expect(sh(process.execPath, [TSC, "-p", "."], project).stdout).toMatch(/error TS2322/);
  }, 120_000);
});
