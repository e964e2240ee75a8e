/**
 * Finishing a run: suppressions applied, findings outside what was asked
 * for dropped, identical findings from several instances joined, and the
 * report's order (which never depends on the order modules were linted in).
 */
import type { ModuleRole, RelatedLocation } from "../../rules/api/rule.js";
import type { ResolvedConfig } from "../config/types.js";
import { plainRange } from "../hcl/positions.js";
import { compareStrings } from "../util/compare.js";
import { applySuppressions } from "./apply-suppressions.js";
import type { FileRecord } from "./file-records.js";
import type { DraftFinding } from "./findings.js";
import { fingerprintAll } from "./fingerprint.js";
import type { AddressFinding, FileFinding, Finding, LintResult, LintSummary, Notice } from "./types.js";

export interface FinishOptions {
  readonly files: readonly FileRecord[];
  readonly configs: ReadonlyMap<string, ResolvedConfig>;
  readonly now: number;
  /** Told each expiry date compared with `now`. */
  readonly onExpiryDate?: (expiresAt: number) => void;
  readonly knownRuleIds: ReadonlySet<string>;
  /** Keeps findings anchored in these display names (files named on the command line), when set. */
  readonly restriction: ((display: string) => boolean) | undefined;
  /** Whether a finding's file is excluded by its config (a file loaded only because a module in scope calls its module). */
  readonly isExcluded: (display: string, config: ResolvedConfig) => boolean;
  /** The role of a file's module directory (by display name), when it was linted. */
  readonly roleOf?: (display: string) => ModuleRole | undefined;
  /** Whether a rule ran, or would have run, on the module that holds a file: a suppression of it there can be unused. */
  readonly ruleApplies?: (display: string, ruleId: string) => boolean;
}

/** The run's findings, suppressed ones marked, in the report's order, with fingerprints and plain ranges. */
export function finishFindings(drafts: readonly DraftFinding[], options: FinishOptions): Finding[] {
  const { configs } = options;
  const suppressed = applySuppressions(drafts, options.files, {
    now: options.now,
    ...(options.onExpiryDate ? { onExpiryDate: options.onExpiryDate } : {}),
    knownRuleIds: options.knownRuleIds,
    configFor: (display) => configs.get(display),
    ...(options.ruleApplies ? { ruleApplies: options.ruleApplies } : {}),
  });
  const restricted = options.restriction;
  // A finding at an address alone is in no file that could be left out.
  const kept = restricted ? suppressed.filter((d) => d.file === undefined || d.anchors.some((a) => restricted(a.file))) : suppressed;
  const included = kept.filter((d) => {
    if (d.file === undefined) return true;
    const config = configs.get(d.file);
    return !config || config.exclude.length === 0 || !options.isExcluded(d.file, config);
  });

  const sorted = dedupe(included).sort(compareFindings);
  const prints = fingerprintAll(sorted);
  return sorted.map((d, i) => {
    // Plain ranges: the tree's ranges work their positions out when read,
    // and a result must survive a structured clone (worker threads).
    const suppression = d.suppressed;
    const role = d.role ?? (d.file !== undefined ? options.roleOf?.(d.file) : undefined);
    const fields = {
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      address: d.address,
      attributePath: d.attributePath,
      related: d.related.map((r) => ({ ...r, range: plainRange(r.range) })),
      ...(d.fix ? { fix: { ...d.fix, replacements: d.fix.replacements.map((r) => ({ ...r, range: plainRange(r.range) })) } } : {}),
      ...(role ? { role } : {}),
      ...(d.instances ? { instances: d.instances } : {}),
      ...(suppression
        ? { suppressed: { ...suppression, ...(suppression.commentRange ? { commentRange: plainRange(suppression.commentRange) } : {}) } }
        : {}),
      fingerprint: prints[i],
    };
    const finding: Finding = d.file !== undefined ? { file: d.file, range: plainRange(d.range), ...fields } : fields;
    return finding;
  });
}

