/**
 * The native-syntax scanner. It reproduces hclsyntax's Ragel scanner
 * (`scan_tokens.rl`) token for token: the same token boundaries matter for
 * template whitespace stripping, heredoc markers and the parser's decisions.
 *
 * Scanning is a loop over char codes with an explicit stack of modes
 * (expression, quoted string, heredoc, bare template), so nesting never
 * recurses.
 */
import type { Comment } from "./ast.js";
import type { LineIndex } from "./positions.js";
import { T } from "./tokens.js";
import type { TokenList, TokenType } from "./tokens.js";
import { isSpace } from "./unicode.js";

const MAIN = 0;
const STRING = 1;
const HEREDOC = 2;
const BARE = 3;

/** What the scanner starts in: a config file / expression, or a bare template. */
export type ScanMode = "main" | "template";

export interface ScanResult {
  readonly tokens: TokenList;
  readonly comments: Comment[];
  /** Some token never belongs in HCL (invalid characters, bitwise operators, quoted newlines…). */
  readonly suspicious: boolean;
}

class TokenBuffer {
  types: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  count = 0;

  constructor(capacity: number) {
    this.types = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(type: TokenType, start: number, end: number): void {
    if (this.count === this.types.length) this.grow();
    const i = this.count++;
    this.types[i] = type;
    this.starts[i] = start;
    this.ends[i] = end;
  }

  private grow(): void {
    const size = this.types.length * 2;
    const types = new Uint8Array(size);
    types.set(this.types);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.types = types;
    this.starts = starts;
    this.ends = ends;
  }
}

interface HeredocInProgress {
  readonly marker: string;
  startOfLine: boolean;
}

const ID_START = /\p{ID_Start}/u;
const ID_CONTINUE = /\p{ID_Continue}/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Code point at `i` (a lone surrogate is its own code point). */
function codePointAt(src: string, i: number): number {
  return src.codePointAt(i) ?? 0;
}

function cpLength(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Length of an identifier start at `i`, or 0. */
function identStartLength(src: string, i: number): number {
  const c = src.charCodeAt(i);
  if (isAsciiLetter(c) || c === 95) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  const cp = codePointAt(src, i);
  return ID_START.test(String.fromCodePoint(cp)) ? cpLength(cp) : 0;
}

/** End offset of an identifier that starts at `i` (which is an identifier start). */
function scanIdentRest(src: string, i: number, n: number): number {
  while (i < n) {
    const c = src.charCodeAt(i);
    if (isAsciiLetter(c) || isDigit(c) || c === 95 || c === 45) {
      i++;
      continue;
    }
    if (c < 128) break;
    const cp = codePointAt(src, i);
    if (!ID_CONTINUE.test(String.fromCodePoint(cp))) break;
    i += cpLength(cp);
  }
  return i;
}

/**
 * End of a number literal starting with a digit at `i`: a digit followed by
 * digits, dots and exponents, never ending in a dot (hclsyntax's NumberLit).
 */
function scanNumber(src: string, i: number): number {
  let q = i + 1;
  let good = q;
  for (;;) {
    const c = src.charCodeAt(q);
    if (isDigit(c)) {
      q++;
      good = q;
    } else if (c === 46) {
      q++;
    } else if (c === 101 || c === 69) {
      let r = q + 1;
      const s = src.charCodeAt(r);
      if (s === 43 || s === 45) r++;
      if (!isDigit(src.charCodeAt(r))) break;
      q = r + 1;
      good = q;
    } else {
      break;
    }
  }
  return good;
}

/** Is src[from, to) the heredoc marker, give or take surrounding whitespace? */
function isMarkerLine(src: string, from: number, to: number, marker: string): boolean {
  while (from < to && isSpace(src.charCodeAt(from))) from++;
  while (to > from && isSpace(src.charCodeAt(to - 1))) to--;
  return to - from === marker.length && src.startsWith(marker, from);
}

/**
 * Scans `src` from `start` (after any BOM) into tokens, collecting comments.
 * Never throws; anything unrecognised becomes an `Invalid` token.
 */
export function scan(src: string, start: number, mode: ScanMode, lines: LineIndex): ScanResult {
  const n = src.length;
  const out = new TokenBuffer(Math.max(16, (n >> 2) + 16));
  const comments: Comment[] = [];
  const modes: number[] = [mode === "main" ? MAIN : BARE];
  let current = modes[0];
  let braces = 0;
  const retBraces: number[] = [];
  const heredocs: HeredocInProgress[] = [];
  let p = start;
  let suspicious = false;

  const enter = (m: number): void => {
    modes.push(m);
    current = m;
  };
  const leave = (): void => {
    if (modes.length > 1) modes.pop();
    current = modes[modes.length - 1];
  };
  const openSequence = (type: TokenType): void => {
    const len = src.charCodeAt(p + 2) === 126 ? 3 : 2;
    out.push(type, p, p + len);
    p += len;
    braces++;
    retBraces.push(braces);
    enter(MAIN);
  };
  const addComment = (style: "#" | "//" | "/*", from: number, to: number): void => {
    let textEnd = to;
    let textStart = from + style.length;
    if (style === "/*") {
      textEnd = to - 2;
    } else {
      if (src.charCodeAt(textEnd - 1) === 10) textEnd--;
      if (src.charCodeAt(textEnd - 1) === 13) textEnd--;
      if (textEnd < textStart) textStart = textEnd;
    }
    comments.push({
      type: "Comment",
      style,
      text: src.slice(textStart, textEnd),
      range: lines.range(from, style === "/*" ? to : textEnd),
    });
  };

  while (p < n) {
    const c = src.charCodeAt(p);

    if (current === MAIN) {
      switch (c) {
        case 32:
        case 9: {
          p++;
          let s = src.charCodeAt(p);
          while (s === 32 || s === 9) s = src.charCodeAt(++p);
          continue;
        }
        case 10:
          out.push(T.Newline, p, p + 1);
          p++;
          continue;
        case 13:
          if (src.charCodeAt(p + 1) === 10) {
            out.push(T.Newline, p, p + 2);
            p += 2;
          } else {
            out.push(T.Invalid, p, p + 1);
            suspicious = true;
            p++;
          }
          continue;
        case 35: {
          const nl = src.indexOf("\n", p + 1);
          const end = nl < 0 ? n : nl + 1;
          out.push(T.Comment, p, end);
          addComment("#", p, end);
          p = end;
          continue;
        }
        case 47: {
          const next = src.charCodeAt(p + 1);
          if (next === 47) {
            const nl = src.indexOf("\n", p + 2);
            const end = nl < 0 ? n : nl + 1;
            out.push(T.Comment, p, end);
            addComment("//", p, end);
            p = end;
            continue;
          }
          if (next === 42) {
            const close = src.indexOf("*/", p + 2);
            if (close >= 0) {
              out.push(T.Comment, p, close + 2);
              addComment("/*", p, close + 2);
              p = close + 2;
              continue;
            }
          }
          out.push(T.Slash, p, p + 1);
          p++;
          continue;
        }
        case 61: {
          const next = src.charCodeAt(p + 1);
          if (next === 61) single(T.EqualOp, 2);
          else if (next === 62) single(T.FatArrow, 2);
          else single(T.Equal, 1);
          continue;
        }
        case 33:
          if (src.charCodeAt(p + 1) === 61) single(T.NotEqual, 2);
          else single(T.Bang, 1);
          continue;
        case 62:
          if (src.charCodeAt(p + 1) === 61) single(T.GtEq, 2);
          else single(T.Gt, 1);
          continue;
        case 60: {
          const next = src.charCodeAt(p + 1);
          if (next === 61) {
            single(T.LtEq, 2);
            continue;
          }
          if (next === 60 && heredocIntroducer()) continue;
          single(T.Lt, 1);
          continue;
        }
        case 38:
          if (src.charCodeAt(p + 1) === 38) single(T.And, 2);
          else single(T.BitAnd, 1);
          continue;
        case 124:
          if (src.charCodeAt(p + 1) === 124) single(T.Or, 2);
          else single(T.BitOr, 1);
          continue;
        case 58:
          if (src.charCodeAt(p + 1) === 58) single(T.DoubleColon, 2);
          else single(T.Colon, 1);
          continue;
        case 46:
          if (src.charCodeAt(p + 1) === 46 && src.charCodeAt(p + 2) === 46) single(T.Ellipsis, 3);
          else single(T.Dot, 1);
          continue;
        case 123:
          single(T.OBrace, 1);
          braces++;
          continue;
        case 125:
          if (retBraces.length > 0 && retBraces[retBraces.length - 1] === braces) {
            single(T.TemplateSeqEnd, 1);
            braces--;
            retBraces.pop();
            leave();
          } else {
            single(T.CBrace, 1);
            braces--;
          }
          continue;
        case 126:
          if (src.charCodeAt(p + 1) === 125) {
            // `~}` always ends a template sequence, even when it balances a plain brace:
            // the parser then reports the misuse.
            single(T.TemplateSeqEnd, 2);
            if (retBraces.length > 0 && retBraces[retBraces.length - 1] === braces) {
              braces--;
              retBraces.pop();
              leave();
            } else {
              braces--;
            }
          } else {
            single(T.Tilde, 1);
          }
          continue;
        case 34:
          single(T.OQuote, 1);
          enter(STRING);
          continue;
        case 91:
          single(T.OBrack, 1);
          continue;
        case 93:
          single(T.CBrack, 1);
          continue;
        case 40:
          single(T.OParen, 1);
          continue;
        case 41:
          single(T.CParen, 1);
          continue;
        case 44:
          single(T.Comma, 1);
          continue;
        case 42:
          single(T.Star, 1);
          continue;
        case 37:
          single(T.Percent, 1);
          continue;
        case 43:
          single(T.Plus, 1);
          continue;
        case 45:
          single(T.Minus, 1);
          continue;
        case 63:
          single(T.Question, 1);
          continue;
        case 94:
          single(T.Caret, 1);
          continue;
        case 59:
          single(T.Semicolon, 1);
          continue;
        case 96:
          single(T.Backtick, 1);
          continue;
        case 39:
          single(T.Apostrophe, 1);
          continue;
        default: {
          if (isDigit(c)) {
            const end = scanNumber(src, p);
            out.push(T.Number, p, end);
            p = end;
            continue;
          }
          const idLen = identStartLength(src, p);
          if (idLen > 0) {
            const end = scanIdentRest(src, p + idLen, n);
            out.push(T.Ident, p, end);
            p = end;
            continue;
          }
          const len = c < 128 ? 1 : cpLength(codePointAt(src, p));
          out.push(T.Invalid, p, p + len);
          suspicious = true;
          p += len;
          continue;
        }
      }
    }

    if (current === STRING) {
      if (c === 34) {
        single(T.CQuote, 1);
        leave();
        continue;
      }
      if (c === 36 || c === 37) {
        const next = src.charCodeAt(p + 1);
        if (next === 123) {
          openSequence(c === 36 ? T.TemplateInterp : T.TemplateControl);
        } else if (next === c && src.charCodeAt(p + 2) === 123) {
          single(T.QuotedLit, src.charCodeAt(p + 3) === 126 ? 4 : 3);
        } else if (p + 1 < n) {
          single(T.QuotedLit, 1);
        } else {
          single(T.Invalid, 1);
        }
        continue;
      }
      if (c === 10 || c === 13) {
        let q = p + 1;
        let s = src.charCodeAt(q);
        while (s === 10 || s === 13) s = src.charCodeAt(++q);
        out.push(T.QuotedNewline, p, q);
        suspicious = true;
        p = q;
        continue;
      }
      if (c === 92 && !escapable(p + 1)) {
        single(T.Invalid, 1);
        continue;
      }
      let q = p;
      while (q < n) {
        const s = src.charCodeAt(q);
        if (s === 92) {
          if (!escapable(q + 1)) break;
          q += 1 + cpLength(codePointAt(src, q + 1));
          continue;
        }
        if (s === 34 || s === 36 || s === 37 || s === 10 || s === 13) break;
        q++;
      }
      out.push(T.QuotedLit, p, q);
      p = q;
      continue;
    }

    if (current === HEREDOC) {
      const doc = heredocs[heredocs.length - 1];
      if (c === 36 || c === 37) {
        const next = src.charCodeAt(p + 1);
        doc.startOfLine = false;
        if (next === 123) {
          openSequence(c === 36 ? T.TemplateInterp : T.TemplateControl);
        } else if (next === c && src.charCodeAt(p + 2) === 123) {
          single(T.StringLit, src.charCodeAt(p + 3) === 126 ? 4 : 3);
        } else {
          single(T.StringLit, 1);
        }
        continue;
      }
      let q = p;
      let s = c;
      while (q < n && s !== 36 && s !== 37 && s !== 10 && s !== 13) s = src.charCodeAt(++q);
      let eol = -1;
      if (s === 10) eol = q + 1;
      else if (s === 13 && src.charCodeAt(q + 1) === 10) eol = q + 2;
      if (eol >= 0) {
        if (doc.startOfLine && isMarkerLine(src, p, q, doc.marker)) {
          out.push(T.CHeredoc, p, q);
          out.push(T.Newline, q, eol);
          heredocs.pop();
          leave();
        } else {
          doc.startOfLine = true;
          out.push(T.StringLit, p, eol);
        }
        p = eol;
      } else if (q > p) {
        doc.startOfLine = false;
        out.push(T.StringLit, p, q);
        p = q;
      } else {
        // A lone carriage return: hclsyntax's scanner cannot match it inside a heredoc.
        doc.startOfLine = false;
        single(T.Invalid, 1);
      }
      continue;
    }

    // Bare template (the content of a string without quotes).
    if (c === 36 || c === 37) {
      const next = src.charCodeAt(p + 1);
      if (next === 123) {
        openSequence(c === 36 ? T.TemplateInterp : T.TemplateControl);
      } else if (next === c && src.charCodeAt(p + 2) === 123) {
        single(T.StringLit, src.charCodeAt(p + 3) === 126 ? 4 : 3);
      } else {
        single(T.StringLit, 1);
      }
      continue;
    }
    let q = p;
    while (q < n) {
      const s = src.charCodeAt(q);
      if (s === 36 || s === 37) break;
      if (s === 10) {
        q++;
        break;
      }
      if (s === 13 && src.charCodeAt(q + 1) === 10) {
        q += 2;
        break;
      }
      q++;
    }
    out.push(T.StringLit, p, q);
    p = q;
  }
  out.push(T.EOF, n, n);
  return { tokens: out, comments, suspicious };

  function single(type: TokenType, len: number): void {
    if (type >= T.BitAnd && type <= T.Apostrophe) suspicious = true;
    else if (type === T.Invalid) suspicious = true;
    out.push(type, p, p + len);
    p += len;
  }

  /** A backslash at `i - 1` escapes the character at `i` when there is one on the same line. */
  function escapable(i: number): boolean {
    if (i >= n) return false;
    const s = src.charCodeAt(i);
    return s !== 10 && s !== 13;
  }

  /** At `<<`: a heredoc introducer `<<EOT` / `<<-EOT` followed by a newline? Emits it if so. */
  function heredocIntroducer(): boolean {
    let q = p + 2;
    if (src.charCodeAt(q) === 45) q++;
    const idLen = identStartLength(src, q);
    if (idLen === 0) return false;
    const idEnd = scanIdentRest(src, q + idLen, n);
    let end: number;
    const s = src.charCodeAt(idEnd);
    if (s === 10) end = idEnd + 1;
    else if (s === 13 && src.charCodeAt(idEnd + 1) === 10) end = idEnd + 2;
    else return false;
    out.push(T.OHeredoc, p, end);
    heredocs.push({ marker: src.slice(q, idEnd), startOfLine: true });
    p = end;
    enter(HEREDOC);
    return true;
  }
}
