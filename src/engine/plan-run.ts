/**
 * Running the `plan` rules on a saved plan: each report becomes a draft at
 * the resource's block in the configuration when the locator finds it, and
 * at the resource address alone otherwise. A suppression comment on the
 * block (or on the module calls on the way to it) hides the finding as it
 * hides any other; a finding at an address alone is matched by a baseline
 * through its fingerprint (rule, address, attribute path).
 */
import type { PlanReportDescriptor, Rule } from "../../rules/api/rule.js";
import type { ResolvedConfig } from "../config/types.js";
import { blockHeaderRange } from "../model/query.js";
import { normalAttributePath } from "../model/attribute-path.js";
import type { PlanLocator } from "../plan/locate.js";
import type { Plan, PlanResourceChange } from "../plan/types.js";
import type { DraftFinding, FileTable } from "./findings.js";
import type { Notice } from "./types.js";

export interface PlanRunSettings {
  readonly plan: Plan;
  readonly rules: readonly Rule[];
  /** The config of the plan's root module: which rules run, their severity and options. */
  readonly config: ResolvedConfig;
  readonly locator: PlanLocator;
  readonly files: FileTable;
  /** Where internal errors go. */
  readonly notices: Notice[];
}

/** The drafts of every enabled plan rule. */
export function planDrafts(s: PlanRunSettings): DraftFinding[] {
  const drafts: DraftFinding[] = [];
  for (const rule of s.rules) {
    const setting = s.config.rules.get(rule.id);
    if (!rule.checkPlan || !setting) continue;
    const report = (d: PlanReportDescriptor): void => {
      drafts.push(planDraft(rule, setting.severity, d, s));
    };
    try {
      rule.checkPlan({ plan: s.plan, options: setting.options, report });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      s.notices.push({ level: "error", message: `internal error: rule "${rule.id}" failed on the plan: ${message}` });
    }
  }
  return drafts;
}

/** A plan rule's report as a draft: at the resource's block when it is found, else at its address. */
export function planDraft(rule: Rule, severity: Rule["severity"], d: PlanReportDescriptor, s: Pick<PlanRunSettings, "locator" | "files">): DraftFinding {
  const fields = {
    ruleId: rule.id,
    severity: d.severity !== undefined && severity === rule.severity ? d.severity : severity,
    message: d.message,
    address: d.change.address,
    attributePath: normalAttributePath(d.attributePath ?? ""),
    related: [],
  };
  return draftAtResource(fields, d.change, s);
}

/** What a draft about a plan's resource says, before it is placed. */
export type PlanDraftFields = Omit<DraftFinding, "file" | "range" | "anchors">;

/** Where a plan's resource instance is: its module instance and its resource. */
export type PlanResourceRef = Pick<PlanResourceChange, "moduleAddress" | "mode" | "type" | "name">;

/**
 * A draft at the resource's block in the configuration when the locator
 * finds it (a suppression there, or on a module call on the way, hides it),
 * else at the address alone.
 */
export function draftAtResource(fields: PlanDraftFields, resource: PlanResourceRef, s: Pick<PlanRunSettings, "locator" | "files">): DraftFinding {
  const located = s.locator.locate(resource);
  if (!located) return { ...fields, anchors: [] };
  const file = s.files.display(located.file.filename);
  const range = blockHeaderRange(located.block);
  return { ...fields, file, range, anchors: [{ file, range }, ...s.locator.callsTo(resource).map((c) => ({ file: s.files.display(c.file), range: c.range }))] };
}
