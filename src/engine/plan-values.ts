/**
 * The value rules on a plan's planned values: what a remote module, a data
 * source or a pipeline variable decided is checked as if it had been
 * written. The planned values become Terraform text (`synthesizePlanValues`),
 * linted in memory as a deployment by the same rule runner as any module,
 * with the user's settings for those rules; each finding is then moved to
 * the resource's block in the configuration (or its address alone), as the
 * plan rules' findings are, and dropped when the source lint already made it.
 */
import type { Rule } from "../../rules/api/rule.js";
import type { ResolvedConfig } from "../config/types.js";
import { instantiateModules } from "../eval/modules.js";
import type { HclFile, Range } from "../hcl/ast.js";
import { parse } from "../hcl/index.js";
import { normalAttributePath } from "../model/attribute-path.js";
import { buildModule } from "../model/build.js";
import { MemoryHost } from "../model/memory-host.js";
import { moduleSteps } from "../plan/address.js";
import { synthesizePlanValues } from "../plan/synthesize.js";
import type { SynthesizedResource } from "../plan/synthesize.js";
import type { DraftFinding, FileTable } from "./findings.js";
import { contains } from "./findings.js";
import type { PlanRunSettings } from "./plan-run.js";
import { draftAtResource } from "./plan-run.js";
import { RuleRunner } from "./rule-runner.js";

/**
 * The rules that also run on planned values (RULES.md, "plan"): each judges
 * a value wherever it came from. `no-hardcoded-secrets` is not one: in a plan
 * every secret is resolved, wherever it was written.
 */
export const PLAN_VALUE_RULES: ReadonlySet<string> = new Set([
  "container-image-pinned",
  "no-boot-time-configuration",
  "disposable-root-volume",
  "database-deletion-protection",
  "ecr-tag-immutability",
  "user-data-replace-on-change",
]);

/** The directory the synthesized texts are parsed in (one file per resource instance); no finding keeps it. */
const PLANNED_VALUES_DIR = "(planned values)";

export interface PlanValuesSettings extends Pick<PlanRunSettings, "plan" | "rules" | "config" | "locator" | "files" | "notices"> {
  /** The source lint's drafts: a planned-values finding they already hold is not made again. */
  readonly sourceDrafts: readonly DraftFinding[];
}

/** The drafts of the enabled value rules on the plan's planned values. */
export function planValueDrafts(s: PlanValuesSettings): DraftFinding[] {
  const rules = s.rules.filter((r) => PLAN_VALUE_RULES.has(r.id) && s.config.rules.has(r.id));
  if (rules.length === 0) return [];
  const earlier = new SourceFindings(s.sourceDrafts);
  const out: DraftFinding[] = [];
  for (const { resource, draft: d } of runRules(rules, synthesizePlanValues(s.plan).resources, onlyRules(s.config, rules), s.notices)) {
    const attributePath = d.attributePath !== "" ? d.attributePath : normalAttributePath(resource.paths.get(d.range?.start.line ?? 0) ?? "");
    if (aboutHidden(d.message, attributePath, resource)) continue;
    const located = s.locator.locate(resource);
    if (located && earlier.hold(d.ruleId, resource, attributePath, { file: s.files.display(located.file.filename), range: located.block.range })) continue;
    // At a block, the message names the resource as its source findings do (so instances of one block join);
    // at an address alone, by the whole address.
    const name = located ? `${resource.type}.${resource.name}` : resource.address;
    const fields = {
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message.split(`${resource.type}.${resource.label}`).join(name),
      address: resource.address,
      attributePath,
      // The synthesized text's places (where a value was used, a fix) mean nothing in the user's files.
      related: [],
    };
    out.push(draftAtResource(fields, resource, s));
  }
  return out;
}

/**
 * Whether a finding is about a value the plan does not give (known after
 * apply, or sensitive): its attribute path lies in it, or it names it (a
 * nested block `docker_config` whose list is not known yet reads as a
 * missing block, which it is not). Such a finding is not made.
 */
function aboutHidden(message: string, attributePath: string, resource: SynthesizedResource): boolean {
  for (const hidden of resource.hiddenPaths) {
    if (attributePath === hidden || attributePath.startsWith(`${hidden}.`) || attributePath.startsWith(`${hidden}[`)) return true;
    const name = /[A-Za-z_][A-Za-z0-9_-]*$/.exec(hidden)?.[0];
    if (name !== undefined && new RegExp(`(^|[^A-Za-z0-9_-])${name}($|[^A-Za-z0-9_-])`).test(message)) return true;
  }
  return false;
}

