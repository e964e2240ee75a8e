/**
 * What a lint run covers: the module directories to lint, the config that
 * applies to each, which of their files the config excludes, and which
 * modules call which.
 */
import * as path from "node:path";
import { relativePath } from "../util/paths.js";
import type { ModuleRole, Rule, Severity } from "../../rules/api/rule.js";
import { ConfigFileFinder, configFromObject, loadConfigFile } from "../config/load.js";
import { resolveConfig } from "../config/resolve.js";
import { pluginNamespace } from "../config/plugins.js";
import type { LoadedConfig, ResolvedConfig, TfmouldConfig } from "../config/types.js";
import type { SourceHost } from "../model/host.js";
import type { ReadBoundary } from "../model/file-access.js";
import type { CallScanMemo } from "./call-graph.js";
import { scanDirectoryCalls } from "./call-graph.js";
import type { FileNames } from "./file-names.js";
import { displayDir, joinPath, memoryDir } from "./file-names.js";
import { globMatcher } from "../config/glob.js";
import type { LintOptions } from "./options.js";
import type { ScanHost } from "./scan-host.js";
import type { Notice } from "./types.js";

const CONFIG_FILE = /\.tf(\.json)?$/;
const VAR_FILE = /\.tfvars(\.json)?$/;

/** One module directory to lint, with the config that applies to it. */
export interface Target {
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

/** What a run may be handed, to spare it work an earlier run in the same process did. */
export interface RunHelps {
  /** The calls `callGraph` gives, when an earlier run over these paths or more found them (see `lintModulesKnowingCalls`). */
  readonly knownCalls?: ReadonlyMap<string, readonly string[]>;
  /** Directories' calls as earlier scans found them in the same texts; this run's scans are added. */
  readonly callScans?: CallScanMemo;
}

export class LintTargets {
  private readonly configCache = new Map<string, ResolvedConfig>();
  /** The nearest config file at or above each directory asked about. */
  private readonly configFiles = new ConfigFileFinder((candidate) => this.host.fileExists(candidate));
  private readonly excludeMatchers = new Map<ResolvedConfig, (relativePath: string) => boolean>();
  private readonly roleMatchers = new Map<ResolvedConfig, readonly { readonly role: ModuleRole; readonly matches: (relativePath: string) => boolean }[]>();

  constructor(
    private readonly options: LintOptions,
    private readonly host: ScanHost,
    private readonly names: FileNames,
    private readonly rules: readonly Rule[],
    /** Where problems with the given paths go. */
    private readonly notices: Notice[],
    /** What the run may read: config files the lookup finds are admitted to it. */
    private readonly boundary: ReadBoundary | undefined,
    /** What earlier runs in this process found or scanned (see `RunHelps`). */
    private readonly helps: RunHelps = {},
  ) {}

  /** The module directories named by `options` (in-memory: every directory with configuration files), in path order. */
  list(): Target[] {
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
      const p = this.names.absolute(given);
      if (this.host.fileExists(p)) {
        if (CONFIG_FILE.test(p) || VAR_FILE.test(p)) add(path.dirname(p), p);
        else this.notices.push({ level: "warning", message: `not a Terraform file: ${this.names.display(p)}`, file: this.names.display(p) });
      } else if (this.host.realPath(p) !== undefined) {
        add(p, undefined);
      } else {
        this.notices.push({ level: "error", message: `no such file or directory: ${given}` });
      }
    }
    return [...byDir.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  }

  /** The config for a directory: the one given, else the nearest `.tfmould.json` above it, resolved once per file. */
  configFor(dir: string): ResolvedConfig {
    const given = this.options.config;
    const key = given !== undefined || this.names.inMemory ? "" : (this.configFiles.nearest(this.names.absolute(dir)) ?? "");
    let resolved = this.configCache.get(key);
    if (!resolved) {
      let loaded: LoadedConfig | undefined;
      if (given !== undefined) loaded = isLoadedConfig(given) ? given : configFromObject(given, this.names.cwd, this.rules);
      else if (key !== "") {
        this.boundary?.admit(key);
        loaded = loadConfigFile(key, { host: this.host, rules: this.rules });
      }
      if (loaded && this.options.plugins === undefined) this.noticeUnloadedPlugins(loaded);
      resolved = resolveConfig(loaded, this.options.overrides, { rules: given === undefined || this.options.pluginScope ? this.rulesUnder(loaded) : this.rules, cwd: this.names.cwd });
      this.configCache.set(key, resolved);
    }
    return resolved;
  }

