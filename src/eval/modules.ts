/**
 * Module instances: the scanned module, then every instance of every module
 * call with a local source, each with its own scope whose variables are the
 * caller's arguments, each evaluated in the caller's scope when first read.
 */
import * as nodePath from "node:path";
import type { SourceHost } from "../model/host.js";
import { loadModule } from "../model/load.js";
import { fileOfNode } from "../model/node-files.js";
import { memoOfPairs } from "../util/memo.js";
import { resolvePath } from "../util/paths.js";
import { literalString } from "../model/query.js";
import type { Module, ModuleCall, ModuleDiagnostic } from "../model/types.js";
import type { InstanceBinding } from "./evaluate.js";
import { instancesOf } from "./evaluate.js";
import { evalExpr } from "./expr.js";
import { newTreeBudget } from "./internal.js";
import { registerModuleCall, scopeInTree, scopeInternals } from "./scope.js";
import type { InstantiateOptions, InstantiateResult, ModuleInstance, Scope } from "./types.js";
import type { Value } from "./value.js";
import { unknownValue } from "./values.js";

const DEFAULT_MAX_DEPTH = 16;

/** `module.<name>` of a local call not instantiated yet, and of one that is not followed. */
const PENDING = { repetition: "pending", instances: [], reads: [] } as const;
const NOT_FOLLOWED = { repetition: "unknown", instances: [], reads: [] } as const;
const DEFAULT_MAX_INSTANCES = 1000;

/** Whether a module source is a local path (`./x`, `../x`), which Terraform reads from disk as is. */
export function isLocalSource(source: string): boolean {
  return source.startsWith("./") || source.startsWith("../") || source.startsWith(".\\") || source.startsWith("..\\");
}

/**
 * The directory a local source names from `dir`, without a trailing
 * separator: `source = "../../"` and `"../.."` are one module, read and
 * parsed once, whichever way a call spells it.
 */
export const localSourceDir = memoOfPairs((dir: string, source: string): string => {
  const joined = nodePath.join(dir, source);
  return joined.length > nodePath.parse(joined).root.length && /[\\/]$/.test(joined) ? joined.replace(/[\\/]+$/, "") : joined;
});

