/**
 * The command: argv → files → engine → report → exit code. Writes only to
 * the streams it is given and never exits the process (bin/ does).
 */
import { lstatSync, realpathSync, statSync } from "node:fs";
import type { Stats } from "node:fs";
import { basename, dirname, isAbsolute, resolve, sep } from "node:path";
import { rules as catalog } from "../../rules/index.js";
import { ConfigError, loadConfig, loadConfigFile } from "../config/index.js";
import type { ConfigOverrides, LoadedConfig } from "../config/index.js";
import { BaselineError, applyBaseline, writeBaseline } from "../engine/baseline.js";
import { summaryOf } from "../engine/finish.js";
import { lint, lintModules } from "../engine/lint.js";
import { PlanError, readPlanFile } from "../plan/read.js";
import type { Finding, LintResult, Notice } from "../engine/types.js";
import { format, summarize } from "../report/index.js";
import { jsonSafe, steersDisplay, visible } from "../report/safe-text.js";
import { toolVersion } from "../report/tool.js";
import type { CliOptions } from "./args.js";
import { parseCliArgs } from "./args.js";
import { OutputRefusedError, writeOutputFile } from "./atomic-write.js";
import { useColor } from "./color.js";
import { ConfigLookup } from "./config-lookup.js";
import { discover, lintPathsOf } from "./discover.js";
import type { Discovery } from "./discover.js";
import { UsageError } from "./errors.js";
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from "./exit-codes.js";
import type { ExitCode } from "./exit-codes.js";
import { HELP_TEXT } from "./help.js";
import { CliHost } from "./host.js";
import { ReadBoundary, isWithin, readRegularFile, readSource } from "../model/file-access.js";
import { DirectoryListings } from "./listings.js";
import type { CliIO } from "./io.js";
import { rulesJson, rulesTable } from "./list-rules.js";
import { printConfig } from "./print-config.js";
import { mergeResults } from "./merge.js";
import { lintInParallel, threadCount } from "./parallel.js";
import { Progress } from "./progress.js";
import { runMerge } from "./merge-command.js";
import { isLspCommand } from "./lsp-args.js";
import { shardPart } from "./shard.js";
import { loadRunPlugins, scopeFunction, unloadedPluginsNote } from "./plugins.js";
import type { RunPlugins } from "./plugins.js";
import { cachePath, readCache } from "./cache-file.js";
import type { CacheHeader, KeptReport } from "./cache-file.js";
import type { CachedLint } from "./cached-lint.js";
import type { ManifestParts } from "./cached-lint.js";
import { LogChecks, keepManifest, lintWithCache, reportAgain, reportKey, settingsDigest } from "./cached-lint.js";
import { manifestHolds, manifestKey } from "./run-manifest.js";
import { createHash } from "node:crypto";
import { OverlayHost } from "../model/overlay-host.js";
import { runFixes } from "./fix-command.js";

const PREFIX = "tfmould: ";

