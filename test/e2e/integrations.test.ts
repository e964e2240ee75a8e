/**
 * The integrations as their hosts run them: the pre-commit hook's entry with
 * the changed files appended (as pre-commit does), and the GitHub Action's
 * lint step script.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { assertValidSarif } from "../report/sarif-check.js";
import { BIN, REPO, ensureBuilt } from "./build.js";
import { fixtureCopy, removeCopies } from "./run-bin.js";

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  exclude: string;
  require_serial: boolean;
  pass_filenames?: boolean;
}

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

let binDir: string;

beforeAll(() => {
  ensureBuilt();
  // What `npm install` of the package puts on PATH: a `tfmould` command.
  binDir = mkdtempSync(join(tmpdir(), "tfmould-path-"));
  symlinkSync(BIN, join(binDir, "tfmould"));
}, 600_000);
afterAll(() => {
  removeCopies();
  rmSync(binDir, { recursive: true, force: true });
});

/** Every file of a tree, relative, with `/`. */
function allFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? allFiles(root, p) : [relative(root, p).split("\\").join("/")];
  });
}

describe("pre-commit hook", () => {
  const hooks = parseYaml(readFileSync(join(REPO, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
  const hook = hooks.find((h) => h.id === "tfmould")!;

  it("is declared as the issue asks", () => {
    expect(hook).toMatchObject({
      id: "tfmould",
      language: "node",
      files: "(\\.tf|\\.tfvars|\\.tf\\.json)$",
      exclude: "\\.terraform/",
      require_serial: true,
    });
    expect(hook.pass_filenames ?? true).toBe(true);
  });

  /** Runs the hook like pre-commit: filter the changed files, append them to the entry, run from the repo root. */
  function runHook(repo: string, changed: string[]) {
    const files = changed.filter((f) => new RegExp(hook.files).test(f) && !new RegExp(hook.exclude).test(f));
    const [command, ...args] = hook.entry.split(/\s+/);
    const r = spawnSync(command, [...args, ...files], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, PATH: `${binDir}${delimiter}${process.env.PATH ?? ""}`, NO_COLOR: "1" },
    });
    return { files, status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it("lints the whole module directory of a changed file", () => {
    const repo = fixtureCopy("app");
    // Only variables.tf changed, but the finding it causes is reported (the value is used in main.tf).
    const r = runHook(repo, ["modules/web/variables.tf", "README.md"]);
    expect(r.files).toEqual(["modules/web/variables.tf"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("modules/web/variables.tf");
    expect(r.stdout).toMatch(/machine-image-pinned/);
    // Findings outside the changed modules are not reported.
    expect(r.stdout).not.toContain("envs/prod/main.tf");
  });

  it("fails the commit on errors in the changed modules", () => {
    const repo = fixtureCopy("app");
    const all = allFiles(repo);
    const r = runHook(repo, all);
    expect(r.files).not.toContain(".terraform/modules/web/main.tf");
    expect(r.files).toContain("envs/prod/main.tf");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/envs\/prod\/main\.tf\n.*module-source-pinned/);
  });
});

describe("GitHub Action", () => {
  const action = parseYaml(readFileSync(join(REPO, "action.yml"), "utf8")) as {
    runs: { using: string; steps: Step[] };
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
  };
  const steps = action.runs.steps;
  const lintStep = steps.find((s) => s.id === "lint")!;

  it("is a composite action that uploads SARIF with codeql-action/upload-sarif", () => {
    expect(action.runs.using).toBe("composite");
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    expect(upload?.with).toEqual({ sarif_file: "${{ steps.lint.outputs.sarif-file }}", category: "${{ inputs.category }}" });
    expect(lintStep.run).toContain("--format sarif");
    expect(action.outputs["exit-code"].value).toBe("${{ steps.lint.outputs.exit-code }}");
    for (const s of steps) if (s.run) expect(s.run).not.toMatch(/\$\{\{\s*inputs\./);
  });

  /** Runs the lint step's script as the runner would, with the inputs in the environment. */
  function runLintStep(repo: string, inputs: { paths?: string; args?: string; config?: string }) {
    const outputFile = join(repo, ".github-output");
    const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", lintStep.run!], {
      cwd: repo,
      encoding: "utf8",
      env: {
        ...process.env,
        GITHUB_OUTPUT: outputFile,
        TFMOULD_BIN: BIN,
        TFMOULD_PATHS: inputs.paths ?? action.inputs.paths.default ?? ".",
        TFMOULD_CONFIG: inputs.config ?? "",
        TFMOULD_ARGS: inputs.args ?? "",
        TFMOULD_SARIF: action.inputs["sarif-file"].default ?? "tfmould.sarif",
      },
    });
    let outputs: Record<string, string> = {};
    try {
      outputs = Object.fromEntries(
        readFileSync(outputFile, "utf8")
          .trim()
          .split("\n")
          .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
      );
    } catch {
      // No outputs written.
    }
    return { status: r.status, stderr: r.stderr, outputs };
  }

  it("writes SARIF and reports the exit code without failing on findings", () => {
    const repo = fixtureCopy("app");
    const r = runLintStep(repo, { paths: "envs\nmodules", args: "--strict" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.outputs).toEqual({ "sarif-file": "tfmould.sarif", "exit-code": "1" });
    assertValidSarif(readFileSync(join(repo, "tfmould.sarif"), "utf8"));
  });

  it("fails the step on a usage error", () => {
    const repo = fixtureCopy("app");
    const r = runLintStep(repo, { args: "--no-such-flag" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown option --no-such-flag");
  });
});