function instanceSuffix(key: string | number | undefined): string {
  if (key === undefined) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/**
 * One instance's arguments to a module call, each evaluated in the caller's
 * scope when the child first reads it. Most are never read: on the
 * 23-repository corpus, 18,125 arguments were evaluated before and 4,891 of
 * them read. What `module.<name>` depends on is still all of them
 * (`reads`), so the replay of rule runs stays sound.
 */
class CallArguments {
  private readonly values = new Map<string, Value>();
  private readonly readsOf = new Map<string, readonly string[]>();
  /** Arguments being evaluated: one that needs itself (through the child's outputs) is unknown. */
  private readonly evaluating = new Set<string>();

  constructor(
    private readonly call: ModuleCall,
    private readonly caller: ModuleInstance,
    private readonly inst: InstanceBinding,
  ) {}

  get(name: string): Value | undefined {
    const known = this.values.get(name);
    if (known !== undefined) return known;
    const attr = this.call.arguments.get(name);
    if (!attr) return undefined;
    const s = scopeInternals(this.caller.scope);
    if (!s) return unknownValue("any", "caller scope not available");
    if (this.evaluating.has(name)) {
      s.markOrderDependent();
      return unknownValue("any", "module arguments that depend on each other");
    }
    this.evaluating.add(name);
    const file = (fileOfNode(this.caller.module, attr.expr) ?? this.call.file).filename;
    const start = s.startReads();
    let value: Value;
    try {
      value = evalExpr(s.context(file, s.newBudget(), "module", this.inst.bindings), attr.expr);
    } finally {
      this.readsOf.set(name, s.endReads(start));
      this.evaluating.delete(name);
    }
    this.values.set(name, value);
    return value;
  }

  /** What evaluating every argument reads in the caller's scope (those not read yet are evaluated now). */
  reads(): string[] {
    const out: string[] = [];
    for (const name of this.call.arguments.keys()) {
      this.get(name);
      out.push(...(this.readsOf.get(name) ?? []));
    }
    return out;
  }
}

/**
 * Instantiates the scanned module and, recursively, its module calls whose
 * `source` is a local path: each directory is loaded once however many
 * calls use it; each call gives one instance per element of a known
 * `count`/`for_each` (none for an empty one), or a single instance when the
 * collection is unknown (its `count.index`/`each.*` then unknown). A child's
 * variables are bound to the caller's arguments, which keep the caller's
 * origins. Registry, git and other remote sources are never fetched and
 * give no instance. A module that calls itself (directly or through
 * others), too deep a chain and too many instances are diagnostics.
 */
export function instantiateModules(root: Module, options: InstantiateOptions): InstantiateResult {
  const load = options.loadModule ?? ((dir: string, o: { host: SourceHost }) => loadModule(dir, o));
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxInstances = options.maxInstances ?? DEFAULT_MAX_INSTANCES;
  const host = options.host;
  const diagnostics: ModuleDiagnostic[] = [];
  const loaded = new Map<string, Module>();
  const isRoot = options.isRoot ?? true;
  const rootModuleDir = root.dir;
  const tree = newTreeBudget(options.maxSteps);
  const rootScope = scopeInTree(root, {
    host,
    rootDir: options.rootDir,
    vars: options.vars,
    varFiles: options.varFiles,
    useEnv: options.useEnv,
    env: options.env,
    isRoot,
    modulePath: "",
    rootModuleDir,
  }, tree);
  const rootInstance: ModuleInstance = { module: root, modulePath: "", scope: rootScope, isRoot };
  const instances: ModuleInstance[] = [rootInstance];
  let capped = false;

  const dirKey = (dir: string): string => resolvePath(host.realPath(dir) ?? dir);

  const report = (call: ModuleCall, severity: "error" | "warning", summary: string, detail: string): void => {
    const range = call.source?.expr.range ?? call.block.range;
    diagnostics.push({ severity, summary, detail, range, filename: call.file.filename });
  };

  const visit = (parent: ModuleInstance, ancestors: readonly string[], depth: number): void => {
    for (const call of parent.module.moduleCalls.values()) {
      const source = call.source ? literalString(call.source.expr) : undefined;
      if (source !== undefined && isLocalSource(source)) registerModuleCall(parent.scope, call.name, PENDING);
    }
    for (const call of parent.module.moduleCalls.values()) {
      const source = call.source ? literalString(call.source.expr) : undefined;
      if (source === undefined || !isLocalSource(source)) continue;
      const dir = localSourceDir(parent.module.dir, source);
      const key = dirKey(dir);
      if (ancestors.includes(key)) {
        report(call, "warning", "Module calls itself", `${call.address} loads "${source}", which is already being instantiated above it; the recursion is not followed.`);
        registerModuleCall(parent.scope, call.name, NOT_FOLLOWED);
        continue;
      }
      if (depth + 1 > maxDepth) {
        report(call, "warning", "Module calls nested too deeply", `More than ${maxDepth} levels of module calls; ${call.address} is not followed.`);
        registerModuleCall(parent.scope, call.name, NOT_FOLLOWED);
        continue;
      }
      let module = loaded.get(key);
      if (!module) {
        module = load(dir, { host });
        loaded.set(key, module);
      }
      if (module.files.length === 0) {
        report(call, "warning", "Module directory not found", `${call.address} refers to "${source}", where no Terraform files were found.`);
        registerModuleCall(parent.scope, call.name, NOT_FOLLOWED);
        continue;
      }
      // What `module.<name>` in the caller depends on: the call's count (read below) and arguments (`CallArguments.reads`).
      const ps = scopeInternals(parent.scope);
      const readStart = ps ? ps.startReads() : -1;
      const bindings = instancesOf(call, parent.scope);
      const made: { key: string | number | undefined; scope: Scope }[] = [];
      const argumentsMade: CallArguments[] = [];
      let stopped = false;
      for (const inst of bindings) {
        if (instances.length >= maxInstances) {
          if (!capped) {
            capped = true;
            report(call, "warning", "Too many module instances", `More than ${maxInstances} module instances; the rest are not evaluated.`);
          }
          stopped = true;
          break;
        }
        const modulePath = `${parent.modulePath === "" ? "" : parent.modulePath + "."}${call.address}${instanceSuffix(inst.key)}`;
        const moduleArguments = new CallArguments(call, parent, inst);
        argumentsMade.push(moduleArguments);
        const scope = scopeInTree(module, {
          host,
          rootDir: options.rootDir,
          isRoot: false,
          moduleArguments,
          modulePath,
          rootModuleDir,
          tracksReads: true,
        }, tree);
        const child: ModuleInstance = { module, modulePath, scope, isRoot: false, caller: call, parent, key: inst.key };
        instances.push(child);
        made.push({ key: inst.key, scope });
        visit(child, [...ancestors, key], depth + 1);
      }
      const reads = ps && readStart >= 0 ? ps.endReads(readStart) : [];
      const repeated = call.count !== undefined ? "count" : call.forEach !== undefined ? "for_each" : "single";
      const known = !stopped && (repeated === "single" || bindings.every((b) => b.key !== undefined));
      registerModuleCall(parent.scope, call.name, {
        repetition: known ? repeated : "unknown",
        instances: made,
        reads,
        argumentReads: () => argumentsMade.flatMap((a) => a.reads()),
      });
      if (stopped) return;
    }
  };

  visit(rootInstance, [dirKey(root.dir)], 0);
  return { instances, diagnostics };
}
