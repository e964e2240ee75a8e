/**
 * Plugins through the command: the fixture plugin's findings in every
 * format, `--list-rules`, worker threads, one-line errors, and the trust
 * rule: a config found among the scanned files never runs plugin code
 * unless `--allow-plugins` says so.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO, ensureBuilt } from "./build.js";
import { tfmould } from "./run-bin.js";
import { assertValidSarif } from "../report/sarif-check.js";

const ACME = join(REPO, "fixtures/plugins/acme/index.js");
const dirs: string[] = [];

beforeAll(() => ensureBuilt(), 600_000);
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A scanned repository: fixtures/plugins/repo with its config naming the acme plugin by absolute path. */
function repoCopy(config: object = { plugins: [ACME], rules: { "acme/required-tags": { severity: "error", options: { tags: ["owner", "team"] } } } }): string {
  const dir = mkdtempSync(join(tmpdir(), "tfmould-plugins-"));
  chmodSync(dir, 0o755);
  dirs.push(dir);
  mkdirSync(join(dir, ".git"));
  cpSync(join(REPO, "fixtures/plugins/repo/main.tf"), join(dir, "main.tf"));
  writeFileSync(join(dir, ".tfmould.json"), JSON.stringify(config));
  return dir;
}

interface JsonReport {
  findings: { ruleId: string; file: string; range: { start: { line: number } }; suppressed?: { kind: string; reason: string } }[];
  notices: { level: string; message: string }[];
}

describe("a plugin named by the scanned repository's config, with --allow-plugins", () => {
  it("reports its findings in stylish, json and sarif as built-in rules are reported", () => {
    const dir = repoCopy();
    const stylish = tfmould(dir, ["--allow-plugins"]);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toMatch(/7:12\s+error\s+acme\/no-public-buckets/);
    expect(stylish.stdout).toMatch(/19:19\s+error\s+acme\/required-tags/);

    const json = JSON.parse(tfmould(dir, ["--allow-plugins", "-f", "json"]).stdout) as JsonReport;
    const acme = json.findings.filter((f) => f.ruleId.startsWith("acme/")).map((f) => `${f.ruleId}:${f.range.start.line}:${f.suppressed?.reason ?? ""}`);
    expect(acme).toEqual(["acme/no-public-buckets:7:", "acme/no-public-buckets:13:the archive is a public data set", "acme/required-tags:19:"]);

    const sarifText = tfmould(dir, ["--allow-plugins", "-f", "sarif"]).stdout;
    const sarif = JSON.parse(sarifText) as {
      runs: { tool: { driver: { rules: { id: string }[] }; extensions: { name: string; rules: { id: string }[] }[] }; results: { ruleId: string; rule?: { toolComponent: { index: number } } }[] }[];
    };
    assertValidSarif(sarif);
    const { tool, results } = sarif.runs[0];
    expect(tool.extensions.map((e) => [e.name, e.rules.map((r) => r.id)])).toEqual([["acme", ["acme/no-public-buckets", "acme/required-tags"]]]);
    expect(tool.driver.rules.some((r) => r.id.startsWith("acme/"))).toBe(false);
    expect(results.filter((r) => r.ruleId.startsWith("acme/")).every((r) => r.rule?.toolComponent.index === 0)).toBe(true);
  });

  it("is listed by --list-rules and --print-config, and its rules take --rule", () => {
    const dir = repoCopy();
    const table = tfmould(dir, ["--list-rules", "--allow-plugins"]);
    expect(table.stdout).toMatch(/^acme\/no-public-buckets\s+error\s+secrets\s+S3 buckets are never readable by the public$/m);
    const list = JSON.parse(tfmould(dir, ["--list-rules", "--allow-plugins", "-f", "json"]).stdout) as { id: string; docs: string | null }[];
    expect(list.find((r) => r.id === "acme/required-tags")).toMatchObject({ docs: null });
    const printed = JSON.parse(tfmould(dir, ["--print-config", ".", "--allow-plugins"]).stdout) as { rules: Record<string, { severity: string; options: object }> };
    expect(printed.rules["acme/required-tags"]).toEqual({ severity: "error", options: { tags: ["owner", "team"] } });
    const off = JSON.parse(tfmould(dir, ["--allow-plugins", "-f", "json", "--rule", "acme/no-public-buckets=off"]).stdout) as JsonReport;
    expect(off.findings.some((f) => f.ruleId === "acme/no-public-buckets")).toBe(false);
  });

  it("runs on worker threads too", () => {
    const dir = repoCopy();
    for (const sub of ["a", "b", "c"]) {
      mkdirSync(join(dir, sub));
      cpSync(join(dir, "main.tf"), join(dir, sub, "main.tf"));
    }
    const json = JSON.parse(tfmould(dir, ["--allow-plugins", "-f", "json", "--concurrency", "3"]).stdout) as JsonReport;
    const files = json.findings.filter((f) => f.ruleId === "acme/no-public-buckets" && !f.suppressed).map((f) => f.file);
    expect(files.sort()).toEqual(["a/main.tf", "b/main.tf", "c/main.tf", "main.tf"]);
  });

  it("runs only on the modules whose config names it, on one thread or several", () => {
    const dir = repoCopy();
    for (const sub of ["own", "also"]) {
      mkdirSync(join(dir, sub));
      cpSync(join(dir, "main.tf"), join(dir, sub, "main.tf"));
    }
    // A folder with a config of its own that names no plugin: the root's plugin does not apply there.
    writeFileSync(join(dir, "own/.tfmould.json"), "{}");
    // Twice with --cache: the second run replays the first's results.
    for (const args of [["--concurrency", "off"], ["--concurrency", "3"], ["--cache", "--concurrency", "3"], ["--cache"]]) {
      const json = JSON.parse(tfmould(dir, ["--allow-plugins", "-f", "json", ...args]).stdout) as JsonReport;
      const files = [...new Set(json.findings.filter((f) => f.ruleId.startsWith("acme/")).map((f) => f.file))].sort();
      expect(files, args.join(" ")).toEqual(["also/main.tf", "main.tf"]);
    }
  });

  it("is baselined as built-in findings are", () => {
    const dir = repoCopy();
    expect(tfmould(dir, ["--allow-plugins"]).status).toBe(1);
    expect(tfmould(dir, ["--allow-plugins", "--write-baseline", "baseline.json"]).status).toBe(0);
    const again = tfmould(dir, ["--allow-plugins", "--baseline", "baseline.json", "-f", "json"]);
    expect(again.status).toBe(0);
    const acme = (JSON.parse(again.stdout) as JsonReport).findings.filter((f) => f.ruleId.startsWith("acme/"));
    expect(acme.map((f) => f.suppressed?.kind)).toEqual(["external", "inSource", "external"]);
  });
});

