/**
 * JSON tokenizer with exact offsets. It never fails: characters that cannot
 * start a token come out as one `invalid` token per run, bad strings and
 * numbers come out with a diagnostic attached.
 */

export type TokenType =
  | "{"
  | "}"
  | "["
  | "]"
  | ":"
  | ","
  | "="
  | "string"
  | "number"
  | "keyword"
  | "invalid"
  | "eof";

export interface TokenProblem {
  readonly summary: string;
  readonly detail: string;
  readonly start: number;
  readonly end: number;
}

export interface Token {
  readonly type: TokenType;
  readonly start: number;
  readonly end: number;
  /** Decoded string value, or the raw text of a number or keyword. */
  readonly text: string;
  /** Strings: whether any escape sequence appeared. */
  readonly escaped: boolean;
  /** Strings: whether the closing quote was found. */
  readonly closed: boolean;
  /** Set when the token is malformed (bad escape, bad number, unknown keyword...). */
  readonly problem: TokenProblem | undefined;
}

const NUMBER_SYNTAX = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x24;
}

function isNumberChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45;
}

/** Whether `c` may begin some token; a run of characters that may not is one `invalid` token. */
function startsToken(c: number): boolean {
  return (
    isWhitespace(c) ||
    c === 0x7b || c === 0x7d || c === 0x5b || c === 0x5d || c === 0x3a || c === 0x2c || c === 0x3d || c === 0x22 ||
    c === 0x2d || (c >= 0x30 && c <= 0x39) || isWordChar(c)
  );
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

export class Scanner {
  private pos = 0;

  constructor(private readonly src: string) {}

  next(): Token {
    const src = this.src;
    const n = src.length;
    let i = this.pos;
    while (i < n && isWhitespace(src.charCodeAt(i))) i++;
    if (i >= n) {
      this.pos = n;
      return token("eof", n, n, "");
    }
    const c = src.charCodeAt(i);
    switch (c) {
      case 0x7b:
        return this.punct("{", i);
      case 0x7d:
        return this.punct("}", i);
      case 0x5b:
        return this.punct("[", i);
      case 0x5d:
        return this.punct("]", i);
      case 0x3a:
        return this.punct(":", i);
      case 0x2c:
        return this.punct(",", i);
      case 0x3d:
        return this.punct("=", i);
      case 0x22:
        return this.string(i);
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number(i);
    if (isWordChar(c)) return this.keyword(i);
    let j = i + 1;
    while (j < n && !startsToken(src.charCodeAt(j))) j++;
    this.pos = j;
    return token("invalid", i, j, src.slice(i, j));
  }

  private punct(type: TokenType, at: number): Token {
    this.pos = at + 1;
    return token(type, at, at + 1, this.src[at]);
  }

  private number(start: number): Token {
    const src = this.src;
    let j = start + 1;
    while (j < src.length && isNumberChar(src.charCodeAt(j))) j++;
    // Letters glued to a number (`12px`) belong to the same bad token.
    while (j < src.length && isWordChar(src.charCodeAt(j))) j++;
    this.pos = j;
    const raw = src.slice(start, j);
    const problem = NUMBER_SYNTAX.test(raw)
      ? undefined
      : { summary: "Invalid JSON number", detail: "There is a syntax error in the given JSON number.", start, end: j };
    return { ...token("number", start, j, raw), problem };
  }

  private keyword(start: number): Token {
    const src = this.src;
    let j = start + 1;
    while (j < src.length && isWordChar(src.charCodeAt(j))) j++;
    this.pos = j;
    const raw = src.slice(start, j);
    let problem: TokenProblem | undefined;
    if (raw !== "true" && raw !== "false" && raw !== "null") {
      let detail: string;
      if (raw === "undefined" || raw === "NaN" || raw === "Infinity") {
        detail = `The JavaScript identifier "${raw}" cannot be used in JSON.`;
      } else {
        const lower = raw.toLowerCase();
        const hint = lower === "true" || lower === "false" || lower === "null" ? ` Did you mean "${lower}"?` : "";
        detail = `"${raw}" is not a valid JSON keyword.${hint}`;
      }
      problem = { summary: "Invalid JSON keyword", detail, start, end: j };
    }
    return { ...token("keyword", start, j, raw), problem };
  }

  private string(start: number): Token {
    const src = this.src;
    const n = src.length;
    let i = start + 1;
    let chunkStart = i;
    let out = "";
    let escaped = false;
    let problem: TokenProblem | undefined;
    const note = (p: TokenProblem): void => {
      if (!problem) problem = p;
    };
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 0x22) {
        out += src.slice(chunkStart, i);
        this.pos = i + 1;
        return { type: "string", start, end: i + 1, text: out, escaped, closed: true, problem };
      }
      if (c === 0x0a || c === 0x0d) break;
      if (c === 0x5c) {
        out += src.slice(chunkStart, i);
        escaped = true;
        const e = src[i + 1];
        if (e !== undefined && e in SIMPLE_ESCAPES) {
          out += SIMPLE_ESCAPES[e];
          i += 2;
        } else if (e === "u") {
          const hex = src.slice(i + 2, i + 6);
          if (/^[0-9a-fA-F]{4}$/.test(hex)) {
            out += String.fromCharCode(parseInt(hex, 16));
            i += 6;
          } else {
            note({
              summary: "Invalid JSON string",
              detail: "A \\u escape in a JSON string must be followed by four hexadecimal digits.",
              start: i,
              end: Math.min(i + 2, n),
            });
            out += "\\";
            i += 1;
          }
        } else if (e === undefined || e === "\n" || e === "\r") {
          note({ summary: "Invalid JSON string", detail: "A backslash cannot end a line in a JSON string.", start: i, end: i + 1 });
          out += "\\";
          i += 1;
        } else {
          const cp = src.codePointAt(i + 1) ?? 0;
          const width = cp > 0xffff ? 2 : 1;
          note({
            summary: "Invalid JSON string",
            detail: `"\\${String.fromCodePoint(cp)}" is not a valid escape sequence in a JSON string.`,
            start: i,
            end: i + 1 + width,
          });
          out += src.slice(i, i + 1 + width);
          i += 1 + width;
        }
        chunkStart = i;
        continue;
      }
      if (c < 0x20) {
        note({
          summary: "Invalid JSON string",
          detail: "Control characters must be escaped in a JSON string.",
          start: i,
          end: i + 1,
        });
      }
      i++;
    }
    out += src.slice(chunkStart, i);
    this.pos = i;
    // The unclosed-string problem wins over any earlier one: it explains more.
    problem = {
      summary: "Invalid JSON string",
      detail: "This string has no closing quote; a JSON string must end on the line it starts on.",
      start,
      end: i,
    };
    return { type: "string", start, end: i, text: out, escaped, closed: false, problem };
  }
}

