/**
 * Running the rules on module instances: each report becomes a draft
 * finding, a rule that throws or reports something unusable becomes an
 * internal-error notice, and a run is replayed instead of repeated on
 * another instance where everything it read is the same (see `RuleRunMemo`).
 */
import type { DeploymentCall, ModuleRole, ReportDescriptor, Rule } from "../../rules/api/rule.js";
import type { ResolvedConfig } from "../config/types.js";
import type { ModuleInstance } from "../eval/types.js";
import type { Module } from "../model/types.js";
import type { DraftFinding, FileTable, ReportSite } from "./findings.js";
import { draftFromDescriptor } from "./findings.js";
import type { RunSettings } from "./rule-run-context.js";
import { RuleRunContext } from "./rule-run-context.js";
import type { RunOutcome } from "./rule-runs.js";
import { RuleRunMemo } from "./rule-runs.js";
import type { Notice } from "./types.js";

/** What a module instance's runs share: where it sits, and the facts about its module rules are told. */
export interface InstanceFacts {
  readonly site: ReportSite;
  /** The role of the instance's module directory: a rule runs only on the roles it lists. */
  readonly role: ModuleRole;
  /** For a local module reached from a scanned deployment: the deployment's call. */
  readonly deploymentCall: DeploymentCall | undefined;
  readonly hasLockFile: boolean;
  /** See `RuleContext.providersConstrainedAround`. */
  readonly providersConstrainedAround: ReadonlySet<string>;
  /** See `RuleContext.providersCappedBelow`. */
  readonly providersCappedBelow: ReadonlySet<string>;
}

/** Whether a rule applies to a module role (`Rule.roles`, default: all). */
export function ruleAppliesTo(rule: Rule, role: ModuleRole): boolean {
  return rule.roles === undefined || rule.roles.includes(role);
}

export class RuleRunner {
  /** Every finding reported so far, before suppressions. */
  readonly drafts: DraftFinding[] = [];
  private readonly memo = new RuleRunMemo();
  /** Settings records, one per distinct combination (see `settingsFor`). */
  private readonly settings = new Map<string, Map<string, RunSettings>>();
  private readonly settingsText = new WeakMap<ResolvedConfig, Map<Rule, string>>();
  private readonly ruleNumbers = new Map<Rule, number>();
  /** `concernsModule`'s answers, per module and settings record. */
  private readonly concerned = new WeakMap<Module, Map<RunSettings, boolean>>();

  constructor(
    private readonly rules: readonly Rule[],
    private readonly files: FileTable,
    /** Where internal errors go. */
    private readonly notices: Notice[],
    /** The role of the module directory that holds a file (by display name), when that directory was linted. */
    private readonly roleAt: (display: string) => ModuleRole | undefined = () => undefined,
  ) {}

  /** Runs every rule the config enables (except the engine's own) for the instance's role on one module instance. */
  runOn(instance: ModuleInstance, config: ResolvedConfig, facts: InstanceFacts): void {
    const factsKey = keyOfFacts(facts);
    for (const rule of this.rules) {
      if (rule.category === "engine" || !config.rules.has(rule.id) || !ruleAppliesTo(rule, facts.role)) continue;
      const settings = this.settingsFor(config, rule, facts, factsKey);
      if (this.concernsModule(settings, instance.module)) this.run(settings, instance, facts.site);
    }
  }

  /**
   * Whether the module holds a resource the rule checks (`Rule.concerns`):
   * asked once per module and settings, since instances of a module share
   * their syntax. A test that throws lets the run go ahead, where the
   * rule's failure is reported as for any other.
   */
  private concernsModule(settings: RunSettings, module: Module): boolean {
    const { concerns } = settings.rule;
    if (concerns === undefined) return true;
    let byModule = this.concerned.get(module);
    if (!byModule) this.concerned.set(module, (byModule = new Map()));
    let verdict = byModule.get(settings);
    if (verdict === undefined) {
      try {
        verdict = module.resources.some((resource) => concerns(resource, settings.options));
      } catch {
        verdict = true;
      }
      byModule.set(settings, verdict);
    }
    return verdict;
  }

