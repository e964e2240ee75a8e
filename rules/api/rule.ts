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
import type { Plan, PlanResourceChange } from "../../src/plan/types.js";

export type Severity = "error" | "warning" | "note";

export type RuleCategory = "versioning" | "mutation" | "lifecycle" | "state" | "secrets" | "plan" | "engine";

/**
 * What a module directory is for (see the rule catalog's "Module roles"):
 * - `deployment`: a root module that is applied;
 * - `module`: a reusable module, called by others;
 * - `example` and `test`: roots that show or test a module, never applied as production;
 * - `fixture`: snippet folders whose files are never loaded together (syntax only).
 */
export type ModuleRole = "deployment" | "module" | "example" | "test" | "fixture";

/** Every role, in the order docs list them. */
export const MODULE_ROLES: readonly ModuleRole[] = ["deployment", "module", "example", "test", "fixture"];

/** Where a scanned deployment calls the local module an instance belongs to. */
export interface DeploymentCall {
  /** File of the `module` block (its `HclFile.filename`, as a related location names it). */
  readonly file: string;
  /** The `module` block in the deployment. */
  readonly range: Range;
  /** The deployment's directory, relative to the repository that holds it ("." for its top). */
  readonly deployment: string;
}

/**
 * A rule's documentation as Markdown sections, shown in its docs page and in
 * SARIF help. A built-in rule's come from its `rules/<id>/README.md`, one
 * field per section (see "Rule docs" in README.md).
 */
export interface RuleDocs {
  /** What it flags: the constructs reported, in a few lines. */
  readonly flags?: string;
  /** Why the practice matters for immutable infrastructure. */
  readonly rationale: string;
  /** How to fix: what to change. */
  readonly remediation: string;
  /** Fenced HCL examples, bad then good. */
  readonly examples: string;
  /** What the rule's options do. */
  readonly options?: string;
  /** Notes and heuristics: how values are read, limits, what is left alone. */
  readonly notes?: string;
  /** Which module roles the rule applies to, and why. */
  readonly roles?: string;
}

/** What every option's schema may say besides its type. */
interface OptionSchemaBase {
  /** Shown in the rule's docs and in editors through the config schema. */
  readonly description?: string;
}

/** The schema of one string in an option (an option of type string, or an array's items). */
export interface StringSchema extends OptionSchemaBase {
  readonly type: "string";
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly default?: string;
  readonly examples?: readonly string[];
}

/**
 * The schema of one option in `.tfmould.json`: a JSON Schema (draft-07)
 * subset small enough that its TypeScript type follows from it (`OptionValue`).
 */
export type OptionSchema =
  | StringSchema
  | (OptionSchemaBase & { readonly type: "boolean"; readonly default?: boolean })
  | (OptionSchemaBase & {
      readonly type: "number" | "integer";
      readonly minimum?: number;
      readonly maximum?: number;
      readonly default?: number;
    })
  | (OptionSchemaBase & {
      readonly type: "array";
      readonly items: StringSchema;
      readonly uniqueItems?: boolean;
      readonly default?: readonly string[];
      readonly examples?: readonly (readonly string[])[];
    });

/** The value an option's schema admits. */
export type OptionValue<S extends OptionSchema> = S extends { readonly type: "string" }
  ? S extends { readonly enum: readonly (infer E)[] }
    ? E
    : string
  : S extends { readonly type: "boolean" }
    ? boolean
    : S extends { readonly type: "number" | "integer" }
      ? number
      : readonly string[];

/** Option schemas by option name. */
export type OptionSchemas = Readonly<Record<string, OptionSchema>>;

/**
 * The options a rule's `check` receives for its schemas: validated by the
 * config layer, with defaults filled in, so an option is undefined only
 * when the user left it out and it has no default.
 */
export type OptionsOf<P extends OptionSchemas> = {
  readonly [K in keyof P]: P[K] extends { readonly default: unknown } ? OptionValue<P[K]> : OptionValue<P[K]> | undefined;
};

/** JSON Schema for a rule's `options` in `.tfmould.json`: an object of known options, nothing else. */
export interface RuleOptionsSchema<P extends OptionSchemas = OptionSchemas> {
  readonly type: "object";
  readonly properties: P;
  readonly additionalProperties: false;
}

/**
 * A textual edit a rule knows will fix the finding: `tfmould --fix` applies
 * it, SARIF carries it as `fixes`, an editor offers it as a code action.
 */
