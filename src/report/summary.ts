/**
 * Counting a result the way the exit code and every summary line count it.
 */
import { summaryOf } from "../engine/finish.js";
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

/**
 * Counts findings and notices. Suppressed findings are counted apart and
 * nowhere else. The findings are counted again rather than taken from
 * `result.summary`: a baseline or `--quiet` may have changed them since.
 */
export function summarize(result: LintResult): Summary {
  const { errors, warnings, notes, suppressed, files } = summaryOf(result);
  let noticeErrors = 0;
  let noticeWarnings = 0;
  for (const n of result.notices) {
    if (n.level === "error") noticeErrors++;
    else noticeWarnings++;
  }
  return { errors, warnings, notes, suppressed, files, noticeErrors, noticeWarnings };
}

/** `1 error`, `2 warnings`: a count with its noun. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
