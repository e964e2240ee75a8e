/**
 * A module instance's scope: input variables resolved with Terraform's
 * precedence, locals evaluated lazily (a cycle is a diagnostic), `path.*`,
 * and a sandbox for the file functions.
 */
import * as nodePath from "node:path";
import type { Attribute, Expression, HclFile } from "../hcl/ast.js";
import { parseExpressionText } from "../hcl/parser.js";
import type { SourceHost } from "../model/host.js";
import { fileOfNode } from "../model/node-files.js";
import { memoOfPairs } from "../util/memo.js";
import { relativePath, resolvePath } from "../util/paths.js";
import type { Module, ModuleDiagnostic, Output, Variable } from "../model/types.js";
import { evalExpr } from "./expr.js";
import type { Budget, Ctx, EvalDiagnostic, EvalMode, FileRead, InstanceBudget, RememberedResult, ScopeInternals, TreeBudget } from "./internal.js";
import { newBudget, newInstanceBudget, newTreeBudget } from "./internal.js";
import type { TypeSpec } from "./typeexpr.js";
import { convertToType, parseType, parsesLiterally, valueTypeOf } from "./typeexpr.js";
import type { Scope, ScopeOptions } from "./types.js";
import type { Origin, Value } from "./value.js";
import { asBool, errorValue, isError, objectValue, stringValue, stripOrigins, tupleValue, unknownValue } from "./values.js";

const NO_BINDINGS: ReadonlyMap<string, Value> = new Map();
const NO_READS: readonly string[] = [];
/** Read-log entries besides variable names (which cannot start with NUL): `path.*`, and where file paths resolve. */
const PATHS_READ = "\u0000paths";
const FILES_READ = "\u0000files";

function baseName(filename: string): string {
  return filename.replace(/\\/g, "/").split("/").pop() ?? filename;
}

/**
 * The tfvars files Terraform loads by itself, in load order:
 * `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars` and
 * `*.auto.tfvars.json` together in lexical order of their names.
 */
export function autoVarFiles(files: readonly HclFile[]): HclFile[] {
  const byName = (name: string) => files.find((f) => baseName(f.filename) === name);
  const auto = files
    .filter((f) => {
      const b = baseName(f.filename);
      return b.endsWith(".auto.tfvars") || b.endsWith(".auto.tfvars.json");
    })
    .sort((a, b) => (baseName(a.filename) < baseName(b.filename) ? -1 : baseName(a.filename) > baseName(b.filename) ? 1 : 0));
  return [byName("terraform.tfvars"), byName("terraform.tfvars.json"), ...auto].filter((f): f is HclFile => f !== undefined);
}

function topLevelAttribute(file: HclFile, name: string): Attribute | undefined {
  let found: Attribute | undefined;
  for (const item of file.body.items) if (item.type === "Attribute" && item.name === name) found = item;
  return found;
}

/**
 * Variable defaults converted to their types, per declaration: Terraform
 * allows no references and no function calls in a default, so it is the
 * same in every instance of the module (a module called for each of many
 * examples converts a large default map once).
 */
const defaults = new WeakMap<Variable, Value>();

/** State shared by a module scope and every `withBindings` view of it. */
class ScopeState {
  readonly variables = new Map<string, Value>();
  readonly locals = new Map<string, Value>();
  /** Locals being evaluated, innermost last: a reference to one of them is a cycle. */
  readonly pending: string[] = [];
  readonly diagnostics: ModuleDiagnostic[] = [];
  readonly remembered = new Map<Expression, RememberedResult>();
  /** The variables each computed local read (directly or through other locals). */
  readonly localReads = new Map<string, readonly string[]>();
  /**
   * Names of the variables read while a record is open (`startReads`):
   * records nest, each one a stretch of this log; closing the outermost
   * empties it.
   */
  readonly readLog: string[] = [];
  openRecords = 0;
  /**
   * Set once some value depended on the order things were evaluated in (a
   * cycle of locals, a limit that was hit, such as the instance's steps):
   * from then on, what this instance computes is not a function of the
   * variables it read.
   */
  orderDependent = false;
  /** The steps all evaluation in this instance took (see `MAX_INSTANCE_STEPS`). */
  readonly work: InstanceBudget;
  /** See `ScopeOptions.tracksReads`; without it, records are always empty. */
  readonly tracksReads: boolean;
  private readonly diagnosticKeys = new Set<string>();
  /** How many problems evaluation reported, counting those already reported (`diagnostics` holds each once). */
  reports = 0;
  readonly host: SourceHost;
  readonly rootDir: string;
  readonly cwd: string;
  readonly paths: { readonly module: string; readonly root: string; readonly cwd: string };
  readonly tfvars: readonly HclFile[];
  /** The instances of this module's local module calls, by call name (see `registerModuleCall`). */
  readonly calls = new Map<string, CallEntry>();

