/**
 * tfmould against HashiCorp's parser, side by side (issue 11): a whole cold
 * `tfmould --format sarif -o <file> <corpus>` process (all rules) against
 * hclsyntax-bench, which only walks, reads and parses the same `.tf` files
 * with `hclsyntax`, the parser every Go-based Terraform tool runs. CPU time
 * is compared with hclsyntax on one worker, wall time with as many workers
 * as there are cores. Runs alternate (tfmould, hclsyntax on one worker,
 * hclsyntax on all cores, tfmould again with a warm `--cache`, and tfmould
 * with every rule off but the syntax check), so a busy machine weighs on
 * each alike, and medians are reported.
 *
 * The corpus is BENCH_PEER_CORPUS, else /work/corpus (the 23-repository
 * corpus of ../shared/tools/corpus-extract.py) when it exists, else the
 * generated one. The Go tool is HCLSYNTAX_BENCH, else /tmp/hclsyntax-bench
 * (where ../shared/tools/hclsyntax-bench/build.sh puts it).
 *
 * Two more figures say where the cold run's time goes. The same run made
 * three times in one process, timed on the third: the work itself, with V8's
 * code optimised; what the cold run costs beyond it is warming up. And a tree
 * of one-file modules, against hclsyntax on the same files: what each module
 * costs beyond its bytes.
 *
 * A single repository is what most runs lint, and there a process's start
 * weighs most: `node -e 0` and `tfmould --version` are timed too, and each
 * top-level directory of a corpus of repositories is linted on its own
 * against hclsyntax on the same directory (not for the generated corpus,
 * which is one tree).
 *
 * CPU time is the children's user + system time as bash's `times` reports it
 * for the process it ran (every thread of it, garbage collection included).
 * tfmould runs as a package runs it: from a bundle built for the run.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { BenchContext, BenchRow, BenchSection } from "./section.js";

const DEFAULT_CORPUS = "/work/corpus";
const DEFAULT_HCLSYNTAX = "/tmp/hclsyntax-bench";
const REPO = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The command as a package or the pre-commit hook runs it: bin/tfmould.js
 * with a bundle built now from the sources, and no dist/ beside it (in a
 * development tree, where dist/ is the newest build, bin/tfmould.js would
 * take the compiled sources instead).
 */
function packagedCommand(work: string): string {
  const root = join(work, "packaged");
  mkdirSync(join(root, "bin"), { recursive: true });
  for (const p of ["package.json", "bin/tfmould.js", "bin/v8-flags.js"]) cpSync(join(REPO, p), join(root, p));
  const r = spawnSync(process.execPath, [join(REPO, "bin/build-bundle.mjs"), join(root, "bin/bundle")], { cwd: REPO, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`building the bundle failed: ${r.stderr || r.error?.message}`);
  return join(root, "bin/tfmould.js");
}

/** A top-level directory of the corpus, linted as a repository of its own. */
interface Repository {
  readonly name: string;
  readonly dir: string;
  /** Its `.tf` files, at any depth. */
  readonly files: number;
}

/** The corpus's top-level directories that hold `.tf` files, smallest first. */
function repositoriesOf(dir: string): Repository[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith("."))
    .map((e) => {
      const repo = join(dir, e.name);
      return { name: e.name, dir: repo, files: readdirSync(repo, { recursive: true }).filter((p) => String(p).endsWith(".tf")).length };
    })
    .filter((r) => r.files > 0)
    .sort((a, b) => a.files - b.files || (a.name < b.name ? -1 : 1));
}

/** How many one-file modules the module-cost tree holds. */
const ONE_FILE_MODULES = 3000;

/**
 * A tree of one-file modules, each a bucket, a variable and pinned
 * versions (nothing for the rules to report): the files are small, so
 * what a run spends on them is mostly what it spends per module.
 */
