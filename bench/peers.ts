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
 * CPU time is the children's user + system time as bash's `times` reports it
 * for the process it ran (every thread of it, garbage collection included).
 * tfmould runs as a package runs it: from a bundle built for the run.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
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

function corpusDir(ctx: BenchContext): { dir: string; label: string } {
  const given = process.env.BENCH_PEER_CORPUS;
  if (given) return { dir: given, label: given };
  if (existsSync(DEFAULT_CORPUS)) return { dir: DEFAULT_CORPUS, label: DEFAULT_CORPUS };
  return { dir: ctx.root, label: "the generated corpus" };
}

export const peersSection: BenchSection = {
  name: "peers",
  title: "tfmould against HashiCorp's hclsyntax (cold processes, alternating, medians)",
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const reps = Math.max(3, Number(process.env.BENCH_PEER_REPS) || 3);
    const cores = availableParallelism();
    const { dir, label } = corpusDir(ctx);
    const hclsyntax = process.env.HCLSYNTAX_BENCH ?? DEFAULT_HCLSYNTAX;
    const haveGo = existsSync(hclsyntax);
    const work = mkdtempSync(join(tmpdir(), "tfmould-peers-"));
    const env = { ...process.env, NO_COLOR: "1" };
    const bin = packagedCommand(work);
    const tfmould = (extra: readonly string[]): readonly string[] => [process.execPath, bin, "--format", "sarif", "-o", join(work, "out.sarif"), ...extra, dir];
    const cacheArgs = ["--cache", "--cache-location", join(work, "cache")];
    const syntaxOnlyArgs = everyRuleOffButSyntax(bin, env);
    const cold: Timed[] = [];
    const syntaxOnly: Timed[] = [];
    const warm: Timed[] = [];
    const go1: Timed[] = [];
    const goN: Timed[] = [];
    const check = (t: Timed, what: string): Timed => {
      if (t.code !== 0 && t.code !== 1) throw new Error(`${what} failed (exit ${t.code}): ${readFileSync(t.output, "utf8").slice(0, 2000)}`);
      return t;
    };
    try {
      ctx.log(`peers: corpus ${label}; priming the cache`);
      check(timed(tfmould(cacheArgs), env, join(work, "prime.log")), "tfmould --cache");
      for (let i = 1; i <= reps; i++) {
        ctx.log(`peers: pass ${i}/${reps}: tfmould cold, hclsyntax 1 and ${cores} workers, tfmould warm --cache, tfmould cold with every rule off`);
        cold.push(check(timed(tfmould([]), env, join(work, "cold.log")), "tfmould"));
        if (haveGo) {
          go1.push(check(timed([hclsyntax, dir], { ...env, WORKERS: "1" }, join(work, "go1.log")), "hclsyntax-bench"));
          goN.push(check(timed([hclsyntax, dir], { ...env, WORKERS: String(cores) }, join(work, "goN.log")), "hclsyntax-bench"));
        }
        warm.push(check(timed(tfmould(cacheArgs), env, join(work, "warm.log")), "tfmould --cache"));
        syntaxOnly.push(check(timed(tfmould(syntaxOnlyArgs), env, join(work, "syntax-only.log")), "tfmould, every rule off"));
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
    const warmRatio = cpu(warm) / cpu(cold);
    rows.push(
      { metric: "tfmould --cache, unchanged tree: CPU", value: seconds(cpu(warm)), note: "warm cache, every group reused" },
      { metric: "tfmould --cache, unchanged tree: wall", value: seconds(wall(warm)), note: `${(wall(warm) / wall(cold)).toFixed(2)}x the cold run's wall` },
      { metric: "warm --cache CPU / cold CPU", value: `${warmRatio.toFixed(3)}x`, target: "<= 0.10x", pass: warmRatio <= 0.1 },
    );
    return rows;
  },
};
