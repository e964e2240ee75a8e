/**
 * Our ranges → LSP ranges. Ours carry 1-based lines, columns in Unicode code
 * points and offsets in UTF-16 code units into the text that was parsed; LSP
 * wants 0-based lines and characters in UTF-16 code units. The offsets are
 * exact for both, so positions are worked out from them against the text the
 * engine read (the editor's buffer for an open document), never from columns.
 */
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Position as LspPosition, Range as LspRange } from "vscode-languageserver";
import type { Range } from "../hcl/ast.js";

/** Turns offsets of one text into LSP positions. */
export interface PositionMap {
  positionAt(offset: number): LspPosition;
}

/** A position map for a text (line breaks: `\n`, `\r\n` and `\r`, as LSP counts them). */
export function positionMapOf(text: string): PositionMap {
  return TextDocument.create("tfmould:text", "", 0, text);
}

/**
 * The LSP range of one of our ranges. Without the text (a file that could not
 * be read again), lines and columns are the best guess: they agree with
 * UTF-16 characters on lines of ASCII and of characters in the BMP.
 */
export function toLspRange(range: Range, map: PositionMap | undefined): LspRange {
  if (map) return { start: map.positionAt(range.start.offset), end: map.positionAt(range.end.offset) };
  const at = (p: Range["start"]): LspPosition => ({ line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) });
  return { start: at(range.start), end: at(range.end) };
}