function oneFileModules(work: string): string {
  const root = join(work, "one-file-modules");
  for (let i = 0; i < ONE_FILE_MODULES; i++) {
    const dir = join(root, `m${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "main.tf"),
      [
        "terraform {",
        '  required_version = "~> 1.9"',
        "  required_providers {",
        '    aws = { source = "hashicorp/aws", version = "~> 5.0" }',
        "  }",
        "}",
        "",
        `resource "aws_s3_bucket" "logs" {`,
        `  bucket = "logs-${i}"`,
        "  tags   = { Name = var.name }",
        "}",
        "",
        'variable "name" {',
        "  type    = string",
        `  default = "m${i}"`,
        "}",
        "",
      ].join("\n"),
    );
  }
  return root;
}

/**
 * Runs the packaged command's `run` `passes` times in one node process, with
 * the command's V8 settings, and prints each pass's CPU (the process's, every
 * thread) and wall time as JSON; the runs' reports are dropped, their messages kept on stderr.
 */
const REPEATED_RUNS_SCRIPT = `
import { setFlagsFromString } from "node:v8";
import { Writable } from "node:stream";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
const [root, passes, ...args] = process.argv.slice(2);
const { tuningFlags } = await import(pathToFileURL(join(root, "bin/v8-flags.js")).href);
for (const flag of tuningFlags(process.versions.v8, process.execArgv)) setFlagsFromString(flag);
const { run } = await import(pathToFileURL(join(root, "bin/bundle/tfmould.js")).href);
const sink = new Writable({ write: (chunk, encoding, done) => done() });
const out = [];
for (let i = 0; i < Number(passes); i++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const code = await run(args, { stdout: sink, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env });
  const used = process.cpuUsage(cpu);
  out.push({ code, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - start });
}
process.stdout.write(JSON.stringify(out));
`;

/** The third of three runs of the command in one process; what the runs wrote to stderr is in `log`. */
function thirdRunInOneProcess(script: string, root: string, args: readonly string[], env: NodeJS.ProcessEnv, log: string): Timed {
  const r = spawnSync(process.execPath, [script, root, "3", ...args], { env, encoding: "utf8", maxBuffer: 1 << 20 });
  writeFileSync(log, r.stderr ?? "");
  if (r.status !== 0) throw new Error(`three runs in one process failed: ${r.stderr || r.error?.message}`);
  const passes = JSON.parse(r.stdout) as { code: number; cpuMs: number; wallMs: number }[];
  const third = passes[2];
  return { cpuMs: third.cpuMs, wallMs: third.wallMs, code: third.code, output: log };
}

interface Timed {
  readonly cpuMs: number;
  readonly wallMs: number;
  readonly code: number;
  readonly output: string;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
/** For runs of a few milliseconds (hclsyntax on a small repository). */
const finerSeconds = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;

/** bash's `times` line for the children: `0m7.512s 0m0.431s`. */
function childCpuMs(timesOutput: string): number {
  const lines = timesOutput.trim().split("\n");
  const children = lines[lines.length - 1] ?? "";
  const parts = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
  if (parts.length !== 2) throw new Error(`cannot read the CPU time from "${children}"`);
  return parts[0] + parts[1];
}

/**
 * `--rule <id>=off` for every rule the command lists except the syntax check:
 * the same run with nothing checked but syntax, which shows what the rules
 * (and the evaluation they ask for) cost on top of finding, reading and
 * parsing the files, building the models and instances, and the report.
 */
function everyRuleOffButSyntax(bin: string, env: NodeJS.ProcessEnv): string[] {
  const r = spawnSync(process.execPath, [bin, "--list-rules", "--format", "json"], { env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`tfmould --list-rules failed: ${r.stderr || r.error?.message}`);
  const rules = JSON.parse(r.stdout) as { id: string }[];
  return rules.filter((rule) => rule.id !== "syntax-error").flatMap((rule) => ["--rule", `${rule.id}=off`]);
}

/** Runs a command with its own output in `log`, and times it. */
function timed(command: readonly string[], env: NodeJS.ProcessEnv, log: string): Timed {
  const script = '"$@" >"$BENCH_LOG" 2>&1; rc=$?; times; exit $rc';
  const start = performance.now();
  const r = spawnSync("bash", ["-c", script, "bash", ...command], { env: { ...env, BENCH_LOG: log }, encoding: "utf8", maxBuffer: 1 << 20 });
  const wallMs = performance.now() - start;
  if (r.error) throw r.error;
  return { cpuMs: childCpuMs(r.stdout), wallMs, code: r.status ?? -1, output: log };
}

function corpusDir(ctx: BenchContext): { dir: string; label: string; generated: boolean } {
  const given = process.env.BENCH_PEER_CORPUS;
  if (given) return { dir: given, label: given, generated: false };
  if (existsSync(DEFAULT_CORPUS)) return { dir: DEFAULT_CORPUS, label: DEFAULT_CORPUS, generated: false };
  return { dir: ctx.root, label: "the generated corpus", generated: true };
}

export const peersSection: BenchSection = {
  name: "peers",
  title: "tfmould against HashiCorp's hclsyntax (cold processes, alternating, medians)",
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const reps = Math.max(3, Number(process.env.BENCH_PEER_REPS) || 3);
    const cores = availableParallelism();
    const { dir, label, generated } = corpusDir(ctx);
    const repositories = generated ? [] : repositoriesOf(dir);
    const hclsyntax = process.env.HCLSYNTAX_BENCH ?? DEFAULT_HCLSYNTAX;
    const haveGo = existsSync(hclsyntax);
    const work = mkdtempSync(join(tmpdir(), "tfmould-peers-"));
    const env = { ...process.env, NO_COLOR: "1" };
    const bin = packagedCommand(work);
    const lintArgs = (extra: readonly string[], target: string): string[] => ["--format", "sarif", "-o", join(work, "out.sarif"), ...extra, target];
    const tfmould = (extra: readonly string[], target = dir): readonly string[] => [process.execPath, bin, ...lintArgs(extra, target)];
    const repeatedRuns = join(work, "repeated-runs.mjs");
    writeFileSync(repeatedRuns, REPEATED_RUNS_SCRIPT);
    const modules = oneFileModules(work);
    const cacheArgs = ["--cache", "--cache-location", join(work, "cache")];
    const syntaxOnlyArgs = everyRuleOffButSyntax(bin, env);
    const cold: Timed[] = [];
    const syntaxOnly: Timed[] = [];
    const warm: Timed[] = [];
    const go1: Timed[] = [];
    const goN: Timed[] = [];
    const third: Timed[] = [];
    const modulesCold: Timed[] = [];
    const modulesGo: Timed[] = [];
    const nodeStart: Timed[] = [];
    const version: Timed[] = [];
    const repoCold = repositories.map((): Timed[] => []);
    const repoGo = repositories.map((): Timed[] => []);
    const check = (t: Timed, what: string): Timed => {
      if (t.code !== 0 && t.code !== 1) throw new Error(`${what} failed (exit ${t.code}): ${readFileSync(t.output, "utf8").slice(0, 2000)}`);
      return t;
    };
    try {
      ctx.log(`peers: corpus ${label}; priming the cache`);
      check(timed(tfmould(cacheArgs), env, join(work, "prime.log")), "tfmould --cache");
      for (let i = 1; i <= reps; i++) {
        ctx.log(
          `peers: pass ${i}/${reps}: tfmould cold, hclsyntax 1 and ${cores} workers, tfmould warm --cache, tfmould cold with every rule off, three runs in one process, ${ONE_FILE_MODULES} one-file modules, node's start and tfmould --version`,
        );
        cold.push(check(timed(tfmould([]), env, join(work, "cold.log")), "tfmould"));
        if (haveGo) {
          go1.push(check(timed([hclsyntax, dir], { ...env, WORKERS: "1" }, join(work, "go1.log")), "hclsyntax-bench"));
          goN.push(check(timed([hclsyntax, dir], { ...env, WORKERS: String(cores) }, join(work, "goN.log")), "hclsyntax-bench"));
        }
        warm.push(check(timed(tfmould(cacheArgs), env, join(work, "warm.log")), "tfmould --cache"));
        syntaxOnly.push(check(timed(tfmould(syntaxOnlyArgs), env, join(work, "syntax-only.log")), "tfmould, every rule off"));
        third.push(check(thirdRunInOneProcess(repeatedRuns, join(bin, "../.."), lintArgs([], dir), env, join(work, "third.log")), "tfmould, three runs in one process"));
        modulesCold.push(check(timed(tfmould([], modules), env, join(work, "modules.log")), "tfmould on one-file modules"));
        if (haveGo) modulesGo.push(check(timed([hclsyntax, modules], { ...env, WORKERS: "1" }, join(work, "modules-go.log")), "hclsyntax-bench on one-file modules"));
        nodeStart.push(check(timed([process.execPath, "-e", "0"], env, join(work, "node.log")), "node -e 0"));
        version.push(check(timed([process.execPath, bin, "--version"], env, join(work, "version.log")), "tfmould --version"));
      }
      for (let i = 1; i <= reps && repositories.length > 0; i++) {
        ctx.log(`peers: repositories one by one, pass ${i}/${reps}: tfmould cold and hclsyntax on 1 worker, on each of ${repositories.length}`);
        repositories.forEach((repo, k) => {
          repoCold[k].push(check(timed(tfmould([], repo.dir), env, join(work, "repo.log")), `tfmould on ${repo.name}`));
          if (haveGo) repoGo[k].push(check(timed([hclsyntax, repo.dir], { ...env, WORKERS: "1" }, join(work, "repo-go.log")), `hclsyntax-bench on ${repo.name}`));
        });
      }
    } finally {
      if (process.env.BENCH_KEEP !== "1") rmSync(work, { recursive: true, force: true });
    }

    const cpu = (xs: readonly Timed[]): number => median(xs.map((t) => t.cpuMs));
    const wall = (xs: readonly Timed[]): number => median(xs.map((t) => t.wallMs));
    const note = `${label}; medians of ${reps} alternating passes, each a fresh process`;
    const rows: BenchRow[] = [
      { metric: "tfmould --format sarif -o, all rules, cold process: CPU", value: seconds(cpu(cold)), note: `user + system, all threads; the command as packaged (its bundle); ${note}` },
      { metric: "tfmould, same runs: wall", value: seconds(wall(cold)), note: "default --concurrency" },
    ];
    if (haveGo) {
      const cpuRatio = cpu(cold) / cpu(go1);
      const wallRatio = wall(cold) / wall(goN);
      rows.push(
        { metric: "hclsyntax-bench parse only, 1 worker: CPU", value: seconds(cpu(go1)), note: `walk + read + parse; ${hclsyntax}` },
        { metric: `hclsyntax-bench parse only, ${cores} workers: wall`, value: seconds(wall(goN)), note: "WORKERS = cores" },
        { metric: "ratio tfmould / hclsyntax, CPU", value: `${cpuRatio.toFixed(2)}x`, target: "<= 1.0x", pass: cpuRatio <= 1 },
        { metric: "ratio tfmould / hclsyntax, wall", value: `${wallRatio.toFixed(2)}x`, target: "<= 1.0x", pass: wallRatio <= 1 },
      );
    } else {
      rows.push({
        metric: "hclsyntax-bench",
        value: "not found",
        note: `build it with bash ../shared/tools/hclsyntax-bench/build.sh ${DEFAULT_HCLSYNTAX} (Go from Debian's packages), or set HCLSYNTAX_BENCH to its path`,
      });
    }
    const baseline = haveGo ? ` (${(cpu(syntaxOnly) / cpu(go1)).toFixed(2)}x hclsyntax's CPU, ${(wall(syntaxOnly) / wall(goN)).toFixed(2)}x its wall)` : "";
    rows.push(
      {
        metric: "tfmould, every rule off but syntax-error, cold: CPU",
        value: seconds(cpu(syntaxOnly)),
        note: `finding, reading, parsing, models, instances, report${baseline}; the rules and their evaluation cost the rest`,
      },
      { metric: "tfmould, every rule off, same runs: wall", value: seconds(wall(syntaxOnly)) },
    );
    const versusGo = (t: readonly Timed[]): string => (haveGo ? `, ${(cpu(t) / cpu(go1)).toFixed(2)}x hclsyntax's` : "");
    rows.push(
      {
        metric: "tfmould, third of three runs in one process: CPU",
        value: seconds(cpu(third)),
        note: `${(cpu(third) / cpu(cold)).toFixed(2)}x the cold run's CPU${versusGo(third)}: the same work with V8's code optimised; the cold run's excess is warming up`,
      },
      { metric: "tfmould, third run in one process: wall", value: seconds(wall(third)) },
      {
        metric: `tfmould, ${ONE_FILE_MODULES} one-file modules, cold: CPU`,
        value: seconds(cpu(modulesCold)),
        note: `${((cpu(modulesCold) / ONE_FILE_MODULES) * 1000).toFixed(0)} µs a module, the process's start included`,
      },
    );
    if (haveGo) {
      rows.push(
        { metric: `hclsyntax-bench, the same ${ONE_FILE_MODULES} files, 1 worker: CPU`, value: seconds(cpu(modulesGo)) },
        {
          metric: "ratio tfmould / hclsyntax on one-file modules, CPU",
          value: `${(cpu(modulesCold) / cpu(modulesGo)).toFixed(2)}x`,
          note: "what a module costs beyond its bytes, against the corpus's ratio",
        },
      );
    }
    rows.push(
      { metric: "node -e 0: CPU", value: seconds(cpu(nodeStart)), note: "Node's own start, which every run pays" },
      {
        metric: "tfmould --version: CPU",
        value: seconds(cpu(version)),
        note: `${seconds(cpu(version) - cpu(nodeStart))} on top of Node's start: loading the command's code, which every run pays too`,
      },
    );
    const ratioNote = (ratio: number | undefined): string => {
      if (ratio === undefined) return "";
      return Number.isFinite(ratio) ? `${ratio.toFixed(1)}x; ` : "hclsyntax under the clock's resolution; ";
    };
    const repoRatios: number[] = [];
    repositories.forEach((repo, k) => {
      const ratio = haveGo ? cpu(repoCold[k]) / cpu(repoGo[k]) : undefined;
      if (ratio !== undefined && Number.isFinite(ratio)) repoRatios.push(ratio);
      rows.push({
        metric: `repository ${repo.name} (${repo.files} files), cold: CPU${haveGo ? " tfmould / hclsyntax" : ""}`,
        value: haveGo ? `${finerSeconds(cpu(repoCold[k]))} / ${finerSeconds(cpu(repoGo[k]))}` : finerSeconds(cpu(repoCold[k])),
        note: `${ratioNote(ratio)}tfmould's wall ${seconds(wall(repoCold[k]))}`,
      });
    });
    if (repoRatios.length > 0) {
      rows.push({
        metric: "repositories one by one: median ratio tfmould / hclsyntax, CPU",
        value: `${median(repoRatios).toFixed(2)}x`,
        note: `over ${repoRatios.length} repositories, against ${(cpu(cold) / cpu(go1)).toFixed(2)}x for all of them in one run: each run pays the start above`,
      });
    }
    const warmRatio = cpu(warm) / cpu(cold);
    rows.push(
      { metric: "tfmould --cache, unchanged tree: CPU", value: seconds(cpu(warm)), note: "warm cache, every group reused" },
      { metric: "tfmould --cache, unchanged tree: wall", value: seconds(wall(warm)), note: `${(wall(warm) / wall(cold)).toFixed(2)}x the cold run's wall` },
      { metric: "warm --cache CPU / cold CPU", value: `${warmRatio.toFixed(3)}x`, target: "<= 0.10x", pass: warmRatio <= 0.1 },
    );
    return rows;
  },
};
