/**
 * JSON text as Terraform's `jsonencode` writes it (Go's encoding/json):
 * object keys sorted, no spaces, `<`, `>`, `&`, U+2028 and U+2029 escaped,
 * numbers in plain decimal.
 */
import type { Value } from "../value.js";
import { numberToString, sortedKeys } from "../values.js";

/** Quotes a string as Go's encoding/json does. */
export function jsonQuote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x22:
        out += '\\"';
        continue;
      case 0x5c:
        out += "\\\\";
        continue;
      case 0x0a:
        out += "\\n";
        continue;
      case 0x0d:
        out += "\\r";
        continue;
      case 0x09:
        out += "\\t";
        continue;
      case 0x08:
        out += "\\b";
        continue;
      case 0x0c:
        out += "\\f";
        continue;
      case 0x3c:
      case 0x3e:
      case 0x26:
      case 0x2028:
      case 0x2029:
        out += "\\u" + c.toString(16).padStart(4, "0");
        continue;
    }
    if (c < 0x20) {
      out += "\\u" + c.toString(16).padStart(4, "0");
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      } else {
        out += "\ufffd";
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += "\ufffd";
    } else {
      out += s[i];
    }
  }
  return out + '"';
}

/** JSON text of a known value; undefined when any part is unknown. */
export function jsonEncode(v: Value): string | undefined {
  switch (v.kind) {
    case "null":
      return "null";
    case "bool":
      return v.value ? "true" : "false";
    case "number":
      return Number.isFinite(v.value) ? numberToString(v.value) : undefined;
    case "string":
      return jsonQuote(v.value);
    case "tuple": {
      const parts: string[] = [];
      for (const item of v.items) {
        const s = jsonEncode(item);
        if (s === undefined) return undefined;
        parts.push(s);
      }
      return "[" + parts.join(",") + "]";
    }
    case "object": {
      const parts: string[] = [];
      for (const key of sortedKeys(v)) {
        const s = jsonEncode(v.entries.get(key) as Value);
        if (s === undefined) return undefined;
        parts.push(jsonQuote(key) + ":" + s);
      }
      return "{" + parts.join(",") + "}";
    }
    case "unknown":
      return undefined;
  }
}
