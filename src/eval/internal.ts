/**
 * Shapes shared by the evaluator's own modules (not exported from the
 * package): the evaluation context, the work budget and what the evaluator
 * needs from a scope.
 */
import type { Expression } from "../hcl/ast.js";
import type { Module } from "../model/types.js";
import type { Origin, Value } from "./value.js";

/*
 * Limits on the work done for the scanned repository, which may be
 * written by an attacker (tfmould runs in CI on pull requests). Each one
 * ends in an unknown value and one warning, never a guess:
 * - MAX_DEPTH: nesting of expressions, locals and calls (the JS stack).
 * - MAX_STEPS: steps of one top-level evaluation (an expression, a local,
 *   a variable). A step is one expression node, one iteration of a
 *   template `for` or element of a splat, one regex match, STEP_CHARS
 *   characters a regex scans, STEP_PATTERN_CHARS characters of a pattern
 *   compiled (every call, even when the compiled pattern is cached), or
 *   STEP_TEXT characters or STEP_VALUES values (at every depth where a
 *   function or `==` walks that deep) that a function takes or gives:
 *   1 to 3 microseconds each, so at most about a second.
 * - MAX_INSTANCE_STEPS: steps of everything evaluated in one module
 *   instance (rules evaluate many expressions, some again and again), so
 *   a module of many expensive expressions is bounded too: two
 *   evaluations' worth, where the largest instance of the 4 MB benchmark
 *   corpus (bench/corpus.ts), all rules run, takes under 2,000.
 * - MAX_TREE_STEPS: steps of a scanned module and all its module
 *   instances (up to 1,000 of them) together: ten instances' worth (the
 *   corpus's largest tree takes under 30,000).
 * - MAX_STRING, MAX_COLLECTION: sizes of one string, one built collection.
 * - MAX_NODES: the logical size of a value (nodes counted as often as they
 *   appear), so that values sharing structure cannot make `==`, encoders
 *   or set functions walk exponentially many nodes.
 */
/** Deepest nesting of evaluation (expressions, locals, function calls) before giving up. */
export const MAX_DEPTH = 400;
/** Evaluation steps one top-level `evaluate` may take. */
export const MAX_STEPS = 500_000;
/** Evaluation steps all evaluation in one module instance may take. */
export const MAX_INSTANCE_STEPS = 1_000_000;
/** Evaluation steps a scanned module and all its module instances may take together (by default). */
export const MAX_TREE_STEPS = 10_000_000;
/** Characters a regex scans per step charged. */
export const STEP_CHARS = 64;
/** Characters of a regex or glob pattern compiled per step charged (re2js compiles about one a microsecond or two). */
export const STEP_PATTERN_CHARS = 1;
/** Characters a function takes or gives per step charged (native string work is faster than a regex scan). */
export const STEP_TEXT = 256;
/** Values a function (or `==`) takes, gives or walks per step charged. */
export const STEP_VALUES = 8;
/** Longest string a value may hold (characters). */
export const MAX_STRING = 10 * 1024 * 1024;
/** Most elements a collection built by a function may hold. */
export const MAX_COLLECTION = 100_000;
/** Most nodes (values at any depth, shared parts counted each time) one value may hold. */
export const MAX_NODES = 1_000_000;
/** Terraform's own limit on `range()`. */
export const MAX_RANGE = 1024;

/** The work counter of a scanned module and all its module instances together. */
export interface TreeBudget {
  steps: number;
  readonly max: number;
  /** Set once it ran out (and said so, once). */
  exhausted: boolean;
}

export function newTreeBudget(max = MAX_TREE_STEPS): TreeBudget {
  return { steps: 0, max, exhausted: false };
}

/** The work counter of one module instance, shared by every evaluation in it. */
export interface InstanceBudget {
  steps: number;
  /**
   * The steps it may reach before drawing more from its tree, at most
   * MAX_INSTANCE_STEPS. Drawing in chunks keeps the check on every
   * expression step a single comparison.
   */
  limit: number;
  /** Set once it ran out (its own limit or its tree's): every later evaluation in the instance is unknown. */
  exhausted: boolean;
  readonly tree: TreeBudget;
}

