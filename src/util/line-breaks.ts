/**
 * A file's line-break style, which edits keep: a fix that adds a line to a
 * CRLF file adds a CRLF line.
 */

/** The line break a text uses: CRLF when its first line break is one, else LF. */
export function lineBreakOf(text: string): "\r\n" | "\n" {
  const lf = text.indexOf("\n");
  return lf > 0 && text[lf - 1] === "\r" ? "\r\n" : "\n";
}
