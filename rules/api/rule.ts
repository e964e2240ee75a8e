/**
 * The rule API: what a rule declares (`defineRule`) and what it is given
 * (`RuleContext`). A rule reads the model and evaluated values; it never
 * reads files, never parses and never formats.
 *
 * @packageDocumentation
 */
import type { Expression, HclFile, Range } from "../../src/hcl/ast.js";
import type { Module, Resource } from "../../src/model/types.js";
import type { Value } from "../../src/eval/value.js";

export type Severity = "error" | "warning" | "note";

export type RuleCategory = "versioning" | "mutation" | "lifecycle" | "state" | "secrets" | "engine";

/** Markdown texts shown in rule docs and in SARIF help. */
export interface RuleDocs {
  /** Why the practice matters for immutable infrastructure. */
  readonly rationale: string;
  /** What to change. */
  readonly remediation: string;
  /** Fenced HCL examples, bad then good. */
  readonly examples: string;
  /** Extra notes: heuristics, unknown values, limits. */
  readonly notes?: string;
}

/** JSON Schema (draft-07 subset) for a rule's `options` in `.tfmould.json`. */
export interface RuleOptionsSchema {
  readonly type: "object";
  readonly properties: Readonly<Record<string, unknown>>;
  readonly additionalProperties: false;
}

/** A textual edit a rule knows will fix the finding. */
export interface Fix {
  readonly description: string;
  /** Replacements in one file; ranges refer to that file's source. */
  readonly file: string;
  readonly replacements: readonly { readonly range: Range; readonly text: string }[];
}

/** A location of interest besides the primary one. */
export interface RelatedLocation {
  readonly file: string;
  readonly range: Range;
  readonly message: string;
}

/**
 * What a finding is about: a syntax node of the module (an attribute, an
 * expression, a block), or a range inside one, such as a block's header or a
 * span of a string, with `of` naming the node it lies in. The engine finds
 * the file that holds the node itself: after override files are merged, the
 * arguments of one resource come from several files.
 */
export interface ReportTarget {
  readonly range: Range;
  /** For a range made by the rule: the syntax node it lies in. */
  readonly of?: object;
}

/** What a rule passes to `ctx.report`. */
export interface ReportDescriptor {
  /** The exact thing to change: attribute value, list element, block header, ... */
  readonly node: ReportTarget;
  /**
   * The file of a `node` that is not the module's syntax: a script read
   * through `file()`, the lock file. Never needed for the module's own nodes,
   * which the engine locates; when neither the engine nor this finds one, the
   * file of `resource`.
   */
  readonly file?: HclFile | string;
  readonly message: string;
  /** Overrides the rule's configured severity for this finding (e.g. `local-exec` is a warning). */
  readonly severity?: Severity;
  /** The resource (or other addressable item) the finding is about; gives `address`. */
  readonly resource?: Resource;
  /** Address when no resource applies: `module.vpc`, `var.password`, `output.x`. */
  readonly address?: string;
  /**
   * Dotted path of the attribute inside its block, for baseline fingerprints
   * that survive line moves: `image`, `lifecycle.ignore_changes[0]`.
   */
  readonly attributePath?: string;
  /**
   * The evaluated value that is at fault. When it was written somewhere else
   * (a variable default, a tfvars file, a caller's module argument), the engine
   * makes that literal the primary location and `node` a related location.
   */
  readonly value?: Value;
  readonly related?: readonly RelatedLocation[];
  readonly fix?: Fix;
}

/** What a rule gets when it runs over one module (instance). */
export interface RuleContext {
  readonly module: Module;
  /**
   * The module path of this instance for addresses: "" for the scanned module,
   * `module.web` (or `module.web[0]`) for a child loaded through a local source.
   */
  readonly modulePath: string;
  /** The rule's options from the config, already validated against its schema. */
  readonly options: Readonly<Record<string, unknown>>;
  /** `--strict` / `"strict": true`: digests over tags, commits over refs. */
  readonly strict: boolean;
  /** Whether this module is a root module (see the rule catalog's definition). */
  readonly isRootModule: boolean;
  /** Whether the module directory has `.terraform.lock.hcl`. */
  readonly hasLockFile: boolean;
  /**
   * Evaluates an expression in this module instance's scope. `resource` gives
   * `count.index` / `each.*` (unknown unless the collection is known); never throws.
   * `bindings` adds root names for this evaluation only, e.g. a `dynamic`
   * block's iterator (`ingress` → `{ key, value }`), as `Scope.withBindings` does.
   */
  evaluate(expr: Expression, resource?: Resource, bindings?: ReadonlyMap<string, Value>): Value;
  report(descriptor: ReportDescriptor): void;
}

/** A rule: metadata and its check. */
export interface Rule {
  /** kebab-case, stable forever; one of the ids in RULES.md. */
  readonly id: string;
  readonly severity: Severity;
  readonly category: RuleCategory;
  /** One line, shown in `--list-rules`, README and SARIF shortDescription. */
  readonly summary: string;
  readonly docs: RuleDocs;
  /** 0.0–10.0 for GitHub code scanning, where the rule is about security. */
  readonly securitySeverity?: number;
  /** SARIF `precision`. */
  readonly precision?: "very-high" | "high" | "medium" | "low";
  readonly optionsSchema?: RuleOptionsSchema;
  /**
   * Reports through `ctx.report`; must depend only on what `ctx` gives. The
   * engine may run it once for several instances of a module and replay its
   * reports on the others: it does so when every variable (and `path.*`) that
   * the run's evaluations read is identical there, and never for a run that
   * read `ctx.modulePath`.
   */
  check(ctx: RuleContext): void;
}

/** Declares a rule; returns it unchanged, typed. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
