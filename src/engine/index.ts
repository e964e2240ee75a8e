/**
 * The engine: config + modules + rules → findings, after suppressions and
 * baseline.
 *
 * @packageDocumentation
 */
export type * from "./types.js";
export type { LintOptions, LintSettings } from "./options.js";
export { lint, lintModules, groupPaths, moduleRoleOf, compareNotices, SYNTAX_ERROR } from "./lint.js";
export { summaryOf, mergeResults } from "./finish.js";
export { applyFixes, lineBreakOf } from "./apply-fixes.js";
export type { AppliedFixes } from "./apply-fixes.js";
export { fixPasses, fixesOf, MAX_FIX_PASSES } from "./fix-passes.js";
export type { FixSelection, FixPassesResult } from "./fix-passes.js";
export { lintAndFix } from "./lint-fix.js";
export type { FixOptions, LintFixResult } from "./lint-fix.js";
export { discover, PathError } from "./discover.js";
export type { Discovery, DiscoveredModule, DiscoverOptions } from "./discover.js";
export { applyBaseline, writeBaseline, parseBaseline, BaselineError, BASELINE_VERSION } from "./baseline.js";
export type { BaselineEntry, BaselineFile } from "./baseline.js";
export { fingerprintBase, fingerprintAll } from "./fingerprint.js";
export type { FingerprintParts } from "./fingerprint.js";
export { parseSuppressionComment, UNUSED_SUPPRESSION } from "./suppressions.js";
export type { SuppressionDirective, SuppressionProblem, SuppressedId } from "./suppressions.js";