function token(type: TokenType, start: number, end: number, text: string): Token {
  return { type, start, end, text, escaped: false, closed: true, problem: undefined };
}

/**
 * For a string token whose raw text has escapes, the offset in the source of
 * every UTF-16 unit of the decoded value, plus one final entry for its end
 * (the closing quote). Mirrors the decoding in `Scanner.string`.
 */
export function decodedOffsets(src: string, start: number, end: number, closed: boolean): number[] {
  const offsets: number[] = [];
  const stop = closed ? end - 1 : end;
  let i = start + 1;
  while (i < stop) {
    if (src.charCodeAt(i) !== 0x5c) {
      offsets.push(i);
      i++;
      continue;
    }
    const e = src[i + 1];
    if (e !== undefined && e in SIMPLE_ESCAPES) {
      offsets.push(i);
      i += 2;
    } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
      offsets.push(i);
      i += 6;
    } else if (e === undefined || e === "\n" || e === "\r" || e === "u") {
      offsets.push(i);
      i += 1;
    } else {
      const width = (src.codePointAt(i + 1) ?? 0) > 0xffff ? 2 : 1;
      for (let k = 0; k < 1 + width; k++) offsets.push(i + k);
      i += 1 + width;
    }
  }
  offsets.push(stop);
  return offsets;
}