describe("plugins never run on a scanned repository's say-so", () => {
  /** A repository whose config names a plugin that, when imported, writes a marker file. */
  function hostile(): { dir: string; marker: string } {
    const dir = repoCopy({ plugins: ["./lint/rules.js"] });
    const marker = join(dir, "PLUGIN-RAN");
    mkdirSync(join(dir, "lint"));
    writeFileSync(join(dir, "lint/rules.js"), `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker)}, "ran");\nexport default { name: "evil", rules: [] };\n`);
    return { dir, marker };
  }

  it("a discovered config's plugin is not imported without --allow-plugins, and the report says why", () => {
    const { dir, marker } = hostile();
    for (const args of [[], ["-f", "json"], ["-f", "sarif"], ["--list-rules"], ["--print-config", "."], ["--rule", "evil/x=off"]]) {
      tfmould(dir, args);
      expect(existsSync(marker), args.join(" ")).toBe(false);
    }
    const r = tfmould(dir, ["-f", "json"]);
    const notice = (JSON.parse(r.stdout) as JsonReport).notices.find((n) => n.message.startsWith("plugins not loaded"));
    expect(notice?.level).toBe("warning");
    expect(notice?.message).toContain('.tfmould.json names "./lint/rules.js"');
    expect(notice?.message).toContain("--allow-plugins");
    expect(tfmould(dir, ["--list-rules"]).stderr).toContain("plugins not loaded");

    expect(tfmould(dir, ["--allow-plugins"]).status).not.toBe(2);
    expect(existsSync(marker)).toBe(true);
  });

  it("a config named with --config is trusted: its plugins load", () => {
    const { dir, marker } = hostile();
    tfmould(dir, ["--config", ".tfmould.json"]);
    expect(existsSync(marker)).toBe(true);
  });
});

describe("a plugin that cannot be used", () => {
  it.each([
    ["missing", { plugins: ["./nope.js"] }, "", /^tfmould: .*\.tfmould\.json: plugins\[0\]: plugin "\.\/nope\.js" cannot be loaded: no such file/],
    ["not a plugin", { plugins: ["./p.js"] }, "export default 42;\n", /plugins\[0\]: plugin "\.\/p\.js" must export \{ name, rules \} as its default export, got number 42/],
    ["a syntax error", { plugins: ["./p.js"] }, "export default {\n", /plugins\[0\]: plugin "\.\/p\.js" cannot be loaded: /],
    ["an id without namespace", { plugins: ["./p.js"] }, 'export default { name: "p", rules: [{ id: "x", severity: "error", category: "state", summary: "s", docs: { rationale: "", remediation: "", examples: "" }, check() {} }] };\n', /plugin "\.\/p\.js" rules\[0\]: the id "x" is not namespaced/],
    ["a clash", { plugins: [ACME, "./p.js"] }, 'export default { name: "acme", rules: [] };\n', /plugins\[1\]: plugin "\.\/p\.js" is named "acme", as another plugin is/],
  ])("%s: exit 2 with one line naming the plugin, no stack", (_, config, source, message) => {
    const dir = repoCopy(config);
    if (source !== "") writeFileSync(join(dir, "p.js"), source);
    const r = tfmould(dir, ["--allow-plugins"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a rule that throws is an internal-error notice (exit 2), the other rules still report", () => {
    const dir = repoCopy({ plugins: [ACME, "./p.js"] });
    writeFileSync(
      join(dir, "p.js"),
      'export default { name: "p", rules: [{ id: "p/throws", severity: "error", category: "state", summary: "s", docs: { rationale: "", remediation: "", examples: "" }, check() { throw new Error("boom"); } }] };\n',
    );
    const r = tfmould(dir, ["--allow-plugins", "-f", "json"]);
    expect(r.status).toBe(2);
    const json = JSON.parse(r.stdout) as JsonReport;
    expect(json.notices).toContainEqual(expect.objectContaining({ level: "error", message: 'internal error: rule "p/throws" on main.tf failed: boom' }));
    expect(json.findings.some((f) => f.ruleId === "acme/no-public-buckets")).toBe(true);
  });
});

describe("the fixture plugin's own tests", () => {
  it("pass under node:test, with tfmould/testing as users import it", () => {
    // The file itself (Node 21 and later read `--test` arguments as glob patterns, not directories), and TAP, which is not the default on Node 24.
    const r = spawnSync(process.execPath, ["--test", "--test-reporter=tap", "fixtures/plugins/acme/test/rules.test.js"], { cwd: REPO, encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/# pass 2\b/);
    expect(r.stdout).toMatch(/# fail 0\b/);
  });
});
