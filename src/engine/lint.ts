/**
 * `lint`: config + modules + rules → findings, after suppressions.
 *
 * For `files` the run is pure (an in-memory host); for `paths` the paths are
 * walked for module directories by the command's own discovery
 * (`discover.ts`), so the API and the command lint the same modules. Nothing
 * here writes output or exits: problems of the run itself are notices, a bad
 * config is a thrown `ConfigError`. This file runs the phases in order; each
 * lives in its own module: what to lint (`discover.ts`, `targets.ts`),
 * running rules (`rule-runner.ts`), the files seen (`file-records.ts`) and
 * finishing (`finish.ts`).
 */
import * as path from "node:path";
import { relativePath } from "../util/paths.js";
import type { DeploymentCall, ModuleRole, Rule } from "../../rules/api/rule.js";
import { rules as catalog } from "../../rules/index.js";
import { findConfigFile, loadConfigFile } from "../config/load.js";
import { withPlugins } from "../config/plugins.js";
import type { LoadedConfig, ResolvedConfig, TfmouldConfig } from "../config/types.js";
import { instantiateModules } from "../eval/modules.js";
import type { ModuleInstance } from "../eval/types.js";
import type { HclFile } from "../hcl/ast.js";
import { parse } from "../hcl/index.js";
import { warmUpParser } from "../hcl/warm-up.js";
import type { SourceHost } from "../model/host.js";
import { DiskHost, MemoryHost, buildModule, isOverrideFile, loadModule } from "../model/index.js";
import { literalString } from "../model/query.js";
import type { Module, ModuleDiagnostic } from "../model/types.js";
import { providerSourceKey } from "../model/required-providers.js";
import { hasUpperBound, parseVersionConstraint } from "../model/version-constraints.js";
import { ReadBoundary } from "../model/file-access.js";
import { OverlayHost } from "../model/overlay-host.js";
import type { CallScanMemo } from "./call-graph.js";
import { callersFirst, lastUses } from "./call-graph.js";
import type { Discovery } from "./discover.js";
import { discover, lintPathsOf } from "./discover.js";
import { FileNames, joinPath, memoryDir, normalizePath } from "./file-names.js";
import type { CallHop, DraftFinding } from "./findings.js";
import { existenceOrigins } from "./existence.js";
import { FileRecords } from "./file-records.js";
import { finishFindings, finishNotices, mergeResults, summaryOf } from "./finish.js";
import type { LintOptions, LintSettings } from "./options.js";
import { checkoutDirOf, parseRegistrySource } from "./registry-self.js";
import { localCallTargets, moduleRole } from "./roots.js";
import { RuleRunner, ruleAppliesTo } from "./rule-runner.js";
import { ScanHost } from "./scan-host.js";
import type { RunHelps, Target } from "./targets.js";
import { LintTargets } from "./targets.js";
import type { FileFinding, Finding, LintResult, Notice } from "./types.js";
import { readPlanFile } from "../plan/read.js";
import { PlanLocator } from "../plan/locate.js";
import type { Plan } from "../plan/types.js";
import { planDrafts } from "./plan-run.js";
import { planValueDrafts } from "./plan-values.js";

export { SYNTAX_ERROR } from "./file-records.js";
export { compareNotices } from "./finish.js";

const LOCK_FILE = ".terraform.lock.hcl";

/**
 * From how many module directories a run warms the parser up first (see
 * `warmUpParser`). Measured whole runs: 0.84-0.95x CPU on repositories of 100
 * to 420 module directories (aztfmod's CAF, fabric, Google's GKE modules),
 * break-even at 124 (the AWS security-group modules), a loss of 4-20% on
 * repositories of a few dozen.
 */
export const WARM_UP_MIN_MODULES = 100;

/** Warms the parser up before a run over `targets` parses them, when there are enough of them to pay. */
function warmUpFor(targets: readonly unknown[]): void {
  if (targets.length >= WARM_UP_MIN_MODULES) warmUpParser();
}

/** Whether a rule's `check` reads module instances: not the engine's own rules, nor the plan rules (whose `check` reads nothing). */
function readsModules(rule: Rule): boolean {
  return rule.category !== "engine" && rule.category !== "plan";
}

/** The rules a run uses: the given ones (default: the catalog), then the plugins'. @throws PluginError */
function rulesOf(settings: LintSettings): readonly Rule[] {
  const base = settings.rules ?? catalog;
  return settings.plugins !== undefined && settings.plugins.length > 0 ? withPlugins(base, settings.plugins) : base;
}

/**
 * Lints Terraform modules and returns findings sorted by file, line, column
 * and rule id, notices about the run (unreadable paths, crashing rules), the
 * files linted and the summary's counts.
 *
 * `paths` are walked as the command walks them: every directory below a
 * given directory is a module (`.terraform/`, `node_modules/` and `.git/`
 * are never entered, the config's `exclude` is honoured), and a file given is
 * linted even when `exclude` matches it. With a `host` of your own, which
 * cannot be walked, each path is one module directory or file.
 *
 * @throws ConfigError when a config (given or found) is invalid.
 * @throws PlanError when `plan` names a file that cannot be read or is not a plan.
 */
