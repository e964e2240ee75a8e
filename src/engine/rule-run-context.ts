/**
 * The `RuleContext` of one rule run on one module instance. A class rather
 * than an object literal: a getter in a literal puts every run's context on
 * V8's slow path, and there is a run per rule and instance.
 */
import type { DeploymentCall, ModuleRole, ReportDescriptor, Rule, RuleContext, Severity } from "../../rules/api/rule.js";
import { evaluate } from "../eval/evaluate.js";
import { isVariableDefault } from "./findings.js";
import type { ModuleInstance } from "../eval/types.js";
import type { Expression } from "../hcl/ast.js";
import type { Module, Resource } from "../model/types.js";
import type { Value } from "../eval/value.js";

/**
 * Everything a rule's run depends on besides the instance's scope: the rule
 * itself (not only its id), its configured severity and options, `strict`,
 * and the facts about the module it is told (its role and deployment call
 * among them, so a run is never replayed across roles). Remembered runs are
 * kept per settings record (see `RuleRunMemo`).
 */
export interface RunSettings {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: Readonly<Record<string, unknown>>;
  readonly strict: boolean;
  readonly role: ModuleRole;
  readonly deploymentCall: DeploymentCall | undefined;
  readonly providersConstrainedAround: ReadonlySet<string>;
  readonly providersCappedBelow: ReadonlySet<string>;
  readonly hasLockFile: boolean;
}

export class RuleRunContext implements RuleContext {
  readonly module: Module;
  readonly options: Readonly<Record<string, unknown>>;
  readonly strict: boolean;
  readonly role: ModuleRole;
  readonly isRootModule: boolean;
  readonly deploymentCall: DeploymentCall | undefined;
  readonly providersConstrainedAround: ReadonlySet<string>;
  readonly providersCappedBelow: ReadonlySet<string>;
  readonly hasLockFile: boolean;
  /** Everything reported, in order. */
  readonly reports: ReportDescriptor[] = [];
  /** Whether these reports may be replayed on another instance (see `RuleRunMemo`). */
  replayable = true;

  constructor(
    private readonly instance: ModuleInstance,
    settings: RunSettings,
    /** See `ReportSite.callersChoose`: what `isCallersChoice` answers from. */
    private readonly callersChoose: Module | undefined,
    /** Hands a report to the engine; false when the engine had to reject or trim it. */
    private readonly deliver: (descriptor: ReportDescriptor) => boolean,
  ) {
    this.module = instance.module;
    this.options = settings.options;
    this.strict = settings.strict;
    this.role = settings.role;
    this.isRootModule = settings.role === "deployment";
    this.deploymentCall = settings.deploymentCall;
    this.providersConstrainedAround = settings.providersConstrainedAround;
    this.providersCappedBelow = settings.providersCappedBelow;
    this.hasLockFile = settings.hasLockFile;
  }

  /** A rule that looks at which instance it runs on cannot be replayed on another. */
  get modulePath(): string {
    this.replayable = false;
    return this.instance.modulePath;
  }

  // Arrow functions, so that a rule may pass them around unbound.
  readonly evaluate = (expr: Expression, resource?: Resource, bindings?: ReadonlyMap<string, Value>): Value => {
    const scope = this.instance.scope;
    return evaluate(expr, bindings ? scope.withBindings(bindings) : scope, resource);
  };

  readonly isCallersChoice = (value: Value): boolean => {
    // The answer depends on the site, which the settings that key replays leave out.
    this.replayable = false;
    const module = this.callersChoose;
    return module !== undefined && value.origins.some((o) => isVariableDefault(module, o));
  };

  readonly report = (descriptor: ReportDescriptor): void => {
    this.reports.push(descriptor);
    if (!this.deliver(descriptor)) this.replayable = false;
  };
}
