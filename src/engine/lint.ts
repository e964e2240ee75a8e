/**
 * `lint`: config + modules + rules → findings, after suppressions.
 *
 * For `files` the run is pure (an in-memory host); for `paths` a thin loader
 * reads module directories from the disk. Nothing here writes output or
 * exits: problems of the run itself are notices, a bad config is a thrown
 * `ConfigError`.
 */
import * as path from "node:path";
import type { ReportDescriptor, Rule, Severity } from "../../rules/api/rule.js";
import { rules as catalog } from "../../rules/index.js";
import { configFromObject, findConfigFile, loadConfigFile } from "../config/load.js";
import { resolveConfig } from "../config/resolve.js";
import type { LoadedConfig, ResolvedConfig, TfmouldConfig } from "../config/types.js";
import { instantiateModules } from "../eval/modules.js";
import type { ModuleInstance } from "../eval/types.js";
import type { Diagnostic, HclFile, Range } from "../hcl/ast.js";
import { parse } from "../hcl/index.js";
import { plainRange } from "../hcl/positions.js";
import type { SourceHost } from "../model/host.js";
import type { Module } from "../model/types.js";
import type { DraftFinding, FileTable, ReportSite } from "./findings.js";
import { draftFromDescriptor, isValidRange } from "./findings.js";
import { fingerprintAll } from "./fingerprint.js";
import { globMatcher } from "./glob.js";
import { DiskHost, MemoryHost, loadModule } from "../model/index.js";
import type { LintOptions } from "./options.js";
import { isRootModule } from "./roots.js";
import { applySuppressions } from "./apply-suppressions.js";
import { ScanHost } from "./scan-host.js";
import type { RunOutcome } from "./rule-runs.js";
import { RuleRunMemo } from "./rule-runs.js";
import { RuleRunContext } from "./rule-run-context.js";
import { callersFirst, lastUses, scanDirectoryCalls } from "./call-graph.js";
import type { FileSuppressions } from "./suppressions.js";
import { collectSuppressions } from "./suppressions.js";
import type { Finding, LintResult, Notice } from "./types.js";

/** The rule id of parse and structure errors. */
export const SYNTAX_ERROR = "syntax-error";

const CONFIG_FILE = /\.tf(\.json)?$/;
const VAR_FILE = /\.tfvars(\.json)?$/;

/** One module directory to lint, with the config that applies to it. */
interface Target {
  /** Host path of the directory. */
  readonly dir: string;
  /** When only some files of the directory were named: their host paths. */
  only: Set<string> | undefined;
  /** Whether the directory was named by a path (for the "no Terraform files" notice). */
  named: boolean;
  config: ResolvedConfig;
  /** Set once the directory's module was loaded with files to lint. */
  loaded?: boolean;
}

/** What the run keeps of a file after its tree is dropped. */
interface FileRecord {
  readonly source: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly display: string;
  readonly suppressions: FileSuppressions;
}

/**
 * Lints Terraform modules and returns findings sorted by file, line, column
 * and rule id, plus notices about the run (unreadable paths, crashing rules).
 *
 * @throws ConfigError when a config (given or found) is invalid.
 */
export function lint(options: LintOptions): LintResult {
  return new LintRun(options).execute();
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
  return new LintRun(options).groups();
}

class LintRun {
  private readonly cwd: string;
  private readonly host: ScanHost;
  private readonly rules: readonly Rule[];
  private readonly now: number;
  private readonly notices: Notice[] = [];
  private readonly drafts: DraftFinding[] = [];
  /** Every parsed file the run saw, by host path. */
  private readonly records = new Map<string, FileRecord>();
  /**
   * The config that applies to each parsed file: its own directory's when
   * that is linted, otherwise that of the first module that loaded it.
   */
  private readonly fileConfig = new Map<string, ResolvedConfig>();
  /** Variable files named by configs, parsed once. */
  private readonly varFileTrees = new Map<string, HclFile>();
  private readonly lintedFiles = new Set<string>();
  private readonly inMemory: boolean;
  private readonly files: FileTable;