export function lint(options: LintOptions & { readonly plan?: undefined }): LintResult<FileFinding>;
export function lint(options: LintOptions): LintResult;
export function lint(given: LintOptions): LintResult {
  const options = withPlanRead(given);
  if (options.files !== undefined) {
    const result = new LintRun(options).execute();
    const texts = new Map(Object.entries(options.files).map(([name, text]) => [normalizePath(name), text]));
    return withSources(result, (file) => texts.get(file));
  }
  if (options.host !== undefined) return lintModules(options);
  return lintScan(options);
}

/**
 * Lints the module directories and files given, as they are: a directory is
 * one module (nothing below it is walked), a file is reported on with its
 * module as context. The command's entry, after its own discovery.
 *
 * @throws ConfigError when a config (given or found) is invalid.
 * @throws PlanError when `plan` names a file that cannot be read or is not a plan.
 */
export function lintModules(options: LintOptions & { readonly plan?: undefined }): LintResult<FileFinding>;
export function lintModules(options: LintOptions): LintResult;
export function lintModules(options: LintOptions): LintResult {
  return new LintRun(withPlanRead(options)).execute();
}

/**
 * `lintModules` for a part of paths that `groupsAndCalls` split: the calls it
 * found spare the run scanning its modules for them again (a module holding
 * a call is otherwise parsed twice). For the command's own threads; not
 * for an API, whose caller could hand it calls the files do not make.
 */
export function lintModulesKnowingCalls(options: LintOptions & { readonly plan?: undefined }, calls: ReadonlyMap<string, readonly string[]>): LintResult<FileFinding> {
  return new LintRun(options, { knownCalls: calls }).execute() as LintResult<FileFinding>;
}

/**
 * `lintModules` for one group of `groupModules`, with the scans of earlier
 * runs in the process (the grouping's among them), when given: a file the
 * run reads with the text a scan parsed is not parsed again to find its
 * calls. For the command's `--cache`, whose groups each read their files themselves.
 */
export function lintModulesRecallingScans(options: LintOptions, callScans?: CallScanMemo): LintResult {
  return new LintRun(withPlanRead(options), { callScans }).execute();
}

/** The options with `plan` read when it names a file. */
function withPlanRead<O extends LintOptions>(options: O): O {
  if (typeof options.plan !== "string") return options;
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const plan = readPlanFile(path.resolve(cwd, options.plan), { name: options.plan, ...(options.maxPlanBytes !== undefined ? { maxBytes: options.maxPlanBytes } : {}) });
  return { ...options, plan, planFile: options.planFile ?? options.plan };
}

export type PathsOptions = LintOptions & { readonly paths: readonly string[] };

/** `lint({ paths })` on the disk: discovery, then the command's runs (the modules; the files named although excluded), joined. */
export function lintScan(options: PathsOptions, texts?: ReadonlyMap<string, string>): LintResult {
  const names = new FileNames(path.resolve(options.cwd ?? process.cwd()), false);
  const cwd = names.cwd;
  const boundary = options.boundary ?? ReadBoundary.forScan(options.paths, cwd, options.overrides?.varFiles ?? []);
  const host = new DiskHost({ boundary, ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}) });
  // Texts a fix made stand in for the files on disk (by path relative to `cwd`, as findings name them).
  const reading = texts ? new OverlayHost(host, new Map([...texts].map(([file, text]) => [names.absolute(file), text])), true) : host;
  // The plan's root module is the first path the user gave, not the first module found below it.
  const settings = { ...options, cwd, boundary, host: reading, planRoot: options.planRoot ?? options.paths[0] ?? "." };
  // The configs that decide exclusion are looked up as the lint looks them up.
  const lookup = new LintRun({ ...settings, paths: [] });
  const discovery = discover(options.paths, { cwd, boundary, missingPaths: "notice", isExcluded: (file) => lookup.isExcluded(file) });

  const results: LintResult[] = [];
  const paths = lintPathsOf(discovery);
  if (paths.length > 0 || discovery.namedButExcluded.length === 0) results.push(new LintRun({ ...settings, paths }).execute());
  // Files named although the config excludes them are linted with that config minus its `exclude`.
  for (const [config, files] of unexcludedConfigs(discovery.namedButExcluded, settings)) {
    results.push(new LintRun({ ...settings, paths: files, config, plan: undefined }).execute());
  }
  const result = mergeResults(results);

  const withReason = <T extends { readonly file?: string; readonly message: string }>(item: T): T => {
    const reason = item.file === undefined ? undefined : host.failures.get(names.absolute(item.file));
    return reason === undefined || item.message.includes(reason) ? item : { ...item, message: `${item.message} (${reason})` };
  };
  const notices: Notice[] = [
    ...discovery.notices.map((n) => (n.file === undefined ? n : { ...n, file: names.display(n.file) })),
    ...emptyPaths(options.paths, discovery, names, host),
    ...result.notices.map(withReason),
  ];
  const findings: Finding[] = result.findings.map(withReason);
  const final = { ...result, findings, notices };
  return withSources({ ...final, summary: summaryOf(final) }, (file) => reading.readFile(names.absolute(file)));
}

