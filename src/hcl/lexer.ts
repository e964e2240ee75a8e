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
import { isIdContinue9, isIdStart9 } from "./unicode9.js";

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

class TokenBuffer implements TokenList {
  types: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  count = 0;
  /** Set when a token that never belongs in HCL was pushed (see checkInvalidTokens). */
  suspicious = false;

  constructor(capacity: number) {
    this.types = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(type: TokenType, start: number, end: number): void {
    if (type >= T.BitAnd && (type <= T.Apostrophe || type === T.Invalid)) this.suspicious = true;
    else if (type === T.QuotedNewline) this.suspicious = true;
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
  return isIdStart9(cp) ? cpLength(cp) : 0;
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
    if (!isIdContinue9(cp)) break;
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

/** A comment token's text without markers or line end, and its range. */
function makeComment(src: string, lines: LineIndex, style: "#" | "//" | "/*", from: number, to: number): Comment {
  let textEnd = to;
  let textStart = from + style.length;
  if (style === "/*") {
    textEnd = to - 2;
  } else {
    if (src.charCodeAt(textEnd - 1) === 10) textEnd--;
    if (src.charCodeAt(textEnd - 1) === 13) textEnd--;
    if (textEnd < textStart) textStart = textEnd;
  }
  return { type: "Comment", style, text: src.slice(textStart, textEnd), range: lines.range(from, style === "/*" ? to : textEnd) };
}

/** Length of `${`, `${~`, `%{` or `%{~` at `p` (the caller knows the first two characters). */
function sequenceLength(src: string, p: number): number {
  return src.charCodeAt(p + 2) === 126 ? 3 : 2;
}

/** Length of the escape `$${`/`%%{` (with an optional `~`) at `p`, or 1 for a lone `$`/`%`. */
function escapeLength(src: string, p: number, c: number): number {
  if (src.charCodeAt(p + 1) === c && src.charCodeAt(p + 2) === 123) return src.charCodeAt(p + 3) === 126 ? 4 : 3;
  return 1;
}

/**
 * At `<<`: the end of a heredoc introducer `<<EOT` / `<<-EOT` plus its
 * newline, or -1. `markerAt` receives the marker's start and end.
 */
function heredocIntroducerEnd(src: string, p: number, n: number, markerAt: number[]): number {
  let q = p + 2;
  if (src.charCodeAt(q) === 45) q++;
  const idLen = identStartLength(src, q);
  if (idLen === 0) return -1;
  const idEnd = scanIdentRest(src, q + idLen, n);
  const s = src.charCodeAt(idEnd);
  let end: number;
  if (s === 10) end = idEnd + 1;
  else if (s === 13 && src.charCodeAt(idEnd + 1) === 10) end = idEnd + 2;
  else return -1;
  markerAt[0] = q;
  markerAt[1] = idEnd;
  return end;
}

/** Token buffers are reused between scans (parsing is synchronous); only modest ones are kept. */
let spareBuffer: TokenBuffer | undefined;
const MAX_SPARE_TOKENS = 1 << 20;

/** Gives a token list back for reuse once nothing reads it any more. */
export function recycleTokens(tokens: TokenList): void {
  if (tokens instanceof TokenBuffer && tokens.types.length <= MAX_SPARE_TOKENS) spareBuffer = tokens;
}

/**
 * Scans `src` from `start` (after any BOM) into tokens, collecting comments.
 * Never throws; anything unrecognised becomes an `Invalid` token.
 */
export function scan(src: string, start: number, mode: ScanMode, lines: LineIndex): ScanResult {
  const n = src.length;
  let out: TokenBuffer;
  if (spareBuffer !== undefined) {
    out = spareBuffer;
    spareBuffer = undefined;
    out.count = 0;
    out.suspicious = false;
  } else {
    out = new TokenBuffer(Math.max(64, (n >> 2) + 16));
  }
  const comments: Comment[] = [];
  const modes: number[] = [mode === "main" ? MAIN : BARE];
  let current = modes[0];
  let braces = 0;
  const retBraces: number[] = [];
  const heredocs: HeredocInProgress[] = [];
  const markerAt = [0, 0];
  let p = start;

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
          out.push(T.Newline, p, ++p);
          continue;
        case 13:
          if (src.charCodeAt(p + 1) === 10) {
            out.push(T.Newline, p, (p += 2));
          } else {
            out.push(T.Invalid, p, ++p);
          }
          continue;
        case 35: {
          const nl = src.indexOf("\n", p + 1);
          const end = nl < 0 ? n : nl + 1;
          out.push(T.Comment, p, end);
          comments.push(makeComment(src, lines, "#", p, end));
          p = end;
          continue;
        }
        case 47: {
          const next = src.charCodeAt(p + 1);
          if (next === 47) {
            const nl = src.indexOf("\n", p + 2);
            const end = nl < 0 ? n : nl + 1;
            out.push(T.Comment, p, end);
            comments.push(makeComment(src, lines, "//", p, end));
            p = end;
            continue;
          }
          if (next === 42) {
            const close = src.indexOf("*/", p + 2);
            if (close >= 0) {
              out.push(T.Comment, p, close + 2);
              comments.push(makeComment(src, lines, "/*", p, close + 2));
              p = close + 2;
              continue;
            }
          }
          out.push(T.Slash, p, ++p);
          continue;
        }
        case 61: {
          const next = src.charCodeAt(p + 1);
          if (next === 61) out.push(T.EqualOp, p, (p += 2));
          else if (next === 62) out.push(T.FatArrow, p, (p += 2));
          else out.push(T.Equal, p, ++p);
          continue;
        }
        case 33:
          if (src.charCodeAt(p + 1) === 61) out.push(T.NotEqual, p, (p += 2));
          else out.push(T.Bang, p, ++p);
          continue;
        case 62:
          if (src.charCodeAt(p + 1) === 61) out.push(T.GtEq, p, (p += 2));
          else out.push(T.Gt, p, ++p);
          continue;
        case 60: {
          const next = src.charCodeAt(p + 1);
          if (next === 61) {
            out.push(T.LtEq, p, (p += 2));
            continue;
          }
          if (next === 60) {
            const end = heredocIntroducerEnd(src, p, n, markerAt);
            if (end >= 0) {
              out.push(T.OHeredoc, p, end);
              heredocs.push({ marker: src.slice(markerAt[0], markerAt[1]), startOfLine: true });
              p = end;
              modes.push(HEREDOC);
              current = HEREDOC;
              continue;
            }
          }
          out.push(T.Lt, p, ++p);
          continue;
        }
        case 38:
          if (src.charCodeAt(p + 1) === 38) out.push(T.And, p, (p += 2));
          else out.push(T.BitAnd, p, ++p);
          continue;
        case 124:
          if (src.charCodeAt(p + 1) === 124) out.push(T.Or, p, (p += 2));
          else out.push(T.BitOr, p, ++p);
          continue;
        case 58:
          if (src.charCodeAt(p + 1) === 58) out.push(T.DoubleColon, p, (p += 2));
          else out.push(T.Colon, p, ++p);
          continue;
        case 46:
          if (src.charCodeAt(p + 1) === 46 && src.charCodeAt(p + 2) === 46) out.push(T.Ellipsis, p, (p += 3));
          else out.push(T.Dot, p, ++p);
          continue;
        case 123:
          out.push(T.OBrace, p, ++p);
          braces++;
          continue;
        case 125:
          if (retBraces.length > 0 && retBraces[retBraces.length - 1] === braces) {
            out.push(T.TemplateSeqEnd, p, ++p);
            braces--;
            retBraces.pop();
            if (modes.length > 1) modes.pop();
            current = modes[modes.length - 1];
          } else {
            out.push(T.CBrace, p, ++p);
            braces--;
          }
          continue;
        case 126:
          if (src.charCodeAt(p + 1) === 125) {
            // `~}` always ends a template sequence, even when it balances a plain brace:
            // the parser then reports the misuse.
            out.push(T.TemplateSeqEnd, p, (p += 2));
            if (retBraces.length > 0 && retBraces[retBraces.length - 1] === braces) {
              retBraces.pop();
              if (modes.length > 1) modes.pop();
              current = modes[modes.length - 1];
            }
            braces--;
          } else {
            out.push(T.Tilde, p, ++p);
          }
          continue;
        case 34:
          out.push(T.OQuote, p, ++p);
          modes.push(STRING);
          current = STRING;
          continue;
        case 91:
          out.push(T.OBrack, p, ++p);
          continue;
        case 93:
          out.push(T.CBrack, p, ++p);
          continue;
        case 40:
          out.push(T.OParen, p, ++p);
          continue;
        case 41:
          out.push(T.CParen, p, ++p);
          continue;
        case 44:
          out.push(T.Comma, p, ++p);
          continue;
        case 42:
          out.push(T.Star, p, ++p);
          continue;
        case 37:
          out.push(T.Percent, p, ++p);
          continue;
        case 43:
          out.push(T.Plus, p, ++p);
          continue;
        case 45:
          out.push(T.Minus, p, ++p);
          continue;
        case 63:
          out.push(T.Question, p, ++p);
          continue;
        case 94:
          out.push(T.Caret, p, ++p);
          continue;
        case 59:
          out.push(T.Semicolon, p, ++p);
          continue;
        case 96:
          out.push(T.Backtick, p, ++p);
          continue;
        case 39:
          out.push(T.Apostrophe, p, ++p);
          continue;
        default: {
          if (isAsciiLetter(c) || c === 95) {
            const end = scanIdentRest(src, p + 1, n);
            out.push(T.Ident, p, end);
            p = end;
            continue;
          }
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
          out.push(T.Invalid, p, (p += len));
          continue;
        }
      }
    }

    if (current === STRING) {
      if (c === 34) {
        out.push(T.CQuote, p, ++p);
        if (modes.length > 1) modes.pop();
        current = modes[modes.length - 1];
        continue;
      }
      if (c === 36 || c === 37) {
        if (src.charCodeAt(p + 1) === 123) {
          out.push(c === 36 ? T.TemplateInterp : T.TemplateControl, p, (p += sequenceLength(src, p)));
          retBraces.push(++braces);
          modes.push(MAIN);
          current = MAIN;
        } else if (p + 1 < n) {
          out.push(T.QuotedLit, p, (p += escapeLength(src, p, c)));
        } else {
          out.push(T.Invalid, p, ++p);
        }
        continue;
      }
      if (c === 10 || c === 13) {
        let q = p + 1;
        let s = src.charCodeAt(q);
        while (s === 10 || s === 13) s = src.charCodeAt(++q);
        out.push(T.QuotedNewline, p, q);
        p = q;
        continue;
      }
      if (c === 92 && (p + 1 >= n || src.charCodeAt(p + 1) === 10 || src.charCodeAt(p + 1) === 13)) {
        out.push(T.Invalid, p, ++p);
        continue;
      }
      let q = p;
      while (q < n) {
        const s = src.charCodeAt(q);
        if (s === 92) {
          // A backslash escapes the next character, if there is one on this line.
          const e = src.charCodeAt(q + 1);
          if (q + 1 >= n || e === 10 || e === 13) break;
          q += e >= 0xd800 && e <= 0xdbff ? 1 + cpLength(codePointAt(src, q + 1)) : 2;
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
        doc.startOfLine = false;
        if (src.charCodeAt(p + 1) === 123) {
          out.push(c === 36 ? T.TemplateInterp : T.TemplateControl, p, (p += sequenceLength(src, p)));
          retBraces.push(++braces);
          modes.push(MAIN);
          current = MAIN;
        } else if (p + 1 < n) {
          out.push(T.StringLit, p, (p += escapeLength(src, p, c)));
        } else {
          // hclsyntax's scanner needs the next character to tell a literal "$" from "${"; at the end of the file it has none.
          out.push(T.Invalid, p, ++p);
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
          if (modes.length > 1) modes.pop();
          current = modes[modes.length - 1];
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
        // A lone carriage return: hclsyntax's scanner has no rule for it inside a heredoc, so it stops
        // there and the rest of the file becomes one invalid token (one "Invalid character", not one per CR).
        doc.startOfLine = false;
        out.push(T.Invalid, p, n);
        p = n;
      }
      continue;
    }

    // Bare template (the content of a string without quotes).
    if (c === 36 || c === 37) {
      if (src.charCodeAt(p + 1) === 123) {
        out.push(c === 36 ? T.TemplateInterp : T.TemplateControl, p, (p += sequenceLength(src, p)));
        retBraces.push(++braces);
        modes.push(MAIN);
        current = MAIN;
      } else {
        out.push(T.StringLit, p, (p += escapeLength(src, p, c)));
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
  return { tokens: out, comments, suspicious: out.suspicious };
}
