/**
 * Applying fixes to one file's text: text in, text out, no file system.
 *
 * Fixes are applied in source order, each whole or not at all. A fix whose
 * edits overlap (or touch) one already taken waits for the next pass, as in
 * ESLint: after the others are applied the file is linted again and the
 * rule, seeing the new text, reports a fix that fits it. A fix that does not
 * fit the text at all (a range past its end, a range that splits a CRLF or
 * a surrogate pair, a range over the BOM) is never applied.
 *
 * Line breaks in a fix's text are written in the file's own style, so a fix
 * that adds a line to a CRLF file adds a CRLF line.
 */
import type { Fix } from "../../rules/api/rule.js";
import { lineBreakOf } from "../util/line-breaks.js";

export { lineBreakOf };

/** What applying fixes to a text gave. */
export interface AppliedFixes {
  /** The text with the fixes applied (the input itself when none was). */
  readonly output: string;
  /** The fixes applied, in source order. */
  readonly applied: readonly Fix[];
  /** Fixes left for a later pass because they overlap one applied. */
  readonly deferred: readonly Fix[];
  /** Fixes that do not fit the text (ranges out of it or through a line break or character). */
  readonly invalid: readonly Fix[];
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Whether an offset falls between the two halves of something that must stay whole. */
function splits(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before === 0x0d && after === 0x0a) return true;
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** The edits of a fix in source order, or undefined when one does not fit the text. */
function editsOf(fix: Fix, text: string, lineBreak: string): Edit[] | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const edits: Edit[] = [];
  for (const r of fix.replacements) {
    const start = r.range.start.offset;
    const end = r.range.end.offset;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < bom || end < start || end > text.length) return undefined;
    if (splits(text, start) || splits(text, end)) return undefined;
    edits.push({ start, end, text: r.text.replace(/\r?\n/g, lineBreak) });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < edits.length; i++) if (edits[i].start < edits[i - 1].end) return undefined;
  return edits.length > 0 ? edits : undefined;
}

/** A fix's identity: two findings (instances of one module) often carry the same edit. */
function keyOf(edits: readonly Edit[]): string {
  return edits.map((e) => `${e.start}:${e.end}:${e.text}`).join("\u0000");
}

/**
 * Applies the fixes that fit together to `text` (a file's whole text, BOM
 * included, as the ranges count it) and returns the new text. Identical
 * fixes count once. Pure: the same text and fixes give the same output.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const lineBreak = lineBreakOf(text);
  const candidates: { fix: Fix; edits: Edit[] }[] = [];
  const invalid: Fix[] = [];
  const seen = new Set<string>();
  for (const fix of fixes) {
    const edits = editsOf(fix, text, lineBreak);
    if (!edits) {
      invalid.push(fix);
      continue;
    }
    const key = keyOf(edits);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push({ fix, edits });
  }
  candidates.sort((a, b) => a.edits[0].start - b.edits[0].start || a.edits[a.edits.length - 1].end - b.edits[b.edits.length - 1].end);

  const applied: Fix[] = [];
  const deferred: Fix[] = [];
  const taken: Edit[] = [];
  let lastEnd = -1;
  for (const { fix, edits } of candidates) {
    // Touching counts as overlapping: two insertions at one place have no order that is certainly right.
    if (edits[0].start <= lastEnd) {
      deferred.push(fix);
      continue;
    }
    taken.push(...edits);
    applied.push(fix);
    lastEnd = edits[edits.length - 1].end;
  }
  if (taken.length === 0) return { output: text, applied, deferred, invalid };

  const parts: string[] = [];
  let at = 0;
  for (const edit of taken) {
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return { output: parts.join(""), applied, deferred, invalid };
}
