/**
 * Decoding of literal template text, as hclsyntax's `ParseStringLiteralToken`
 * does it: backslash escapes in quoted strings, and the `$${` / `%%{` escapes
 * everywhere.
 */

/** Receives a problem found at [from, to) within the decoded text. */
export type LiteralErrorSink = (summary: string, detail: string, from: number, to: number) => void;

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Go's `%q` for a short string, near enough for messages. */
function goQuote(s: string): string {
  return JSON.stringify(s);
}

/**
 * Decodes the text of one literal token. `quoted` is true for quoted strings
 * (backslash escapes apply), false for heredocs and bare templates.
 * `report` gets offsets relative to `text`.
 */
export function decodeLiteral(text: string, quoted: boolean, report: LiteralErrorSink): string {
  // Apart, so that the common case makes no closure for the escapes' helper.
  return (!quoted || text.indexOf("\\") < 0) && text.indexOf("{") < 0 ? text : decodeMarked(text, quoted, report);
}

/** `decodeLiteral` for a text holding a backslash or a brace. */
function decodeMarked(text: string, quoted: boolean, report: LiteralErrorSink): string {
  let out = "";
  let i = 0;
  let runStart = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 92 && quoted) {
      out += text.slice(runStart, i);
      i = escape(i);
      runStart = i;
      continue;
    }
    if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) {
      out += text.slice(runStart, i) + text[i] + "{";
      i += 3;
      runStart = i;
      continue;
    }
    if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c) {
      // `$$` not followed by `{` stays as written; skip both so `$$${` pairs like HCL's scanner.
      i += 2;
      continue;
    }
    i++;
  }
  return out + text.slice(runStart);

  /** Decodes the escape starting at `at` (a backslash); returns where decoding continues. */
  function escape(at: number): number {
    if (at + 1 >= n) {
      report(
        "Invalid escape sequence",
        "Backslash must be followed by an escape sequence selector character.",
        at,
        at + 1,
      );
      out += "\\";
      return at + 1;
    }
    const sel = text.charCodeAt(at + 1);
    switch (sel) {
      case 110:
        out += "\n";
        return at + 2;
      case 114:
        out += "\r";
        return at + 2;
      case 116:
        out += "\t";
        return at + 2;
      case 34:
        out += '"';
        return at + 2;
      case 92:
        out += "\\";
        return at + 2;
      case 117:
      case 85: {
        const want = sel === 117 ? 4 : 8;
        let j = at + 2;
        let value = 0;
        while (j < n && j - (at + 2) < want) {
          const h = hexValue(text.charCodeAt(j));
          if (h < 0) break;
          value = value * 16 + h;
          j++;
        }
        if (j - (at + 2) !== want) {
          report(
            "Invalid escape sequence",
            sel === 117
              ? "The \\u escape sequence must be followed by four hexadecimal digits."
              : "The \\U escape sequence must be followed by eight hexadecimal digits.",
            at,
            j,
          );
          out += text.slice(at, j);
          return j;
        }
        if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) {
          report(
            "Invalid escape sequence",
            `Cannot encode character U+${value.toString(16).padStart(4, "0")} in UTF-8.`,
            at,
            j,
          );
          out += text.slice(at, j);
          return j;
        }
        out += String.fromCodePoint(value);
        return j;
      }
      default: {
        const cp = text.codePointAt(at + 1) ?? sel;
        const ch = String.fromCodePoint(cp);
        report(
          "Invalid escape sequence",
          `The symbol ${goQuote(ch)} is not a valid escape sequence selector.`,
          at,
          at + 1 + ch.length,
        );
        out += ch;
        return at + 1 + ch.length;
      }
    }
  }
}