  /** The rules that run under a config found on disk (or none): tfmould's, and those of the plugins it names (`pluginScope`). */
  private rulesUnder(loaded: LoadedConfig | undefined): readonly Rule[] {
    const scope = this.options.pluginScope;
    if (scope === undefined) return this.rules;
    // A module without a config file runs no plugin: none was named for it.
    const names = new Set(loaded?.file !== undefined ? scope(loaded.file) : []);
    return this.rules.filter((r) => {
      const namespace = pluginNamespace(r.id);
      return namespace === undefined || names.has(namespace);
    });
  }

  /**
   * A config names plugins that nobody loaded: their rules do not run, and
   * the user is told why. Plugins run code, so the engine never loads them
   * on a config's say-so (the command does for `--config` or with `--allow-plugins`).
   */
  private noticeUnloadedPlugins(loaded: LoadedConfig): void {
    const plugins = loaded.config.plugins ?? [];
    if (plugins.length === 0) return;
    const file = loaded.file !== undefined ? this.names.display(loaded.file) : undefined;
    const list = plugins.map((p) => JSON.stringify(p)).join(", ");
    this.notices.push({
      level: "warning",
      message:
        `plugins not loaded: ${file ?? "the config"} names ${list}, but a plugin runs its own code and tfmould runs none on the say-so of a config found among the scanned files, ` +
        `so their rules did not run; to trust them, pass --allow-plugins or name the config with --config (API: give lint() the plugins)`,
      ...(file !== undefined ? { file } : {}),
    });
  }

  /**
   * Which modules call which, before any is linted: whether a module is
   * called decides whether it is a root, and the calls give an order in
   * which each parsed module can be dropped once nothing left needs it.
   * Keys are the targets' directories and those of modules outside the
   * paths that they call, at any depth; a target with nothing to lint calls nothing.
   */
  callGraph(targets: readonly Target[]): Map<string, readonly string[]> {
    // Calls known from an earlier run, when they cover every directory the scan would reach; else the scan.
    const known = this.helps.knownCalls && this.reachedIn(this.helps.knownCalls, targets);
    const calls = new Map<string, readonly string[]>();
    for (const target of targets) calls.set(target.dir, known ? (known.get(target.dir) ?? []) : this.scannedCalls(target));
    const outside = [...calls.values()].flat().filter((dir) => !calls.has(dir));
    for (let dir = outside.pop(); dir !== undefined; dir = outside.pop()) {
      if (calls.has(dir)) continue;
      const found = known ? (known.get(dir) ?? []) : scanDirectoryCalls(dir, this.host, this.helps.callScans).calls;
      calls.set(dir, found);
      outside.push(...found);
    }
    this.host.endScan();
    return calls;
  }

  /** A target's local calls as the scan finds them: none when none of its files is to be linted. */
  private scannedCalls(target: Target): readonly string[] {
    const scan = scanDirectoryCalls(target.dir, this.hostFor(target), this.helps.callScans);
    return this.keptFiles(target, scan.configFiles).length > 0 ? scan.calls : [];
  }

  /** The part of a known call graph that `targets` reach, or undefined when it lacks one of those directories. */
  private reachedIn(known: ReadonlyMap<string, readonly string[]>, targets: readonly Target[]): Map<string, readonly string[]> | undefined {
    const reached = new Map<string, readonly string[]>();
    const pending = targets.map((t) => t.dir);
    for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
      if (reached.has(dir)) continue;
      const callees = known.get(dir);
      if (callees === undefined) return undefined;
      reached.set(dir, callees);
      pending.push(...callees);
    }
    return reached;
  }