/** The config with only these rules enabled, each with the user's severity and options. */
function onlyRules(config: ResolvedConfig, rules: readonly Rule[]): ResolvedConfig {
  const ids = new Set(rules.map((r) => r.id));
  return { ...config, rules: new Map([...config.rules].filter(([id]) => ids.has(id))) };
}

/**
 * The rules' drafts on each synthesized resource, linted as the one file
 * of a deployment's root module of its own: a module's lookups (which file
 * holds a node) and some rules' work on a file grow with its size, and a
 * plan has thousands of resources. Each text is parsed only while it is
 * linted, so a large plan's trees are never all held at once.
 */
function runRules(
  rules: readonly Rule[],
  resources: readonly SynthesizedResource[],
  config: ResolvedConfig,
  notices: PlanValuesSettings["notices"],
): { resource: SynthesizedResource; draft: DraftFinding }[] {
  let file: HclFile | undefined;
  const table: FileTable = { display: (name) => name, get: (name) => (name === file?.filename ? file : undefined) };
  const runner = new RuleRunner(rules, table, notices);
  const host = new MemoryHost();
  const out: { resource: SynthesizedResource; draft: DraftFinding }[] = [];
  let broken = false;
  for (const resource of resources) {
    file = parse(resource.text, `${PLANNED_VALUES_DIR}/${resource.label}.tf`);
    const error = file.diagnostics.find((d) => d.severity === "error");
    if (error) {
      // The writer's own mistake, never the user's: said once; the rest is still checked.
      if (!broken) notices.push({ level: "error", message: `internal error: the planned values of ${resource.address} could not be checked (${error.summary})` });
      broken = true;
      continue;
    }
    const module = buildModule([file], { dir: PLANNED_VALUES_DIR });
    const before = runner.drafts.length;
    for (const instance of instantiateModules(module, { host, rootDir: "", isRoot: true, useEnv: false }).instances) {
      runner.runOn(instance, config, {
        site: { module: instance.module, modulePath: instance.modulePath, role: "deployment", callers: [] },
        role: "deployment",
        deploymentCall: undefined,
        hasLockFile: false,
        providersConstrainedAround: NONE,
        providersCappedBelow: NONE,
      });
    }
    for (const draft of runner.drafts.slice(before)) out.push({ resource, draft });
  }
  return out;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The source lint's findings, asked whether one already says what a
 * planned-values finding would. The same finding means: the same rule, the
 * same resource instance (its module path matches the plan's address, where
 * the source knew the instance keys), a place inside that resource's block
 * in the configuration (among the places that hide it: where the value was
 * used, not only where it was written), and the same attribute path, or
 * none on either side (a rule that says "has no X" gives none, and the plan
 * gives X its provider default). Per attribute path, not per value: a second
 * image in one argument that only the plan decides is not reported again.
 */
class SourceFindings {
  private readonly byRule = new Map<string, DraftFinding[]>();

  constructor(drafts: readonly DraftFinding[]) {
    for (const d of drafts) {
      const list = this.byRule.get(d.ruleId);
      if (list) list.push(d);
      else this.byRule.set(d.ruleId, [d]);
    }
  }

  hold(ruleId: string, resource: SynthesizedResource, attributePath: string, block: { readonly file: string; readonly range: Range }): boolean {
    return (this.byRule.get(ruleId) ?? []).some(
      (d) =>
        (d.attributePath === attributePath || d.attributePath === "" || attributePath === "") &&
        sameInstance(d.address, resource) &&
        d.anchors.some((a) => a.file === block.file && contains(block.range, a.range)),
    );
  }
}

/**
 * Whether a source finding's address (`module.app[0].aws_db_instance.this`)
 * is about the plan's resource instance: the same resource in the same
 * module calls, each call's key equal where the source lint knew it (a
 * module instantiated once for an unknown `count` has none).
 */
function sameInstance(address: string, resource: SynthesizedResource): boolean {
  const local = `${resource.type}.${resource.name}`;
  let modulePart: string;
  if (address === local) modulePart = "";
  else if (address.endsWith(`.${local}`)) modulePart = address.slice(0, -local.length - 1);
  else return false;
  const source = moduleSteps(modulePart);
  const planned = moduleSteps(resource.moduleAddress);
  if (!source || !planned || source.length !== planned.length) return false;
  return source.every((step, i) => step.name === planned[i].name && (step.key === undefined || step.key === planned[i].key));
}