  constructor(
    readonly module: Module,
    readonly options: ScopeOptions,
    tree: TreeBudget,
  ) {
    this.work = newInstanceBudget(tree);
    this.host = options.host;
    this.rootDir = options.rootDir;
    this.cwd = options.rootModuleDir ?? (options.isRoot ? module.dir : options.rootDir);
    const rel = modulePathFrom(this.cwd, module.dir);
    this.paths = { module: rel === "" ? "." : rel, root: ".", cwd: this.cwd === "" ? "." : this.cwd };
    this.tfvars = options.isRoot ? autoVarFiles(module.varFiles) : [];
    this.tracksReads = options.tracksReads === true;
  }

  startReads(): number {
    if (!this.tracksReads) return -1;
    this.openRecords++;
    return this.readLog.length;
  }

  endReads(start: number): readonly string[] {
    if (start < 0) return NO_READS;
    const log = this.readLog;
    const reads = log.length === start ? NO_READS : log.length === start + 1 ? [log[start]] : [...new Set(log.slice(start))];
    if (--this.openRecords === 0) log.length = 0;
    return reads;
  }

  /** Adds one read-log entry (a variable's name, or `PATHS_READ`/`FILES_READ`) to every open record. */
  noteRead(key: string): void {
    if (this.openRecords > 0) this.readLog.push(key);
  }

  noteReads(names: readonly string[]): void {
    if (this.openRecords > 0) for (const n of names) this.readLog.push(n);
  }

  /** Adds what `module.<name>` depends on to every open record. */
  noteCallReads(call: ModuleCallInstances): void {
    if (this.openRecords === 0) return;
    this.noteReads(call.reads);
    if (call.argumentReads) this.noteReads(call.argumentReads());
    this.noteRead(PATHS_READ);
    this.noteRead(FILES_READ);
  }

  report(d: EvalDiagnostic): void {
    this.reports++;
    const key = `${d.summary}\u0000${d.origin.file}\u0000${d.origin.range.start.offset}\u0000${d.origin.range.end.offset}`;
    if (this.diagnosticKeys.has(key)) return;
    this.diagnosticKeys.add(key);
    this.diagnostics.push({ severity: d.severity, summary: d.summary, detail: d.detail, range: d.origin.range, filename: d.origin.file });
  }
}

class ModuleScope implements Scope, ScopeInternals {
  constructor(
    private readonly state: ScopeState,
    readonly extraBindings: ReadonlyMap<string, Value>,
  ) {}

  get module(): Module {
    return this.state.module;
  }

  get modulePath(): string {
    return this.state.options.modulePath ?? "";
  }

  get isRoot(): boolean {
    return this.state.options.isRoot;
  }

  get paths(): ScopeInternals["paths"] {
    this.state.noteRead(PATHS_READ);
    return this.state.paths;
  }

  get remembered(): Map<Expression, RememberedResult> {
    return this.state.remembered;
  }

  /** The same object for a scope and all its `withBindings` views: a key for per-instance caches. */
  get cacheKey(): object {
    return this.state;
  }

  variable(name: string): Value {
    return this.variableIn(name, this.newBudget());
  }

  local(name: string): Value {
    return this.localIn(name, this.newBudget());
  }

  withBindings(bindings: ReadonlyMap<string, Value>): Scope {
    const merged = new Map(this.extraBindings);
    for (const [k, v] of bindings) merged.set(k, v);
    return new ModuleScope(this.state, merged);
  }

  diagnostics(): readonly ModuleDiagnostic[] {
    return [...this.state.diagnostics];
  }

  registerCall(name: string, call: ModuleCallInstances): void {
    this.state.calls.set(name, { ...call });
  }

