/**
 * Token kinds of the native-syntax scanner. They follow hclsyntax's token
 * types one for one, so the parser can follow HCL's grammar decisions exactly.
 */
export const T = {
  EOF: 0,
  Newline: 1,
  Comment: 2,
  Ident: 3,
  Number: 4,
  OQuote: 5,
  CQuote: 6,
  OHeredoc: 7,
  CHeredoc: 8,
  /** Literal text of a quoted string; may hold backslash escapes. */
  QuotedLit: 9,
  /** Literal text of a heredoc or bare template; no backslash escapes. */
  StringLit: 10,
  /** A line break inside a quoted string (an error). */
  QuotedNewline: 11,
  TemplateInterp: 12,
  TemplateControl: 13,
  TemplateSeqEnd: 14,
  OBrace: 15,
  CBrace: 16,
  OBrack: 17,
  CBrack: 18,
  OParen: 19,
  CParen: 20,
  Dot: 21,
  Comma: 22,
  Star: 23,
  Slash: 24,
  Percent: 25,
  Plus: 26,
  Minus: 27,
  Equal: 28,
  Lt: 29,
  Gt: 30,
  Bang: 31,
  Question: 32,
  Colon: 33,
  BitAnd: 34,
  BitOr: 35,
  Tilde: 36,
  Caret: 37,
  Semicolon: 38,
  Backtick: 39,
  Apostrophe: 40,
  EqualOp: 41,
  NotEqual: 42,
  GtEq: 43,
  LtEq: 44,
  And: 45,
  Or: 46,
  DoubleColon: 47,
  Ellipsis: 48,
  FatArrow: 49,
  Invalid: 50,
} as const;

export type TokenType = (typeof T)[keyof typeof T];

/** Human names of token kinds, for messages and debugging. */
export const TOKEN_NAMES: readonly string[] = Object.keys(T);

/** Tokens in struct-of-arrays form: kind, start and end offset (end exclusive). */
export interface TokenList {
  readonly types: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Number of tokens; the last one is always EOF. */
  readonly count: number;
}
