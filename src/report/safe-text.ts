/**
 * Text from the scanned repository (messages quoting its values, file names,
 * rule ids named in its comments) must not act on the terminal or log viewer
 * that shows a report: an escape sequence could clear the screen, retitle the
 * window, write a hyperlink or hide findings, and a bidirectional override
 * could show a name other than the one that is there (Trojan Source).
 *
 * Text formats show such characters as `\u{…}` (lowercase hex code point:
 * ESC is `\u{1b}`, BEL `\u{7}`, CSI `\u{9b}`, RIGHT-TO-LEFT OVERRIDE
 * `\u{202e}`), so they stay visible and can be looked up. Backslashes are
 * left as they are (a file may be called `back\slash.tf`), so the escape is
 * for people to read, not to be undone by a program: programs read JSON or
 * SARIF, where the same characters are written as JSON's `\uXXXX` and decode
 * to the original text.
 */

/**
 * Characters that steer a display instead of being shown: C0 controls, DEL,
 * C1 controls (terminals act on U+009B as on ESC [ even in UTF-8), the line
 * and paragraph separators, and the bidirectional formatting characters.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** The same without line feed and carriage return, for formats that encode those themselves. */
// eslint-disable-next-line no-control-regex -- as above
const UNSAFE_BUT_NEWLINES = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * What `JSON.stringify` leaves raw: it escapes C0 controls but not DEL, C1,
 * the separators or the bidi characters. Outside strings a JSON text holds
 * only ASCII, so these can only be inside strings, where `\uXXXX` means the
 * same character.
 */
// Without the u flag: every character listed is one UTF-16 unit outside the surrogates, so matching units
// finds the same characters, and is faster on the megabytes of a SARIF log.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** SGR sequences (colour, bold, reset): the only escapes a report holds, in coloured stylish output. */
// eslint-disable-next-line no-control-regex -- as above
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * Whether `text` holds anything that steers a display besides line breaks
 * and, where `colour` allows them, SGR colour sequences: nothing a report
 * tfmould made holds. A report read back (a kept report in a cache file,
 * which may have come with the scanned tree) is checked before it is shown.
 */
export function steersDisplay(text: string, options: { readonly colour: boolean }): boolean {
  const shown = options.colour ? text.replace(SGR, "") : text;
  UNSAFE_BUT_NEWLINES.lastIndex = 0;
  return UNSAFE_BUT_NEWLINES.test(shown);
}

function codePointEscape(ch: string): string {
  return `\\u{${(ch.codePointAt(0) as number).toString(16)}}`;
}

function jsonEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

export interface VisibleOptions {
  /** Leave `\n` and `\r` raw: the caller encodes them (GitHub's `%0A`). */
  readonly keepNewlines?: boolean;
}

/** `text` with every character that could steer a terminal written as `\u{…}`. */
export function visible(text: string, options: VisibleOptions = {}): string {
  const pattern = options.keepNewlines ? UNSAFE_BUT_NEWLINES : UNSAFE;
  // The test first: nearly every text is clean, and then no copy is made.
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, codePointEscape);
}

/**
 * A serialised JSON document with the characters `JSON.stringify` leaves
 * raw escaped as `\uXXXX`: the same value for a parser, inert on a terminal
 * (`--format json` without `-o`) and in a JavaScript context.
 */
export function jsonSafe(json: string): string {
  JSON_UNSAFE.lastIndex = 0;
  if (!JSON_UNSAFE.test(json)) return json;
  JSON_UNSAFE.lastIndex = 0;
  return json.replace(JSON_UNSAFE, jsonEscape);
}