  report(d: EvalDiagnostic): void {
    this.state.report(d);
  }

  /** A budget for one top-level evaluation, charging this instance's too. */
  newBudget(): Budget {
    return newBudget(this.state.work);
  }

  /** A context for expressions written in `file`. */
  context(file: string, budget: Budget, mode: EvalMode = "module", bindings = NO_BINDINGS): Ctx {
    return { scope: mode === "module" ? this : this.base(), file, bindings, budget, mode };
  }

  private base(): ModuleScope {
    return this.extraBindings.size === 0 ? this : new ModuleScope(this.state, NO_BINDINGS);
  }

  // -------------------------------------------------------------------------
  // Variables

  startReads(): number {
    return this.state.startReads();
  }

  endReads(start: number): readonly string[] {
    return this.state.endReads(start);
  }

  noteReads(names: readonly string[]): void {
    this.state.noteReads(names);
  }

  markOrderDependent(): void {
    this.state.orderDependent = true;
  }

  get tracksReads(): boolean {
    return this.state.tracksReads;
  }

  get orderDependent(): boolean {
    return this.state.orderDependent;
  }

  /** The value behind a read-log entry (see `readsDuring`). */
  readValue(key: string): Value {
    const s = this.state;
    if (key === PATHS_READ) return stringValue(`${s.paths.module}\u0000${s.paths.root}\u0000${s.paths.cwd}`);
    if (key === FILES_READ) return stringValue(`${s.cwd}\u0000${s.rootDir}`);
    return this.variable(key);
  }

  variableIn(name: string, budget: Budget): Value {
    this.state.noteRead(name);
    const cached = this.state.variables.get(name);
    if (cached) return cached;
    const decl = this.state.module.variables.get(name);
    const value = decl ? this.resolveVariable(decl, budget) : errorValue(`variable "${name}" is not declared`);
    this.state.variables.set(name, value);
    return value;
  }

  private resolveVariable(decl: Variable, budget: Budget): Value {
    const typeSpec = decl.type ? parseType(decl.type.expr) : undefined;
    const constant = (expr: Expression, file: string): Value => evalExpr(this.base().context(file, budget, "constant"), expr);
    const file = decl.file.filename;
    const nullableValue = decl.nullable ? asBool(constant(decl.nullable.expr, file)) : true;
    const nullable = nullableValue ?? true;
    let value = this.assignedValue(decl.name, typeSpec, budget);
    if (value && value.kind === "null" && !nullable) value = undefined;
    if (value) return this.converted(decl, value, typeSpec, constant);
    if (!decl.default) {
      return unknownValue(valueTypeOf(typeSpec), this.isRoot ? "variable without a value" : "module argument not set");
    }
    const known = defaults.get(decl);
    if (known) return known;
    const s = this.state;
    const reports = s.reports;
    const converted = this.converted(decl, constant(decl.default.expr, file), typeSpec, constant);
    // The same in every instance, unless a limit or a problem made this one's answer its own
    // (a budget's flags stay set once raised, so this also tells a limit hit before).
    if (!budget.exhausted && !budget.incomplete && s.reports === reports) defaults.set(decl, converted);
    return converted;
  }

  /** A variable's value converted to its type; a value that does not match is unknown, with a warning. */
  private converted(decl: Variable, value: Value, typeSpec: TypeSpec | undefined, constant: (expr: Expression, file: string) => Value): Value {
    if (!typeSpec || isError(value)) return value;
    const file = decl.file.filename;
    const converted = convertToType(value, typeSpec, (e) => constant(e, file));
    if (isError(converted) && !isError(value)) {
      const at: Origin = value.origins[0] ?? { file, range: decl.block.range };
      this.report({
        severity: "warning",
        summary: "Invalid value for variable",
        detail: `The value of var.${decl.name} does not match its type: ${converted.kind === "unknown" ? converted.reason : ""}. It is treated as unknown.`,
        origin: at,
      });
    }
    return converted;
  }

