/**
 * The typed plan: what tfmould reads of `terraform show -json PLANFILE`
 * (and OpenTofu's `tofu show -json`), format version 1.x. Only what the
 * `plan-*` rules and the locator need is kept; unknown fields are ignored,
 * as the format asks of its readers.
 */

/** A JSON value as the plan holds it (`before`, `after`, planned `values`). */
export type PlanValue = null | boolean | number | string | readonly PlanValue[] | { readonly [key: string]: PlanValue };

/**
 * What Terraform plans for one resource instance. A replacement is two
 * actions: `["delete", "create"]` (destroy first, the default) or
 * `["create", "delete"]` (`create_before_destroy`).
 */
export type PlanAction = "no-op" | "create" | "read" | "update" | "delete" | "forget";

/** The kinds of change the rules tell apart, from the list of actions. */
export type ChangeKind = "no-op" | "create" | "read" | "update" | "delete" | "replace-destroy-first" | "replace-create-first" | "forget" | "other";

/** One step of an attribute path in `replace_paths`: an attribute name, a map key, or a list index. */
export type PathStep = string | number;

/** The change object of a resource change (or drift). */
export interface PlanChange {
  readonly actions: readonly PlanAction[];
  readonly before: PlanValue;
  readonly after: PlanValue;
  /** `true` (the whole value), or the same shape as `after` with `true` where a value is known only after apply. */
  readonly afterUnknown: PlanValue;
  /** `true`, or the same shape as `before`/`after` with `true` where a value is sensitive. */
  readonly beforeSensitive: PlanValue;
  readonly afterSensitive: PlanValue;
  /** The attribute paths that force a replacement. */
  readonly replacePaths: readonly (readonly PathStep[])[];
}

/** A resource instance change, from `resource_changes` or `resource_drift`. */
export interface PlanResourceChange {
  /** Full instance address: `module.app["blue"].aws_instance.web[0]`. */
  readonly address: string;
  /** The module instance part (`module.app["blue"]`), "" in the root module. */
  readonly moduleAddress: string;
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly name: string;
  /** The `count` index or `for_each` key, when the resource has one. */
  readonly index?: number | string;
  /** Set for a deposed object (left over by a failed create_before_destroy). */
  readonly deposed?: string;
  readonly change: PlanChange;
  /** Why Terraform chose the action: `replace_because_cannot_update`, `delete_because_no_resource_config`, ... */
  readonly actionReason?: string;
}

/** A resource of the configuration section: what it references (for `plan-destroy-before-create`). */
export interface PlanConfigResource {
  /** Address inside its module: `aws_instance.web`. */
  readonly address: string;
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly name: string;
  /** Every reference in its expressions, as the plan gives them (`aws_launch_template.web.id`, `aws_launch_template.web`). */
  readonly references: readonly string[];
}

/** A module of the configuration section. */
export interface PlanConfigModule {
  readonly resources: readonly PlanConfigResource[];
  /** Module calls by name. */
  readonly moduleCalls: ReadonlyMap<string, PlanModuleCall>;
}

export interface PlanModuleCall {
  /** The `source` as written: `./modules/web`, `terraform-aws-modules/vpc/aws`. */
  readonly source: string;
  readonly module: PlanConfigModule;
}

/** A resource instance of `planned_values`. */
export interface PlannedResource {
  readonly address: string;
  readonly mode: "managed" | "data";
  readonly type: string;
  readonly name: string;
  readonly index?: number | string;
  /** The module instance it is in ("" for the root module). */
  readonly moduleAddress: string;
  /** Known values after the plan (unknown ones are absent). */
  readonly values: { readonly [key: string]: PlanValue };
  /** `true`, or the shape of `values` with `true` where a value is sensitive. */
  readonly sensitiveValues: PlanValue;
}

/** A parsed plan. */
export interface Plan {
  /** `format_version`, such as "1.2". */
  readonly formatVersion: string;
  /** `terraform_version` (OpenTofu writes its own version here). */
  readonly terraformVersion?: string;
  readonly resourceChanges: readonly PlanResourceChange[];
  readonly resourceDrift: readonly PlanResourceChange[];
  readonly plannedResources: readonly PlannedResource[];
  /** Undefined when the plan has no `configuration` section. */
  readonly configuration?: PlanConfigModule;
}
