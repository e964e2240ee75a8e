import { afterEach, describe, expect, it } from "vitest";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/index.js";
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from "../../src/cli/exit-codes.js";
import { exitCode } from "../../src/cli/run.js";
import { CliHost } from "../../src/cli/host.js";
import { rules } from "../../rules/index.js";
import { assertValidSarif } from "../report/sarif-check.js";
import { finding, result } from "../report/make.js";
import { fakeIO } from "./fake-io.js";
import { makeTree, removeTree } from "./tree.js";

const roots: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const root = makeTree(files);
  roots.push(root);
  return root;
}
afterEach(() => roots.splice(0).forEach(removeTree));

const CLEAN = 'terraform {\n  required_version = "~> 1.6.0"\n}\n';
/** A parse error: a `syntax-error` finding, whatever the rules do. */
const BROKEN = 'locals {\n  region = "eu-west-1"\n';

async function cli(cwd: string, ...argv: string[]) {
  const io = fakeIO(cwd);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("tfmould command (in process)", () => {
  it("prints help, version and the rule table", async () => {
    const root = tree({});
    const help = await cli(root, "--help");
    expect(help.code).toBe(EXIT_OK);
    expect(help.out).toMatch(/^Usage: tfmould \[options\] \[paths\.\.\.\]/);
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(await cli(root, "--version")).toEqual({ code: EXIT_OK, out: `${pkg.version}\n`, err: "" });
    const list = await cli(root, "--list-rules");
    const lines = list.out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^RULE\s+SEVERITY\s+CATEGORY\s+SUMMARY$/);
    expect(lines).toHaveLength(rules.length + 1);
    expect(lines[1].split(/\s{2,}/).slice(0, 3)).toEqual([rules[0].id, rules[0].severity, rules[0].category]);
  });

  it("exits 0 on a clean module and 1 on errors", async () => {
    expect((await cli(tree({ "main.tf": CLEAN }))).code).toBe(EXIT_OK);
    const bad = await cli(tree({ "main.tf": BROKEN }), "--format", "json");
    expect(bad.code).toBe(EXIT_FINDINGS);
    const doc = JSON.parse(bad.out) as { findings: { ruleId: string; file: string }[] };
    expect(doc.findings.map((f) => [f.ruleId, f.file])).toEqual([["syntax-error", "main.tf"]]);
  });

  it("lints the given path and reports files relative to the working directory", async () => {
    const root = tree({ "infra/prod/main.tf": BROKEN, "other/main.tf": BROKEN });
    const r = await cli(root, "--format", "json", "infra");
    const doc = JSON.parse(r.out) as { findings: { file: string }[] };
    expect(doc.findings.map((f) => f.file)).toEqual(["infra/prod/main.tf"]);
  });

  it("turns an error off with --rule and counts warnings against --max-warnings", async () => {
    const root = tree({ "main.tf": BROKEN });
    expect((await cli(root, "--rule", "syntax-error=off")).code).toBe(EXIT_OK);
    expect((await cli(root, "--rule", "syntax-error=warning")).code).toBe(EXIT_OK);
    expect((await cli(root, "--rule", "syntax-error=warning", "--max-warnings", "0")).code).toBe(EXIT_FINDINGS);
    expect((await cli(root, "--rule", "syntax-error=warning", "--max-warnings", "1")).code).toBe(EXIT_OK);
  });

  it("--quiet reports errors only", async () => {
    const root = tree({ "a/main.tf": BROKEN });
    const r = await cli(root, "--quiet", "--rule", "syntax-error=warning", "--max-warnings", "0", "--format", "json");
    expect(r.code).toBe(EXIT_OK);
    expect((JSON.parse(r.out) as { findings: unknown[] }).findings).toEqual([]);
  });

  it("writes SARIF that passes the schema and GitHub's checks, with line hashes", async () => {
    const root = tree({ "main.tf": BROKEN, "mod ule/x.tf": BROKEN });
    const r = await cli(root, "--format", "sarif");
    expect(r.code).toBe(EXIT_FINDINGS);
    assertValidSarif(r.out);
    const log = JSON.parse(r.out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; partialFingerprints: Record<string, string> }[] }[] };
    const results = log.runs[0].results;
    expect(results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri)).toEqual(["main.tf", "mod%20ule/x.tf"]);
    for (const x of results) expect(x.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]+:1$/);
  });

  it("writes the report to --output-file, creating folders, and nothing to stdout", async () => {
    const root = tree({ "main.tf": BROKEN });
    const r = await cli(root, "--format", "json", "--output-file", "reports/deep/tfmould.json");
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.out).toBe("");
    const doc = JSON.parse(readFileSync(join(root, "reports/deep/tfmould.json"), "utf8")) as { findings: unknown[] };
    expect(doc.findings).toHaveLength(1);
    expect(readdirSync(join(root, "reports/deep"))).toEqual(["tfmould.json"]);
  });

  it("exits 2 with one line when the output file cannot be written", async () => {
    const root = tree({ "main.tf": CLEAN, "taken/x": "" });
    const r = await cli(root, "--output-file", "taken");
    expect(r.code).toBe(EXIT_ERROR);
    expect(r.err).toMatch(/^tfmould: cannot write taken: .+\n$/);
    expect(readdirSync(root).sort()).toEqual(["main.tf", "taken"]);
  });

  it.each([
    [["--nope"], /^tfmould: unknown option --nope \(see tfmould --help\)\n$/],
    [["missing-dir"], /^tfmould: no such file or directory: missing-dir\n$/],
    [["--rule", "no-such=off"], /^tfmould: --rule: unknown rule "no-such"/],
    [["--config", "nope.json"], /^tfmould: .*nope\.json: cannot read the config file/],
    [["--baseline", "nope.json"], /^tfmould: cannot read the baseline nope\.json: no such file\n$/],
  ])("exits 2 on %j with one line and no stack trace", async (argv, message) => {
    const r = await cli(tree({ "main.tf": CLEAN }), ...argv);
    expect(r.code).toBe(EXIT_ERROR);
    expect(r.err).toMatch(message);
    expect(r.err.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.out).toBe("");
  });

  it("exits 2 on an invalid config, naming the key", async () => {
    const root = tree({ "main.tf": CLEAN, ".tfmould.json": '{ "rules": { "syntax-error": "loud" } }' });
    const r = await cli(root);
    expect(r.code).toBe(EXIT_ERROR);
    expect(r.err).toMatch(/^tfmould: .*\.tfmould\.json:1:\d+: rules\.syntax-error/);
  });

  it("reports binary and non-UTF-8 files once each, with the reason, instead of crashing", async () => {
    const root = tree({ "main.tf": CLEAN, "bin.tf": Buffer.from([0x61, 0, 0, 1]), "latin.tf": Buffer.from([0x61, 0x3d, 0xe9, 0x0a]) });
    const r = await cli(root, "--format", "json");
    expect(r.err).toBe("");
    const doc = JSON.parse(r.out) as { findings: { file: string; message: string }[]; notices: { file: string; message: string }[] };
    // The engine reports a file it cannot read as a notice or as a syntax-error finding; either way once.
    const reports = [...doc.findings, ...doc.notices].map((x) => [x.file, /could not be read: (.*)\.$/.exec(x.message)?.[1]]);
    expect(reports.sort()).toEqual([
      ["bin.tf", "binary file (contains NUL bytes)"],
      ["latin.tf", "not UTF-8 text"],
    ]);
    expect(r.code).toBe(doc.findings.length > 0 ? EXIT_FINDINGS : EXIT_OK);
  });

  it("walks a directory named like a Terraform file as a directory", async () => {
    const root = tree({ "main.tf": CLEAN, "dir.tf/x.tf": BROKEN });
    const r = await cli(root, "main.tf", "dir.tf", "--format", "json");
    expect(r.code).toBe(EXIT_FINDINGS);
    const doc = JSON.parse(r.out) as { findings: { file: string }[]; notices: unknown[] };
    expect(doc.findings.map((f) => f.file)).toEqual(["dir.tf/x.tf"]);
    expect(doc.notices).toEqual([]);
  });

  // Root reads any file whatever its mode, so this can only be shown as another user
  // (CI runs as root; the host test below covers the same path with a directory).
  it.skipIf(process.getuid?.() === 0)("reports a Terraform file that cannot be read", async () => {
    const root = tree({ "main.tf": CLEAN, "secret.tf": CLEAN });
    chmodSync(join(root, "secret.tf"), 0);
    const r = await cli(root, "--format", "json");
    chmodSync(join(root, "secret.tf"), 0o644);
    const doc = JSON.parse(r.out) as { findings: { file: string; message: string }[]; notices: { file: string; message: string }[] };
    const reports = [...doc.findings, ...doc.notices];
    expect(reports.map((n) => n.file)).toEqual(["secret.tf"]);
    expect(reports[0].message).toMatch(/\(permission denied\)$/);
  });

  it("exits 2 when a path named on the command line cannot be read (a link loop)", async () => {
    const root = tree({ "main.tf": CLEAN });
    symlinkSync("loop.tf", join(root, "loop.tf"));
    const r = await cli(root, "loop.tf");
    expect(r.code).toBe(EXIT_ERROR);
    expect(r.err).toBe("tfmould: cannot read loop.tf: symbolic link loop\n");
  });

  it("accepts findings with --write-baseline and fails only on new ones with --baseline", async () => {
    const root = tree({ "a/main.tf": BROKEN });
    const write = await cli(root, "--write-baseline", "tfmould-baseline.json");
    expect(write.code).toBe(EXIT_OK);
    expect(write.err).toBe("tfmould: wrote a baseline of 1 finding to tfmould-baseline.json\n");
    expect(existsSync(join(root, "tfmould-baseline.json"))).toBe(true);
    const again = await cli(root, "--baseline", "tfmould-baseline.json", "--format", "json");
    expect(again.code).toBe(EXIT_OK);
    const doc = JSON.parse(again.out) as { findings: { suppressed?: { kind: string } }[]; summary: { suppressed: number } };
    expect(doc.findings[0].suppressed?.kind).toBe("external");
    expect(doc.summary.suppressed).toBe(1);
  });

  it("honours the config's exclude, except for files named on the command line", async () => {
    const root = tree({
      ".tfmould.json": '{ "exclude": ["legacy", "gen/*.tf"] }',
      "main.tf": CLEAN,
      "legacy/old.tf": BROKEN,
      "gen/a.tf": BROKEN,
      "gen/keep.tfvars": "",
      "gen/ok.tf": CLEAN,
    });
    const files = async (...argv: string[]) => {
      const r = await cli(root, "--format", "json", ...argv);
      const doc = JSON.parse(r.out) as { findings: { file: string }[]; notices: unknown[] };
      return { code: r.code, files: doc.findings.map((f) => f.file), notices: doc.notices };
    };
    expect(await files()).toEqual({ code: EXIT_OK, files: [], notices: [] });
    expect(await files("legacy/old.tf")).toEqual({ code: EXIT_FINDINGS, files: ["legacy/old.tf"], notices: [] });
    expect(await files(".", "legacy/old.tf", "gen/a.tf")).toEqual({ code: EXIT_FINDINGS, files: ["gen/a.tf", "legacy/old.tf"], notices: [] });
  });

  // An unreadable --var-file is a usage error before anything is linted (test/cli/edges.test.ts).
  it("exits 2 when a config's variable file cannot be read, after reporting", async () => {
    const r = await cli(tree({ "main.tf": CLEAN, ".tfmould.json": '{ "varFiles": ["missing.tfvars"] }' }), "--format", "json");
    expect(r.code).toBe(EXIT_ERROR);
    const doc = JSON.parse(r.out) as { notices: { level: string; message: string }[] };
    expect(doc.notices).toEqual([expect.objectContaining({ level: "error", message: expect.stringContaining("missing.tfvars") })]);
  });

  it("does not colour a report written to a file unless --color says so", async () => {
    const root = tree({ "main.tf": BROKEN });
    const io = fakeIO(root, { env: { FORCE_COLOR: "1" }, stdoutTTY: true });
    await run(["-o", "plain.txt"], io);
    expect(readFileSync(join(root, "plain.txt"), "utf8")).not.toContain("\u001b[");
    await run(["-o", "coloured.txt", "--color"], io);
    expect(readFileSync(join(root, "coloured.txt"), "utf8")).toContain("\u001b[");
  });

  it("prints the configuration that applies to a path", async () => {
    const root = tree({ "env/main.tf": CLEAN, ".tfmould.json": '{ "rules": { "no-provisioners": "off" }, "strict": true }' });
    const r = await cli(root, "--print-config", "env/main.tf", "--rule", "syntax-error=warning");
    expect(r.code).toBe(EXIT_OK);
    const cfg = JSON.parse(r.out) as { configFile: string; strict: boolean; rules: Record<string, { severity: string }> };
    expect(cfg.configFile).toBe(".tfmould.json");
    expect(cfg.strict).toBe(true);
    expect(cfg.rules["no-provisioners"]).toBeUndefined();
    expect(cfg.rules["syntax-error"].severity).toBe("warning");
  });

  it("colours stylish output only when allowed", async () => {
    const root = tree({ "main.tf": BROKEN });
    const run1 = async (env: Record<string, string>, tty: boolean, ...argv: string[]) => {
      const io = fakeIO(root, { env, stdoutTTY: tty });
      await run(argv, io);
      return io.out().includes("\u001b[");
    };
    expect(await run1({}, true)).toBe(true);
    expect(await run1({}, false)).toBe(false);
    expect(await run1({ NO_COLOR: "1" }, true)).toBe(false);
    expect(await run1({ FORCE_COLOR: "1" }, false)).toBe(true);
    expect(await run1({}, true, "--no-color")).toBe(false);
    expect(await run1({}, false, "--color")).toBe(true);
    expect(await run1({}, true, "--format", "json")).toBe(false);
  });

  it("shows a progress line on a terminal stderr for long scans only, never on stdout", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 210; i++) files[`m${i % 30}/f${i}.tf`] = CLEAN;
    const root = tree(files);
    const tty = fakeIO(root, { stderrTTY: true });
    expect(await run(["--format", "json"], tty)).toBe(EXIT_OK);
    expect(tty.err()).toMatch(/tfmould: \d+\/210 files/);
    expect(tty.out()).not.toMatch(/tfmould: \d+\//);
    JSON.parse(tty.out());
    const pipe = fakeIO(root, { stderrTTY: false });
    await run([], pipe);
    expect(pipe.err()).toBe("");
  });

  it("prints a stack trace for internal errors only with --debug", async () => {
    const root = tree({ "main.tf": CLEAN });
    const boom = { write: () => { throw new Error("disk on fire"); }, isTTY: false };
    const quiet = { ...fakeIO(root), stdout: boom };
    let err = "";
    const io = { ...quiet, stderr: { write: (t: string) => (err += t) } };
    expect(await run([], io)).toBe(EXIT_ERROR);
    expect(err).toBe("tfmould: internal error: disk on fire\nRun with --debug for the stack trace.\n");
    err = "";
    expect(await run(["--debug"], io)).toBe(EXIT_ERROR);
    expect(err).toMatch(/^tfmould: linted 1 file on 1 thread\ntfmould: internal error: disk on fire\nError: disk on fire\n\s+at /);
  });
});