  /** The value set for a variable from outside its module, highest precedence first; undefined when none. */
  private assignedValue(name: string, typeSpec: TypeSpec | undefined, budget: Budget): Value | undefined {
    const o = this.state.options;
    if (!o.isRoot) return o.moduleArguments?.get(name);
    const flag = o.vars?.[name];
    if (flag !== undefined) return this.parseRawValue(flag, name, typeSpec, budget);
    for (const files of [o.varFiles ?? [], this.state.tfvars]) {
      for (let i = files.length - 1; i >= 0; i--) {
        const attr = topLevelAttribute(files[i], name);
        if (attr) return evalExpr(this.base().context(files[i].filename, budget, "constant"), attr.expr);
      }
    }
    if (o.useEnv) {
      const env = o.env ?? process.env;
      const text = env[`TF_VAR_${name}`];
      if (text !== undefined) return this.parseRawValue(text, name, typeSpec, budget);
    }
    return undefined;
  }

  /** A `--var` or `TF_VAR_` value: a string for primitive types, else an HCL expression (as Terraform reads them). */
  private parseRawValue(text: string, name: string, typeSpec: TypeSpec | undefined, budget: Budget): Value {
    if (parsesLiterally(typeSpec)) return stringValue(text);
    const parsed = parseExpressionText(text, `<value for var.${name}>`);
    if (parsed.diagnostics.some((d) => d.severity === "error")) return errorValue(`invalid value for var.${name}`);
    return stripOrigins(evalExpr(this.base().context("", budget, "constant"), parsed.expr));
  }

  // -------------------------------------------------------------------------
  // Module calls

  moduleIn(name: string): Value {
    const s = this.state;
    const entry = s.calls.get(name);
    if (!entry) return unknownValue("any", "module output");
    // The outputs are a function of what the call's arguments and count read here, and of
    // where the child's paths and files resolve.
    s.noteCallReads(entry);
    if (entry.value) return entry.value;
    if (entry.repetition === "pending") {
      // Read while the module tree is still being built (a call's argument naming a later call):
      // a value that a later read would know.
      s.orderDependent = true;
      return unknownValue("any", "module output not evaluated yet");
    }
    if (entry.computing) {
      s.orderDependent = true;
      return unknownValue("any", "module outputs that refer to each other");
    }
    entry.computing = true;
    let value: Value;
    try {
      value = callValue(entry);
    } finally {
      entry.computing = false;
    }
    entry.value = value;
    return value;
  }

  moduleOutputIn(name: string, output: string): Value | undefined {
    const s = this.state;
    const entry = s.calls.get(name);
    // The whole value, once known, answers; so does moduleIn for the cases it handles apart.
    if (!entry || entry.value || entry.computing || entry.repetition !== "single" || entry.instances.length !== 1) return undefined;
    const child = scopeInternals(entry.instances[0].scope);
    const declared = child?.module.outputs.get(output);
    if (!child || !declared?.value) return undefined;
    s.noteCallReads(entry);
    const outputs = (entry.outputs ??= new Map());
    let value = outputs.get(output);
    if (value === undefined) {
      entry.computing = true;
      try {
        value = outputValue(child, declared, declared.value);
      } finally {
        entry.computing = false;
      }
      outputs.set(output, value);
    }
    return value;
  }

  // -------------------------------------------------------------------------
  // Locals

  localIn(name: string, budget: Budget): Value {
    const cached = this.state.locals.get(name);
    if (cached) {
      this.state.noteReads(this.state.localReads.get(name) ?? NO_READS);
      return cached;
    }
    const decl = this.state.module.locals.get(name);
    if (!decl) return errorValue(`local value "${name}" is not declared`);
    const pending = this.state.pending;
    const at = pending.indexOf(name);
    if (at >= 0) {
      const chain = [...pending.slice(at), name].map((n) => `local.${n}`).join(" → ");
      this.report({
        severity: "warning",
        summary: "Cycle in local values",
        detail: `These local values refer to each other: ${chain}. They are treated as unknown.`,
        origin: { file: decl.file.filename, range: decl.attribute.range },
      });
      this.state.orderDependent = true;
      return unknownValue("any", "cycle in local values");
    }
    pending.push(name);
    const start = this.state.startReads();
    let value: Value;
    try {
      value = evalExpr(this.base().context(decl.file.filename, budget), decl.attribute.expr);
    } finally {
      pending.pop();
      this.state.localReads.set(name, this.state.endReads(start));
    }
    // A value computed while a cycle was open is part of that cycle's unknowns; cache it all the same.
    this.state.locals.set(name, value);
    return value;
  }

  // -------------------------------------------------------------------------
  // Files