export interface Fix {
  readonly description: string;
  /** Replacements in one file; ranges refer to that file's source. */
  readonly file: string;
  /**
   * Applied together or not at all; ranges must not overlap. A text's line
   * breaks are written as the file has them (a `\n` becomes `\r\n` in a
   * CRLF file); a rule lays out new lines with the indentation around them
   * (`rules/lib/fix-edits.ts`).
   */
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
  /**
   * For a finding about one line of a multi-line string `value` (a boot
   * script): that line, 1-based. When the engine moves the finding to a
   * heredoc the value was written as, it points at that line of it.
   */
  readonly valueLine?: number;
  /**
   * For a finding about text that `node` reads from a file that is not the
   * module's syntax (a line of a script read through `file()` or
   * `templatefile()`): that place, which becomes the primary location, while
   * `node` becomes a related location carrying `message`. A suppression
   * comment on `node` (or on its block) still hides the finding.
   */
  readonly readAt?: { readonly file: string; readonly range: Range; readonly message: string };
  readonly related?: readonly RelatedLocation[];
  /**
   * Values that decide the finding without being at fault: the `format`
   * that makes a repository a Docker one, a flag that selects a branch.
   * Where a caller wrote one (a module argument, an example's literal), the
   * engine lists that place as a related location.
   */
  readonly decidedBy?: readonly Value[];
  readonly fix?: Fix;
}

/** What a rule gets when it runs over one module (instance). */
export interface RuleContext<Options = Readonly<Record<string, unknown>>> {
  readonly module: Module;
  /**
   * The module path of this instance for addresses: "" for the scanned module,
   * `module.web` (or `module.web[0]`) for a child loaded through a local source.
   */
  readonly modulePath: string;
  /** The rule's options from the config, validated against its schema, defaults filled in. */
  readonly options: Options;
  /** `--strict` / `"strict": true`: digests over tags, commits over refs. */
  readonly strict: boolean;
  /**
   * The role of the module this instance belongs to (its directory's role,
   * see the rule catalog's "Module roles"). The engine runs a rule only on
   * the roles its `roles` lists.
   */
  readonly role: ModuleRole;
  /** `role === "deployment"`: kept for rules written before roles. */
  readonly isRootModule: boolean;
  /**
   * For an instance of a local module reached from a scanned deployment: the
   * deployment's outermost `module` block on the way to it. Undefined for the
   * scanned module itself and under any other role.
   */
  readonly deploymentCall: DeploymentCall | undefined;
  /** Whether the module directory has `.terraform.lock.hcl`. */
  readonly hasLockFile: boolean;
  /**
   * Providers that another module of the same configuration already gives a
   * version constraint: a scanned module that calls this one (at any depth),
   * or a local module this one calls. Terraform combines the constraints of
   * every module of a configuration, so one is enough. Each provider appears
   * as `source:<namespace>/<type>` (lower case) and `name:<local name>`.
   */
  readonly providersConstrainedAround: ReadonlySet<string>;
  /**
   * Providers that a local module this one calls (at any depth, whatever its
   * `count`) gives a version constraint with an upper bound, each as
   * `source:<namespace>/<type>` (lower case). Terraform combines every
   * module's constraints, so such a cap holds for this module too.
   */
  readonly providersCappedBelow: ReadonlySet<string>;
  /**
   * Evaluates an expression in this module instance's scope. `resource` gives
   * `count.index` / `each.*` (unknown unless the collection is known); never throws.
   * `bindings` adds root names for this evaluation only, e.g. a `dynamic`
   * block's iterator (`ingress` → `{ key, value }`), as `Scope.withBindings` does.
   */
  evaluate(expr: Expression, resource?: Resource, bindings?: ReadonlyMap<string, Value>): Value;
  /**
   * Whether a value was written or chosen (through a condition or a key) by
   * a variable default that this module's callers decide: true only when a
   * reusable module that no scanned module calls is analysed. Such a value says
   * nothing about what will exist (`count = var.create ? 1 : 0` with
   * `default = false` may well be 1), and a finding it decides is not
   * reported here.
   */
  isCallersChoice(value: Value): boolean;
  report(descriptor: ReportDescriptor): void;
}

/** What a plan rule passes to `ctx.report`. */
export interface PlanReportDescriptor {
  /**
   * The resource change (or drift) the finding is about: gives the finding's
   * address, and its location when the engine finds the resource's block in
   * the configuration (else the finding is at the address alone).
   */
  readonly change: PlanResourceChange;
  /** Never quotes a value the plan marks sensitive: `SENSITIVE` ("(sensitive)") stands in for it. */
  readonly message: string;
  /** Overrides the rule's configured severity for this finding. */
  readonly severity?: Severity;
  /** The attribute the finding is about (`engine`, `ami`), for fingerprints; "" or absent for the whole resource. */
  readonly attributePath?: string;
}

/** What a plan rule gets: the whole plan, once per run with `--plan`. */
export interface PlanRuleContext<Options = Readonly<Record<string, unknown>>> {
  readonly plan: Plan;
  /** The rule's options from the config of the plan's root module, validated, defaults filled in. */
  readonly options: Options;
  report(descriptor: PlanReportDescriptor): void;
}