/**
 * The role a lint of its repository gives a module directory on disk (see
 * the rule catalog's "Module roles"), for `--print-config`: the modules of
 * the repository that holds it (the folder with `.git`, else the directory
 * itself) are scanned for local calls to it, all with the directory's own
 * config. Undefined when the directory has no configuration files to lint.
 *
 * @throws ConfigError when a config (given or found) is invalid.
 */
export function moduleRoleOf(dir: string, settings: LintSettings = {}): ModuleRole | undefined {
  const names = new FileNames(path.resolve(settings.cwd ?? process.cwd()), false);
  const cwd = names.cwd;
  const abs = names.absolute(dir);
  const boundary = settings.boundary ?? ReadBoundary.forScan([abs], cwd);
  const host = settings.host ?? new DiskHost({ boundary });
  // One config for every module of the repository: the directory's own (its `roles`, its `exclude`),
  // so that another folder's config, even an invalid one, plays no part.
  let config = settings.config;
  if (config === undefined) {
    const file = findConfigFile(abs, host);
    if (file !== undefined) boundary.admit(file); // the user's own config may sit above the repository
    config = file !== undefined ? loadConfigFile(file, { host, rules: rulesOf(settings) }) : {};
  }
  const options = { ...settings, cwd, boundary, host, config };
  const lookup = new LintRun({ ...options, paths: [] });
  const root = boundary.rootOf(abs) ?? abs;
  const discovery = discover([root], { cwd, boundary, missingPaths: "notice", isExcluded: (file) => lookup.isExcluded(file) });
  const paths = [...new Set([...discovery.modules.map((m) => m.dir), abs])];
  return new LintRun({ ...options, paths }).roleAt(abs);
}

/** A warning for each directory given in which nothing was found to lint. */
function emptyPaths(paths: readonly string[], discovery: Discovery, names: FileNames, host: SourceHost): Notice[] {
  const found = [...discovery.modules.map((m) => m.dir), ...discovery.namedButExcluded];
  let realFound: string[] | undefined;
  const holdsOneOf = (dir: string, list: readonly (string | undefined)[]): boolean =>
    list.some((f) => f !== undefined && (f === dir || f.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep)));
  const out: Notice[] = [];
  for (const given of paths) {
    const dir = names.absolute(given);
    const real = host.realPath(dir);
    if (real === undefined || host.fileExists(dir) || holdsOneOf(dir, found)) continue;
    // A directory walked before under another name (a link) was linted under that name.
    realFound ??= found.map((f) => host.realPath(f)).filter((f) => f !== undefined);
    if (holdsOneOf(real, realFound)) continue;
    out.push({ level: "warning", message: `no Terraform configuration files in ${names.display(dir) || "."}` });
  }
  return out;
}

/** Files named although excluded, by the config that applies to them, that config without its `exclude`. */
function unexcludedConfigs(files: readonly string[], settings: PathsOptions & { readonly host: SourceHost }): Map<TfmouldConfig | LoadedConfig, string[]> {
  const out = new Map<TfmouldConfig | LoadedConfig, string[]>();
  const byKey = new Map<string, TfmouldConfig | LoadedConfig>();
  for (const file of files) {
    const given = settings.config;
    const key = given !== undefined ? "" : (findConfigFile(path.dirname(file), settings.host) ?? "");
    let config = byKey.get(key);
    if (!config) {
      if (given !== undefined) config = "baseDir" in given && "config" in given ? unexcluded(given as LoadedConfig) : { ...(given as TfmouldConfig), exclude: [] };
      else if (key !== "") config = unexcluded(loadConfigFile(key, { host: settings.host, rules: rulesOf(settings) }));
      else continue; // no config, nothing excludes it
      byKey.set(key, config);
    }
    const list = out.get(config) ?? [];
    list.push(file);
    out.set(config, list);
  }
  return out;
}

function unexcluded(loaded: LoadedConfig): LoadedConfig {
  return { ...loaded, config: { ...loaded.config, exclude: [] } };
}

/** A result with the text of each file it has findings in (for SARIF's line hashes). */
function withSources<F extends Finding>(result: LintResult<F>, read: (file: string) => string | undefined): LintResult<F> {
  const sources: Record<string, string> = {};
  for (const f of result.findings) {
    if (f.file === undefined || f.file in sources) continue;
    const text = read(f.file);
    if (text !== undefined) sources[f.file] = text;
  }
  return Object.keys(sources).length > 0 ? { ...result, sources } : result;
}

/**
 * Splits `options.paths` into groups that can be linted apart, for instance
 * in parallel, with the same findings as one run: modules that call one
 * another, directly or through modules outside the paths, stay in one group.
 * Each group keeps the paths' order; groups come in the order of their first path.
 *
 * @throws ConfigError when a config (given or found) is invalid.
 */
