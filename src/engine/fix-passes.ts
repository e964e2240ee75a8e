/**
 * Fixing until nothing is left to fix: apply the fixes of a lint result,
 * lint the new texts again, apply what that reports, at most `MAX_FIX_PASSES`
 * times. Later passes pick up fixes that waited because they overlapped
 * another, and fixes that only the new text makes possible.
 *
 * Where the texts come from and how they are linted is the caller's: the
 * API's in-memory or disk lint, or the command's. Nothing here reads or
 * writes files.
 */
import type { Fix } from "../../rules/api/rule.js";
import { applyFixes } from "./apply-fixes.js";
import { parse } from "../hcl/index.js";
import type { Finding, LintResult } from "./types.js";

/** As in ESLint: enough for fixes that enable one another, a bound for fixes that never settle. */
export const MAX_FIX_PASSES = 10;

/** Which findings' fixes to apply. */
export interface FixSelection {
  /** Only the fixes of these rules (default: every rule's). */
  readonly rules?: ReadonlySet<string>;
  /** Whether a file's fixes may be applied at all (default: every file's). */
  readonly fileAllowed?: (file: string) => boolean;
}

export interface FixPassesResult {
  /** The lint of the texts after the last pass: what is left. */
  readonly result: LintResult;
  /** Each file changed, by its name in findings: the text before and after. */
  readonly changed: ReadonlyMap<string, { readonly before: string; readonly after: string }>;
  /** How many fixes were applied, over all passes. */
  readonly applied: number;
  /** How many passes applied something. */
  readonly passes: number;
  /**
   * Files whose fixes were given up because the fixed text would not have
   * parsed (a rule's fix that does not fit an unusual layout): left as they
   * were before that pass, and not fixed further.
   */
  readonly reverted: readonly string[];
}

/** The fixes a result offers: of findings that count (not suppressed, not baselined), of the selected rules. */
export function fixesOf(findings: readonly Finding[], selection: FixSelection = {}): Map<string, Fix[]> {
  const byFile = new Map<string, Fix[]>();
  for (const f of findings) {
    if (!f.fix || f.suppressed || f.fix.replacements.length === 0) continue;
    if (selection.rules && !selection.rules.has(f.ruleId)) continue;
    if (selection.fileAllowed && !selection.fileAllowed(f.fix.file)) continue;
    const list = byFile.get(f.fix.file) ?? [];
    list.push(f.fix);
    byFile.set(f.fix.file, list);
  }
  return byFile;
}

/**
 * Applies the fixes of `first` and lints again until a pass changes nothing
 * or `MAX_FIX_PASSES` passes have run. `read` gives a file's text as it was
 * linted (undefined: the file is not fixed); `relint` lints again with the
 * texts changed so far in place of those files.
 */
export function fixPasses(
  first: LintResult,
  read: (file: string) => string | undefined,
  relint: (texts: ReadonlyMap<string, string>) => LintResult,
  selection: FixSelection = {},
): FixPassesResult {
  const before = new Map<string, string>();
  const current = new Map<string, string>();
  let result = first;
  let applied = 0;
  let passes = 0;
  const reverted = new Set<string>();
  const allowed = (file: string): boolean => !reverted.has(file) && (selection.fileAllowed?.(file) ?? true);
  while (passes < MAX_FIX_PASSES) {
    let changedThisPass = false;
    for (const [file, fixes] of fixesOf(result.findings, { ...selection, fileAllowed: allowed })) {
      const text = current.get(file) ?? read(file);
      if (text === undefined) continue;
      const out = applyFixes(text, fixes);
      if (out.output === text) continue;
      // A fix must never leave a file that does not parse: that file's fixes are given up.
      if (parseErrors(out.output, file) > parseErrors(text, file)) {
        reverted.add(file);
        continue;
      }
      if (!before.has(file)) before.set(file, text);
      current.set(file, out.output);
      applied += out.applied.length;
      changedThisPass = true;
    }
    if (!changedThisPass) break;
    passes++;
    result = relint(current);
  }
  const changed = new Map<string, { before: string; after: string }>();
  for (const [file, after] of current) {
    const was = before.get(file) as string;
    if (after !== was) changed.set(file, { before: was, after });
  }
  return { result, changed, applied, passes, reverted: [...reverted].sort() };
}

function parseErrors(text: string, file: string): number {
  return parse(text, file).diagnostics.filter((d) => d.severity === "error").length;
}
