/**
 * The GitHub Action as a runner runs it: action.yml's steps in order, each
 * `if:` evaluated, `${{ … }}` expressions replaced, the bash steps run with
 * their `env:` and a fresh GITHUB_OUTPUT file whose lines become the step's
 * outputs. The action's directory is a copy of what GitHub downloads minus
 * everything not needed (no dist/, no node_modules/): the committed bundle
 * must be enough. `uses:` steps are not run; the test records their inputs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { parse as parseYaml } from "yaml";
import { parseCliArgs } from "../../src/cli/args.js";
import { assertValidSarif } from "../report/sarif-check.js";
import { REPO } from "./build.js";
import { fixtureCopy, removeCopies } from "./run-bin.js";

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

interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parseYaml(readFileSync(join(REPO, "action.yml"), "utf8")) as Action;
/** bash, found once: the steps may run with a PATH that has no node (or nothing at all). */
const BASH = spawnSync("bash", ["-c", "command -v bash"], { encoding: "utf8" }).stdout.trim();
let actionPath: string;

beforeAll(() => {
  // What the runner downloads, less what the action must not need.
  actionPath = mkdtempSync(join(tmpdir(), "tfmould-action-"));
  for (const p of ["action.yml", "package.json", "bin/tfmould.js", "bin/v8-flags.js", "bin/bundle"]) cpSync(join(REPO, p), join(actionPath, p), { recursive: true });
});
afterAll(() => {
  removeCopies();
  rmSync(actionPath, { recursive: true, force: true });
});

interface Context {
  inputs: Record<string, string>;
  github: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
}

/** The value of `inputs.x`, `github.x` or `steps.id.outputs.x`; '' when unset, as on GitHub. */
function lookup(ref: string, ctx: Context): string {
  const [head, ...rest] = ref.split(".");
  if (head === "inputs") return ctx.inputs[rest.join(".")] ?? "";
  if (head === "github") return ctx.github[rest.join(".")] ?? "";
  if (head === "steps" && rest[1] === "outputs") return ctx.steps[rest[0]]?.outputs[rest.slice(2).join(".")] ?? "";
  throw new Error(`the test does not know the expression ${ref}`);
}

/** The few expression forms action.yml uses: a reference, a quoted string, `a == b`, `a && b`. */
function evaluate(expr: string, ctx: Context): string | boolean {
  const and = expr.split("&&");
  if (and.length > 1) return and.every((part) => evaluate(part, ctx) === true);
  const eq = expr.split("==");
  if (eq.length === 2) return evaluate(eq[0], ctx) === evaluate(eq[1], ctx);
  const t = expr.trim();
  const quoted = /^'(.*)'$/.exec(t);
  if (quoted) return quoted[1];
  if (/^[\w.-]+$/.test(t)) return lookup(t, ctx);
  throw new Error(`the test does not know the expression ${t}`);
}

function interpolate(text: string, ctx: Context): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => String(evaluate(e, ctx)));
}

interface StepRun {
  readonly step: Step;
  readonly ran: boolean;
  readonly status?: number | null;
  readonly stdout?: string;
  readonly stderr?: string;
  /** A `uses:` step's inputs, expressions replaced. */
  readonly with?: Record<string, string>;
}

interface ActionRun {
  readonly steps: StepRun[];
  /** The action's outputs. */
  readonly outputs: Record<string, string>;
  /** The job's result: the first failing step stops it. */
  readonly failed: boolean;
}

/** Runs the action in `workspace` with these inputs (others take their defaults). */
function runAction(workspace: string, given: Record<string, string>, env: NodeJS.ProcessEnv = process.env): ActionRun {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? ""]));
  for (const k of Object.keys(given)) if (!(k in inputs)) throw new Error(`action.yml has no input ${k}`);
  const ctx: Context = { inputs, github: { action_path: actionPath, workspace }, steps: {} };
  const runs: StepRun[] = [];
  let failed = false;
  for (const [i, step] of action.runs.steps.entries()) {
    // A step with no `if:` runs only while everything succeeds (success()).
    if (failed || (step.if !== undefined && evaluate(step.if, ctx) !== true)) {
      runs.push({ step, ran: false });
      continue;
    }
    if (step.uses) {
      runs.push({ step, ran: true, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(v, ctx)])) });
      continue;
    }
    expect(step.shell).toBe("bash");
    const outputFile = join(workspace, `.github-output-${i}`);
    writeFileSync(outputFile, "");
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]));
    // The runner writes the script, expressions replaced, to a file and runs it with these options.
    const script = join(workspace, `.step-${i}.sh`);
    writeFileSync(script, interpolate(step.run!, ctx));
    const r = spawnSync(BASH, ["--noprofile", "--norc", "-eo", "pipefail", script], {
      cwd: workspace,
      encoding: "utf8",
      env: { ...env, ...stepEnv, GITHUB_OUTPUT: outputFile, GITHUB_ACTION_PATH: actionPath, GITHUB_WORKSPACE: workspace },
    });
    const outputs = Object.fromEntries(
      readFileSync(outputFile, "utf8")
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
    );
    if (step.id) ctx.steps[step.id] = { outputs };
    runs.push({ step, ran: true, status: r.status, stdout: r.stdout, stderr: r.stderr });
    if (r.status !== 0) failed = true;
    rmSync(outputFile);
    rmSync(script);
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, v]) => [k, interpolate(v.value, ctx)]));
  return { steps: runs, outputs, failed };
}

const byName = (r: ActionRun, name: RegExp) => r.steps.find((s) => name.test(s.step.name ?? ""))!;

