/**
 * End to end: the real binary (`node bin/tfmould.js`) as a child process on
 * fixture repositories (fixtures/e2e/), checking exit codes, every format's
 * output, the SARIF schema, the output file and the error paths.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lineHashes } from "../../src/report/line-hash.js";
import { assertValidSarif } from "../report/sarif-check.js";
import { BIN, ensureBuilt } from "./build.js";
import { fixtureCopy, removeCopies, tfmould } from "./run-bin.js";

interface JsonOut {
  version: string;
  findings: {
    ruleId: string;
    severity: string;
    message: string;
    file: string;
    range: { start: { line: number; column: number }; end: { line: number; column: number } };
    address: string;
    related: { file: string; message: string }[];
    suppressed?: { kind: string; reason: string };
  }[];
  notices: { level: string; message: string; file?: string }[];
  summary: { errors: number; warnings: number; notes: number; suppressed: number; files: number; notices: number };
}

interface SarifOut {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
      partialFingerprints: Record<string, string>;
      relatedLocations?: { id: number; message: { text: string } }[];
      suppressions?: { kind: string; justification: string }[];
    }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}

const json = (text: string) => JSON.parse(text) as JsonOut;
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

beforeAll(() => ensureBuilt(), 600_000);
afterAll(() => removeCopies());

describe("tfmould binary: basics", () => {
  it("prints its version and help, exit 0", () => {
    const dir = fixtureCopy("broken");
    expect(tfmould(dir, ["--version"])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: "" });
    const help = tfmould(dir, ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--format <name>");
    expect(help.stdout).toContain("--dirs-of-files");
  });

  it("is an executable node script", () => {
    expect(readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const r = spawnSync(BIN, ["--version"], { encoding: "utf8" });
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
});

describe("tfmould binary: the formats on a repository with syntax errors", () => {
  const expected = [
    ["network.tf", 2, 27, "syntax-error", "error"],
    ["outputs.tf", 6, 11, "syntax-error", "error"],
  ];

  it("json: the documented shape, exit 1", () => {
    const r = tfmould(fixtureCopy("broken"), ["--format", "json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    const doc = json(r.stdout);
    expect(Object.keys(doc)).toEqual(["version", "findings", "notices", "summary"]);
    expect(doc.version).toBe(pkg.version);
    expect(doc.findings.map((f) => [f.file, f.range.start.line, f.range.start.column, f.ruleId, f.severity])).toEqual(expected);
    for (const f of doc.findings) expect(Object.keys(f)).toEqual(["ruleId", "severity", "message", "file", "range", "address", "related"]);
    expect(doc.summary).toEqual({ errors: 2, warnings: 0, notes: 0, suppressed: 0, files: 3, notices: 0 });
  });

  it("stylish: grouped by file with a summary; no colour without a terminal", () => {
    const dir = fixtureCopy("broken");
    const doc = json(tfmould(dir, ["--format", "json"]).stdout);
    const r = tfmould(dir, []);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain("\u001b[");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("network.tf");
    for (const f of doc.findings) {
      // The first line of a finding: position, severity, the message's first sentence (the rest below it), rule id.
      const line = lines.find((l) => new RegExp(`^\\s+${f.range.start.line}:${f.range.start.column}\\s`).test(l));
      expect(line).toMatch(new RegExp(`^\\s+${f.range.start.line}:${f.range.start.column}\\s+error\\s+${f.message.split(" ")[0]}\\s.*\\s{2}syntax-error$`));
    }
    expect(lines.at(-2)).toBe("✖ 2 problems (2 errors, 0 warnings, 0 notes)");
    expect(tfmould(dir, ["--color"]).stdout).toContain("\u001b[31merror");
    expect(tfmould(dir, [], { FORCE_COLOR: "1" }).stdout).toContain("\u001b[");
  });

  it("github: one workflow command per finding", () => {
    const dir = fixtureCopy("broken");
    const doc = json(tfmould(dir, ["--format", "json"]).stdout);
    const r = tfmould(dir, ["--format", "github"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      doc.findings
        .map(
          (f) =>
            `::error file=${f.file},line=${f.range.start.line},endLine=${f.range.end.line},col=${f.range.start.column},endColumn=${f.range.end.column},title=${f.ruleId}::${f.message}\n`,
        )
        .join(""),
    );
  });

  it("sarif: valid against the schema and GitHub's rules, with GitHub's line hashes", () => {
    const dir = fixtureCopy("broken");
    const r = tfmould(dir, ["--format", "sarif"]);
    expect(r.status).toBe(1);
    assertValidSarif(r.stdout);
    const run = (JSON.parse(r.stdout) as SarifOut).runs[0];
    expect(run.results.map((x) => [x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region.startLine, x.locations[0].physicalLocation.region.startColumn, x.ruleId, x.level])).toEqual(expected);
    for (const x of run.results) {
      const { uri } = x.locations[0].physicalLocation.artifactLocation;
      const line = x.locations[0].physicalLocation.region.startLine;
      expect(x.partialFingerprints.primaryLocationLineHash).toBe(lineHashes(readFileSync(join(dir, uri), "utf8"), [line]).get(line));
      expect(x.partialFingerprints["tfmould/v1"]).toMatch(/\S/);
    }
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });
});

describe("tfmould binary: a repository with modules, config, suppressions", () => {
  it("reports findings in modules, with related locations and suppressions, and never enters .terraform or node_modules", () => {
    const dir = fixtureCopy("app");
    mkdirSync(join(dir, "node_modules/some-pkg"), { recursive: true });
    writeFileSync(join(dir, "node_modules/some-pkg/main.tf"), "resource {\n");
    const r = tfmould(dir, ["--format", "json"]);
    expect(r.status).toBe(1);
    const doc = json(r.stdout);
    const files = doc.findings.map((f) => f.file);
    expect(files.some((f) => f.startsWith(".terraform/") || f.startsWith("node_modules/") || f.startsWith("legacy/"))).toBe(false);
    expect(doc.findings).toContainEqual(expect.objectContaining({ ruleId: "module-source-pinned", file: "envs/prod/main.tf", severity: "error" }));
    const ami = doc.findings.find((f) => f.ruleId === "machine-image-pinned");
    // The module's default, kept by the call in envs/prod: the use and the call are related.
    expect(ami).toMatchObject({
      file: "modules/web/variables.tf",
      related: [
        expect.objectContaining({ file: "modules/web/main.tf", message: "consumed here" }),
        expect.objectContaining({ file: "envs/prod/main.tf", message: "module.web keeps this default" }),
      ],
    });
    expect(doc.findings).toContainEqual(
      expect.objectContaining({
        ruleId: "no-provisioners",
        suppressed: { kind: "inSource", reason: "the bastion is rebuilt nightly by the platform team" },
      }),
    );
    expect(doc.summary.suppressed).toBeGreaterThanOrEqual(1);
  });

  it("SARIF carries related locations and the in-source suppression", () => {
    const r = tfmould(fixtureCopy("app"), ["--format", "sarif"]);
    assertValidSarif(r.stdout);
    const results = (JSON.parse(r.stdout) as SarifOut).runs[0].results;
    const ami = results.find((x) => x.ruleId === "machine-image-pinned");
    expect(ami?.relatedLocations?.[0]).toMatchObject({ id: 1, message: { text: expect.any(String) } });
    const suppressed = results.find((x) => x.ruleId === "no-provisioners");
    expect(suppressed?.suppressions).toEqual([
      expect.objectContaining({ kind: "inSource", justification: "the bastion is rebuilt nightly by the platform team" }),
    ]);
  });

  it("lints an excluded file when it is named, and only reports the named files of a module", () => {
    const dir = fixtureCopy("app");
    const named = json(tfmould(dir, ["--format", "json", "legacy/old.tf"]).stdout);
    expect(named.findings.map((f) => [f.file, f.ruleId])).toContainEqual(["legacy/old.tf", "syntax-error"]);
    // A finding is kept when it is in the named file or points into it (a value used there).
    const one = json(tfmould(dir, ["--format", "json", "modules/web/main.tf"]).stdout);
    expect(one.findings.length).toBeGreaterThan(0);
    const concerns = (f: JsonOut["findings"][number], file: string) => f.file === file || f.related.some((r) => r.file === file);
    expect(one.findings.every((f) => concerns(f, "modules/web/main.tf"))).toBe(true);
    expect(one.findings.some((f) => f.file === "envs/prod/main.tf")).toBe(false);
  });

  it("--quiet, --rule and --max-warnings decide the exit code", () => {
    const dir = fixtureCopy("app");
    expect(tfmould(dir, ["--rule", "module-source-pinned=off"]).status).toBe(0);
    expect(tfmould(dir, ["--rule", "module-source-pinned=off", "--max-warnings", "0"]).status).toBe(1);
    expect(tfmould(dir, ["--rule", "module-source-pinned=warning", "--max-warnings", "10"]).status).toBe(0);
    const quiet = json(tfmould(dir, ["--quiet", "--format", "json"]).stdout);
    expect(quiet.findings.every((f) => f.severity === "error")).toBe(true);
  });

  it("baseline: written, then only new findings fail", () => {
    const dir = fixtureCopy("app");
    const write = tfmould(dir, ["--write-baseline", ".tfmould-baseline.json"]);
    expect(write.status).toBe(0);
    expect(write.stderr).toMatch(/^tfmould: wrote a baseline of \d+ findings? to \.tfmould-baseline\.json\n$/);
    expect(tfmould(dir, ["--baseline", ".tfmould-baseline.json"]).status).toBe(0);
    // Lines moved: still matched.
    const main = join(dir, "envs/prod/main.tf");
    writeFileSync(main, "# moved down\n\n" + readFileSync(main, "utf8"));
    expect(tfmould(dir, ["--baseline", ".tfmould-baseline.json"]).status).toBe(0);
    // A new problem: fails.
    writeFileSync(join(dir, "envs/prod/new.tf"), 'module "db" {\n  source = "git::https://github.com/acme/db.git"\n}\n');
    const after = tfmould(dir, ["--baseline", ".tfmould-baseline.json", "--format", "json"]);
    expect(after.status).toBe(1);
    expect(json(after.stdout).findings.filter((f) => !f.suppressed).map((f) => f.file)).toEqual(["envs/prod/new.tf"]);
  });

  it("reports a directory symlink loop once and finishes", () => {
    const dir = fixtureCopy("app");
    symlinkSync("..", join(dir, "modules/web/parent"));
    symlinkSync("../..", join(dir, "modules/web/grandparent"));
    const r = tfmould(dir, ["--format", "json"]);
    expect(r.status).toBe(1);
    const loops = json(r.stdout).notices.filter((n) => /loop/i.test(n.message));
    expect(loops.length).toBeGreaterThanOrEqual(1);
    expect(new Set(loops.map((n) => n.file)).size).toBe(loops.length);
  });
});

describe("tfmould binary: output file", () => {
  it("writes the report atomically to --output-file, creating folders, and nothing to stdout", () => {
    const dir = fixtureCopy("broken");
    const direct = tfmould(dir, ["--format", "sarif"]).stdout;
    const r = tfmould(dir, ["--format", "sarif", "--output-file", "reports/ci/tfmould.sarif"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    const written = readFileSync(join(dir, "reports/ci/tfmould.sarif"), "utf8");
    expect(written).toBe(direct);
    assertValidSarif(written);
    expect(readdirSync(join(dir, "reports/ci"))).toEqual(["tfmould.sarif"]);
  });

  it("leaves no partial file and exits 2 when the file cannot be written", () => {
    const dir = fixtureCopy("broken");
    mkdirSync(join(dir, "out/report.json"), { recursive: true });
    writeFileSync(join(dir, "out/keep.txt"), "keep");
    const r = tfmould(dir, ["--format", "json", "-o", "out/report.json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^tfmould: cannot write out\/report\.json: [^\n]+\n$/);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["keep.txt", "report.json"]);
    expect(readdirSync(join(dir, "out/report.json"))).toEqual([]);
  });
});

describe("tfmould binary: error paths", () => {
  const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

  it("a bad flag: one line, exit 2", () => {
    const r = tfmould(fixtureCopy("broken"), ["--frobnicate"]);
    expect(r).toEqual({ status: 2, stdout: "", stderr: "tfmould: unknown option --frobnicate (see tfmould --help)\n" });
  });

  it("a bad value: one line, exit 2", () => {
    const r = tfmould(fixtureCopy("broken"), ["--format", "xml"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tfmould: --format must be one of stylish, json, sarif, github, gitlab, junit, checkstyle, compact, got "xml"\n');
  });

  it("a bad config: names the file, the key and what was expected; exit 2", () => {
    const r = tfmould(fixtureCopy("bad-config"), []);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^tfmould: .*\.tfmould\.json:3:\d+: rules\.no-provisioners: .+\n$/);
    noStack(r.stderr);
  });

  it("a missing path: exit 2", () => {
    const r = tfmould(fixtureCopy("broken"), ["does/not/exist"]);
    expect(r).toEqual({ status: 2, stdout: "", stderr: "tfmould: no such file or directory: does/not/exist\n" });
  });

  it("a named path that cannot be read (a symlink loop): exit 2", () => {
    const dir = fixtureCopy("broken");
    symlinkSync("self.tf", join(dir, "self.tf"));
    const r = tfmould(dir, ["self.tf"]);
    expect(r).toEqual({ status: 2, stdout: "", stderr: "tfmould: cannot read self.tf: symbolic link loop\n" });
  });

  it("binary and non-UTF-8 files: reported once each with the reason, not crashed on", () => {
    const dir = fixtureCopy("broken");
    writeFileSync(join(dir, "blob.tf"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]));
    writeFileSync(join(dir, "latin1.tfvars"), Buffer.from('region = "m\xe9xico"\n', "latin1"));
    const r = tfmould(dir, ["--format", "json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("");
    const doc = json(r.stdout);
    // The engine reports a file it cannot read as a notice or as a syntax-error finding; either way once.
    const reports = [...doc.findings, ...doc.notices].filter((x) => x.file === "blob.tf" || x.file === "latin1.tfvars");
    expect(reports.map((x) => x.file).sort()).toEqual(["blob.tf", "latin1.tfvars"]);
    expect(reports.find((x) => x.file === "blob.tf")?.message).toMatch(/could not be read: binary file \(contains NUL bytes\)\.$/);
    expect(reports.find((x) => x.file === "latin1.tfvars")?.message).toMatch(/could not be read: not UTF-8 text\.$/);
    expect(tfmould(dir, []).stdout).toMatch(/blob\.tf\n.*Failed to read file.*\n.*binary file/);
  });

  // Root reads files whatever their mode, so the unreadable file is read as `nobody` when
  // the tests run as root (as in CI), through setpriv.
  const asRoot = process.getuid?.() === 0;
  const setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].find((p) => existsSync(p));
  it.skipIf(asRoot && !setpriv)("an unreadable file: reported once as a notice, no stack trace", () => {
    const dir = fixtureCopy("app");
    writeFileSync(join(dir, "envs/prod/secret.tf"), "locals {}\n");
    chmodSync(join(dir, "envs/prod/secret.tf"), 0);
    const argv = [BIN, "--format", "json", "envs"];
    const r = asRoot
      ? spawnSync(setpriv!, ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, ...argv], { cwd: dir, encoding: "utf8" })
      : spawnSync(process.execPath, argv, { cwd: dir, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const doc = json(r.stdout);
    const reports = [...doc.findings, ...doc.notices].filter((x) => x.file === "envs/prod/secret.tf");
    expect(reports).toEqual([expect.objectContaining({ message: expect.stringMatching(/could not be read: permission denied\.$/) })]);
    expect(doc.findings.map((f) => f.ruleId)).toContain("module-source-pinned");
  });
});

describe("tfmould binary: linting on several threads", () => {
  it("gives the same report on worker threads as on one, and says how many it used", () => {
    const dir = fixtureCopy("app");
    // Three more independent stacks, so that there are groups to share out.
    for (const name of ["a", "b", "c"]) {
      mkdirSync(join(dir, "stacks", name), { recursive: true });
      writeFileSync(
        join(dir, "stacks", name, "main.tf"),
        `resource "aws_instance" "${name}" {\n  ami = "ami-123"\n  provisioner "local-exec" {\n    command = "echo ${name}"\n  }\n}\n`,
      );
    }
    for (const format of ["json", "sarif"]) {
      const one = tfmould(dir, ["--format", format, "--concurrency", "off", "--debug"]);
      const three = tfmould(dir, ["--format", format, "--concurrency", "3", "--debug"]);
      expect(one.stderr).toContain("on 1 thread\n");
      expect(three.stderr).toMatch(/on [23] threads\n/);
      expect(three.status).toBe(one.status);
      expect(three.stdout).toBe(one.stdout);
    }
    expect(json(tfmould(dir, ["--format", "json", "--concurrency", "3"]).stdout).findings.some((f) => f.file === "stacks/b/main.tf")).toBe(true);
  });
});