export function groupPaths(options: LintOptions & { readonly paths: readonly string[] }): string[][] {
  return new LintRun(options).groups().map((g) => g.paths);
}

/** `groupPaths`, with the module calls it found (by directory, as `lintModulesKnowingCalls` takes them). */
export function groupsAndCalls(options: LintOptions & { readonly paths: readonly string[] }): { groups: string[][]; calls: Map<string, readonly string[]> } {
  const run = new LintRun(options);
  return { groups: run.groups().map((g) => g.paths), calls: run.calls() };
}

/** A group of `groupModules`: its paths, and every module directory (absolute) its modules are or call, at any depth. */
export interface ModuleGroup {
  readonly paths: string[];
  readonly dirs: string[];
}

/**
 * `groupPaths` with the module directories each group reaches: a group
 * linted before is still linted alone when no other group reaches one of
 * its directories (the command's `--cache`).
 *
 * @throws ConfigError when a config (given or found) is invalid.
 */
export function groupModules(options: LintOptions & { readonly paths: readonly string[] }, callScans?: CallScanMemo): ModuleGroup[] {
  return new LintRun(options, { callScans }).groups();
}

class LintRun {
  private readonly names: FileNames;
  private readonly host: ScanHost;
  private readonly rules: readonly Rule[];
  private readonly notices: Notice[] = [];
  private readonly targets: LintTargets;
  private readonly files: FileRecords;
  private readonly runner: RuleRunner;
  /** Variable files named by configs, parsed once. */
  private readonly varFileTrees = new Map<string, HclFile>();
  /**
   * Modules by directory, loaded once per run: a module called by many root
   * modules (or scanned itself and called) would otherwise be read, parsed
   * and built again for every caller. Each is dropped once nothing left to
   * lint needs it.
   */
  private readonly moduleCache = new Map<string, Module>();
  /** The providers each loaded module gives a version constraint (`constrainedProviders`), by absolute directory. */
  private readonly constrained = new Map<string, readonly string[]>();
  /** `treeConstraints`, by absolute directory. */
  private readonly treeConstrained = new Map<string, readonly string[]>();
  /** What `cappedBelow` finds in each directory and below it, by absolute directory. */
  private readonly treeCapped = new Map<string, readonly string[]>();
  /** The scanned modules that call each module directly, by absolute directory. */
  private readonly callersOf = new Map<string, string[]>();
  /** What paths mode may read; none in memory. */
  private readonly boundary: ReadBoundary | undefined;
  /** Module roles by host directory and whether a scanned module calls it. */
  private readonly roles = new Map<string, ModuleRole>();
  /** The role of each linted module directory, by display name ("" for the working directory). */
  private readonly rolesByDisplay = new Map<string, ModuleRole>();
  /** The role of the linted module directory that holds a file (by display name). */
  private readonly roleOfFile = (display: string): ModuleRole | undefined => this.rolesByDisplay.get(displayDirOf(display));