  private resolveInRoot(path: string, at: Origin): { ok: true; path: string } | { ok: false; reason: string } {
    const s = this.state;
    s.noteRead(FILES_READ);
    const target = nodePath.isAbsolute(path) ? nodePath.normalize(path) : nodePath.join(s.cwd, path);
    // As written, then as it really is (a link inside the root may point out of it).
    if (liesWithin(s.rootDir, target) && this.isInside(target)) return { ok: true, path: target };
    this.report({
      severity: "warning",
      summary: "File outside the scanned directory",
      detail: `"${path}" resolves to a file outside ${s.rootDir === "" ? "the scanned directory" : s.rootDir}; tfmould does not read it and treats its content as unknown.`,
      origin: at,
    });
    return { ok: false, reason: "file outside the scanned directory" };
  }

  readFile(path: string, at: Origin): FileRead {
    const resolved = this.resolveInRoot(path, at);
    if (!resolved.ok) return { ok: false, kind: "escape", reason: resolved.reason };
    const host = this.state.host;
    const text = host.readFile(resolved.path);
    if (text !== undefined) return { ok: true, path: resolved.path, text };
    if (host.fileExists(resolved.path)) return { ok: false, kind: "binary", reason: `"${path}" is not valid UTF-8 text` };
    return { ok: false, kind: "missing", reason: `no file exists at "${path}"` };
  }

  fileExists(path: string, at: Origin): boolean | undefined {
    const resolved = this.resolveInRoot(path, at);
    return resolved.ok ? this.state.host.fileExists(resolved.path) : undefined;
  }

  listFiles(dir: string, at: Origin): string[] | undefined {
    const resolved = this.resolveInRoot(dir, at);
    if (!resolved.ok) return undefined;
    const host = this.state.host;
    // A symlinked file that points outside the root is left out, as file() would refuse it.
    return host.listFiles(resolved.path).filter((name) => this.isInside(nodePath.join(resolved.path, name)));
  }

  /** Whether `target`'s real path lies within the root's; a path that does not resolve counts as inside. */
  private isInside(target: string): boolean {
    const s = this.state;
    const real = s.host.realPath(target);
    if (real === undefined) return true;
    return liesWithin(s.host.realPath(s.rootDir) ?? s.rootDir, real);
  }
}

/**
 * Whether `p` is `root` or lies below it. Stricter than `isWithin`: a path
 * below the root whose first component starts with `..` (`..data/x`)
 * counts as outside too.
 */
function liesWithin(root: string, p: string): boolean {
  const rel = relativePath(resolvePath(root), resolvePath(p));
  return rel === "" || (!rel.startsWith("..") && !nodePath.isAbsolute(rel));
}

/** The instances of one local module call, as `module.<name>` reads them. */
export interface ModuleCallInstances {
  /** How the call is repeated: its instances' keys are known, or (`unknown`) they are not. */
  readonly repetition: "single" | "count" | "for_each" | "unknown" | "pending";
  readonly instances: readonly { readonly key: string | number | undefined; readonly scope: Scope }[];
  /** What evaluating the call's `count`/`for_each` read in the caller's scope. */
  readonly reads: readonly string[];
  /**
   * What evaluating the instances' arguments reads in the caller's scope,
   * evaluating those not read yet: asked only while a record is open.
   */
  readonly argumentReads?: () => readonly string[];
}

interface CallEntry extends ModuleCallInstances {
  value?: Value;
  /** Single outputs read before (or instead of) the whole value, by name. */
  outputs?: Map<string, Value>;
  computing?: boolean;
}

/**
 * Makes a local module call's instances visible as `module.<name>` in the
 * caller's scope: each instance's outputs, evaluated in its own scope when
 * first read, with the origins they carry (a caller's literal passed in
 * and back out is still that literal).
 */
export function registerModuleCall(caller: Scope, name: string, call: ModuleCallInstances): void {
  if (caller instanceof ModuleScope) caller.registerCall(name, call);
}

function outputsOf(scope: Scope): Value {
  const s = scopeInternals(scope);
  if (!s) return unknownValue("object", "module outputs");
  const entries = new Map<string, Value>();
  for (const output of s.module.outputs.values()) {
    if (output.value) entries.set(output.name, outputValue(s, output, output.value));
  }
  return objectValue(entries);
}