function sarifOf(workspace: string, file = "tfmould.sarif") {
  const text = readFileSync(join(workspace, file), "utf8");
  assertValidSarif(text);
  return JSON.parse(text) as { runs: { automationDetails: { id: string }; results: { ruleId: string }[] }[] };
}

describe("GitHub Action", () => {
  it("is a composite action whose scripts take inputs from the environment only", () => {
    expect(action.runs.using).toBe("composite");
    for (const s of action.runs.steps) if (s.run) expect(s.run).not.toMatch(/\$\{\{/);
    // No install or build on each run.
    for (const s of action.runs.steps) if (s.run) expect(s.run).not.toMatch(/\bnpm\b|\bnpx\b|\btsc\b/);
  });

  it("runs the committed bundle with the runner's Node, writes the category into the SARIF and sets its outputs", () => {
    const repo = fixtureCopy("app");
    const r = runAction(repo, { paths: "envs\nmodules", args: "--strict", category: "prod eu" });
    expect(r.failed).toBe(false);
    // Node 20 or later is on PATH: setup-node is skipped.
    expect(byName(r, /^Check Node/).status).toBe(0);
    expect(byName(r, /^Set up Node/).ran).toBe(false);
    const lint = byName(r, /^Run tfmould/);
    expect(lint.stderr).toBe("");
    expect(r.outputs).toEqual({ "sarif-file": "tfmould.sarif", "exit-code": "1" });
    const sarif = sarifOf(repo);
    expect(sarif.runs[0].automationDetails.id).toBe("tfmould/prod eu/");
    expect(sarif.runs[0].results.map((x) => x.ruleId)).toContain("module-source-pinned");
    // The upload gets the report; findings do not fail the job unless asked.
    expect(byName(r, /^Upload/).with).toEqual({ sarif_file: "tfmould.sarif" });
    expect(byName(r, /^Fail on findings/).ran).toBe(false);
    // Nothing was installed or built in the action's directory.
    expect(existsSync(join(actionPath, "node_modules"))).toBe(false);
    expect(existsSync(join(actionPath, "dist"))).toBe(false);
  });

  it("keeps the run id tfmould/ without a category, skips the upload when asked, and fails on findings when asked", () => {
    const repo = fixtureCopy("app");
    const r = runAction(repo, { upload: "false", "fail-on-findings": "true", "sarif-file": "out/report.sarif" });
    expect(r.outputs).toEqual({ "sarif-file": "out/report.sarif", "exit-code": "1" });
    expect(sarifOf(repo, "out/report.sarif").runs[0].automationDetails.id).toBe("tfmould/");
    expect(byName(r, /^Upload/).ran).toBe(false);
    const fail = byName(r, /^Fail on findings/);
    expect(fail.status).toBe(1);
    expect(fail.stdout).toContain("::error title=tfmould::");
    expect(r.failed).toBe(true);
  });

  it("checks a plan given as an input, its findings in the SARIF it uploads (needs the bundle rebuilt from these sources)", () => {
    const repo = fixtureCopy("app");
    cpSync(join(REPO, "fixtures/plans/actions"), join(repo, "deploy"), { recursive: true });
    const r = runAction(repo, { paths: "deploy", plan: "deploy/plan.json", upload: "false" });
    expect(byName(r, /^Run tfmould/).stderr).toBe("");
    expect(r.outputs["exit-code"]).toBe("1");
    const results = sarifOf(repo).runs[0].results.map((x) => x.ruleId);
    expect(results).toContain("plan-replaces-stateful");
    expect(results).toContain("plan-deletes-stateful");
  });

  it("fails the step on a usage error, before the upload", () => {
    const repo = fixtureCopy("app");
    const r = runAction(repo, { args: "--no-such-flag" });
    const lint = byName(r, /^Run tfmould/);
    expect(lint.status).toBe(2);
    expect(lint.stderr).toContain("unknown option --no-such-flag");
    expect(r.outputs["exit-code"]).toBe("2");
    expect(byName(r, /^Upload/).ran).toBe(false);
  });

  it("sets up Node only when the runner's is missing or older than 20", () => {
    const repo = fixtureCopy("app");
    const check = action.runs.steps.findIndex((s) => s.id === "node");
    const setupOf = (path: string) => {
      // Only the check step: the lint step would need a real node.
      const r = runAction(repo, {}, { ...process.env, PATH: path });
      expect(r.steps[check].status).toBe(0);
      return byName(r, /^Set up Node/).ran;
    };
    // No node at all.
    const empty = join(repo, ".empty-bin");
    mkdirSync(empty);
    expect(setupOf(empty)).toBe(true);
    // An old node.
    const fakeBin = join(repo, ".fake-bin");
    mkdirSync(fakeBin);
    writeFileSync(join(fakeBin, "node"), "#!/bin/sh\necho 18\n");
    chmodSync(join(fakeBin, "node"), 0o755);
    expect(setupOf(`${fakeBin}${delimiter}/usr/bin${delimiter}/bin`)).toBe(true);
    // The runner's node (20 or later).
    expect(setupOf(process.env.PATH ?? "")).toBe(false);
  });
});

describe("--sarif-category", () => {
  const ids = new Set<string>();
  it("takes one line of text; trailing slashes belong to the id", () => {
    expect(parseCliArgs(["--sarif-category", "prod/"], ids).sarifCategory).toBe("prod");
    expect(parseCliArgs([], ids).sarifCategory).toBeUndefined();
    expect(() => parseCliArgs(["--sarif-category", ""], ids)).toThrow(/--sarif-category expects a name/);
    expect(() => parseCliArgs(["--sarif-category", "a\nb"], ids)).toThrow(/--sarif-category expects a name/);
    expect(() => parseCliArgs(["--sarif-category", "x".repeat(201)], ids)).toThrow(/--sarif-category expects a name/);
  });
});