export function newInstanceBudget(tree: TreeBudget): InstanceBudget {
  return { steps: 0, limit: 0, exhausted: false, tree };
}

/** Steps an instance draws from its tree at a time (what the tree can lose to instances that stop early). */
const STEP_CHUNK = 1000;

/** Raises an instance's limit to cover its steps, drawing from its tree. */
function draw(instance: InstanceBudget): void {
  const tree = instance.tree;
  while (instance.limit < instance.steps && instance.limit < MAX_INSTANCE_STEPS) {
    if (tree.steps >= tree.max) return;
    const take = Math.min(STEP_CHUNK, MAX_INSTANCE_STEPS - instance.limit);
    tree.steps += take;
    instance.limit += take;
  }
}

/** Work counters shared by everything one top-level evaluation does. */
export interface Budget {
  steps: number;
  depth: number;
  /** Set once the step budget (its own, its instance's or its tree's) ran out, so the diagnostic is reported once. */
  exhausted: boolean;
  /**
   * Set when part of the result depends on more than the expression and the
   * scope (the depth limit, which depends on which locals were already
   * computed; a host error): such a result is not remembered for the next
   * evaluation of the same expression.
   */
  incomplete: boolean;
  readonly instance: InstanceBudget;
}

export function newBudget(instance: InstanceBudget): Budget {
  return { steps: 0, depth: 0, exhausted: false, incomplete: false, instance };
}

/**
 * Charges `n` steps to the evaluation, its module instance and their tree.
 * False once one has run out: the evaluation's result is then unknown, and
 * the one warning about it is reported at `at` (an instance or a tree that
 * ran out says so once). Running out depends on what was evaluated before,
 * so the scope becomes order-dependent.
 */
export function chargeSteps(ctx: Ctx, n: number, at: Origin): boolean {
  const budget = ctx.budget;
  if (budget.exhausted) return false;
  const instance = budget.instance;
  budget.steps += n;
  instance.steps += n;
  if (instance.steps > instance.limit) draw(instance);
  if (budget.steps <= MAX_STEPS && instance.steps <= instance.limit) return true;
  budget.exhausted = true;
  ctx.scope.markOrderDependent();
  if (instance.exhausted) return false;
  const tree = instance.tree;
  let detail: string | undefined;
  if (instance.steps > instance.limit && instance.limit >= MAX_INSTANCE_STEPS) {
    instance.exhausted = true;
    detail = `Evaluating this module took more than ${MAX_INSTANCE_STEPS} steps; this value and every later one in the module are treated as unknown.`;
  } else if (instance.steps > instance.limit) {
    instance.exhausted = true;
    // The first instance to find the tree empty says so; the others stay quiet.
    if (!tree.exhausted) detail = `Evaluating this module and the modules it calls took more than ${tree.max} steps; this value and every later one in them are treated as unknown.`;
    tree.exhausted = true;
  } else {
    detail = `Evaluating this expression took more than ${MAX_STEPS} steps; the rest of it is treated as unknown.`;
  }
  if (detail !== undefined) ctx.scope.report({ severity: "warning", summary: "Evaluation budget exceeded", detail, origin: at });
  return false;
}

/** Steps the evaluation may still take before `chargeSteps` refuses. */
export function remainingSteps(budget: Budget): number {
  if (budget.exhausted) return 0;
  const instance = budget.instance;
  const fromTree = instance.limit - instance.steps + Math.max(0, instance.tree.max - instance.tree.steps);
  return Math.max(0, Math.min(MAX_STEPS - budget.steps, MAX_INSTANCE_STEPS - instance.steps, fromTree));
}

/** Marks the current result as incomplete and its scope as order-dependent (see `Budget.incomplete`). */
export function markIncomplete(ctx: Ctx): void {
  ctx.budget.incomplete = true;
  ctx.scope.markOrderDependent();
}

