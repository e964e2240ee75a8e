/**
 * The one place XML is written: the `junit` and `checkstyle` formats build
 * their documents with `XmlWriter`, which escapes every attribute value and
 * text it is given, so no formatter concatenates markup with data.
 *
 * What the data may hold, and what becomes of it:
 * - `&`, `<` and `>` become the predefined entities, and so do `"` and `'`
 *   in attribute values.
 * - Tab, line feed and carriage return are written as character references
 *   in attribute values (a parser would otherwise turn them into spaces),
 *   and tab and carriage return in text too (a parser would otherwise drop a
 *   carriage return before a line feed), so each reads back as it was and
 *   the only raw control character in a document is the line feed.
 * - Characters XML 1.0 cannot hold at all, even as references (the other C0
 *   controls, U+FFFE, U+FFFF and unpaired surrogates), are written as the
 *   text `\u{…}` (lowercase hex), as the text formats show them
 *   (`safe-text.ts`): visible, but not the original character.
 * - Characters XML allows but a terminal or log viewer acts on (DEL, C1
 *   controls, the line and paragraph separators, bidirectional formatting
 *   characters) are written as character references: a parser reads the
 *   original character, and the raw document is inert when printed.
 * - Everything else, characters outside the Basic Multilingual Plane
 *   included, is written as it is (the document is UTF-8).
 */

/** Not allowed anywhere in an XML 1.0 document: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; surrogates (unpaired ones: pairs never get here). */
function forbidden(code: number): boolean {
  return (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;
}

/**
 * What must not appear raw in an attribute value (quoted with `"`), as one
 * pattern: markup, whitespace a parser would normalise, what XML forbids,
 * and what a terminal would act on.
 */
// eslint-disable-next-line no-control-regex -- as above
const ATTRIBUTE_SPECIAL = /[&<>"'\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/gu;

/** The same for text content, where quotes and line feed are written raw. */
// eslint-disable-next-line no-control-regex -- as above
const TEXT_SPECIAL = /[&<>\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/gu;

const ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

function replacement(ch: string): string {
  const entity = ENTITY[ch];
  if (entity !== undefined) return entity;
  // The patterns have the `u` flag, so a surrogate pair is one code point, never matched; only unpaired halves are.
  const code = ch.codePointAt(0) as number;
  if (forbidden(code)) return `\\u{${code.toString(16)}}`;
  return `&#x${code.toString(16)};`;
}

function escapeWith(pattern: RegExp, value: string): string {
  pattern.lastIndex = 0;
  if (!pattern.test(value)) return value;
  pattern.lastIndex = 0;
  return value.replace(pattern, replacement);
}

/** `value` escaped for an attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return escapeWith(ATTRIBUTE_SPECIAL, value);
}

/** `value` escaped for text content. */
export function escapeText(value: string): string {
  return escapeWith(TEXT_SPECIAL, value);
}

/** Attributes in the order they are written; `undefined` values are left out. */
export type XmlAttributes = readonly (readonly [name: string, value: string | number | undefined])[];

/** Element and attribute names are tfmould's own: a name from data would be a bug. */
const NAME = /^[A-Za-z_][\w.-]*$/;

function checkName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not an XML name: ${JSON.stringify(name)}`);
  return name;
}

function startTag(name: string, attributes: XmlAttributes): string {
  let tag = "<" + checkName(name);
  for (const [key, value] of attributes) {
    if (value !== undefined) tag += ` ${checkName(key)}="${escapeAttribute(String(value))}"`;
  }
  return tag;
}

/**
 * Writes an XML document, indented by two spaces per level: `open` and
 * `close` around children, `leaf` for an element with only text (or none).
 */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private readonly stack: string[] = [];

  private indent(): string {
    return "  ".repeat(this.stack.length);
  }

  open(name: string, attributes: XmlAttributes = []): this {
    this.lines.push(this.indent() + startTag(name, attributes) + ">");
    this.stack.push(name);
    return this;
  }

  close(): this {
    const name = this.stack.pop();
    if (name === undefined) throw new Error("XmlWriter: close without open");
    this.lines.push(`${this.indent()}</${name}>`);
    return this;
  }

  /** An element with text content (not indented: the text is kept as it is), or empty when `text` is undefined or "". */
  leaf(name: string, attributes: XmlAttributes = [], text?: string): this {
    const tag = startTag(name, attributes);
    this.lines.push(this.indent() + (text ? `${tag}>${escapeText(text)}</${name}>` : `${tag}/>`));
    return this;
  }

  /** The document with a final newline. */
  toString(): string {
    if (this.stack.length) throw new Error(`XmlWriter: <${this.stack.join("><")}> not closed`);
    return this.lines.join("\n") + "\n";
  }
}
