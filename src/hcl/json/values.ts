/**
 * The plain JSON value tree the syntax reader produces before Terraform's
 * interpretation turns it into HCL nodes. Positions are UTF-16 offsets into
 * the source; `LineIndex` turns them into `Pos` values on demand.
 */

interface Span {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just after the last character (set when a container closes). */
  end: number;
}

export interface JsonString extends Span {
  readonly kind: "string";
  /** The decoded value. */
  readonly value: string;
  /** Whether the raw text has any escape (`\n`, `\u00e9`, ...): decoded and raw offsets then differ. */
  readonly escaped: boolean;
  /** Whether the closing quote is present; when not, `end` stops before the line break or end of input. */
  readonly closed: boolean;
}

export interface JsonNumber extends Span {
  readonly kind: "number";
  readonly value: number;
  readonly raw: string;
}

export interface JsonKeyword extends Span {
  readonly kind: "keyword";
  readonly value: boolean | null;
  readonly raw: string;
}

export interface JsonProperty {
  readonly key: JsonString;
  readonly value: JsonValue;
}

export interface JsonObject extends Span {
  readonly kind: "object";
  readonly properties: JsonProperty[];
  /** Offset of the closing brace; equals `end` (zero width) when it is missing. */
  closeStart: number;
}

export interface JsonArray extends Span {
  readonly kind: "array";
  readonly items: JsonValue[];
}

/** Stands where a value could not be read; a diagnostic says why. */
export interface JsonInvalid extends Span {
  readonly kind: "invalid";
}

export type JsonValue = JsonString | JsonNumber | JsonKeyword | JsonObject | JsonArray | JsonInvalid;