/** A diagnostic reported by evaluation, located in a file. */
export interface EvalDiagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail: string;
  readonly origin: Origin;
}

/** A file read through the sandbox, or why it could not be. */
export type FileRead =
  | { readonly ok: true; readonly path: string; readonly text: string }
  | { readonly ok: false; readonly kind: "escape" | "missing" | "binary"; readonly reason: string };

/** A result of `evaluate` kept for the next evaluation of the same expression in the same module instance. */
export interface RememberedResult {
  /** The file the expression was evaluated as written in. */
  readonly file: string;
  /** Whether `file` is the module file holding the expression (else it was the caller's fallback). */
  readonly written: boolean;
  readonly value: Value;
  /** The variables evaluating it read (see `ScopeInternals.startReads`). */
  readonly reads: readonly string[];
}

/** What the evaluator needs from a module scope. */
export interface ScopeInternals {
  readonly module: Module;
  /** Results of `evaluate` in this module instance, shared by all its `withBindings` views. */
  readonly remembered: Map<Expression, RememberedResult>;
  /** Names bound with `Scope.withBindings`. */
  readonly extraBindings: ReadonlyMap<string, Value>;
  /**
   * Opens a record of the variables read from here on (records nest); the
   * result is the position to pass to `endReads`, which gives the names read
   * in between. Cached results (locals, remembered values) add the names
   * they read when computed, so a record sees every variable its values
   * depend on.
   */
  startReads(): number;
  endReads(start: number): readonly string[];
  /** Adds the names a cached result read to every open record. */
  noteReads(names: readonly string[]): void;
  /** A budget for one top-level evaluation in this module instance. */
  newBudget(): Budget;
  /** Notes that a result depended on the order of evaluation (see `Budget.incomplete`). */
  markOrderDependent(): void;
  variableIn(name: string, budget: Budget): Value;
  localIn(name: string, budget: Budget): Value;
  /** `module.<name>`: the outputs of a local module call's instances; unknown for any other call. */
  moduleIn(name: string): Value;
  /**
   * `module.<name>.<output>` of a call with one instance, that output alone
   * evaluated; undefined when only `moduleIn` answers (other repetitions,
   * no such output).
   */
  moduleOutputIn(name: string, output: string): Value | undefined;
  /** `path.module`, `path.root`, `path.cwd`. */
  readonly paths: { readonly module: string; readonly root: string; readonly cwd: string };
  /** Reads a file for `file()` and friends, only inside the scanned root. */
  readFile(path: string, at: Origin): FileRead;
  /** Whether a file exists inside the scanned root; undefined (plus a diagnostic) when the path escapes it. */
  fileExists(path: string, at: Origin): boolean | undefined;
  /** Names of the files directly in a directory inside the scanned root; undefined (plus a diagnostic) when it escapes. */
  listFiles(dir: string, at: Origin): string[] | undefined;
  report(diagnostic: EvalDiagnostic): void;
}

/**
 * What is visible while evaluating:
 * - `module`: a module's expressions (variables, locals, functions, ...);
 * - `constant`: variable defaults and tfvars values, where Terraform allows
 *   no references and no function calls;
 * - `template`: inside `templatefile`, where only the template's variables
 *   and functions are visible.
 */
export type EvalMode = "module" | "constant" | "template";

export interface Ctx {
  readonly scope: ScopeInternals;
  /** The file the expressions being evaluated were written in (for origins). */
  readonly file: string;
  /** For-expression variables, `count`, `each`, template variables. */
  readonly bindings: ReadonlyMap<string, Value>;
  readonly budget: Budget;
  readonly mode: EvalMode;
}

/** Thrown inside function implementations for what Terraform reports as an error; never escapes `evaluate`. */
export class EvalError extends Error {}

/** What a function implementation gets besides its arguments. */
export interface CallContext {
  readonly ctx: Ctx;
  /** The call expression. */
  readonly origin: Origin;
  /** Renders a parsed template with only `vars` visible (for `templatefile`). */
  renderTemplate(template: Expression, file: string, vars: ReadonlyMap<string, Value>): Value;
}