/** One output's value, evaluated in its module instance's scope. */
function outputValue(s: NonNullable<ReturnType<typeof scopeInternals>>, output: Output, value: Attribute): Value {
  const file = (fileOfNode(s.module, value.expr) ?? output.file).filename;
  return evalExpr(s.context(file, s.newBudget()), value.expr);
}

function callValue(call: ModuleCallInstances): Value {
  switch (call.repetition) {
    case "unknown":
    case "pending":
      return unknownValue("any", "module instances not known");
    case "single":
      return call.instances.length === 1 ? outputsOf(call.instances[0].scope) : unknownValue("object", "module output");
    case "count":
      return tupleValue(call.instances.map((i) => outputsOf(i.scope)));
    case "for_each":
      return objectValue(new Map(call.instances.map((i) => [String(i.key), outputsOf(i.scope)])));
  }
}

/**
 * Builds the scope of one module instance. For a root module, variables
 * take (lowest to highest) their defaults, `TF_VAR_*` when `useEnv` is set,
 * `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)` in
 * lexical order, `varFiles` in order and `vars`. For a child, they take the
 * caller's `moduleArguments`, else their default, else unknown. Values are
 * converted to the variable's type; `nullable = false` makes null take the
 * default.
 */
export function createModuleScope(module: Module, options: ScopeOptions): Scope {
  return scopeInTree(module, options, newTreeBudget());
}

/** A module scope whose evaluation counts against `tree`, shared with the other instances of one scanned module. */
export function scopeInTree(module: Module, options: ScopeOptions, tree: TreeBudget): Scope {
  return new ModuleScope(new ScopeState(module, options, tree), NO_BINDINGS);
}

/** The evaluator's view of a scope made by `createModuleScope`; undefined for any other object. */
export function scopeInternals(scope: Scope): (ScopeInternals & { context: ModuleScope["context"]; cacheKey: object }) | undefined {
  return scope instanceof ModuleScope ? scope : undefined;
}

/** What a piece of work read from a module instance's scope (see `readsDuring`). */
export interface ScopeReads {
  /**
   * Each thing read, once: a variable's name, or an entry that stands for
   * `path.*` or for where file functions resolve paths. `readValue` gives
   * its value in any instance of the module.
   */
  readonly keys: readonly string[];
  /** See `isOrderDependent`: when true, the work's results are not a function of what it read. */
  readonly orderDependent: boolean;
}

/**
 * Runs `work` and tells what it read from `scope`, directly or through
 * locals and results cached earlier. Every value of a module instance is a
 * function of its variables, its `path.*` and where its file functions look
 * (the files themselves do not change during a run). So work that only
 * evaluates in this scope gives the same results in another instance of the
 * same module in which everything it read has an identical value
 * (`identicalValues` of `readValue`), unless `orderDependent` is set.
 * A scope made without `tracksReads` records nothing, and says so with
 * `orderDependent`.
 */
export function readsDuring(scope: Scope, work: () => void): ScopeReads {
  const s = scopeInternals(scope);
  if (!s || !(scope as ModuleScope).tracksReads) {
    work();
    return { keys: NO_READS, orderDependent: true };
  }
  const start = s.startReads();
  let keys: readonly string[] = NO_READS;
  try {
    work();
  } finally {
    keys = s.endReads(start);
  }
  return { keys, orderDependent: isOrderDependent(scope) };
}

/** The value in `scope` of something `readsDuring` reported as read. */
export function readValue(scope: Scope, key: string): Value {
  return scope instanceof ModuleScope ? scope.readValue(key) : unknownValue("any", "scope not made by createModuleScope");
}

/**
 * Whether some value of this instance so far depended on the order things
 * were evaluated in (a cycle of locals, an evaluation limit such as the
 * instance's step budget): then its results cannot be carried over to
 * another instance.
 */
export function isOrderDependent(scope: Scope): boolean {
  return scope instanceof ModuleScope ? scope.orderDependent : true;
}

/**
 * `path.module` of a module directory, for a working directory: the same
 * few pairs come up for every instance, and are worked out once.
 */
const modulePathFrom = memoOfPairs((cwd, dir) => relativePath(resolvePath(cwd), resolvePath(dir)).replace(/\\/g, "/"));