  constructor(
    private readonly options: LintOptions,
    helps: RunHelps = {},
  ) {
    this.names = new FileNames(path.resolve(options.cwd ?? process.cwd()), options.files !== undefined);
    this.boundary =
      options.files !== undefined ? undefined : (options.boundary ?? ReadBoundary.forScan(options.paths, this.names.cwd, options.overrides?.varFiles ?? []));
    this.host = new ScanHost(
      options.host ??
        (options.files !== undefined
          ? new MemoryHost(options.files)
          : new DiskHost({ ...(this.boundary ? { boundary: this.boundary } : {}), ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}) })),
    );
    this.rules = rulesOf(options);
    this.targets = new LintTargets(options, this.host, this.names, this.rules, this.notices, this.boundary, helps);
    this.files = new FileRecords(this.names);
    this.runner = new RuleRunner(this.rules, this.files, this.notices, this.roleOfFile);
  }

  execute(): LintResult {
    const targets = this.targets.list();
    const calls = this.calls(targets);
    const called = this.calledDirs(targets, calls);
    for (const [caller, callees] of calls) {
      for (const callee of callees) {
        const key = this.names.absolute(callee);
        const list = this.callersOf.get(key);
        if (list) list.push(this.names.absolute(caller));
        else this.callersOf.set(key, [this.names.absolute(caller)]);
      }
    }

    const byDir = new Map(targets.map((t) => [t.dir, t]));
    const order = callersFirst([...byDir.keys()], calls);
    const lastUse = lastUses(order, calls);
    // The directories whose modules no later lint needs, by the step after which they can go.
    const expiring = new Map<number, string[]>();
    for (const [dir, last] of lastUse) {
      if (last === Infinity) continue;
      const list = expiring.get(last);
      if (list) list.push(dir);
      else expiring.set(last, [dir]);
    }
    order.forEach((dir, i) => {
      const target = byDir.get(dir) as Target;
      const module = this.loadTarget(target);
      if (module) {
        target.loaded = true;
        this.lintTarget(target, module, called.has(this.names.absolute(target.dir)));
      }
      for (const done of expiring.get(i) ?? []) this.moduleCache.delete(done);
    });

    const plan = this.options.plan;
    const drafts = [
      ...this.runner.drafts,
      ...this.files.syntaxErrors(this.rules, this.notices),
      ...(plan !== undefined && typeof plan !== "string" ? this.planDrafts(plan) : []),
    ];
    const findings = finishFindings(drafts, {
      files: this.files.all(),
      configs: this.files.configsByDisplay(),
      now: (this.options.now ?? new Date()).getTime(),
      ...(this.options.onExpiryDate ? { onExpiryDate: this.options.onExpiryDate } : {}),
      knownRuleIds: new Set([...catalog.map((r) => r.id), ...this.rules.map((r) => r.id)]),
      restriction: this.targets.restriction(targets),
      isExcluded: (display, config) => this.targets.isExcluded(config, this.names.hostPathOf(display)),
      roleOf: this.roleOfFile,
      ruleApplies: (display, ruleId) => {
        const role = this.roleOfFile(display);
        const rule = this.rules.find((r) => r.id === ruleId);
        // A plan rule ran only if there was a plan: without one, a suppression of it is not unused.
        if (rule?.checkPlan && this.options.plan === undefined) return false;
        return role === undefined || rule === undefined || ruleAppliesTo(rule, role);
      },
    });
    const result = {
      findings,
      notices: finishNotices(this.notices),
      files: this.files.lintedFiles(),
      enabledRules: this.targets.enabledRules(targets),
    };
    const planFile = this.options.plan !== undefined ? this.options.planFile : undefined;
    return { ...result, summary: summaryOf(result), ...(planFile !== undefined ? { planFile: this.names.display(this.names.inMemory ? planFile : this.names.absolute(planFile)) } : {}) };
  }

  /** The plan rules' drafts and the value rules' on planned values, located in the configuration at the plan's root module. */
  private planDrafts(plan: Plan): DraftFinding[] {
    const given = this.options.planRoot ?? this.options.paths?.[0];
    let root = given === undefined ? (this.names.inMemory ? "" : this.names.cwd) : this.names.inMemory ? normalizePath(given) : this.names.absolute(given);
    if (this.host.fileExists(root)) root = this.names.inMemory ? memoryDir(root) : path.dirname(root);
    const modules = new Map<string, Module | undefined>();
    const locator = new PlanLocator(root, {
      loadModule: (dir) => {
        if (!modules.has(dir)) {
          const module = this.loadModuleOnce(dir, this.host);
          modules.set(dir, module.files.length > 0 ? module : undefined);
        }
        return modules.get(dir);
      },
      join: (dir, relative) => (this.names.inMemory ? normalizePath(path.posix.join(dir, relative)) : path.join(dir, relative)),
      readFile: (file) => this.host.readFile(file),
    });
    const settings = { plan, rules: this.rules, config: this.targets.configFor(root), locator, files: this.files, notices: this.notices };
    return [...planDrafts(settings), ...planValueDrafts({ ...settings, sourceDrafts: this.runner.drafts })];
  }

  /** The role of one of the run's module directories (host path), as `execute` decides it. */
  roleAt(dir: string): ModuleRole | undefined {
    const targets = this.targets.list();
    const target = targets.find((t) => this.names.absolute(t.dir) === this.names.absolute(dir));
    if (!target) return undefined;
    const called = this.calledDirs(targets, this.calls(targets));
    const module = this.loadTarget(target);
    return module ? this.roleOf(target.dir, module, called.has(this.names.absolute(target.dir))) : undefined;
  }

  /** Whether the config that applies to a file (host path) excludes it. */
  isExcluded(file: string): boolean {
    return this.targets.isExcluded(this.targets.configFor(path.dirname(file)), file);
  }

  private allCalls: Map<string, readonly string[]> | undefined;

  /**
   * The module calls of the run's targets (`this.targets.list()`) and of the
   * modules they reach (`LintTargets.callGraph`), found once. Finding them
   * parses every module that may hold one: the parser is warmed up first.
   */
  calls(targets: readonly Target[] = this.targets.list()): Map<string, readonly string[]> {
    if (this.allCalls === undefined) {
      warmUpFor(targets);
      this.allCalls = this.targets.callGraph(targets);
    }
    return this.allCalls;
  }

  /** The directories (absolute) that one of `targets` calls. */
  private calledDirs(targets: readonly Target[], calls: ReadonlyMap<string, readonly string[]>): Set<string> {
    const called = new Set<string>();
    for (const t of targets) for (const callee of calls.get(t.dir) ?? []) called.add(this.names.absolute(callee));
    return called;
  }

  /** The given paths in groups that share no module (see `groupPaths`). */
  groups(): ModuleGroup[] {
    if (this.options.paths === undefined) return [];
    const calls = this.calls();
    // Call targets are joined paths ("./m/" keeps its slash): compare them resolved.
    const components = new UnionFind();
    for (const [dir, callees] of calls) {
      for (const callee of callees) components.union(this.names.absolute(dir), this.names.absolute(callee));
    }
    const groups = new Map<string, { paths: string[]; dirs: Set<string> }>();
    for (const given of this.options.paths) {
      const p = this.names.absolute(given);
      const dir = this.host.fileExists(p) ? path.dirname(p) : p;
      const key = components.find(dir);
      const group = groups.get(key);
      if (group) {
        group.paths.push(given);
        group.dirs.add(dir);
      } else groups.set(key, { paths: [given], dirs: new Set([dir]) });
    }
    for (const dir of calls.keys()) {
      const abs = this.names.absolute(dir);
      groups.get(components.find(abs))?.dirs.add(abs);
    }
    for (const callees of calls.values()) {
      for (const callee of callees) {
        const abs = this.names.absolute(callee);
        groups.get(components.find(abs))?.dirs.add(abs);
      }
    }
    return [...groups.values()].map((g) => ({ paths: g.paths, dirs: [...g.dirs].sort() }));
  }

  private loadModuleOnce(dir: string, host: SourceHost): Module {
    if (host !== this.host) return loadModule(dir, { host });
    let module = this.moduleCache.get(dir);
    if (!module) this.moduleCache.set(dir, (module = loadModule(dir, { host })));
    return module;
  }

  private loadTarget(target: Target): Module | undefined {
    const module = this.loadModuleOnce(target.dir, this.targets.hostFor(target));
    const files = this.targets.keptFiles(target, module.files.map((f) => f.filename));
    if (module.files.length === 0 || files.length === 0) {
      // Files that exist but cannot be read are still reported (as syntax errors), as beside a readable file.
      if (this.targets.keptFiles(target, module.diagnostics.map((d) => d.filename)).length > 0) {
        this.files.registerModuleDiagnostics(module, target.config);
      } else if (target.named) {
        this.notices.push({ level: "warning", message: `no Terraform configuration files in ${this.names.display(target.dir) || "."}` });
      }
      return undefined;
    }
    return module;
  }

  /**
   * The role of a module directory (see `moduleRole`): worked out once per
   * directory and call status, from the config that applies to the directory.
   */
  roleOf(dir: string, module: Module, called: boolean): ModuleRole {
    const key = `${called ? "1" : "0"}${dir}`;
    let role = this.roles.get(key);
    if (role === undefined) {
      const config = this.targets.configFor(dir);
      const files = this.host.listFiles(dir);
      role = moduleRole(module, {
        called,
        dir: this.layoutDir(dir),
        hasLockFile: this.hasLockFile(dir),
        hasVarFiles: files.some((f) => /\.tfvars(\.json)?$/.test(f)),
        isRepositoryRoot: this.isRepositoryRoot(dir),
        configured: this.targets.configuredRole(config, dir),
      });
      this.roles.set(key, role);
    }
    this.rolesByDisplay.set(this.names.display(dir), role);
    return role;
  }

  /** Lock files by module directory: every instance of a module asks. */
  private readonly lockFiles = new Map<string, boolean>();

  private hasLockFile(dir: string): boolean {
    let has = this.lockFiles.get(dir);
    if (has === undefined) this.lockFiles.set(dir, (has = this.host.fileExists(joinPath(dir, LOCK_FILE))));
    return has;
  }

  /** The directory relative to the repository that holds it (else to the working directory), `/`-separated. */
  private layoutDir(dir: string): string {
    const display = this.names.display(dir) || ".";
    if (this.names.inMemory) return display;
    const abs = this.names.absolute(dir);
    const root = this.boundary?.rootOf(abs, (p) => this.host.realPath(p));
    if (root === undefined) return display;
    const real = this.host.realPath(abs) ?? abs;
    const rel = relativePath(root, real);
    return rel.startsWith("..") || path.isAbsolute(rel) ? display : rel.split(path.sep).join("/") || ".";
  }

  /** The top of a repository: the scanned root in memory, else a directory holding `.git` or the boundary's root itself. */
  private isRepositoryRoot(dir: string): boolean {
    if (this.names.inMemory) return (this.names.display(dir) || ".") === ".";
    const abs = this.names.absolute(dir);
    if (this.host.realPath(joinPath(abs, ".git")) !== undefined) return true;
    const real = this.host.realPath(abs) ?? abs;
    return this.boundary?.rootOf(abs, (p) => this.host.realPath(p)) === real;
  }

  /** Instantiates a target's module (and the local modules it calls) and runs the rules on every instance. */
  private lintTarget(target: Target, module: Module, isCalled: boolean): void {
    const { config } = target;
    const role = this.roleOf(target.dir, module, isCalled);
    for (const f of [...module.files, ...module.varFiles]) this.files.register(f, config, true);
    this.files.registerModuleDiagnostics(module, config, role === "fixture" ? snippetDiagnostics(module) : module.diagnostics);
    // Snippets never loaded together: unless a rule of the config reads modules there (a plugin rule
    // that lists no roles), their syntax is all there is to check, and the modules they name are not looked for.
    if (role === "fixture" && !this.rules.some((r) => readsModules(r) && config.rules.has(r.id) && ruleAppliesTo(r, role))) return;

    const { instances, diagnostics } = instantiateModules(module, {
      host: this.host,
      rootDir: this.rootDir(target.dir),
      vars: stringVars(config.vars),
      varFiles: this.readVarFiles(config),
      useEnv: config.useEnvVars,
      env: config.useEnvVars ? (this.options.env ?? process.env) : undefined,
      isRoot: !isCalled,
      loadModule: (dir, o) => this.loadModuleOnce(dir, o.host),
    });
    for (const d of diagnostics) this.notices.push(this.files.notice(d.filename, d));

    for (const instance of instances) {
      const dir = this.names.absolute(instance.module.dir);
      // A directory's module is the same whichever instance or target loads it.
      if (!this.constrained.has(dir)) this.constrained.set(dir, constrainedProviders(instance.module));
    }
    const around = this.constrainedAround(target.dir, instances);
    // The target's own files are registered above; a module with several instances, once.
    const registered = new Set<Module>([module]);
    for (const instance of instances) {
      if (!registered.has(instance.module)) {
        registered.add(instance.module);
        for (const f of instance.module.files) this.files.register(f, config, false);
        this.files.registerModuleDiagnostics(instance.module, config);
      }
      const instanceRole = instance.modulePath === "" ? role : this.roleOf(instance.module.dir, instance.module, true);
      const hops = this.callHops(instance);
      this.runner.runOn(instance, config, {
        site: {
          module: instance.module,
          modulePath: instance.modulePath,
          role: instanceRole,
          callers: hops.map((h) => h.call),
          hops,
          existence: (descriptor) => existenceOrigins(instance, descriptor),
          ...(role === "module" ? { callersChoose: module, noScannedCaller: !isCalled } : {}),
        },
        role: instanceRole,
        deploymentCall: role === "deployment" && instance.modulePath !== "" ? this.deploymentCall(instance, target.dir) : undefined,
        hasLockFile: this.hasLockFile(instance.module.dir),
        providersConstrainedAround: around,
        providersCappedBelow: this.cappedBelow(instance.module),
      });
    }
    for (const instance of instances) for (const d of instance.scope.diagnostics()) this.notices.push(this.files.notice(d.filename, d));
  }

  /**
   * The providers that other modules of the configurations holding `dir`
   * constrain: every scanned module that calls it, at any depth (linted
   * before it, callers first), and every local module it calls.
   */
  private constrainedAround(dir: string, instances: readonly ModuleInstance[]): ReadonlySet<string> {
    const around = new Set<string>();
    for (const instance of instances) for (const p of this.constrained.get(this.names.absolute(instance.module.dir)) ?? []) around.add(p);
    // A call through the registry address of the repository being scanned
    // (an example of a published module) brings in this checkout's constraints.
    if (!this.names.inMemory) {
      const top = this.rootDir(dir);
      for (const instance of instances) {
        for (const call of instance.module.moduleCalls.values()) {
          const text = call.source ? literalString(call.source.expr) : undefined;
          const source = text === undefined ? undefined : parseRegistrySource(text);
          const checkout = source && checkoutDirOf(source, this.names.absolute(instance.module.dir), top);
          if (checkout) for (const p of this.treeConstraints(checkout, new Set())) around.add(p);
        }
      }
    }
    const seen = new Set<string>([this.names.absolute(dir)]);
    const pending = [...seen];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      for (const caller of this.callersOf.get(next) ?? []) {
        if (seen.has(caller)) continue;
        seen.add(caller);
        pending.push(caller);
        for (const p of this.constrained.get(caller) ?? []) around.add(p);
      }
    }
    return around;
  }

  /** The providers a module directory and the local modules it calls (at any depth) constrain. */
  private treeConstraints(dir: string, seen: Set<string>): readonly string[] {
    return this.treeProviders(dir, seen, this.treeConstrained, constrainedProviders);
  }

  /** The providers that the local modules a module calls (at any depth) cap: see `RuleContext.providersCappedBelow`. */
  private cappedBelow(module: Module): ReadonlySet<string> {
    const out = new Set<string>();
    // Every call counts, even one with `count = 0`: Terraform combines the constraints of every module in the configuration.
    for (const callee of localCallTargets(module, module.dir)) {
      for (const p of this.treeProviders(callee, new Set(), this.treeCapped, cappedProviders)) out.add(p);
    }
    return out;
  }

  /**
   * The providers that `of` finds in a module directory and the local
   * modules it calls (at any depth), remembered per directory in `known`.
   */
  private treeProviders(dir: string, seen: Set<string>, known: Map<string, readonly string[]>, of: (module: Module) => Iterable<string>): readonly string[] {
    const key = this.names.absolute(dir);
    const found = known.get(key);
    if (found) return found;
    if (seen.has(key)) return [];
    seen.add(key);
    const module = this.loadModuleOnce(dir, this.host);
    const out = new Set(of(module));
    for (const callee of localCallTargets(module, module.dir)) for (const p of this.treeProviders(callee, seen, known, of)) out.add(p);
    const list = [...out];
    known.set(key, list);
    return list;
  }

  /** The scanned deployment's own `module` block on the way down to an instance. */
  private deploymentCall(instance: ModuleInstance, dir: string): DeploymentCall | undefined {
    let outermost: ModuleInstance | undefined;
    for (let i: ModuleInstance | undefined = instance; i?.caller; i = i.parent) outermost = i;
    const caller = outermost?.caller;
    if (!caller) return undefined;
    return { file: caller.file.filename, range: caller.block.range, deployment: this.layoutDir(dir) };
  }

  /**
   * The calls that made an instance, innermost first, each with the module
   * it loads (see `ReportSite.hops`); their blocks are anchors too: a
   * suppression on any of them covers the instance.
   */
  private callHops(instance: ModuleInstance): CallHop[] {
    const chain: { readonly instance: ModuleInstance; readonly call: NonNullable<ModuleInstance["caller"]> }[] = [];
    for (let i: ModuleInstance | undefined = instance; i?.caller; i = i.parent) chain.push({ instance: i, call: i.caller });
    return chain.map(({ instance: i, call }, k) => ({
      module: i.module,
      modulePath: i.modulePath,
      callPath: chain
        .slice(k)
        .map((c) => c.call.address)
        .reverse()
        .join("."),
      call: { file: this.names.display(call.file.filename), range: call.block.range },
    }));
  }

  private readVarFiles(config: ResolvedConfig): HclFile[] {
    const out: HclFile[] = [];
    for (const file of config.varFiles) {
      const hostPath = this.names.inMemory ? this.names.relativeToCwd(file) : file;
      const text = this.host.readFile(hostPath);
      if (text === undefined) {
        const display = this.names.display(hostPath);
        this.notices.push({ level: "error", message: `cannot read variable file ${display}`, file: display });
        continue;
      }
      let parsed = this.varFileTrees.get(hostPath);
      if (!parsed) this.varFileTrees.set(hostPath, (parsed = parse(text, hostPath)));
      this.files.register(parsed, config, true);
      out.push(parsed);
    }
    return out;
  }

  /** The directory `file()` and friends may read under: the boundary's root that holds the module (its repository). */
  private rootDir(dir: string): string {
    if (this.names.inMemory) return "";
    return this.boundary?.rootOf(dir, (p) => this.host.realPath(p)) ?? dir;
  }
}