/** Notices without repeats (several instances of one module report the same evaluation problem), in the report's order. */
export function finishNotices(notices: readonly Notice[]): Notice[] {
  const seen = new Set<string>();
  const unique = notices.filter((n) => {
    const key = [n.level, n.message, n.file ?? "", n.range?.start.offset ?? "", n.range?.end.offset ?? ""].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(compareNotices);
}

/**
 * The order of notices, whatever order the modules were linted in: notices
 * about the run itself first, then by file and position; a stable sort keeps
 * notices that tie in the order they came.
 */
export function compareNotices(a: Notice, b: Notice): number {
  return compareStrings(a.file ?? "", b.file ?? "") || (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1);
}

/**
 * The order of findings in a report: file, line, column, rule id, then
 * whatever else tells two apart, so that the order is total.
 */
export function compareFindings(a: FindingOrderKey, b: FindingOrderKey): number {
  if (a.file === undefined || b.file === undefined) {
    // Findings at an address alone come after those in files.
    if (a.file !== undefined) return -1;
    if (b.file !== undefined) return 1;
    return compareStrings(a.address, b.address) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
  }
  return (
    compareStrings(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    a.range.end.offset - b.range.end.offset ||
    compareStrings(a.message, b.message) ||
    compareStrings(a.address, b.address)
  );
}

/** What the report's order reads of a finding (a draft or a finished one). */
export type FindingOrderKey =
  | Pick<FileFinding, "file" | "range" | "ruleId" | "message" | "address">
  | Pick<AddressFinding, "file" | "range" | "ruleId" | "message" | "address">;

/**
 * One finding per problem at one place: the same report from several
 * instances of a module (with the same values) is kept once (see `joinIdentical`).
 */
function dedupe(drafts: readonly DraftFinding[]): DraftFinding[] {
  const groups = new Map<string, DraftFinding[]>();
  for (const d of throughCallersOnly(drafts)) {
    const key = `${placeOf(d)}\u0000${d.message}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  return [...groups.values()].map((group) => joinIdentical(group, better));
}

/**
 * The drafts without those made reading a module by itself (`readAlone`)
 * where an instance its callers make reports the same rule at the same
 * place with another message: the lone reading took the module's defaults,
 * which the callers replace (its message may quote a default,
 * `optimized-ami//…`, where theirs quote the callers' values), so it would
 * be a second finding for one problem. One with the same message stays, to
 * be joined with the callers' (its address is the one that does not change
 * with the callers).
 */
function throughCallersOnly(drafts: readonly DraftFinding[]): readonly DraftFinding[] {
  if (!drafts.some((d) => d.readAlone)) return drafts;
  const reached = new Set<string>();
  const said = new Set<string>();
  for (const d of drafts) {
    if (d.readAlone) continue;
    const place = placeOf(d);
    reached.add(place);
    said.add(`${place}\u0000${d.message}`);
  }
  return drafts.filter((d) => {
    if (!d.readAlone) return true;
    const place = placeOf(d);
    return !reached.has(place) || said.has(`${place}\u0000${d.message}`);
  });
}

/** A draft's rule and place (its range, or its address alone): with its message, what makes two drafts one finding. */
function placeOf(d: DraftFinding): string {
  return [d.ruleId, d.file ?? "", d.range?.start.offset ?? d.address, d.range?.end.offset ?? ""].join("\u0000");
}

/** What joining identical findings reads of them: drafts, or findings read back from shards' reports. */
export interface Joinable {
  readonly address: string;
  readonly suppressed?: unknown;
  readonly related: readonly RelatedLocation[];
  readonly instances?: readonly string[];
  /** See `DraftFinding.readAlone`: its address is listed only when no caller's instance gave the finding. */
  readonly readAlone?: true;
}

/**
 * Identical findings (rule, place, message) as one: the one `better`
 * prefers, with every instance address that gave it in `instances` (when
 * several did; a suppressed instance stays out of an unsuppressed finding's
 * list) and the related locations of all, in one order whatever order they
 * came in, so that a sharded run joins them as one run does.
 */
export function joinIdentical<T extends Joinable>(group: readonly T[], isBetter: (a: T, b: T) => boolean): T {
  let kept = group[0];
  for (const f of group) if (isBetter(f, kept)) kept = f;
  if (group.length === 1) return kept;
  const addresses = new Set<string>();
  const related = new Map<string, RelatedLocation>();
  // The module read by itself is how tfmould read it, not an instance anyone applies.
  const throughCallers = group.some((f) => !f.readAlone);
  for (const f of group) {
    if (!f.suppressed === !kept.suppressed && !(throughCallers && f.readAlone)) for (const a of f.instances ?? [f.address]) addresses.add(a);
    for (const r of f.related) related.set(`${r.file}\u0000${r.range.start.line}\u0000${r.range.start.column}\u0000${r.range.end.line}\u0000${r.range.end.column}\u0000${r.message}`, r);
  }
  const instances = [...addresses].sort(compareStrings);
  return {
    ...kept,
    related: [...related.values()].sort(compareRelated),
    ...(instances.length > 1 || (instances.length === 1 && instances[0] !== kept.address) ? { instances } : {}),
  };
}

function compareRelated(a: RelatedLocation, b: RelatedLocation): number {
  return (
    compareStrings(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    a.range.end.line - b.range.end.line ||
    a.range.end.column - b.range.end.column ||
    compareStrings(a.message, b.message)
  );
}

/**
 * Of two identical findings, the one to keep: unsuppressed first, then the
 * shorter (outermost) address, then the address first in name order (so the
 * choice does not depend on the order modules were linted in).
 */
function better(a: DraftFinding, b: DraftFinding): boolean {
  if (!a.suppressed !== !b.suppressed) return !a.suppressed;
  if (a.address.length !== b.address.length) return a.address.length < b.address.length;
  return a.address < b.address;
}

/** The counts of a result's findings, notices and files (the JSON report's `summary`). */
export function summaryOf(result: Pick<LintResult, "findings" | "notices" | "files">): LintSummary {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  let suppressed = 0;
  for (const f of result.findings) {
    if (f.suppressed) suppressed++;
    else if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else notes++;
  }
  return { errors, warnings, notes, suppressed, files: result.files.length, notices: result.notices.length };
}

/** One result with every finding (in the engine's order), notice, file, enabled rule and source text of several runs. */
export function mergeResults<F extends Finding = Finding>(results: readonly LintResult<F>[]): LintResult<F> {
  if (results.length === 1) return results[0];
  const rules = new Map<string, LintResult["enabledRules"][number]>();
  // Groups of one config share one list (a cache's thousands of groups do): each list is read once.
  const lists = new Set<LintResult["enabledRules"]>();
  for (const r of results) {
    if (lists.has(r.enabledRules)) continue;
    lists.add(r.enabledRules);
    for (const rule of r.enabledRules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
  }
  // Only in-memory runs carry sources; thousands of cached groups have none to copy.
  const sources: Record<string, string> = {};
  for (const r of results) if (r.sources !== undefined) Object.assign(sources, r.sources);
  const merged = {
    findings: results.flatMap((r) => r.findings).sort(compareFindings),
    // Runs that share a config say the same about it (plugins not loaded): once is enough.
    notices: finishNotices(results.flatMap((r) => r.notices)),
    files: [...new Set(results.flatMap((r) => r.files))].sort(),
    enabledRules: [...rules.values()],
  };
  const planFile = results.find((r) => r.planFile !== undefined)?.planFile;
  return { ...merged, summary: summaryOf(merged), ...(Object.keys(sources).length > 0 ? { sources } : {}), ...(planFile !== undefined ? { planFile } : {}) };
}