/** A rule: metadata and its check. */
export interface Rule {
  /**
   * kebab-case, stable forever; one of the ids in RULES.md. A plugin's rule
   * is namespaced with the plugin's name: `acme/no-public-buckets`.
   */
  readonly id: string;
  readonly severity: Severity;
  readonly category: RuleCategory;
  /** One line, shown in `--list-rules`, README and SARIF shortDescription. */
  readonly summary: string;
  /**
   * Documentation for rules defined outside tfmould (a plugin's). A built-in
   * rule leaves it out: its docs are its `rules/<id>/README.md`, which
   * `npm run docs` embeds in `rules/docs.generated.ts` (see `docsOf` in
   * `rules/docs.ts`).
   */
  readonly docs?: RuleDocs;
  /**
   * Where the rule's documentation lives, for `--list-rules` and SARIF's
   * `helpUri`. tfmould's own rules leave it out (their pages are under
   * `docs/rules/`); a plugin's rule without one has no link.
   */
  readonly docsUrl?: string;
  /** 0.0–10.0 for GitHub code scanning, where the rule is about security. */
  readonly securitySeverity?: number;
  /** SARIF `precision`. */
  readonly precision?: "very-high" | "high" | "medium" | "low";
  readonly optionsSchema?: RuleOptionsSchema;
  /**
   * What `tfmould --fix` changes for this rule's findings, in one sentence
   * of markdown, when some of them carry a `fix`; the rule's docs show it.
   */
  readonly autofix?: string;
  /**
   * The module roles the rule applies to (default: all). The engine runs
   * `check` only on instances whose `ctx.role` is listed, and the rule's
   * docs say so. `fixture` is for syntax-only rules.
   */
  readonly roles?: readonly ModuleRole[];
  /**
   * The resources and data sources the rule checks, for a rule that reports
   * nothing on a module without any: the engine then runs `check` only on
   * instances whose module has at least one resource this accepts. It is
   * asked of the syntax alone (type, blocks, `lifecycle`), with the run's
   * options, and must accept every resource whose presence can lead to a
   * report. Most modules hold none of the few types a rule is about, so
   * this spares most runs. Left out, the rule runs on every module.
   */
  readonly concerns?: (resource: Resource, options: Readonly<Record<string, unknown>>) => boolean;
  /**
   * Reports through `ctx.report`. It must be a function of `ctx` alone: no
   * state kept between calls, no cache of its own keyed by module, resource
   * or anything else, no reading of files, clocks or the environment.
   *
   * The replay contract: the engine may run `check` once for several
   * instances of one module (a `count`/`for_each` module call, or a module
   * linted on its own and through a caller) and replay its reports on the
   * others, with each instance's own address and suppressions. It does so
   * when the run's settings (this rule object, its severity and options,
   * `strict`, `role`, `deploymentCall`, `hasLockFile`, `providersConstrainedAround`, `providersCappedBelow`) are the same and every value the
   * run's evaluations read through `ctx.evaluate` (variables, `path.*`) is
   * identical there. It never replays a run that read `ctx.modulePath`,
   * threw, or reported something the engine rejected. A rule that keeps its
   * own cache between runs therefore sees fewer runs than instances and
   * gives wrong answers, with no error: memoise only inside one call, or
   * on the syntax (per `Module` object, in a WeakMap), never on values.
   */
  check(ctx: RuleContext): void;
  /**
   * For the `plan` rules: reads a saved plan (`--plan`, `lint({ plan })`)
   * and reports through `ctx.report`. Called once per run that has a plan;
   * the same contract as `check` (a function of `ctx` alone).
   */
  checkPlan?(ctx: PlanRuleContext): void;
}

/** What `defineRule` takes: a rule whose `check` sees options typed by its `optionsSchema`. */
export type RuleDefinition<P extends OptionSchemas> = Omit<Rule, "optionsSchema" | "concerns" | "check" | "checkPlan"> & {
  readonly optionsSchema?: RuleOptionsSchema<P>;
  readonly concerns?: (resource: Resource, options: OptionsOf<P>) => boolean;
} & (
    | { check(ctx: RuleContext<OptionsOf<P>>): void; checkPlan?(ctx: PlanRuleContext<OptionsOf<P>>): void }
    | { check?: undefined; checkPlan(ctx: PlanRuleContext<OptionsOf<P>>): void }
  );

/**
 * Declares a rule; returns it unchanged. The type of `ctx.options` in its
 * `check` follows from its `optionsSchema`, which the config layer
 * validates every option against (filling in defaults) before any run.
 */
export function defineRule<const P extends OptionSchemas = Record<never, never>>(rule: RuleDefinition<P>): Rule {
  // Sound because the config layer only hands `check` options that passed the schema.
  // A plan rule reads no module: its `check` finds nothing.
  return (rule.check ? rule : { ...rule, check: () => undefined }) as unknown as Rule;
}