  constructor(private readonly options: LintOptions) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
    this.inMemory = options.files !== undefined;
    this.host = new ScanHost(options.host ?? (options.files !== undefined ? new MemoryHost(options.files) : new DiskHost()));
    this.rules = options.rules ?? catalog;
    this.now = (options.now ?? new Date()).getTime();
    this.files = {
      display: (filename) => this.display(filename),
      get: (filename) => this.records.get(filename),
    };
  }

  execute(): LintResult {
    const targets = this.targets();
    const calls = this.callGraph(targets);
    const called = new Set<string>();
    for (const t of targets) for (const dir of calls.get(t.dir) ?? []) called.add(this.absolute(dir));

    const byDir = new Map(targets.map((t) => [t.dir, t]));
    const order = callersFirst([...byDir.keys()], calls);
    const lastUse = lastUses(order, calls);
    order.forEach((dir, i) => {
      const target = byDir.get(dir) as Target;
      const module = this.loadTarget(target);
      if (module) {
        target.loaded = true;
        this.lintTarget(target, module, called);
      }
      for (const cached of this.moduleCache.keys()) if ((lastUse.get(cached) ?? Infinity) <= i) this.moduleCache.delete(cached);
    });
    this.reportParseErrors();

    const findings = this.finish(targets);
    return {
      findings,
      notices: sortNotices(uniqueNotices(this.notices)),
      files: [...this.lintedFiles].map((f) => this.display(f)).sort(),
      enabledRules: this.enabledRules(targets),
    };
  }

  /** The given paths in groups that share no module (see `groupPaths`). */
  groups(): string[][] {
    if (this.options.paths === undefined) return [];
    const targets = this.targets();
    const calls = this.callGraph(targets);
    // Call targets are joined paths ("./m/" keeps its slash): compare them resolved.
    const components = new UnionFind();
    for (const [dir, callees] of calls) for (const callee of callees) components.union(this.absolute(dir), this.absolute(callee));
    const groups = new Map<string, string[]>();
    for (const given of this.options.paths) {
      const p = path.resolve(this.cwd, given);
      const key = components.find(this.host.fileExists(p) ? path.dirname(p) : p);
      const group = groups.get(key);
      if (group) group.push(given);
      else groups.set(key, [given]);
    }
    return [...groups.values()];
  }

  /**
   * Which modules call which, before any is linted: whether a module is
   * called decides whether it is a root, and the calls give an order in
   * which each parsed module can be dropped once nothing left needs it.
   * Keys are the targets' directories and those of modules outside the
   * paths that they call, at any depth; a target with nothing to lint calls nothing.
   */
  private callGraph(targets: readonly Target[]): Map<string, readonly string[]> {
    const calls = new Map<string, readonly string[]>();
    for (const target of targets) {
      const scan = scanDirectoryCalls(target.dir, this.targetHost(target));
      calls.set(target.dir, this.keptFiles(target, scan.configFiles).length > 0 ? scan.calls : []);
    }
    const outside = [...calls.values()].flat().filter((dir) => !calls.has(dir));
    for (let dir = outside.pop(); dir !== undefined; dir = outside.pop()) {
      if (calls.has(dir)) continue;
      const found = scanDirectoryCalls(dir, this.host).calls;
      calls.set(dir, found);
      outside.push(...found);
    }
    this.host.endScan();
    return calls;
  }

  // -------------------------------------------------------------------------
  // What to lint

  private targets(): Target[] {
    const byDir = new Map<string, Target>();
    const add = (dir: string, file: string | undefined): void => {
      let target = byDir.get(dir);
      if (!target) {
        target = { dir, only: file === undefined ? undefined : new Set(), named: file === undefined, config: this.configFor(dir) };
        byDir.set(dir, target);
      }
      if (file === undefined) {
        target.only = undefined;
        target.named = true;
      } else target.only?.add(file);
    };

    if (this.options.files !== undefined) {
      const dirs = new Set<string>();
      for (const name of Object.keys(this.options.files)) {
        if (CONFIG_FILE.test(name)) dirs.add(memoryDir(name));
      }
      for (const dir of [...dirs].sort()) add(dir, undefined);
      for (const t of byDir.values()) t.named = false;
      return [...byDir.values()];
    }

    for (const given of this.options.paths) {
      const p = path.resolve(this.cwd, given);
      if (this.host.fileExists(p)) {
        if (CONFIG_FILE.test(p) || VAR_FILE.test(p)) add(path.dirname(p), p);
        else this.notices.push({ level: "warning", message: `not a Terraform file: ${this.display(p)}`, file: this.display(p) });
      } else if (this.host.realPath(p) !== undefined) {
        add(p, undefined);
      } else {
        this.notices.push({ level: "error", message: `no such file or directory: ${given}` });
      }
    }
    return [...byDir.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  }

  private readonly configCache = new Map<string, ResolvedConfig>();

  private configFor(dir: string): ResolvedConfig {
    const given = this.options.config;
    const key = given !== undefined || this.inMemory ? "" : findConfigFile(this.absolute(dir), this.host) ?? "";
    let resolved = this.configCache.get(key);
    if (!resolved) {
      let loaded: LoadedConfig | undefined;
      if (given !== undefined) loaded = isLoadedConfig(given) ? given : configFromObject(given, this.cwd, this.rules);
      else if (key !== "") loaded = loadConfigFile(key, { host: this.host, rules: this.rules });
      resolved = resolveConfig(loaded, this.options.overrides, { rules: this.rules, cwd: this.cwd });
      this.configCache.set(key, resolved);
    }
    return resolved;
  }

  /**
   * Modules by directory, loaded once per run: a module called by many root
   * modules (or scanned itself and called) would otherwise be read, parsed
   * and built again for every caller.
   */
  private readonly moduleCache = new Map<string, Module>();

  private loadModuleOnce(dir: string, host: SourceHost): Module {
    if (host !== this.host) return loadModule(dir, { host });
    let module = this.moduleCache.get(dir);
    if (!module) this.moduleCache.set(dir, (module = loadModule(dir, { host })));
    return module;
  }

  private targetHost(target: Target): SourceHost {
    return target.only ? this.host : this.excludingHost(target.config);
  }

  /** Of a target's configuration files, those to lint. */
  private keptFiles(target: Target, filenames: readonly string[]): readonly string[] {
    return target.only ? filenames.filter((f) => target.only?.has(f) || !this.isExcluded(target.config, f)) : filenames;
  }

  private loadTarget(target: Target): Module | undefined {
    const module = this.loadModuleOnce(target.dir, this.targetHost(target));
    const files = this.keptFiles(target, module.files.map((f) => f.filename));
    if (module.files.length === 0 || files.length === 0) {
      if (target.named) {
        this.notices.push({ level: "warning", message: `no Terraform configuration files in ${this.display(target.dir) || "."}` });
      }
      return undefined;
    }
    return module;
  }

  private excludingHost(config: ResolvedConfig): SourceHost {
    if (config.exclude.length === 0) return this.host;
    const host = this.host;
    return {
      readFile: (p) => host.readFile(p),
      fileExists: (p) => host.fileExists(p),
      realPath: (p) => host.realPath(p),
      listFiles: (dir) => host.listFiles(dir).filter((name) => !this.isExcluded(config, joinPath(dir, name))),
    };
  }

  private readonly excludeMatchers = new Map<ResolvedConfig, (relativePath: string) => boolean>();

  private isExcluded(config: ResolvedConfig, filename: string): boolean {
    if (config.exclude.length === 0) return false;
    const rel = path.relative(config.baseDir, this.absolute(filename)).split(path.sep).join("/");
    if (rel.startsWith("../")) return false;
    let matcher = this.excludeMatchers.get(config);
    if (!matcher) this.excludeMatchers.set(config, (matcher = globMatcher(config.exclude)));
    return matcher(rel);
  }

  // -------------------------------------------------------------------------
  // Running the rules

  private lintTarget(target: Target, module: Module, called: ReadonlySet<string>): void {
    const { config } = target;
    const isCalled = called.has(this.absolute(target.dir));
    const root = isRootModule(module, { called: isCalled, dir: this.display(target.dir) || "." });
    for (const f of [...module.files, ...module.varFiles]) this.register(f, config, true);
    this.registerModuleDiagnostics(module, config);

    const varFiles = this.readVarFiles(config);
    const { instances, diagnostics } = instantiateModules(module, {
      host: this.host,
      rootDir: this.rootDir(target.dir),
      vars: stringVars(config.vars),
      varFiles,
      useEnv: config.useEnvVars,
      env: config.useEnvVars ? (this.options.env ?? process.env) : undefined,
      isRoot: !isCalled,
      loadModule: (dir, o) => this.loadModuleOnce(dir, o.host),
    });
    for (const d of diagnostics) this.noticeFromDiagnostic(d.filename, d);

    const hasLockFile = this.host.fileExists(joinPath(module.dir, ".terraform.lock.hcl"));
    for (const instance of instances) {
      for (const f of instance.module.files) this.register(f, config, false);
      if (instance.module !== module) this.registerModuleDiagnostics(instance.module, config);
      const site: ReportSite = { module: instance.module, modulePath: instance.modulePath, callers: this.callerAnchors(instance) };
      const isRoot = instance.modulePath === "" ? root : false;
      const lockFile = instance.module === module ? hasLockFile : this.host.fileExists(joinPath(instance.module.dir, ".terraform.lock.hcl"));
      for (const rule of this.rules) {
        const setting = config.rules.get(rule.id);
        if (!setting || rule.category === "engine") continue;
        this.runRule(rule, setting.severity, setting.options, config, instance, site, isRoot, lockFile);
      }
    }
    for (const instance of instances) for (const d of instance.scope.diagnostics()) this.noticeFromDiagnostic(d.filename, d);
  }

  private readonly ruleRuns = new RuleRunMemo();
  private readonly settingIds = new WeakMap<ResolvedConfig, Map<Rule, number>>();
  private readonly settingIdsByText = new Map<string, number>();
  private readonly ruleNumbers = new Map<Rule, number>();

  /**
   * A number for a rule with what its run depends on in a config (severity,
   * options, `strict`): equal for equal settings in different configs.
   */
  private settingId(config: ResolvedConfig, rule: Rule): number {
    let byRule = this.settingIds.get(config);
    if (!byRule) this.settingIds.set(config, (byRule = new Map()));
    let id = byRule.get(rule);
    if (id === undefined) {
      let ruleNumber = this.ruleNumbers.get(rule);
      if (ruleNumber === undefined) this.ruleNumbers.set(rule, (ruleNumber = this.ruleNumbers.size));
      const setting = config.rules.get(rule.id);
      const text = JSON.stringify([ruleNumber, setting?.severity, setting?.options, config.strict]);
      id = this.settingIdsByText.get(text);
      if (id === undefined) this.settingIdsByText.set(text, (id = this.settingIdsByText.size));
      byRule.set(rule, id);
    }
    return id;
  }

  /**
   * Runs a rule on one module instance, or replays an earlier run on another
   * instance of the module in which everything that run read is identical.
   */
  private runRule(
    rule: Rule,
    severity: Severity,
    ruleOptions: Readonly<Record<string, unknown>>,
    config: ResolvedConfig,
    instance: ModuleInstance,
    site: ReportSite,
    isRoot: boolean,
    hasLockFile: boolean,
  ): void {
    const moduleFile = instance.module.files[0]?.filename;
    const deliver = (descriptor: ReportDescriptor): boolean => {
      const result = draftFromDescriptor(rule, descriptor, severity, site, this.files);
      if ("error" in result) {
        this.internalError(rule, moduleFile, result.error);
        return false;
      }
      for (const problem of result.problems) this.internalError(rule, moduleFile, problem);
      this.drafts.push(result.draft);
      return result.problems.length === 0;
    };
    const run = (): RunOutcome => {
      const ctx = new RuleRunContext(instance, { options: ruleOptions, strict: config.strict, isRootModule: isRoot, hasLockFile }, deliver);
      try {
        rule.check(ctx);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.internalError(rule, moduleFile, `failed: ${message}`);
        ctx.replayable = false;
      }
      return ctx;
    };
    const key = this.settingId(config, rule) * 4 + (isRoot ? 2 : 0) + (hasLockFile ? 1 : 0);
    const replayed = this.ruleRuns.replay(instance.module, key, instance.scope);
    if (replayed) for (const descriptor of replayed) deliver(descriptor);
    else this.ruleRuns.record(instance.module, key, instance.scope, run);
  }

  private internalError(rule: Rule, filename: string | undefined, what: string): void {
    const where = filename !== undefined ? ` on ${this.display(filename)}` : "";
    this.notices.push({
      level: "error",
      message: `internal error: rule "${rule.id}"${where} ${what}`,
      ...(filename !== undefined ? { file: this.display(filename) } : {}),
    });
  }

  private callerAnchors(instance: ModuleInstance): { file: string; range: Range }[] {
    const out: { file: string; range: Range }[] = [];
    for (let i: ModuleInstance | undefined = instance; i?.caller; i = i.parent) {
      out.push({ file: this.display(i.caller.file.filename), range: i.caller.block.range });
    }
    return out;
  }

  private readVarFiles(config: ResolvedConfig): HclFile[] {
    const out: HclFile[] = [];
    for (const file of config.varFiles) {
      const hostPath = this.inMemory ? this.relativeToCwd(file) : file;
      const text = this.host.readFile(hostPath);
      if (text === undefined) {
        this.notices.push({ level: "error", message: `cannot read variable file ${this.display(hostPath)}`, file: this.display(hostPath) });
        continue;
      }
      let parsed = this.varFileTrees.get(hostPath);
      if (!parsed) this.varFileTrees.set(hostPath, (parsed = parse(text, hostPath)));
      this.register(parsed, config, true);
      out.push(parsed);
    }
    return out;
  }

  private rootDir(dir: string): string {
    if (this.inMemory) return "";
    const rel = path.relative(this.cwd, dir);
    return rel.startsWith("..") || path.isAbsolute(rel) ? dir : this.cwd;
  }

  // -------------------------------------------------------------------------
  // Files, syntax errors and notices

  private register(file: HclFile, config: ResolvedConfig, linted: boolean): void {
    if (!this.records.has(file.filename)) {
      const display = this.display(file.filename);
      this.records.set(file.filename, {
        source: file.source,
        diagnostics: file.diagnostics,
        display,
        suppressions: collectSuppressions(file, display),
      });
      this.fileConfig.set(file.filename, config);
    }
    if (linted && !this.lintedFiles.has(file.filename)) {
      this.lintedFiles.add(file.filename);
      this.fileConfig.set(file.filename, config);
    }
  }

  private readonly syntaxDiagnostics: { filename: string; diagnostic: Diagnostic; config: ResolvedConfig }[] = [];

  /** Modules whose diagnostics are registered (a module loaded again after it was dropped may repeat them; they are de-duplicated at the end). */
  private readonly modulesSeen = new WeakSet<Module>();

  /**
   * The model's diagnostics become `syntax-error` findings: structural errors
   * (duplicates), and files that could not be read as UTF-8 text, which
   * Terraform cannot load either.
   */
  private registerModuleDiagnostics(module: Module, config: ResolvedConfig): void {
    if (this.modulesSeen.has(module)) return;
    this.modulesSeen.add(module);
    for (const d of module.diagnostics) this.syntaxDiagnostics.push({ filename: d.filename, diagnostic: d, config });
  }

  /** Parse errors of every file seen, and the model's structural errors: `syntax-error` findings. */
  private reportParseErrors(): void {
    const all = [...this.syntaxDiagnostics];
    for (const [filename, file] of this.records) {
      const config = this.fileConfig.get(filename);
      if (!config) continue;
      for (const diagnostic of file.diagnostics) all.push({ filename, diagnostic, config });
    }
    const rule = this.rules.find((r) => r.id === SYNTAX_ERROR);
    for (const { filename, diagnostic, config } of all) {
      // Without the rule in the run at all (a custom rule list), parse errors must not vanish: notices.
      if (!rule) {
        this.noticeFromDiagnostic(filename, diagnostic);
        continue;
      }
      const setting = config.rules.get(SYNTAX_ERROR);
      if (!setting) continue;
      const display = this.display(filename);
      const range = isValidRange(diagnostic.range, this.records.get(filename)) ? diagnostic.range : startOfFile();
      const severity: Severity =
        diagnostic.severity === "warning" && (!rule || setting.severity === rule.severity) ? "warning" : setting.severity;
      this.drafts.push({
        ruleId: SYNTAX_ERROR,
        severity,
        message: diagnostic.detail ? `${diagnostic.summary}: ${diagnostic.detail}` : diagnostic.summary,
        file: display,
        range,
        address: "",
        attributePath: "",
        related: [],
        anchors: [{ file: display, range }],
      });
    }
  }

  private noticeFromDiagnostic(filename: string, d: Diagnostic): void {
    this.notices.push({
      level: "warning",
      message: d.detail ? `${d.summary}: ${d.detail}` : d.summary,
      file: this.display(filename),
      ...(isValidRange(d.range) ? { range: plainRange(d.range) } : {}),
    });
  }

  // -------------------------------------------------------------------------
  // Suppressions, de-duplication, order

  private finish(targets: readonly Target[]): Finding[] {
    const configs = new Map<string, ResolvedConfig>();
    for (const [filename, config] of this.fileConfig) configs.set(this.display(filename), config);
    const suppressionFiles = [...this.records.values()];
    const knownIds = new Set([...catalog.map((r) => r.id), ...this.rules.map((r) => r.id)]);
    const drafts = applySuppressions(this.drafts, suppressionFiles, {
      now: this.now,
      knownRuleIds: knownIds,
      configFor: (display) => configs.get(display),
    });

    const restricted = this.restriction(targets);
    const kept = restricted ? drafts.filter((d) => d.anchors.some((a) => restricted(a.file))) : drafts;
    const excluded = kept.filter((d) => {
      const config = configs.get(d.file);
      return !config || config.exclude.length === 0 || !this.isExcluded(config, this.hostPathOf(d.file));
    });

    const sorted = dedupe(excluded).sort(compareDrafts);
    const prints = fingerprintAll(sorted);
    return sorted.map((d, i) => {
      // Plain ranges: the tree's ranges work their positions out when read,
      // and a result must survive a structured clone (worker threads).
      const suppressed = d.suppressed;
      const finding: Finding = {
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        file: d.file,
        range: plainRange(d.range),
        address: d.address,
        attributePath: d.attributePath,
        related: d.related.map((r) => ({ ...r, range: plainRange(r.range) })),
        ...(d.fix ? { fix: { ...d.fix, replacements: d.fix.replacements.map((r) => ({ ...r, range: plainRange(r.range) })) } } : {}),
        ...(suppressed
          ? { suppressed: { ...suppressed, ...(suppressed.commentRange ? { commentRange: plainRange(suppressed.commentRange) } : {}) } }
          : {}),
        fingerprint: prints[i],
      };
      return finding;
    });
  }

  /** When some modules were named only through files, a predicate that keeps findings in those files (and other modules). */
  private restriction(targets: readonly Target[]): ((display: string) => boolean) | undefined {
    const limited = targets.filter((t) => t.only !== undefined && t.loaded);
    if (limited.length === 0) return undefined;
    const allowed = new Set<string>();
    const limitedDirs = new Set(limited.map((t) => this.display(t.dir)));
    for (const t of limited) for (const f of t.only ?? []) allowed.add(this.display(f));
    return (display) => allowed.has(display) || !limitedDirs.has(displayDir(display));
  }

  private enabledRules(targets: readonly Target[]): { id: string; severity: Severity }[] {
    const configs = targets.length > 0 ? targets.map((t) => t.config) : [this.configFor(this.inMemory ? "" : this.cwd)];
    const out: { id: string; severity: Severity }[] = [];
    for (const rule of this.rules) {
      const setting = configs.map((c) => c.rules.get(rule.id)).find((s) => s !== undefined);
      if (setting) out.push({ id: rule.id, severity: setting.severity });
    }
    return out;
  }

  // -------------------------------------------------------------------------
  // Paths

  private absolute(p: string): string {
    return path.resolve(this.cwd, p);
  }

  private relativeToCwd(p: string): string {
    return normalizePath(path.relative(this.cwd, p) || ".");
  }

  private hostPathOf(display: string): string {
    return this.inMemory ? display : path.resolve(this.cwd, display);
  }

  private readonly displayNames = new Map<string, string>();

  /** Names are asked for with every report: each is worked out once. */
  private display(filename: string): string {
    let name = this.displayNames.get(filename);
    if (name === undefined) {
      name = path.isAbsolute(filename) ? normalizePath(path.relative(this.cwd, filename).split(path.sep).join("/")) || "." : normalizePath(filename);
      this.displayNames.set(filename, name);
    }
    return name;
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

/** Normalises a path to `/` separators without `./` or a trailing `/`; "" for the current directory. */
function normalizePath(p: string): string {
  const normal = path.posix.normalize(p.replace(/\\/g, "/"));
  const trimmed = normal.length > 1 && normal.endsWith("/") ? normal.slice(0, -1) : normal;
  return trimmed === "." ? "" : trimmed.startsWith("./") ? trimmed.slice(2) : trimmed;
}

/** The in-memory directory of a file key: "" at the top. */
function memoryDir(name: string): string {
  return normalizePath(path.posix.dirname(normalizePath(name)));
}

/** Notices without repeats (several instances of one module report the same evaluation problem). */
function uniqueNotices(notices: readonly Notice[]): Notice[] {
  const seen = new Set<string>();
  return notices.filter((n) => {
    const key = [n.level, n.message, n.file ?? "", n.range?.start.offset ?? "", n.range?.end.offset ?? ""].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The order of notices, whatever order the modules were linted in: notices
 * about the run itself first, then by file and position; a stable sort keeps
 * notices that tie in the order they came.
 */
export function compareNotices(a: Notice, b: Notice): number {
  return compare(a.file ?? "", b.file ?? "") || (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1);
}

function sortNotices(notices: readonly Notice[]): Notice[] {
  return [...notices].sort(compareNotices);
}

function isLoadedConfig(value: TfmouldConfig | LoadedConfig): value is LoadedConfig {
  return typeof value === "object" && value !== null && "config" in value && "baseDir" in value;
}

/** `--var`-style text for each config value: strings as they are, other JSON as an HCL expression. */
function stringVars(vars: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(vars)) out[name] = typeof value === "string" ? value : JSON.stringify(value);
  return out;
}

function joinPath(dir: string, name: string): string {
  return dir === "." || dir === "" ? name : path.join(dir, name);
}

function displayDir(display: string): string {
  const i = display.lastIndexOf("/");
  return i === -1 ? "." : display.slice(0, i);
}

function startOfFile(): Range {
  const p = { line: 1, column: 1, offset: 0 };
  return { start: p, end: p };
}

function dedupe(drafts: readonly DraftFinding[]): DraftFinding[] {
  const best = new Map<string, DraftFinding>();
  for (const d of drafts) {
    const key = [d.ruleId, d.file, d.range.start.offset, d.range.end.offset, d.message].join("\u0000");
    const current = best.get(key);
    if (!current || better(d, current)) best.set(key, d);
  }
  return [...best.values()];
}

/**
 * Of two identical findings, the one to keep: unsuppressed first, then the
 * shorter (outermost) address, then the address first in name order (so the
 * choice does not depend on the order modules were linted in).
 */
function better(a: DraftFinding, b: DraftFinding): boolean {
  if (!a.suppressed !== !b.suppressed) return !a.suppressed;
  if (a.address.length !== b.address.length) return a.address.length < b.address.length;
  return a.address < b.address;
}

function compareDrafts(a: DraftFinding, b: DraftFinding): number {
  return (
    compare(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    compare(a.ruleId, b.ruleId) ||
    a.range.end.offset - b.range.end.offset ||
    compare(a.message, b.message) ||
    compare(a.address, b.address)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
