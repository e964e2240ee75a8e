/**
 * The evaluation layer's public shapes: a module instance's scope, the
 * options that build one, and module instances.
 */
import type { HclFile } from "../hcl/ast.js";
import type { SourceHost } from "../model/host.js";
import type { Module, ModuleCall, ModuleDiagnostic } from "../model/types.js";
import type { Value } from "./value.js";

/**
 * Everything `evaluate` can see in one module instance: its input
 * variables, locals, `path.*`, `terraform.workspace`, and any extra names
 * bound with `withBindings`. Values are computed lazily and cached; a scope
 * never throws.
 */
export interface Scope {
  readonly module: Module;
  /** "" for the scanned module, `module.web`, `module.web[0]`, `module.a.module.b`. */
  readonly modulePath: string;
  readonly isRoot: boolean;
  /** The value of `var.<name>` after Terraform's precedence (unknown when undeclared or unset). */
  variable(name: string): Value;
  /** The value of `local.<name>` (unknown when undeclared or in a cycle). */
  local(name: string): Value;
  /**
   * The same scope with extra root names bound, e.g. a `dynamic` block's
   * iterator: `scope.withBindings(new Map([["ingress", value]]))`. Shares the
   * variable and local caches and the diagnostics.
   */
  withBindings(bindings: ReadonlyMap<string, Value>): Scope;
  /**
   * Problems found while evaluating so far: local cycles, files outside the
   * scanned root, capped work, invalid variable values. De-duplicated.
   */
  diagnostics(): readonly ModuleDiagnostic[];
}

/** How to build a module's scope. */
export interface ScopeOptions {
  /** Reads `file()`, `templatefile()` and friends. */
  readonly host: SourceHost;
  /** The scanned root: file functions never read outside it. */
  readonly rootDir: string;
  /**
   * `--var name=value` flags, in order. As Terraform does, a variable whose
   * type is a primitive (or not declared) takes the text as a string;
   * any other type parses it as an HCL expression.
   */
  readonly vars?: Readonly<Record<string, string>>;
  /** `--var-file` files, already parsed, in order (later wins). */
  readonly varFiles?: readonly HclFile[];
  /** Read `TF_VAR_<name>` from `env` (lowest precedence after defaults). */
  readonly useEnv?: boolean;
  /** The environment for `TF_VAR_*`; defaults to `process.env` when `useEnv` is set. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether the module is a root module: only roots read tfvars, flags and the environment. */
  readonly isRoot: boolean;
  /** A caller's arguments, for a child module instance: a map of values, or anything that gives one by name when asked. */
  readonly moduleArguments?: Pick<ReadonlyMap<string, Value>, "get">;
  /** The module path used in addresses; "" when omitted. */
  readonly modulePath?: string;
  /**
   * The root module's directory: Terraform's working directory, against
   * which `file("x")` resolves. Defaults to the module's own directory for a
   * root module, else `rootDir`.
   */
  readonly rootModuleDir?: string;
  /**
   * Keep track of what evaluations read, for `readsDuring`. It costs a little
   * on every evaluation; `instantiateModules` sets it for child instances,
   * the ones a module can have several of.
   */
  readonly tracksReads?: boolean;
}

/** One module as evaluated: the scanned module, or one instance of a local module call. */
export interface ModuleInstance {
  readonly module: Module;
  /** "" for the scanned module, `module.web`, `module.web[0]`, `module.web["a"]`, `module.a.module.b`. */
  readonly modulePath: string;
  readonly scope: Scope;
  readonly isRoot: boolean;
  /** The call that created this instance (absent for the scanned module). */
  readonly caller?: ModuleCall;
  /** The instance that holds `caller`. */
  readonly parent?: ModuleInstance;
  /** The `count` index or `for_each` key of this instance, when the call has one and it is known. */
  readonly key?: string | number;
}

/** How to instantiate a module tree. */
export interface InstantiateOptions {
  readonly host: SourceHost;
  readonly rootDir: string;
  readonly vars?: Readonly<Record<string, string>>;
  readonly varFiles?: readonly HclFile[];
  readonly useEnv?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether the scanned module is a root module (default true). */
  readonly isRoot?: boolean;
  /** Deepest chain of module calls followed (default 16). */
  readonly maxDepth?: number;
  /** Most module instances created in total (default 1000). */
  readonly maxInstances?: number;
  /**
   * Most evaluation steps the scanned module and all its instances may take
   * together (default 10,000,000; each instance also stops at 1,000,000):
   * past it, values are unknown and one warning says so.
   */
  readonly maxSteps?: number;
  /** Loads a module directory; defaults to the model's `loadModule`. */
  readonly loadModule?: (dir: string, options: { host: SourceHost }) => Module;
}

/** The result of `instantiateModules`. */
export interface InstantiateResult {
  /** The scanned module first, then child instances depth-first in call order. */
  readonly instances: ModuleInstance[];
  /** Self-recursive calls, missing directories, capped depth or count. */
  readonly diagnostics: ModuleDiagnostic[];
}

/** One value of an expression per instance of a resource. */
export interface InstanceValue {
  /** The `count.index` or `for_each` key; undefined when the resource has neither, or the collection is unknown. */
  readonly key: string | number | undefined;
  readonly value: Value;
}
