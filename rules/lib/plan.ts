/**
 * What the `plan` rules share: the kinds of resource they look at (the
 * lists of `prevent-destroy-stateful` and `create-before-destroy`, not
 * copies), attribute paths that are only labels, and messages that show a
 * change without ever showing a sensitive value.
 */
import type { PathStep, PlanResourceChange, PlanValue } from "../../src/plan/types.js";
import { SENSITIVE, formatPath, marked, showValue, valueAt } from "../../src/plan/values.js";
import { REFERENCED_TYPES } from "../create-before-destroy/index.js";
import { OWNED_BY_DATABASE_RULE, STATEFUL_TYPES } from "../prevent-destroy-stateful/index.js";

/** Stateful resource types: `prevent-destroy-stateful`'s list, with the two `database-deletion-protection` owns. */
export const STATEFUL_RESOURCE_TYPES: ReadonlySet<string> = new Set([...Object.keys(STATEFUL_TYPES), ...OWNED_BY_DATABASE_RULE]);

/** Types that others point at while they are replaced: `create-before-destroy`'s list. */
export const CREATE_BEFORE_DESTROY_TYPES: ReadonlySet<string> = new Set(Object.keys(REFERENCED_TYPES));

/** Virtual machines, changed in place when updated. */
export const VIRTUAL_MACHINE_TYPES: ReadonlySet<string> = new Set([
  "aws_instance",
  "aws_spot_instance_request",
  "google_compute_instance",
  "azurerm_linux_virtual_machine",
  "azurerm_windows_virtual_machine",
  "azurerm_virtual_machine",
]);

/** Groups that run machines from a template. */
export const SCALE_GROUP_TYPES: ReadonlySet<string> = new Set([
  "aws_autoscaling_group",
  "google_compute_instance_group_manager",
  "google_compute_region_instance_group_manager",
  "azurerm_linux_virtual_machine_scale_set",
  "azurerm_windows_virtual_machine_scale_set",
  "azurerm_orchestrated_virtual_machine_scale_set",
  "azurerm_virtual_machine_scale_set",
]);

/** What machines are started from. */
export const LAUNCH_TEMPLATE_TYPES: ReadonlySet<string> = new Set([
  "aws_launch_template",
  "aws_launch_configuration",
  "google_compute_instance_template",
  "google_compute_region_instance_template",
]);

/** Top-level attributes that only label a resource: changing them changes nothing that runs. */
export const LABEL_ATTRIBUTES: ReadonlySet<string> = new Set(["tags", "tags_all", "labels", "effective_labels", "terraform_labels"]);

/** Whether a path is under a label attribute or one of `extra`. */
export function isLabelPath(path: readonly PathStep[], extra: ReadonlySet<string> = new Set()): boolean {
  const first = path[0];
  return typeof first === "string" && (LABEL_ATTRIBUTES.has(first) || extra.has(first));
}

/** The masks and values of one side of a change. */
interface Side {
  readonly value: PlanValue;
  readonly sensitive: PlanValue;
  readonly unknown?: PlanValue;
}

/** One side's value at a path, for a message: "(sensitive)" when either side marks it, "(known after apply)" when unknown. */
function shown(side: Side, path: readonly PathStep[], sensitiveElsewhere: boolean): string {
  const sensitive = sensitiveElsewhere || marked(side.sensitive, path);
  return showValue(valueAt(side.value, path), sensitive, side.unknown !== undefined && marked(side.unknown, path));
}

/**
 * `instance_type "t3.small" → "t3.large", user_data (sensitive)`: the first
 * `limit` paths with their values, then how many more. A value either side
 * marks sensitive is not shown at all, only said to be "(sensitive)".
 */
export function describeChanges(change: PlanResourceChange["change"], paths: readonly (readonly PathStep[])[], limit = 5): string {
  const before: Side = { value: change.before, sensitive: change.beforeSensitive };
  const after: Side = { value: change.after, sensitive: change.afterSensitive, unknown: change.afterUnknown };
  const parts = paths.slice(0, limit).map((path) => {
    const sensitive = marked(change.beforeSensitive, path) || marked(change.afterSensitive, path);
    if (sensitive) return `${formatPath(path)} ${SENSITIVE}`;
    return `${formatPath(path)} ${shown(before, path, false)} → ${shown(after, path, false)}`;
  });
  const more = paths.length - limit;
  return parts.join(", ") + (more > 0 ? ` and ${more} more` : "");
}

/** Why Terraform chose a replacement or a deletion, in words, with the plan's own code. */
export function describeReason(reason: string | undefined): string {
  if (reason === undefined) return "";
  const words: Readonly<Record<string, string>> = {
    replace_because_cannot_update: "the provider cannot update it in place",
    replace_because_tainted: "it is tainted",
    replace_by_request: "a `-replace` option asked for it",
    replace_by_triggers: "`replace_triggered_by` fired",
    delete_because_no_resource_config: "its block is no longer in the configuration",
    delete_because_wrong_repetition: "its block changed between `count` and `for_each`",
    delete_because_count_index: "its index is beyond the new `count`",
    delete_because_each_key: "its key is no longer in `for_each`",
    delete_because_no_module: "its module call is no longer in the configuration",
    delete_because_no_move_target: "the target of its `moved` block does not exist",
  };
  const text = words[reason];
  return text ? `${text} (${reason})` : reason;
}
