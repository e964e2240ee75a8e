/**
 * Counting a result the way the exit code and every summary line count it.
 */
import type { LintResult } from "../engine/types.js";

export interface Summary {
  /** Unsuppressed findings by severity. */
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  /** Findings hidden by an ignore comment or the baseline; they never count. */
  readonly suppressed: number;
  /** Files linted. */
  readonly files: number;
  /** Problems of the run (unreadable or unparsable files), by level. */
  readonly noticeErrors: number;
  readonly noticeWarnings: number;
}

/** Counts findings and notices. Suppressed findings are counted apart and nowhere else. */
export function summarize(result: LintResult): Summary {
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
  let noticeErrors = 0;
  let noticeWarnings = 0;
  for (const n of result.notices) {
    if (n.level === "error") noticeErrors++;
    else noticeWarnings++;
  }
  return { errors, warnings, notes, suppressed, files: result.files.length, noticeErrors, noticeWarnings };
}

/** `1 error`, `2 warnings`: a count with its noun. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
