/**
 * bin/bundle/, the committed build the pre-commit hook and the GitHub Action
 * run: it is what `npm run bundle` makes of the sources today, and it runs
 * from a directory with nothing installed, the lazily loaded dependencies
 * and the lint worker threads included.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO } from "./build.js";

const BUNDLE = join(REPO, "bin/bundle");
let work: string;
/** A copy of what the hook and the action have: package.json and bin/, no node_modules, no dist. */
let checkout: string;
/** A tree of six modules, so that two threads have work to share. */
let tree: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "tfmould-bundle-"));
  checkout = join(work, "checkout");
  for (const p of ["package.json", "bin/tfmould.js", "bin/v8-flags.js", "bin/bundle"]) cpSync(join(REPO, p), join(checkout, p), { recursive: true });
  tree = join(work, "tree");
  for (let i = 1; i <= 6; i++) {
    mkdirSync(join(tree, `m${i}`), { recursive: true });
    writeFileSync(
      join(tree, `m${i}`, "main.tf"),
      `resource "aws_instance" "a" {
  ami       = "ami-0123456789abcdef${i}"
  user_data = yamlencode(yamldecode("packages: [nginx]"))
  tags      = { Name = regex("[a-z]+", "web${i}") }
  provisioner "remote-exec" {
    inline = ["true"]
  }
}
`,
    );
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tfmould(args: string[], bin = join(checkout, "bin/tfmould.js"), nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, bin, ...args], { cwd: tree, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bin/bundle", () => {
  it("is what npm run bundle builds from the sources (run it and commit bin/bundle/ when this fails)", () => {
    const out = join(work, "rebuilt");
    const r = spawnSync(process.execPath, [join(REPO, "bin/build-bundle.mjs"), out], { cwd: REPO, encoding: "utf8", timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const names = readdirSync(out).sort();
    expect(readdirSync(BUNDLE).sort()).toEqual(names);
    const stale = names.filter((n) => readFileSync(join(out, n), "utf8") !== readFileSync(join(BUNDLE, n), "utf8"));
    expect(stale, "bin/bundle/ is stale: run `npm run bundle` and commit bin/bundle/").toEqual([]);
    // Reproducible: no absolute paths of this machine.
    for (const n of names) expect(readFileSync(join(out, n), "utf8")).not.toContain(REPO);
  }, 120_000);

  it("runs without node_modules: config validation (precompiled, and ajv for plugins), yamldecode (yaml), regex (re2js), globs (picomatch)", () => {
    // Says which vendored packages the command loads.
    const spy = join(work, "vendor-spy.mjs");
    writeFileSync(
      spy,
      `import Module from "node:module";
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/(vendor-[a-z0-9]+|config-validator)\\.cjs$/.test(request)) process.on("exit", () => process.stderr.write("loaded " + request.replace(/^.*[\\/]/, "") + "\\n"));
  return load.call(this, request, ...rest);
};
`,
    );
    writeFileSync(join(tree, ".tfmould.json"), JSON.stringify({ rules: { "no-ssh-access": "error" }, exclude: ["m6/**"] }));
    const r = tfmould(["--format", "json", "--concurrency", "off"], undefined, ["--import", spy]);
    // The built-in rules' config is checked by the precompiled validator, a file of its own: ajv is not loaded (yaml is, for yamldecode).
    expect(r.stderr).toBe("loaded config-validator.cjs\nloaded vendor-yaml.cjs\n");
    expect(r.status).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; message: string }[] }).findings;
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(["no-provisioners", "provider-version-pinned", "user-data-replace-on-change"]));
    expect(findings.some((f) => f.file.startsWith("m6/"))).toBe(false);
    writeFileSync(join(tree, ".tfmould.json"), JSON.stringify({ rules: { "no-such-rule": "error" } }));
    const bad = tfmould(["--concurrency", "off"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/\.tfmould\.json:1:\d+: rules\.no-such-rule: unknown rule "no-such-rule"/);
    // A plugin's rules make another schema, which ajv compiles: its options are checked too.
    const plugin = join(work, "plugin.mjs");
    writeFileSync(
      plugin,
      `export default { name: "acme", rules: [{ id: "acme/tags", severity: "warning", category: "state", summary: "tags",
  docs: { rationale: "r", remediation: "m", examples: "e" },
  optionsSchema: { type: "object", additionalProperties: false, properties: { tags: { type: "array", items: { type: "string" } } } },
  check() {} }] };
`,
    );
    writeFileSync(join(tree, ".tfmould.json"), JSON.stringify({ plugins: [plugin], rules: { "acme/tags": { severity: "error", options: { tags: "owner" } } } }));
    const badPlugin = tfmould(["--concurrency", "off", "--allow-plugins"], undefined, ["--import", spy]);
    expect(badPlugin.status).toBe(2);
    expect(badPlugin.stderr).toContain('.tfmould.json:1:106: rules["acme/tags"].options.tags: expected an array, got "owner"');
    // (The config is read first with the built-in rules, to find its plugins: both validators are loaded.)
    expect(badPlugin.stderr).toContain("loaded vendor-ajv.cjs");
    writeFileSync(join(tree, ".tfmould.json"), JSON.stringify({ plugins: [plugin], rules: { "acme/tags": { severity: "error", options: { tags: ["owner"] } } } }));
    expect(tfmould(["--format", "json", "--concurrency", "off", "--allow-plugins"]).status).toBe(1);
    rmSync(join(tree, ".tfmould.json"));
    // Without a config, neither validator is loaded.
    const none = tfmould(["--format", "json", "--concurrency", "off"], undefined, ["--import", spy]);
    expect(none).toMatchObject({ status: 1, stderr: "loaded vendor-yaml.cjs\n" });
  });

  it("lints on worker threads, or on one thread when the worker file is missing, with the same report", () => {
    const one = tfmould(["--format", "json", "--concurrency", "off"]);
    expect(one.status).toBe(1);
    // Counts the workers started: Worker is wrapped before the command loads.
    const spy = join(work, "spy.mjs");
    writeFileSync(
      spy,
      `import { createRequire, syncBuiltinESMExports } from "node:module";
const wt = createRequire(import.meta.url)("node:worker_threads");
const W = wt.Worker;
wt.Worker = class extends W { constructor(...a) { process.stderr.write("worker started\\n"); super(...a); } };
syncBuiltinESMExports();
`,
    );
    const two = tfmould(["--format", "json", "--concurrency", "2"], undefined, ["--import", spy]);
    expect(two.stderr).toBe("worker started\n");
    expect(two).toMatchObject({ status: 1, stdout: one.stdout });

    const noWorker = join(work, "no-worker");
    cpSync(checkout, noWorker, { recursive: true });
    rmSync(join(noWorker, "bin/bundle/lint-worker.js"));
    const fallback = tfmould(["--format", "json", "--concurrency", "2"], join(noWorker, "bin/tfmould.js"), ["--import", spy]);
    expect(fallback).toMatchObject({ status: 1, stdout: one.stdout, stderr: "" });
  });

  it("runs the bundle, or the compiled sources when they were built after it (development); the bundle when both carry one time (a package)", () => {
    const both = join(work, "both");
    cpSync(checkout, both, { recursive: true });
    // A stand-in for dist/ that says it ran.
    mkdirSync(join(both, "dist/src/cli"), { recursive: true });
    const compiled = join(both, "dist/src/cli/index.js");
    writeFileSync(compiled, 'export async function run(argv, io) { io.stdout.write("compiled sources\\n"); return 0; }\n');
    const bundled = join(both, "bin/bundle/tfmould.js");
    const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);
    const ran = () => tfmould(["--version"], join(both, "bin/tfmould.js")).stdout;
    at(bundled, 1_000_000_000);
    at(compiled, 1_000_000_100);
    expect(ran()).toBe("compiled sources\n");
    at(compiled, 999_999_900);
    expect(ran()).toMatch(/^\d+\.\d+\.\d+\n$/);
    at(compiled, 1_000_000_000);
    expect(ran()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
