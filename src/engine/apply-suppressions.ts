/**
 * Applies the `tfmould-ignore` comments of every file to the findings, and
 * reports the comments that hide nothing as `unused-suppression` findings:
 * unused ones, expired ones, malformed ones and unknown rule ids.
 */
import { pluginNamespace } from "../config/plugins.js";
import type { ResolvedConfig } from "../config/types.js";
import type { Range } from "../hcl/ast.js";
import type { DraftFinding } from "./findings.js";
import type { FileSuppressions, Suppression, SuppressedId } from "./suppressions.js";
import type { Anchor } from "./suppressions.js";
import { UNUSED_SUPPRESSION, covers, namesRule } from "./suppressions.js";

export interface SuppressionContext {
  /** Milliseconds since the epoch: suppressions with an `until` date before it no longer work. */
  readonly now: number;
  /** Told each `until` date compared with `now`. */
  readonly onExpiryDate?: (expiresAt: number) => void;
  /** Every rule id a suppression may name. */
  readonly knownRuleIds: ReadonlySet<string>;
  /** The config that applies to a file (by display name), for the severity of `unused-suppression` and disabled rules. */
  readonly configFor: (file: string) => ResolvedConfig | undefined;
  /** Whether a rule applies to the role of the module that holds a file (default: yes); a suppression of a rule that does not is not reported unused. */
  readonly ruleApplies?: (file: string, ruleId: string) => boolean;
}

/**
 * Marks suppressed findings (`suppressed.kind = "inSource"`) and adds `unused-suppression` findings.
 * `files` holds each file's suppressions, collected (`collectSuppressions`) while its tree was at hand.
 */
export function applySuppressions(
  drafts: readonly DraftFinding[],
  files: readonly { readonly display: string; readonly suppressions: FileSuppressions }[],
  context: SuppressionContext,
): DraftFinding[] {
  const active: Suppression[] = [];
  const reports: DraftFinding[] = [];
  const report = (file: string, range: Range, message: string, attributePath: string): void => {
    const setting = context.configFor(file)?.rules.get(UNUSED_SUPPRESSION);
    if (!setting) return;
    reports.push({
      ruleId: UNUSED_SUPPRESSION,
      severity: setting.severity,
      message,
      file,
      range,
      address: "",
      attributePath,
      related: [],
      anchors: [{ file, range }],
    });
  };

  // A plugin's rule is known only when its plugin is loaded; a suppression of one whose plugin
  // is not (a scan without --allow-plugins) is neither unknown nor unused: the rule just did not run.
  const namespaces = new Set([...context.knownRuleIds].flatMap((id) => pluginNamespace(id) ?? []));
  const isUnknown = (id: string): boolean => {
    if (id === "all" || context.knownRuleIds.has(id)) return false;
    const namespace = pluginNamespace(id);
    return namespace === undefined || namespaces.has(namespace);
  };
  const seenFiles = new Set<string>();
  for (const { display, suppressions: collected } of files) {
    if (seenFiles.has(display)) continue;
    seenFiles.add(display);
    const { suppressions, problems } = collected;
    for (const p of problems) report(display, p.range, p.message, "");
    for (const s of suppressions) {
      const unknown = s.directive.ids.filter((i) => isUnknown(i.id));
      for (const i of unknown) report(display, i.range, `unknown rule "${i.id}" in suppression`, i.id);
      const until = s.directive.until;
      if (until) context.onExpiryDate?.(until.expiresAt);
      if (until && until.expiresAt <= context.now) {
        report(
          display,
          until.range,
          `suppression of ${describeIds(s.directive.ids)} expired on ${until.date} and no longer applies`,
          s.directive.ids.map((i) => i.id).join(","),
        );
        continue;
      }
      active.push(s);
    }
  }

  const used = new Map<Suppression, Set<SuppressedId>>();
  const result = drafts.map((d) => ({ ...d }));
  const index = new SuppressionIndex(active);
  const suppress = (d: DraftFinding, except?: Suppression): void => {
    for (const anchor of d.anchors) {
      for (const s of index.covering(anchor)) {
        if (s === except) continue;
        const id = namesRule(s.directive, d.ruleId);
        if (!id) continue;
        let ids = used.get(s);
        if (!ids) used.set(s, (ids = new Set()));
        ids.add(id);
        if (!d.suppressed) {
          d.suppressed = { kind: "inSource", reason: s.directive.reason, commentRange: s.directive.commentRange };
        }
      }
    }
  };
  for (const d of result) suppress(d);

  const sources = new Map<DraftFinding, Suppression>();
  const reportUnused = (pick: (id: SuppressedId) => boolean): void => {
    for (const s of active) {
      const config = context.configFor(s.file);
      const usedIds = used.get(s) ?? new Set();
      for (const i of s.directive.ids) {
        if (!pick(i) || usedIds.has(i)) continue;
        if (i.id !== "all" && !context.knownRuleIds.has(i.id)) continue; // already reported as unknown
        if (i.id !== "all" && config && !config.rules.has(i.id)) continue; // the rule is off: nothing to hide
        if (i.id !== "all" && context.ruleApplies && !context.ruleApplies(s.file, i.id)) continue; // not run on this module's role
        const before = reports.length;
        const what = i.id === "all" ? "suppression of all rules" : `suppression of "${i.id}"`;
        report(s.file, i.range, `unused ${what}: no such finding ${s.target === undefined ? "in this file" : "here"}`, i.id);
        if (reports.length > before) sources.set(reports[reports.length - 1], s);
      }
    }
  };
  // Suppressions of other rules first; then the engine's own reports may be hidden by a comment
  // naming `unused-suppression` explicitly (never by the comment they are about); then those comments are checked.
  reportUnused((i) => i.id !== UNUSED_SUPPRESSION);
  for (const r of reports) suppress(r, sources.get(r));
  reportUnused((i) => i.id === UNUSED_SUPPRESSION);

  return [...result, ...reports];
}

function describeIds(ids: readonly SuppressedId[]): string {
  return ids.map((i) => (i.id === "all" ? "all rules" : `"${i.id}"`)).join(", ");
}

/** Suppressions by file, with their targets sorted by start, so a finding finds its covering comments quickly. */
class SuppressionIndex {
  private readonly files = new Map<string, { whole: Suppression[]; byStart: Suppression[]; starts: number[]; longest: number }>();

  constructor(suppressions: readonly Suppression[]) {
    for (const s of suppressions) {
      let entry = this.files.get(s.file);
      if (!entry) this.files.set(s.file, (entry = { whole: [], byStart: [], starts: [], longest: 0 }));
      if (s.target === undefined) entry.whole.push(s);
      else {
        entry.byStart.push(s);
        entry.longest = Math.max(entry.longest, s.target.end.offset - s.target.start.offset);
      }
    }
    for (const entry of this.files.values()) {
      entry.byStart.sort((a, b) => (a.target?.start.offset ?? 0) - (b.target?.start.offset ?? 0));
      entry.starts = entry.byStart.map((s) => s.target?.start.offset ?? 0);
    }
  }

  /** The suppressions whose region holds the anchor. */
  covering(anchor: Anchor): Suppression[] {
    const entry = this.files.get(anchor.file);
    if (!entry) return [];
    const out = [...entry.whole];
    const offset = anchor.range.start.offset;
    // Last target starting at or before the anchor; earlier ones may still contain it, up to the longest target.
    let lo = 0;
    let hi = entry.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (entry.starts[mid] <= offset) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = last; i >= 0 && entry.starts[i] >= offset - entry.longest; i--) {
      const s = entry.byStart[i];
      if (covers(s, [anchor])) out.push(s);
    }
    return out;
  }
}