/** Disjoint sets of strings (path compression only: the sets here are small). */
class UnionFind {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let y = x; y !== root; ) {
      const next = this.parent.get(y) as string;
      this.parent.set(y, root);
      y = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

/** The directory part of a display name ("" for a file in the working directory). */
function displayDirOf(display: string): string {
  const i = display.lastIndexOf("/");
  return i < 0 ? "" : display.slice(0, i);
}

/**
 * The structural errors of a fixture folder, whose files are snippets never
 * loaded together: each file's own (a block declared twice in one file), not
 * those between files; and the files that could not be read. Override files
 * only make sense merged, so they are checked for syntax alone.
 */
function snippetDiagnostics(module: Module): ModuleDiagnostic[] {
  const parsed = new Set(module.files.map((f) => f.filename));
  const out = module.diagnostics.filter((d) => !parsed.has(d.filename));
  for (const file of module.files) {
    if (isOverrideFile(file.filename)) continue;
    out.push(...buildModule([file], { dir: module.dir }).diagnostics);
  }
  return out;
}

/**
 * The providers a module gives a version constraint, each as
 * `source:<namespace>/<type>` (Terraform's default namespace when no source is
 * written) and `name:<local name>`.
 */
function constrainedProviders(module: Module): string[] {
  const out: string[] = [];
  for (const [name, entry] of module.terraform.requiredProviders) {
    if (entry.version === undefined) continue;
    out.push(`source:${providerSourceKey(name, entry.source)}`, `name:${name}`);
  }
  return out;
}

/**
 * The providers a module gives a version constraint with an upper bound
 * (`hasUpperBound`), each as `source:<namespace>/<type>`: only the source
 * says which provider a cap is for, since a module with no entry for a name
 * takes `hashicorp/<name>` whatever its callees declare.
 */
function cappedProviders(module: Module): string[] {
  const out: string[] = [];
  for (const [name, entry] of module.terraform.requiredProviders) {
    if (entry.version === undefined) continue;
    const parsed = parseVersionConstraint(entry.version);
    if (parsed.ok && hasUpperBound(parsed.terms)) out.push(`source:${providerSourceKey(name, entry.source)}`);
  }
  return out;
}

/** `--var`-style text for each config value: strings as they are, other JSON as an HCL expression. */
function stringVars(vars: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(vars)) out[name] = typeof value === "string" ? value : JSON.stringify(value);
  return out;
}
