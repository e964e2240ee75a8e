/**
 * The command's edges: paths that hold nothing to lint, modules of
 * unreadable files, --max-warnings, unreadable --var-file, an output file on
 * a pseudo file system, --list-rules as JSON.
 */
import { afterEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/index.js";
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from "../../src/cli/exit-codes.js";
import { rules } from "../../rules/index.js";
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
const BROKEN = 'locals {\n  region = "eu-west-1"\n';
const BINARY = Buffer.from([0x61, 0, 0, 1]);
const LATIN1 = Buffer.from([0x61, 0x3d, 0xe9, 0x0a]);

async function cli(cwd: string, ...argv: string[]) {
  const io = fakeIO(cwd);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

interface JsonDoc {
  findings: { ruleId: string; file: string; message: string }[];
  notices: { level: string; message: string; file?: string }[];
}

describe("paths that hold nothing to lint", () => {
  it.each([
    ["an empty directory", { "empty/.keep": "" }, ["empty"], /^tfmould: no Terraform files in empty\n$/],
    ["a directory without Terraform files", { "docs/README.md": "# x\n" }, ["docs"], /^tfmould: no Terraform files in docs\n$/],
    ["the working directory when it is empty", {}, [], /^tfmould: no Terraform files in \.\n$/],
    ["a file that is not Terraform", { "main.tf": CLEAN, "notes.txt": "x" }, ["notes.txt"], /^tfmould: no Terraform files in notes\.txt\n$/],
    ["one of several paths", { "a/main.tf": CLEAN, "typo/x.md": "" }, ["a", "typo"], /^tfmould: no Terraform files in typo\n$/],
  ])("%s is exit 2 with one line", async (_what, files, argv, message) => {
    const r = await cli(tree(files), ...argv);
    expect(r.code).toBe(EXIT_ERROR);
    expect(r.err).toMatch(message);
    expect(r.out).toBe("");
  });

  it("--no-error-on-unmatched-path makes it a notice, and the exit code follows the findings", async () => {
    const root = tree({ "empty/.keep": "", "a/main.tf": BROKEN, "ok/main.tf": CLEAN });
    const none = await cli(root, "--no-error-on-unmatched-path", "--format", "json", "empty");
    expect(none.code).toBe(EXIT_OK);
    expect((JSON.parse(none.out) as JsonDoc).notices).toEqual([{ level: "warning", message: "No Terraform files here; nothing linted", file: "empty" }]);
    expect((await cli(root, "--no-error-on-unmatched-path", "empty", "a")).code).toBe(EXIT_FINDINGS);
    expect((await cli(root, "--no-error-on-unmatched-path", "empty", "ok")).code).toBe(EXIT_OK);
  });

  it("still lints a directory whose files the config excludes but the command line names", async () => {
    const root = tree({ ".tfmould.json": '{ "exclude": ["legacy"] }', "legacy/old.tf": BROKEN });
    expect((await cli(root, "legacy/old.tf")).code).toBe(EXIT_FINDINGS);
  });
});

describe("a module whose files cannot be read", () => {
  const reasons = (doc: JsonDoc) => doc.findings.map((f) => [f.ruleId, f.file, /could not be read: (.*)\.$/.exec(f.message)?.[1]]);

  it("reports each file as a syntax-error finding, as when a readable file sits beside them", async () => {
    const alone = await cli(tree({ "bin.tf": BINARY, "latin.tf": LATIN1 }), "--format", "json");
    const beside = await cli(tree({ "bin.tf": BINARY, "latin.tf": LATIN1, "main.tf": CLEAN }), "--format", "json");
    const expected = [
      ["syntax-error", "bin.tf", "binary file (contains NUL bytes)"],
      ["syntax-error", "latin.tf", "not UTF-8 text"],
    ];
    expect(reasons(JSON.parse(beside.out) as JsonDoc)).toEqual(expected);
    expect(alone.err).toBe("");
    expect(alone.code).toBe(EXIT_FINDINGS);
    const doc = JSON.parse(alone.out) as JsonDoc;
    expect(reasons(doc)).toEqual(expected);
    expect(doc.notices).toEqual([]);
  });

  it("does so in a subdirectory too, and honours --rule syntax-error=off", async () => {
    const root = tree({ "main.tf": CLEAN, "sub/bin.tf": BINARY });
    const r = await cli(root, "--format", "json");
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(reasons(JSON.parse(r.out) as JsonDoc)).toEqual([["syntax-error", "sub/bin.tf", "binary file (contains NUL bytes)"]]);
    expect((await cli(root, "--rule", "syntax-error=off")).code).toBe(EXIT_OK);
  });

  it("gives the reason for the unreadable file alone, reached from outside the working directory, not for another of its name", async () => {
    const root = tree({ "work/bin.tf": BROKEN, "other/bin.tf": BINARY });
    const r = await cli(join(root, "work"), "--format", "json", ".", "../other");
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(reasons(JSON.parse(r.out) as JsonDoc)).toEqual([
      ["syntax-error", "../other/bin.tf", "binary file (contains NUL bytes)"],
      ["syntax-error", "bin.tf", undefined],
    ]);
  });
});

describe("--max-warnings", () => {
  it("says why the run failed", async () => {
    const root = tree({ "a/main.tf": BROKEN, "b/main.tf": BROKEN });
    const r = await cli(root, "--rule", "syntax-error=warning", "--max-warnings", "1");
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.err).toBe("tfmould: 2 warnings, more than the maximum of 1 (--max-warnings)\n");
    const one = await cli(tree({ "main.tf": BROKEN }), "--rule", "syntax-error=warning", "--max-warnings", "0");
    expect(one.err).toBe("tfmould: 1 warning, more than the maximum of 0 (--max-warnings)\n");
    const within = await cli(root, "--rule", "syntax-error=warning", "--max-warnings", "2");
    expect(within).toMatchObject({ code: EXIT_OK, err: "" });
  });
});

describe("--var-file that cannot be read", () => {
  it.each([
    ["missing", "missing.tfvars", /^tfmould: cannot read the variable file missing\.tfvars: no such file\n$/],
    ["a directory", "dir", /^tfmould: cannot read the variable file dir: is a directory\n$/],
    ["/dev/zero", "/dev/zero", /^tfmould: cannot read the variable file \/dev\/zero: not a regular file\n$/],
    ["binary", "bin.tfvars", /^tfmould: cannot read the variable file bin\.tfvars: binary file \(contains NUL bytes\)\n$/],
  ])("%s is one line on stderr and exit 2", async (_what, file, message) => {
    const root = tree({ "main.tf": CLEAN, "dir/x": "", "bin.tfvars": BINARY });
    const r = await cli(root, "--var-file", file, "--format", "json");
    expect(r.code).toBe(EXIT_ERROR);
    expect(r.err).toMatch(message);
    expect(r.out).toBe("");
  });

  it.skipIf(process.platform === "win32")("a FIFO is refused without waiting for a writer", async () => {
    const root = tree({ "main.tf": CLEAN });
    mkdirSync(join(root, "d"));
    execFileSync("mkfifo", [join(root, "d", "pipe.tfvars")]);
    const r = await cli(root, "--var-file", "d/pipe.tfvars");
    expect(r.code).toBe(EXIT_ERROR);
    expect(r.err).toBe("tfmould: cannot read the variable file d/pipe.tfvars: not a regular file\n");
  });

  it("a readable one is used", async () => {
    const root = tree({ "main.tf": 'variable "v" {}\n', "x.tfvars": 'v = "a"\n' });
    expect(await cli(root, "--var-file", "x.tfvars")).toMatchObject({ err: "" });
  });
});

describe.skipIf(process.platform !== "linux")("--output-file on a pseudo file system", () => {
  it.each(["/proc/self/tfmould/report.json", "/proc/self/comm", "/sys/tfmould.json"])("%s fails fast with one line", async (target) => {
    const started = Date.now();
    const r = await cli(tree({ "main.tf": CLEAN }), "--output-file", target);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(EXIT_ERROR);
    expect(r.err).toMatch(new RegExp(`^tfmould: cannot write ${target.replace(/[./]/g, "\\$&")}: .*pseudo file system.*\\n$`));
    expect(r.out).toBe("");
  });
});

describe("--list-rules --format json", () => {
  it("prints every rule's id, severity, category, summary and documentation URL", async () => {
    const r = await cli(tree({}), "--list-rules", "--format", "json");
    expect(r.code).toBe(EXIT_OK);
    const list = JSON.parse(r.out) as Record<string, string>[];
    expect(list).toHaveLength(rules.length);
    expect(list[0]).toEqual({
      id: rules[0].id,
      severity: rules[0].severity,
      category: rules[0].category,
      summary: rules[0].summary,
      docs: `https://github.com/tfmould/tfmould/blob/main/docs/rules/${rules[0].id}.md`,
    });
  });

  it("refuses the formats that are not lists", async () => {
    const r = await cli(tree({}), "--list-rules", "--format", "sarif");
    expect(r.code).toBe(EXIT_ERROR);
    expect(r.err).toBe("tfmould: --list-rules prints stylish (a table) or json, not sarif\n");
  });
});

describe("stylish output's width", () => {
  it("follows COLUMNS when stdout is not a terminal, and the terminal's columns when it is", async () => {
    const root = tree({ "main.tf": BROKEN });
    const longest = (text: string) => Math.max(...text.split("\n").map((l) => l.length));
    const narrow = fakeIO(root, { env: { COLUMNS: "60" } });
    expect(await run([], narrow)).toBe(EXIT_FINDINGS);
    expect(longest(narrow.out())).toBeLessThanOrEqual(60);
    expect(narrow.out()).toMatch(/^ +\d+:\d+ +error +.*syntax-error$/m);
    const base = fakeIO(root, { env: { COLUMNS: "60" } });
    const terminal = { ...base, stdout: { ...base.stdout, isTTY: true, columns: 200 } };
    await run(["--no-color"], terminal);
    expect(longest(base.out())).toBeGreaterThan(60);
  });
});
