/**
 * The plan layer: `terraform show -json` output → typed plan, and plan
 * addresses → the blocks of the configuration they came from.
 *
 * @packageDocumentation
 */
export type * from "./types.js";
export { parsePlan, planOf, readPlanFile, PlanError, DEFAULT_MAX_PLAN_BYTES } from "./read.js";
export { PlanLocator, MODULES_MANIFEST } from "./locate.js";
export type { LocatorHost } from "./locate.js";
export { moduleSteps, moduleCallPath, resourceAddress } from "./address.js";
export type { ModuleStep } from "./address.js";
export { SENSITIVE, KNOWN_AFTER_APPLY, changedPaths, changeKind, formatPath, marked, markedWithin, sameValue, showValue, valueAt } from "./values.js";
export { synthesizePlanValues, UNKNOWN_VALUE_EXPR, SENSITIVE_VALUE_EXPR } from "./synthesize.js";
export type { SynthesizedPlan, SynthesizedResource } from "./synthesize.js";