  /** The host a target's module is read through: without the files its config excludes, unless files were named. */
  hostFor(target: Target): SourceHost {
    return target.only ? this.host : this.excludingHost(target.config);
  }

  /** Of a target's configuration files, those to lint. */
  keptFiles(target: Target, filenames: readonly string[]): readonly string[] {
    return target.only ? filenames.filter((f) => target.only?.has(f) || !this.isExcluded(target.config, f)) : filenames;
  }

  /** Whether a config's `exclude` patterns cover a file (patterns are relative to the config's directory). */
  isExcluded(config: ResolvedConfig, filename: string): boolean {
    if (config.exclude.length === 0) return false;
    const rel = relativePath(config.baseDir, this.names.absolute(filename)).split(path.sep).join("/");
    if (rel.startsWith("../")) return false;
    let matcher = this.excludeMatchers.get(config);
    if (!matcher) this.excludeMatchers.set(config, (matcher = globMatcher(config.exclude)));
    return matcher(rel);
  }

  /** The role a config's `roles` gives a directory (host path): the last pattern that matches it, relative to the config's directory. */
  configuredRole(config: ResolvedConfig, dir: string): ModuleRole | undefined {
    if (config.roles.length === 0) return undefined;
    const rel = relativePath(config.baseDir, this.names.absolute(dir)).split(path.sep).join("/");
    if (rel.startsWith("../") || rel === "..") return undefined;
    let matchers = this.roleMatchers.get(config);
    if (!matchers) this.roleMatchers.set(config, (matchers = config.roles.map((r) => ({ role: r.role, matches: globMatcher([r.pattern]) }))));
    let role: ModuleRole | undefined;
    // The config's own directory: `.` (or `**`) names it.
    const own = (pattern: string): boolean => ["." , "./", "**", "**/"].includes(pattern);
    config.roles.forEach((r, i) => {
      if (rel === "" ? own(r.pattern) : matchers[i].matches(rel)) role = r.role;
    });
    return role;
  }

  /** When some modules were named only through files, a predicate that keeps findings in those files (and other modules). */
  restriction(targets: readonly Target[]): ((display: string) => boolean) | undefined {
    const limited = targets.filter((t) => t.only !== undefined && t.loaded);
    if (limited.length === 0) return undefined;
    const allowed = new Set<string>();
    const limitedDirs = new Set(limited.map((t) => this.names.display(t.dir)));
    for (const t of limited) for (const f of t.only ?? []) allowed.add(this.names.display(f));
    return (display) => allowed.has(display) || !limitedDirs.has(displayDir(display));
  }

  /** The rules enabled for the run, with the severity of the first config that enables each. */
  enabledRules(targets: readonly Target[]): { id: string; severity: Severity }[] {
    const configs = targets.length > 0 ? targets.map((t) => t.config) : [this.configFor(this.names.inMemory ? "" : this.names.cwd)];
    const out: { id: string; severity: Severity }[] = [];
    for (const rule of this.rules) {
      const setting = configs.map((c) => c.rules.get(rule.id)).find((s) => s !== undefined);
      if (setting) out.push({ id: rule.id, severity: setting.severity });
    }
    return out;
  }

  private excludingHost(config: ResolvedConfig): SourceHost {
    if (config.exclude.length === 0) return this.host;
    const host = this.host;
    return {
      readFile: (p) => host.readFile(p),
      fileExists: (p) => host.fileExists(p),
      realPath: (p) => host.realPath(p),
      whyUnreadable: (p) => host.whyUnreadable(p),
      fileIdentity: (p) => host.fileIdentity(p),
      listFiles: (dir) => host.listFiles(dir).filter((name) => !this.isExcluded(config, joinPath(dir, name))),
    };
  }
}

function isLoadedConfig(value: TfmouldConfig | LoadedConfig): value is LoadedConfig {
  return typeof value === "object" && value !== null && "config" in value && "baseDir" in value;
}