describe("the command's file host", () => {
  it("treats a file it cannot read as absent, reads each file once, and counts reads", () => {
    const root = tree({ "main.tf": CLEAN });
    mkdirSync(join(root, "dir.tf"));
    const host = new CliHost();
    let reads = 0;
    host.onRead = () => reads++;
    expect(host.readFile(join(root, "dir.tf"))).toBeUndefined();
    expect(host.readFile(join(root, "dir.tf"))).toBeUndefined();
    expect([...host.failures]).toEqual([[join(root, "dir.tf"), "is a directory"]]);
    expect(host.readFile(join(root, "main.tf"))).toBe(CLEAN);
    expect(host.text(join(root, "main.tf"))).toBe(CLEAN);
    expect(reads).toBe(2);
    expect(host.readFile(join(root, "absent.tf"))).toBeUndefined();
    expect(host.failures.size).toBe(2);
    expect(host.listFiles(root)).toEqual(["main.tf"]);
  });
});

describe("exit code", () => {
  it("ignores suppressed findings and fails on error notices", () => {
    expect(exitCode(result([finding({ suppressed: { kind: "inSource", reason: "x" } })]), undefined)).toBe(EXIT_OK);
    expect(exitCode(result([finding()]), undefined)).toBe(EXIT_FINDINGS);
    expect(exitCode(result([finding({ severity: "note" })]), 0)).toBe(EXIT_OK);
    expect(exitCode(result([], [{ level: "error", message: "Cannot read file" }]), undefined)).toBe(EXIT_ERROR);
    expect(exitCode(result([], [{ level: "warning", message: "Binary file" }]), undefined)).toBe(EXIT_OK);
  });

  it("names a deployment in a message by its folder in the repository, wherever the command runs", async () => {
    const root = tree({
      "repo/.git/HEAD": "ref: refs/heads/main\n",
      "repo/live/main.tf": 'terraform {\n  backend "s3" {}\n}\nmodule "disk" {\n  source = "../modules/disk"\n}\n',
      "repo/modules/disk/main.tf": 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size = 10\n}\n',
    });
    const r = await cli(root, "-f", "json", "repo");
    const related = (JSON.parse(r.out) as { findings: { ruleId: string; related: { message: string }[] }[] }).findings
      .filter((f) => f.ruleId === "prevent-destroy-stateful")
      .flatMap((f) => f.related.map((x) => x.message));
    expect(related).toContain("called by the deployment live");
  });
});