function errorLine(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes one line to stderr. Messages name paths and quote values from the
 * scanned repository, so they are escaped as the reports are.
 */
function say(io: CliIO, line: string): void {
  io.stderr.write(`${PREFIX}${visible(line)}\n`);
}

/**
 * Runs tfmould with `argv` (the arguments after the program name) and
 * returns the exit code: `EXIT_OK`, `EXIT_FINDINGS` or `EXIT_ERROR`.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const debug = argv.includes("--debug");
  try {
    if (argv[0] === "merge") return await runMerge(argv.slice(1), io);
    // Loaded only when asked for: the protocol libraries would slow every other start.
    if (isLspCommand(argv)) return await (await import("./lsp-command.js")).runLsp(argv, io);
    return await runParsed(parseCliArgs(argv, new Set(catalog.map((r) => r.id))), io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof BaselineError || error instanceof PlanError) {
      say(io, errorLine(error));
    } else {
      say(io, `internal error: ${errorLine(error)}`);
      io.stderr.write(debug && error instanceof Error && error.stack ? `${visible(error.stack, { keepNewlines: true })}\n` : "Run with --debug for the stack trace.\n");
    }
    return EXIT_ERROR;
  }
}

function overridesOf(o: CliOptions): ConfigOverrides {
  return {
    ...(Object.keys(o.rules).length ? { rules: o.rules } : {}),
    ...(o.strict ? { strict: true } : {}),
    ...(o.varFiles.length ? { varFiles: o.varFiles } : {}),
    ...(Object.keys(o.vars).length ? { vars: o.vars } : {}),
  };
}

async function runParsed(o: CliOptions, io: CliIO): Promise<ExitCode> {
  const cwd = resolve(io.cwd);
  if (o.help) {
    io.stdout.write(HELP_TEXT);
    return EXIT_OK;
  }
  if (o.version) {
    io.stdout.write(`${toolVersion()}\n`);
    return EXIT_OK;
  }
  if (o.listRules) {
    if (o.format !== "stylish" && o.format !== "json") throw new UsageError(`--list-rules prints stylish (a table) or json, not ${o.format}`);
    // The rules of the config that applies here, its plugins' included.
    const { rules } = await pluginsOfConfigAt(cwd, o, io, cwd);
    io.stdout.write(o.format === "json" ? rulesJson(rules) : rulesTable(rules));
    return EXIT_OK;
  }
  if (o.printConfig !== undefined) {
    const { rules, plugins } = await pluginsOfConfigAt(printConfigDir(o.printConfig, cwd), o, io, cwd);
    // JSON, with values from the scanned repository's config: escaped as --format json is.
    io.stdout.write(jsonSafe(printConfig(o.printConfig, o.config, overridesOf(o), cwd, { rules, ...(plugins ? { plugins } : {}) })));
    return EXIT_OK;
  }

  const configFile = o.config !== undefined ? resolve(cwd, o.config) : undefined;
  // Read before its plugins are loaded (their rules admitted by name), and again with them below.
  let config = configFile !== undefined ? loadConfigFile(configFile) : undefined;
  // The plan is read first: a plan that is not one fails the run before any linting.
  const plan = o.plan !== undefined ? readPlanFile(resolve(cwd, o.plan), { name: o.plan, ...(o.maxPlanBytes !== undefined ? { maxBytes: o.maxPlanBytes } : {}) }) : undefined;
  const planFile = o.plan;
  for (const file of o.varFiles) checkVarFile(file, cwd, o.maxFileBytes);
  // What discovery reads of the directories spares the lookups after it their own reads.
  const listings = new DirectoryListings();
  const configs = new ConfigLookup(config, listings);
  // One boundary for every read of the run: the repositories that hold the paths, and the files named here.
  const boundary = ReadBoundary.forScan(o.paths, cwd, [...o.varFiles, ...(o.config !== undefined ? [o.config] : []), ...(o.baseline !== undefined ? [o.baseline] : [])]);
  const cacheFile = o.cache ? cachePath(o.cacheLocation, cwd, configFile ?? configs.configFor(cwd)?.file) : undefined;
  if (cacheFile !== undefined) refuseCacheOverOutputs(o, cwd, cacheFile);
  // A plan's run is not cached (its findings are located across the whole configuration).
  const cacheRead = cacheFile !== undefined && plan === undefined ? readCache(cacheFile, { version: toolVersion(), tree: cwd }) : undefined;
  const limits = { boundary, ...(o.maxFileBytes !== undefined ? { maxFileBytes: o.maxFileBytes } : {}), ...(cacheFile !== undefined ? { hidden: [cacheFile] } : {}) };
  // Read before linting: a mistyped baseline fails the run before the work.
  const baseline = o.baseline !== undefined ? readBaseline(o.baseline, cwd, o.maxFileBytes) : undefined;
  // A report written to a file is coloured only when --color says so (FORCE_COLOR is about terminals).
  const color = o.format === "stylish" && (o.outputFile === undefined ? useColor(o.color, io.env, io.stdout.isTTY === true) : o.color === true);
  const width = stylishWidth(io, o.outputFile === undefined);
  // A run that only reports its findings keeps its report, to give again while nothing it depends on changes.
  const keepsReport = cacheFile !== undefined && o.fix === undefined && o.writeBaseline === undefined && o.shard === undefined && plan === undefined;
  // The short way first: the manifest names every file and directory the kept report depends on (run-manifest.ts).
  const keyOfManifest = keepsReport ? manifestKey({ header: cacheHeader(o, cwd, config, boundary, io, WITHOUT_PLUGINS), options: reportOptions(o), color, width, baseline }) : undefined;
  const manifest = cacheRead?.kind === "read" ? cacheRead.manifest : undefined;
  if (keyOfManifest !== undefined && cacheRead?.kind === "read" && manifest !== undefined && mayWriteAgain(o, cwd) && fitToShow(cacheRead.reportBytes(), color)) {
    if (manifestHolds(manifest, keyOfManifest, Date.now(), new CliHost(undefined, limits), limits.hidden ?? [])) {
      if (o.debug) say(io, "cache: the report given again, no file or directory it depends on changed");
      return reportGivenAgain({ key: keyOfManifest, bytes: cacheRead.reportBytes(), code: manifest.code, warnings: manifest.warnings }, o, io, cwd);
    }
  }
  const discovered = await discover(o.paths, { cwd, dirsOfFiles: o.dirsOfFiles, isExcluded: configs.isExcluded, listings, boundary });
  const whole = withUnmatchedPaths(discovered, o, cwd);
  // --shard: this job's part of the scan (src/cli/shard.ts).
  const part = o.shard ? shardPart(whole, { cwd, options: o, shard: o.shard, overrides: overridesOf(o), ...(config ? { config } : {}), configs, listings, boundary }) : undefined;
  const discovery = part?.discovery ?? whole;
  const host = new CliHost(listings, limits);
  const total = discovery.modules.reduce((n, m) => n + m.files.length, 0) + discovery.namedButExcluded.length;
  const progress = new Progress(io.stderr, total);
  host.onRead = () => progress.tick();
  // Plugins: the --config file's, or with --allow-plugins those of the configs found for the scanned modules.
  const run = await loadRunPlugins(
    config ? [config] : [...discovery.modules.map((m) => configs.configFor(m.dir)), ...discovery.namedButExcluded.map((f) => configs.configFor(dirname(f)))],
    config !== undefined || o.allowPlugins,
  );
  if (configFile !== undefined && run.rules !== catalog) config = loadConfigFile(configFile, { rules: run.rules });
  // Each plugin runs under the configs that name it; the --config file applies everywhere.
  const pluginSettings = run.plugins ? { plugins: run.plugins, ...(config ? {} : { pluginScope: scopeFunction(run.scope) }) } : {};
  const settings = { cwd, host, boundary, overrides: overridesOf(o), ...pluginSettings };
  const groupsOfExcluded = groupByConfig(discovery.namedButExcluded, configs);
  // What a manifest is made of, for a run it can describe whole (see run-manifest.ts).
  const manifestParts: ManifestParts | undefined =
    keyOfManifest !== undefined && run.sources.length === 0 && discovery.notices.length === 0 && discovery.namedButExcluded.length === 0 && part === undefined
      ? {
          key: keyOfManifest,
          listings,
          paths: o.paths.map((p) => resolve(cwd, p)),
          configs: configs.configFiles(),
          looked: configs.looked,
          written: [...(cacheFile !== undefined ? [cacheFile] : []), ...(o.outputFile !== undefined ? [resolve(cwd, o.outputFile)] : [])],
          hidden: limits.hidden ?? [],
        }
      : undefined;
  const results: LintResult[] = [];
  let cachedLint: CachedLint | undefined;
  let keyOfReport: string | undefined;
  try {
    const paths = lintPathsOf(discovery);
    if (plan !== undefined) {
      // One run in this thread: the plan's findings are located across every module of its configuration.
      results.push(lintModules({ ...settings, ...(config ? { config } : {}), paths, plan, planFile, planRoot: o.paths[0] ?? "." }));
    } else if (paths.length > 0 || discovery.namedButExcluded.length === 0) {
      const filesUnder = new Map(discovery.modules.map((m) => [m.dir, m.files.length]));
      const parallel = {
        ...settings,
        ...(config ? { config, configFile: resolve(cwd, o.config as string) } : {}),
        ...(run.plugins ? { plugins: run.plugins, pluginSources: run.sources, ...(config ? {} : { pluginScope: run.scope }) } : {}),
        weightOf: (p: string) => filesUnder.get(p) ?? 1,
        onWorkerRead: () => progress.tick(),
        listings,
      };
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
      if (cacheFile !== undefined && cacheRead !== undefined) {
        const header = cacheHeader(o, cwd, config, boundary, io, run);
        const read = cacheRead;
        const checks = new LogChecks();
        if (keepsReport && discovery.namedButExcluded.length === 0 && part === undefined) {
          keyOfReport = reportKey({ header, options: reportOptions(o), color, width, paths, notices: discovery.notices, baseline });
          const again = reportAgain(paths, keyOfReport, { read, header, host, cwd, checks });
          if (again !== undefined && mayWriteAgain(o, cwd) && fitToShow(again.bytes, color)) {
            // The manifest did not hold (or there was none): one is kept for the next re-run.
            if (manifestParts !== undefined) keepManifest({ read, file: cacheFile, say: (line) => say(io, line), checks }, again, manifestParts);
            const groups = read.kind === "read" ? (read.index()?.groups.length ?? 0) : 0;
            if (o.debug) say(io, `cache: ${plural(groups, "group")} reused, 0 groups linted, the report given again`);
            return reportGivenAgain(again, o, io, cwd);
          }
        }
        const cached = (cachedLint = await lintWithCache(paths, {
          ...parallel,
          file: cacheFile,
          read,
          header,
          checks,
          threadsFor: (files) => threadCount(o.concurrency, files),
          say: (line) => say(io, line),
        }));
        if (o.debug) say(io, `cache: ${plural(cached.use.reused, "group")} reused, ${plural(cached.use.linted, "group")} linted`);
        results.push(...cached.results);
      } else {
        const linted = await lintInParallel(paths, threadCount(o.concurrency, total), parallel);
        if (o.debug) say(io, `linted ${plural(total, "file")} on ${plural(linted.threads, "thread")}`);
        results.push(...linted.results);
      }
    }
    // Files named on the command line are linted even when the config excludes
    // them; the engine drops findings in excluded files, so these run with the
    // same config minus its `exclude`.
    for (const [loaded, files] of groupsOfExcluded) {
      results.push(lint({ ...settings, paths: files, config: unexcluded(loaded) }));
    }
  } finally {
    progress.finish();
  }
  let result = mergeResults(results);
  refuseOutputsOverInputs(o, cwd, [
    ...discovery.modules.flatMap((m) => m.files),
    ...discovery.namedButExcluded,
    ...result.files,
    ...o.varFiles,
    ...(o.config !== undefined ? [o.config] : []),
    ...(o.plan !== undefined ? [o.plan] : []),
    ...discovery.modules.flatMap((m) => configs.configFor(m.dir)?.file ?? []),
  ], host.realPath, (path) => listings.entry(path) === "file");

  if (o.fix !== undefined) {
    host.onRead = undefined;
    // The same lint again, on one thread, with the fixed texts in place of the files.
    const relint = (texts: ReadonlyMap<string, string>): LintResult => {
      const reading = new OverlayHost(host, new Map([...texts].map(([file, text]) => [resolve(cwd, file), text])), true);
      const again = { ...settings, host: reading, ...(config ? { config } : {}) };
      const paths = lintPathsOf(discovery);
      const parts: LintResult[] = [];
      if (paths.length > 0 || discovery.namedButExcluded.length === 0) parts.push(lintModules({ ...again, paths }));
      for (const [loaded, files] of groupsOfExcluded) parts.push(lintModules({ ...again, paths: files, config: unexcluded(loaded) }));
      return mergeResults(parts);
    };
    const scanned = new Set([...discovery.modules.flatMap((m) => (m.reportOnly ? [...m.reportOnly] : m.files)), ...discovery.namedButExcluded]);
    const fixed = runFixes(o, io, { cwd, boundary, scanned, first: result, baseline, read: (file) => host.text(resolve(cwd, file)), relint });
    result = fixed.result;
    if (o.fix === "dry-run") io.stdout.write(fixed.diff);
  }

  let findings: readonly Finding[] = result.findings;
  if (baseline !== undefined) findings = applyBaseline(findings, baseline);
  if (o.writeBaseline !== undefined) {
    const text = writeBaseline(findings);
    writeOutput(o.writeBaseline, text, cwd);
    findings = applyBaseline(findings, text);
    const accepted = findings.filter((f) => f.suppressed?.kind === "external").length;
    say(io, `wrote a baseline of ${accepted} finding${accepted === 1 ? "" : "s"} to ${o.writeBaseline}`);
  }
  if (o.quiet) findings = findings.filter((f) => f.severity === "error");

  const reasons = reasonsByFile(host, cwd);
  const notices: Notice[] = [...discovery.notices, ...result.notices.map((n) => withReason(n, reasons))];
  findings = findings.map((f) => withReason(f, reasons));
  const kept = { ...result, findings, notices };
  // Baselines and --quiet change the findings: the summary is counted again.
  const final: LintResult = { ...kept, summary: summaryOf(kept) };
  const text = (part?.format ?? format)(final, o.format, {
    cwd,
    root: cwd,
    color,
    width,
    readSource: (file) => host.text(resolve(cwd, file)),
    // Fixed files are not the texts the cache's hashes were taken of.
    ...(cachedLint !== undefined && o.fix === undefined ? { lineHashes: cachedLint.lineHashes } : {}),
    rules: run.rules,
    ...(o.sarifCategory !== undefined ? { automationId: `tfmould/${o.sarifCategory}/` } : {}),
  });
  const code = exitCode(final, o.maxWarnings);
  const warnings = summarize(final).warnings;
  const bytes = Buffer.from(text, "utf8");
  // A manifest of this run's key that is kept did not hold (or none is kept): a new one is worth writing even when nothing else changed.
  const refresh = manifest === undefined || manifest.key === keyOfManifest;
  cachedLint?.save(keyOfReport !== undefined ? { report: { key: keyOfReport, bytes, code, warnings }, ...(manifestParts ? { manifest: manifestParts } : {}), refresh } : undefined);
  if (o.outputFile !== undefined) writeOutput(o.outputFile, bytes, cwd);
  // --fix-dry-run's stdout is the patch alone, so that it can be applied; the report goes to -o only.
  else if (o.fix !== "dry-run") io.stdout.write(text);
  return reportedCode(code, warnings, o, io);
}

/** The exit code, after the line that says the warnings were too many. */
function reportedCode(code: ExitCode, warnings: number, o: CliOptions, io: CliIO): ExitCode {
  if (code !== EXIT_ERROR && o.maxWarnings !== undefined && warnings > o.maxWarnings) {
    say(io, `${warnings} warning${warnings === 1 ? "" : "s"}, more than the maximum of ${o.maxWarnings} (--max-warnings)`);
  }
  return code;
}

/** Gives a report kept in the cache again, as the run that made it did. */
function reportGivenAgain(kept: KeptReport, o: CliOptions, io: CliIO, cwd: string): ExitCode {
  if (o.outputFile !== undefined) writeOutput(o.outputFile, kept.bytes, cwd);
  else io.stdout.write(kept.bytes.toString("utf8"));
  return reportedCode(kept.code as ExitCode, kept.warnings, o, io);
}

/**
 * Whether a kept report holds only what a format writes. A cache file is no
 * more trusted than the tree it may have come with: a report that would
 * steer a terminal (see safe-text.ts) is made anew instead.
 */
function fitToShow(bytes: Buffer, color: boolean): boolean {
  return !steersDisplay(bytes.toString("utf8"), { colour: color });
}

/**
 * Whether a kept report may be written where `-o` says without the checks
 * of a whole run (`refuseOutputsOverInputs`). The run that kept it found
 * the target none of the files it read, and those are unchanged; so the
 * target may be written unless it became another name of one of them since:
 * a link, or a file with other names. Then the whole run decides.
 */
function mayWriteAgain(o: CliOptions, cwd: string): boolean {
  if (o.outputFile === undefined) return true;
  const target = resolve(cwd, o.outputFile);
  let st: Stats | undefined;
  try {
    st = lstatSync(target, { throwIfNoEntry: false });
  } catch {
    return false;
  }
  if (st === undefined) return true;
  if (!st.isFile() || st.nlink !== 1) return false;
  // The baseline read is never the report's file (a whole run refuses that).
  return o.baseline === undefined || realPathOf(resolve(cwd, o.baseline)) !== realPathOf(target);
}

/** The directory `--print-config <path>` is about. @throws UsageError */
function printConfigDir(target: string, cwd: string): string {
  const abs = resolve(cwd, target);
  try {
    return statSync(abs).isDirectory() ? abs : dirname(abs);
  } catch {
    throw new UsageError(`no such file or directory: ${target}`);
  }
}

/**
 * The plugins of the config that applies to `dir` (the `--config` file, or
 * the nearest one), loaded when the user allows it; a note on stderr when not.
 */
async function pluginsOfConfigAt(dir: string, o: CliOptions, io: CliIO, cwd: string): Promise<RunPlugins> {
  const config = o.config !== undefined ? loadConfigFile(resolve(cwd, o.config)) : loadConfig(dir);
  const allowed = o.config !== undefined || o.allowPlugins;
  const note = unloadedPluginsNote(config, allowed, cwd);
  if (note !== undefined) say(io, note);
  return loadRunPlugins([config], allowed);
}

/** The plugins of a run that loads none: the settings a manifest is kept under (it is kept only for such runs). */
const WITHOUT_PLUGINS: RunPlugins = { plugins: undefined, sources: [], rules: catalog, scope: [] };

/** What a cache must have been written for: this version, this directory, these settings. */
function cacheHeader(o: CliOptions, cwd: string, config: LoadedConfig | undefined, boundary: ReadBoundary, io: CliIO, plugins: RunPlugins): CacheHeader {
  return {
    version: toolVersion(),
    tree: cwd,
    settings: settingsDigest({
      overrides: overridesOf(o),
      ...(config ? { config } : {}),
      boundary,
      ...(o.maxFileBytes !== undefined ? { maxFileBytes: o.maxFileBytes } : {}),
      env: { ...process.env, ...io.env },
      ruleIds: plugins.rules.map((r) => r.id),
      plugins: (plugins.plugins ? plugins.sources : []).map((p) => {
        const read = readRegularFile(p.file);
        return [p.file, "reason" in read ? read.reason : createHash("sha256").update(read.bytes).digest("base64url")] as const;
      }),
    }),
  };
}

/**
 * `resolve(cwd, p)` (an absolute `p` as it is) for thousands of paths in far
 * fewer directories: each directory is resolved once, and its files' names added.
 */
function resolverFrom(cwd: string): (p: string) => string {
  const dirs = new Map<string, string>();
  // A directory is its parent's resolution and its name: one concatenation for most, `resolve` for the first of a chain.
  const resolved = (p: string): string => {
    if (isAbsolute(p)) return p;
    const slash = p.lastIndexOf("/");
    const name = p.slice(slash + 1);
    if (slash < 0 || name === "" || name === "." || name === ".." || name.includes("\\")) return resolve(cwd, p);
    const part = p.slice(0, slash);
    let dir = dirs.get(part);
    if (dir === undefined) dirs.set(part, (dir = resolved(part)));
    return dir.endsWith(sep) ? dir + name : dir + sep + name;
  };
  return resolved;
}

/** Whether `basename(p)` is `name` (not empty); `basename` only for the paths that end in it, or in a separator. */
function named(p: string, name: string): boolean {
  return (p.endsWith(name) || p.endsWith("/") || p.endsWith(sep)) && basename(p) === name;
}

/** The cache is neither the report, nor the baseline read or written: each would overwrite the other. */
function refuseCacheOverOutputs(o: CliOptions, cwd: string, cacheFile: string): void {
  for (const [option, file] of [
    ["-o", o.outputFile],
    ["--write-baseline", o.writeBaseline],
    ["--baseline", o.baseline],
    ["--config", o.config],
  ] as const) {
    if (file !== undefined && resolve(cwd, file) === cacheFile) throw new UsageError(`the cache ${cacheFile} and ${option} name the same file; name another with --cache-location`);
  }
}

/**
 * A `--var-file` must be readable text: a missing file, a directory, a
 * device or a FIFO is a usage error (exit 2) before anything is linted.
 */
function checkVarFile(file: string, cwd: string, maxBytes: number | undefined): void {
  const read = readSource(resolve(cwd, file), maxBytes);
  if ("reason" in read) throw new UsageError(`cannot read the variable file ${file}: ${read.reason === "does not exist" ? "no such file" : read.reason}`);
}

/**
 * Paths given that hold nothing to lint (an empty directory, a directory
 * without Terraform files, a file that is not Terraform) are a usage error,
 * as a mistyped path in CI must not pass; with `--no-error-on-unmatched-path`
 * a notice instead.
 */
function withUnmatchedPaths(discovery: Discovery, o: CliOptions, cwd: string): Discovery {
  const named = new Set(discovery.namedButExcluded);
  const files = new Set(discovery.modules.flatMap((m) => m.files));
  let realDirs: (string | undefined)[] | undefined;
  const matched = (p: string): boolean => {
    const abs = resolve(cwd, p);
    if (!isDirectory(abs)) return files.has(abs) || named.has(abs) || (o.dirsOfFiles && discovery.modules.some((m) => m.dir === dirname(abs)));
    if (discovery.modules.some((m) => isWithin(abs, m.dir)) || discovery.namedButExcluded.some((f) => isWithin(abs, f))) return true;
    // A directory reached before under another name (a link) was walked once, under that name.
    const real = realPathOf(abs);
    realDirs ??= discovery.modules.map((m) => realPathOf(m.dir));
    return real !== undefined && realDirs.some((d) => d !== undefined && isWithin(real, d));
  };
  const unmatched = o.paths.filter((p) => !matched(p));
  if (unmatched.length === 0) return discovery;
  if (o.errorOnUnmatchedPath) throw new UsageError(`no Terraform files in ${unmatched[0]}`);
  // A file that is not Terraform already has its notice from discovery.
  const notices: Notice[] = unmatched
    .map((p) => resolve(cwd, p))
    .filter((abs) => isDirectory(abs))
    .map((abs) => ({ level: "warning", message: "No Terraform files here; nothing linted", file: abs }));
  return { ...discovery, notices: [...discovery.notices, ...notices] };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function realPathOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The width stylish output is laid out in: the terminal's when stdout is
 * one, else `COLUMNS` when set, else 80.
 */
export function stylishWidth(io: CliIO, toStdout: boolean): number {
  const columns = io.stdout.columns;
  if (toStdout && io.stdout.isTTY === true && columns !== undefined && columns > 0) return columns;
  const env = io.env.COLUMNS;
  if (env !== undefined && /^\d{1,4}$/.test(env.trim()) && Number(env) > 0) return Number(env);
  return 80;
}

/** What the exit code says about a result. */
export function exitCode(result: LintResult, maxWarnings: number | undefined): ExitCode {
  if (result.notices.some((n) => n.level === "error")) return EXIT_ERROR;
  const s = summarize(result);
  if (s.errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && s.warnings > maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}

/**
 * A notice or finding about a file the host could not read, with the reason
 * the host knows (binary, not UTF-8, permission denied) added to its message.
 */
function withReason<T extends { readonly file?: string; readonly message: string }>(item: T, reasonFor: (file: string) => string | undefined): T {
  const reason = item.file === undefined ? undefined : reasonFor(item.file);
  return reason === undefined || item.message.includes(reason) ? item : { ...item, message: `${item.message} (${reason})` };
}

/**
 * Why the host could not read a file (as a report names it, relative to
 * `cwd`). Few files fail and thousands of findings are asked about: only a
 * path named as a failed file is (`basename` of a path that ends in a name
 * is the name of the path it resolves to) resolved and looked up.
 */
function reasonsByFile(host: CliHost, cwd: string): (file: string) => string | undefined {
  if (host.failures.size === 0) return () => undefined;
  const names = new Set([...host.failures.keys()].map((file) => basename(file)));
  return (file) => {
    const name = basename(file);
    if (name !== "" && name !== "." && name !== ".." && !names.has(name)) return undefined;
    return host.failures.get(resolve(cwd, file));
  };
}

/** A config without its `exclude`: files named on the command line are linted even when it excludes them. */
function unexcluded(loaded: LoadedConfig): LoadedConfig {
  return { ...loaded, config: { ...loaded.config, exclude: [] } };
}

/** Files by the config that applies to them (only files that a config excludes are given here). */
function groupByConfig(files: readonly string[], configs: ConfigLookup): Map<LoadedConfig, string[]> {
  const out = new Map<LoadedConfig, string[]>();
  for (const file of files) {
    const loaded = configs.configFor(dirname(file));
    if (!loaded) continue;
    const list = out.get(loaded) ?? [];
    list.push(file);
    out.set(loaded, list);
  }
  return out;
}

function readBaseline(file: string, cwd: string, maxBytes: number | undefined): string {
  // A regular file within the limit: `--baseline /dev/zero` or a FIFO must not hang the run.
  const read = readRegularFile(resolve(cwd, file), maxBytes);
  if ("reason" in read) throw new UsageError(`cannot read the baseline ${file}: ${read.reason === "does not exist" ? "no such file" : read.reason}`);
  return read.bytes.toString("utf8");
}

/** The reason in a file system error without its code and syscall: "no space left on device". */
function fileSystemReason(error: unknown): string {
  const message = errorLine(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof OutputRefusedError || typeof code !== "string") return message;
  const bare = message.startsWith(`${code}: `) ? message.slice(code.length + 2) : message;
  // "…, open '/dir/.report.json.123.tmp'" names our temporary file, not the user's.
  return `${bare.replace(/, \w+(?: '.*')?$/u, "")} (${code})`;
}

export function writeOutput(file: string, text: string | Uint8Array, cwd: string): void {
  try {
    writeOutputFile(resolve(cwd, file), text);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${fileSystemReason(error)}`);
  }
}

/**
 * Refuses `-o` and `--write-baseline` targets that are files being linted
 * (or read for the lint: configs, variable files, the baseline), under
 * whatever name: the same path, a hard link or a symbolic link. Checked
 * before anything is written, so a refused run leaves every file as it was.
 */
function refuseOutputsOverInputs(
  o: CliOptions,
  cwd: string,
  inputs: readonly string[],
  realPath: (path: string) => string | undefined,
  /** Whether a path is known to be a plain file, not a symbolic link. */
  isPlainFile: (path: string) => boolean,
): void {
  // Each target with the files it must not be besides the inputs.
  const targets: [string, string, readonly string[]][] = [];
  if (o.writeBaseline !== undefined) targets.push(["--write-baseline", o.writeBaseline, []]);
  // The baseline read may be rewritten by --write-baseline (that is how it is updated), but not by the report.
  if (o.outputFile !== undefined) targets.push(["-o", o.outputFile, o.baseline !== undefined ? [o.baseline] : []]);
  if (o.outputFile !== undefined && o.writeBaseline !== undefined && resolve(cwd, o.outputFile) === resolve(cwd, o.writeBaseline)) {
    throw new UsageError(`-o and --write-baseline name the same file ${o.outputFile}`);
  }
  const absolute = resolverFrom(cwd);
  // Modules' files and the result's files are mostly the same paths: each is checked once.
  let inputPaths: ReadonlySet<string> | undefined;
  for (const [option, file, alsoRead] of targets) {
    const target = resolve(cwd, file);
    let st: Stats;
    try {
      st = statSync(target);
    } catch {
      continue; // nothing there yet: nothing to lose
    }
    if (!st.isFile()) continue;
    inputPaths ??= new Set(inputs.map(absolute));
    const paths = alsoRead.length === 0 ? inputPaths : new Set([...inputPaths, ...alsoRead.map(absolute)]);
    // The same path is the common case; other names of the file need their inodes compared.
    // A file with one link has no other name but through symbolic links: real paths, which discovery knows, tell.
    const realTarget = st.nlink === 1 ? realPathOf(target) : undefined;
    const targetName = realTarget !== undefined ? basename(realTarget) : "";
    const same =
      paths.has(target) ||
      (realTarget !== undefined
        ? // A plain file's real name ends as its own name does: only those, and links, can be the target.
          [...paths].some((p) => (named(p, targetName) || !isPlainFile(p)) && realPath(p) === realTarget)
        : [...paths].some((p) => {
            try {
              const other = statSync(p);
              return other.ino === st.ino && other.dev === st.dev;
            } catch {
              return false;
            }
          }));
    if (same) throw new UsageError(`refusing to write ${option} ${file}: it is one of the files being linted; name another file`);
  }
}

/**
 * The options a kept report depends on: all but the number of threads and
 * `--debug`, which change how a run goes and what it says on stderr, not its
 * report. A run with another setting of either is given the kept report.
 */
function reportOptions(o: CliOptions): Omit<CliOptions, "concurrency" | "debug"> {
  const { concurrency, debug, ...reported } = o;
  void concurrency;
  void debug;
  return reported;
}