  /**
   * Runs a rule on one module instance, or replays an earlier run with the
   * same settings on another instance of the module in which everything
   * that run read is identical.
   */
  private run(settings: RunSettings, instance: ModuleInstance, site: ReportSite): void {
    const { rule } = settings;
    const moduleFile = instance.module.files[0]?.filename;
    const deliver = (descriptor: ReportDescriptor): boolean => {
      const result = draftFromDescriptor(rule, descriptor, settings.severity, site, this.files);
      if ("callersChoice" in result) return true;
      if ("error" in result) {
        this.internalError(rule, moduleFile, result.error);
        return false;
      }
      for (const problem of result.problems) this.internalError(rule, moduleFile, problem);
      // A rule reports only where it applies: a module's finding decided by
      // a literal an example writes (deletion protection switched off so the
      // example can be destroyed) is the example's, and examples are out of
      // such a rule's scope. The finding's role is where the user edits.
      const at = this.roleAt(result.draft.file);
      if (at !== undefined && !ruleAppliesTo(rule, at)) return true;
      this.drafts.push(at !== undefined && at !== result.draft.role ? { ...result.draft, role: at } : result.draft);
      return result.problems.length === 0;
    };
    const replayed = this.memo.replay(instance.module, settings, instance.scope);
    if (replayed) {
      for (const descriptor of replayed) deliver(descriptor);
      return;
    }
    this.memo.record(instance.module, settings, instance.scope, (): RunOutcome => {
      const ctx = new RuleRunContext(instance, settings, site.noScannedCaller ? site.callersChoose : undefined, deliver);
      try {
        rule.check(ctx);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.internalError(rule, moduleFile, `failed: ${message}`);
        ctx.replayable = false;
      }
      return ctx;
    });
  }

  /**
   * The one settings record for a rule in a config on an instance: records
   * are equal objects exactly when the settings are equal, even across
   * configs, so remembered runs are found by the record itself.
   */
  private settingsFor(config: ResolvedConfig, rule: Rule, facts: InstanceFacts, factsKey: string): RunSettings {
    // Two levels, not one joined key: a joined key is a new string per rule and instance.
    const text = this.configText(config, rule);
    let byFacts = this.settings.get(text);
    if (!byFacts) this.settings.set(text, (byFacts = new Map()));
    let settings = byFacts.get(factsKey);
    if (!settings) {
      const setting = config.rules.get(rule.id);
      if (!setting) throw new Error(`rule "${rule.id}" is not enabled`);
      settings = {
        rule,
        severity: setting.severity,
        options: setting.options,
        strict: config.strict,
        role: facts.role,
        deploymentCall: facts.deploymentCall,
        hasLockFile: facts.hasLockFile,
        providersConstrainedAround: facts.providersConstrainedAround,
        providersCappedBelow: facts.providersCappedBelow,
      };
      byFacts.set(factsKey, settings);
    }
    return settings;
  }

  /** What a config sets for a rule (severity, options, `strict`), as text; worked out once per config and rule. */
  private configText(config: ResolvedConfig, rule: Rule): string {
    let byRule = this.settingsText.get(config);
    if (!byRule) this.settingsText.set(config, (byRule = new Map()));
    let text = byRule.get(rule);
    if (text === undefined) {
      let ruleNumber = this.ruleNumbers.get(rule);
      if (ruleNumber === undefined) this.ruleNumbers.set(rule, (ruleNumber = this.ruleNumbers.size));
      const setting = config.rules.get(rule.id);
      text = JSON.stringify([ruleNumber, setting?.severity, setting?.options, config.strict]);
      byRule.set(rule, text);
    }
    return text;
  }

  private internalError(rule: Rule, filename: string | undefined, what: string): void {
    const where = filename !== undefined ? ` on ${this.files.display(filename)}` : "";
    this.notices.push({
      level: "error",
      message: `internal error: rule "${rule.id}"${where} ${what}`,
      ...(filename !== undefined ? { file: this.files.display(filename) } : {}),
    });
  }
}

/** The instance facts that are part of a run's settings, as text: worked out once per instance, not per rule. */
function keyOfFacts(facts: InstanceFacts): string {
  const call = facts.deploymentCall;
  const callKey = call ? `${call.file}\u0001${call.range.start.offset}\u0001${call.range.end.offset}\u0001${call.deployment}` : "";
  const around = [...facts.providersConstrainedAround].sort().join("\u0001");
  const capped = [...facts.providersCappedBelow].sort().join("\u0001");
  return `${facts.role}\u0000${callKey}\u0000${facts.hasLockFile}\u0000${around}\u0000${capped}`;
}
