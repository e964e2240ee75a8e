/**
 * `lint({ paths })` and the command lint the same modules and give the same
 * report: both walk the paths with the engine's discovery. The command runs
 * in process (`run`), the API's result goes through the same formatter.
 */
import { afterAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/index.js";
import { lint } from "../../src/engine/index.js";
import type { LintOptions } from "../../src/engine/index.js";
import { format } from "../../src/report/index.js";
import type { FormatName } from "../../src/report/index.js";
import { fakeIO } from "../cli/fake-io.js";
import { makeTree, removeTree } from "../cli/tree.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const trees: string[] = [];
afterAll(() => trees.forEach(removeTree));

async function command(cwd: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIO(cwd);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** The API's report in a format, or the message it threw (a config error). */
function api(cwd: string, options: Omit<LintOptions, "files" | "cwd"> & { paths: string[] }, name: FormatName): string {
  try {
    return format(lint({ ...options, cwd }), name, { cwd });
  } catch (error) {
    return `threw: ${(error as Error).message}`;
  }
}

async function expectSame(cwd: string, paths: string[], extra: { argv?: string[]; options?: Partial<LintOptions> } = {}): Promise<void> {
  for (const name of ["json", "sarif"] as const) {
    const cli = await command(cwd, [...paths, ...(extra.argv ?? []), "--format", name, "--concurrency", "off"]);
    const fromApi = api(cwd, { ...(extra.options as object), paths }, name);
    if (cli.code === 2) expect(fromApi).toBe(`threw: ${cli.err.replace(/^tfmould: /, "").trimEnd()}`);
    else expect(fromApi, `${paths.join(" ")} --format ${name}`).toBe(cli.out);
  }
}

describe("lint({ paths }) gives the command's report", () => {
  it("on the README's example: every module below the path, 13 findings", async () => {
    const result = lint({ paths: ["fixtures/example"], cwd: REPO });
    expect(result.findings).toHaveLength(13);
    expect(result.files).toEqual(["fixtures/example/main.tf", "fixtures/example/modules/web/main.tf", "fixtures/example/terraform.tfvars", "fixtures/example/variables.tf"]);
    expect(result.summary).toEqual({ errors: 5, warnings: 8, notes: 0, suppressed: 0, files: 4, notices: 0 });
    await expectSame(REPO, ["fixtures/example"]);
  });

  it.each(["fixtures/e2e/app", "fixtures/e2e/broken", "fixtures/e2e/bad-config", "fixtures/e2e"])("on %s", async (dir) => {
    await expectSame(REPO, [dir]);
  });

  it("with command-line settings, and with files named", async () => {
    await expectSame(REPO, ["fixtures/example"], {
      argv: ["--strict", "--rule", "no-ssh-access=error", "--var", "web_tag=1.2.3"],
      options: { overrides: { strict: true, rules: { "no-ssh-access": "error" }, vars: { web_tag: "1.2.3" } } },
    });
    await expectSame(REPO, ["fixtures/example/main.tf", "fixtures/e2e/app/legacy/old.tf"]);
  });

  it("on a tree with excluded, never-entered, linked and named-but-excluded paths", async () => {
    const bad = 'resource "aws_instance" "a" {\n  ami = "ami-123"\n  provisioner "local-exec" {\n    command = "echo"\n  }\n}\n';
    const root = makeTree(
      {
        ".tfmould.json": '{"exclude": ["examples/**", "gen_*.tf"]}',
        "live/main.tf": bad,
        "live/gen_x.tf": bad,
        "live/vars.tfvars": 'x = "1"\n',
        "examples/demo/main.tf": bad,
        "node_modules/m/main.tf": bad,
        "stack/.terraform/modules/x/main.tf": bad,
        "stack/main.tf": 'module "x" {\n  source = "../live"\n}\n',
        "only-vars/a.tfvars": 'x = "1"\n',
        "empty/readme.md": "nothing\n",
      },
      { "linked": "live", "loop/self": ".." },
    );
    trees.push(root);
    await expectSame(root, ["."]);
    await expectSame(root, ["live/gen_x.tf", "stack"]);
    await expectSame(root, ["linked"]);
    const result = lint({ paths: ["."], cwd: root });
    expect([...new Set(result.findings.map((f) => f.file.split("/")[0]))].sort()).toEqual(["live", "stack"].filter((d) => result.findings.some((f) => f.file.startsWith(d))));
    expect(result.files.some((f) => f.startsWith("examples/") || f.includes("node_modules") || f.includes(".terraform"))).toBe(false);
    // A directory with nothing to lint is a notice (the command makes it a usage error).
    expect(lint({ paths: ["examples/demo", "empty"], cwd: root }).notices.map((n) => n.message)).toEqual([
      "no Terraform configuration files in examples/demo",
      "no Terraform configuration files in empty",
    ]);
  });
});

describe("lint({ files })", () => {
  it("carries its summary and sources, and SARIF gets line hashes from them", () => {
    const main = 'resource "docker_container" "web" {\n  image = "nginx:latest"\n}\n';
    const result = lint({ files: { "./main.tf": main } });
    expect(result.summary).toEqual({ errors: 1, warnings: 1, notes: 0, suppressed: 0, files: 1, notices: 0 });
    expect(result.sources).toEqual({ "main.tf": main });
    const log = JSON.parse(format(result, "sarif")) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
    const prints = log.runs[0].results.map((r) => r.partialFingerprints);
    expect(prints).toHaveLength(2);
    for (const p of prints) expect(p.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/);
    // The same hashes as from the text read elsewhere (the command reads the disk).
    const read = JSON.parse(format({ ...result, sources: {} }, "sarif", { readSource: () => main })) as typeof log;
    expect(read.runs[0].results.map((r) => r.partialFingerprints)).toEqual(prints);
    const none = JSON.parse(format({ ...result, sources: {} }, "sarif")) as typeof log;
    expect(none.runs[0].results[0].partialFingerprints.primaryLocationLineHash).toBeUndefined();
  });
});
