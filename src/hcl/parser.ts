/**
 * The HCL native-syntax parser: a hand-written recursive-descent parser over
 * the tokens of `lexer.ts`, following hclsyntax's grammar decisions and
 * diagnostics (parser.go, parser_template.go) so that it accepts and rejects
 * exactly what HCL does.
 *
 * Nesting is limited to {@link MAX_NESTING} levels: deeper input gets a
 * located "Nesting too deep" diagnostic and is skipped in linear time, so
 * neither this parser nor the tree walkers above it can overflow the stack.
 */
import type {
  Attribute,
  Block,
  BlockLabel,
  Body,
  BodyItem,
  Diagnostic,
  Expression,
  ForExpr,
  FunctionCallExpr,
  HclFile,
  NestedSplat,
  ObjectItem,
  Pos,
  Range,
  SplatExpr,
  SplatStep,
  TemplateExpr,
  TemplatePart,
} from "./ast.js";
import { recycleTokens, scan } from "./lexer.js";
import { checkInvalidTokens, suggest } from "./token-checks.js";
import type { ScanMode } from "./lexer.js";
import { MAX_NESTING } from "./limits.js";
import { decodeLiteral } from "./literals.js";
import { LineIndex, SourceRange } from "./positions.js";
import { T } from "./tokens.js";
import type { TokenList } from "./tokens.js";
import { exact, flushHeredoc, formatRange, MAY_NEED_NFC, meldLiterals, TemplateTreeBuilder } from "./template.js";
import type { FlatToken } from "./template.js";
import { trimLeftSpace, trimRightSpace } from "./unicode.js";

export { MAX_NESTING };

/** Binary operator precedence levels, lowest first, as in hclsyntax. */
const BINARY_LEVEL = new Int8Array(64).fill(-1);
BINARY_LEVEL[T.Or] = 0;
BINARY_LEVEL[T.And] = 1;
BINARY_LEVEL[T.EqualOp] = 2;
BINARY_LEVEL[T.NotEqual] = 2;
BINARY_LEVEL[T.Gt] = 3;
BINARY_LEVEL[T.GtEq] = 3;
BINARY_LEVEL[T.Lt] = 3;
BINARY_LEVEL[T.LtEq] = 3;
BINARY_LEVEL[T.Plus] = 4;
BINARY_LEVEL[T.Minus] = 4;
BINARY_LEVEL[T.Star] = 5;
BINARY_LEVEL[T.Slash] = 5;
BINARY_LEVEL[T.Percent] = 5;

const BINARY_OP = {
  [T.Or]: "||",
  [T.And]: "&&",
  [T.EqualOp]: "==",
  [T.NotEqual]: "!=",
  [T.Gt]: ">",
  [T.GtEq]: ">=",
  [T.Lt]: "<",
  [T.LtEq]: "<=",
  [T.Plus]: "+",
  [T.Minus]: "-",
  [T.Star]: "*",
  [T.Slash]: "/",
  [T.Percent]: "%",
} as const;

const VALID_NUMBER = /^[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;

/** The opposite bracket of a bracketing token, as hclsyntax's `oppositeBracket`. */
function oppositeBracket(t: number): number {
  switch (t) {
    case T.OBrace:
      return T.CBrace;
    case T.OBrack:
      return T.CBrack;
    case T.OParen:
      return T.CParen;
    case T.OQuote:
      return T.CQuote;
    case T.OHeredoc:
      return T.CHeredoc;
    case T.CBrace:
      return T.OBrace;
    case T.CBrack:
      return T.OBrack;
    case T.CParen:
      return T.OParen;
    case T.CQuote:
      return T.OQuote;
    case T.CHeredoc:
      return T.OHeredoc;
    case T.TemplateControl:
    case T.TemplateInterp:
      return T.TemplateSeqEnd;
    case T.TemplateSeqEnd:
      return T.TemplateInterp;
    default:
      return -1;
  }
}

class Parser {
  readonly diags: Diagnostic[] = [];
  private readonly types: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly count: number;
  private idx = 0;
  private readonly newlines: boolean[] = [true];
  private includeNewlines = true;
  /** Cache of the last peek: from which index, in which newline mode, and the answer. */
  private peekFrom = -1;
  private peekNewlines = false;
  private peekAt = 0;
  /**
   * hclsyntax's recovery mode: set by the first recovery and never cleared,
   * so every "bad token" error after it is suppressed, as HCL suppresses them.
   */
  private recovery = false;
  /**
   * Errors found so far, reported or not: hclsyntax decides how to go on by
   * whether a sub-parse failed, so the count must not depend on {@link muted}.
   */
  private errors = 0;
  /**
   * Set where hclsyntax stops reading the file (a bad token in the top-level
   * body). We read on to keep the rest of the tree, but report nothing more:
   * HCL reports nothing past that point, and every extra finding is noise.
   */
  private muted = false;
  private depth = 0;

  constructor(
    private readonly src: string,
    tokens: TokenList,
    private readonly lines: LineIndex,
    private readonly filename: string,
  ) {
    this.types = tokens.types;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.count = tokens.count;
  }

  // -------------------------------------------------------------------------
  // Token access (hclsyntax's peeker)

  /** Index of the next significant token; comments are skipped, or stand for a newline when newlines count. */
  private peekIndex(): number {
    const include = this.includeNewlines;
    if (this.peekFrom === this.idx && this.peekNewlines === include) return this.peekAt;
    const types = this.types;
    let at = this.count - 1;
    for (let i = this.idx; i < this.count; i++) {
      const t = types[i];
      if (t === T.Comment) {
        if (include && this.src.charCodeAt(this.ends[i] - 1) === 10) {
          at = i;
          break;
        }
        continue;
      }
      if (t === T.Newline && !include) continue;
      at = i;
      break;
    }
    this.peekFrom = this.idx;
    this.peekNewlines = include;
    this.peekAt = at;
    return at;
  }

  private typeAt(i: number): number {
    const t = this.types[i];
    return t === T.Comment ? T.Newline : t;
  }

  private peekType(): number {
    return this.typeAt(this.peekIndex());
  }

  private read(): number {
    const i = this.peekIndex();
    this.idx = i + 1;
    return i;
  }

  /** The last token read (or the next one, before anything is read). */
  private prevIndex(): number {
    return this.idx === 0 ? this.peekIndex() : this.idx - 1;
  }

  private pushNewlines(include: boolean): void {
    this.newlines.push(include);
    this.includeNewlines = include;
  }

  private popNewlines(): void {
    if (this.newlines.length > 1) this.newlines.pop();
    this.includeNewlines = this.newlines[this.newlines.length - 1];
  }

  private text(i: number): string {
    return this.src.slice(this.starts[i], this.ends[i]);
  }

  private range(start: number, end: number): Range {
    return this.lines.range(start, end);
  }

  private tokRange(i: number): Range {
    return this.lines.range(this.starts[i], this.ends[i]);
  }

  private pos(offset: number): Pos {
    return this.lines.pos(offset);
  }

  private error(summary: string, detail: string, start: number, end: number): void {
    this.errorIn(summary, detail, this.range(start, end));
  }

  private errorIn(summary: string, detail: string, range: Range): void {
    this.errors++;
    if (!this.muted) this.diags.push({ severity: "error", summary, detail, range });
  }

  private errorAt(summary: string, detail: string, tok: number): void {
    this.error(summary, detail, this.starts[tok], this.ends[tok]);
  }

  private mark(): number {
    return this.errors;
  }

  private failedSince(mark: number): boolean {
    return this.errors > mark;
  }

  /** Skips to just after the token of type `end`, counting nested brackets of its kind. */
  private recover(end: number): number {
    const start = oppositeBracket(end);
    this.recovery = true;
    let nest = 0;
    for (;;) {
      const tok = this.read();
      let ty = this.typeAt(tok);
      if (end === T.TemplateSeqEnd && ty === T.TemplateControl) ty = T.TemplateInterp;
      if (ty === start) {
        nest++;
      } else if (ty === end) {
        if (nest < 1) return tok;
        nest--;
      } else if (ty === T.EOF) {
        return tok;
      }
    }
  }

  /** Skips to the end of the next construct opened by `start` (e.g. the next `( … )`). */
  private recoverOver(start: number): void {
    for (;;) {
      const t = this.typeAt(this.read());
      if (t === start || t === T.EOF) break;
    }
    this.recover(oppositeBracket(start));
  }

  /** Skips to the next newline outside any brackets, or the end of the file. */
  private recoverAfterBodyItem(): void {
    this.recovery = true;
    const open: number[] = [];
    for (;;) {
      const t = this.typeAt(this.read());
      switch (t) {
        case T.Newline:
          if (open.length === 0) return;
          break;
        case T.EOF:
          return;
        case T.OBrace:
        case T.OBrack:
        case T.OParen:
        case T.OQuote:
        case T.OHeredoc:
        case T.TemplateInterp:
        case T.TemplateControl:
          open.push(t);
          break;
        case T.CBrace:
        case T.CBrack:
        case T.CParen:
        case T.CQuote:
        case T.CHeredoc: {
          const opener = oppositeBracket(t);
          while (open.length > 0 && open[open.length - 1] !== opener) open.pop();
          if (open.length > 0) open.pop();
          break;
        }
        case T.TemplateSeqEnd:
          while (open.length > 0 && open[open.length - 1] !== T.TemplateInterp && open[open.length - 1] !== T.TemplateControl) open.pop();
          if (open.length > 0) open.pop();
          break;
      }
    }
  }

  /** Enters one nesting level; false (with a diagnostic at `blame`, or the next token) when too deep. */
  private enter(blame = -1): boolean {
    if (this.depth >= MAX_NESTING) {
      if (!this.recovery) {
        const at = blame >= 0 ? blame : this.peekIndex();
        this.errorAt(
          "Nesting too deep",
          `This is nested more than ${MAX_NESTING} levels deep; tfmould does not read deeper nesting.`,
          at,
        );
      }
      this.recovery = true;
      return false;
    }
    this.depth++;
    return true;
  }

  private leave(): void {
    this.depth--;
  }

  // -------------------------------------------------------------------------
  // Bodies

  parseFile(bodyStart: number): Body {
    const items = this.parseBodyItems(T.EOF, -1);
    return { type: "Body", items: exact(items), range: this.range(bodyStart, this.src.length) };
  }

  /**
   * Parses body items up to the token `end` (EOF or `}`), which is consumed.
   * `open` is the opening brace for "Unclosed configuration block".
   */
  private parseBodyItems(end: number, open: number): BodyItem[] {
    const items: BodyItem[] = [];
    // Small bodies are searched directly; a map is built once a body grows.
    let attrs: Map<string, Attribute> | undefined;
    for (;;) {
      const next = this.peekType();
      if (next === end) {
        this.read();
        break;
      }
      if (next === T.Newline) {
        this.read();
        continue;
      }
      if (next === T.Ident) {
        const item = this.parseBodyItem();
        if (item === undefined) continue;
        if (item.type === "Attribute") {
          const existing = this.findAttribute(items, attrs, item.name);
          if (existing !== undefined) {
            this.errorIn(
              "Attribute redefined",
              `The argument "${item.name}" was already set at ${formatRange(this.filename, existing.nameRange)}. Each argument may be set only once.`,
              item.nameRange,
            );
          } else if (attrs !== undefined) {
            attrs.set(item.name, item);
          } else if (items.length >= 16) {
            attrs = new Map();
            for (const earlier of items) if (earlier.type === "Attribute" && !attrs.has(earlier.name)) attrs.set(earlier.name, earlier);
            attrs.set(item.name, item);
          }
        }
        items.push(item);
        continue;
      }
      const bad = this.read();
      const badType = this.typeAt(bad);
      // After a recovery this token is probably where the skipping left us, not a mistake of its own.
      if (!this.recovery) this.reportBadBodyToken(bad, end, open);
      if (badType === T.EOF) {
        // hclsyntax's recover() runs here too, reading nothing more but entering recovery mode.
        this.recovery = true;
        break;
      }
      if (end === T.EOF) {
        // hclsyntax skips the rest of the file here; the items after it are still worth having.
        this.muted = true;
        this.recovery = true;
        this.idx = bad;
        this.recoverAfterBodyItem();
        continue;
      }
      this.recover(end);
      break;
    }
    return items;
  }

  private reportBadBodyToken(bad: number, end: number, open: number): void {
    switch (this.typeAt(bad)) {
      case T.OQuote:
        this.errorAt("Invalid argument name", "Argument names must not be quoted.", bad);
        return;
      case T.EOF:
        if (end === T.CBrace) {
          this.errorAt(
            "Unclosed configuration block",
            "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
            open,
          );
        } else {
          this.errorAt("Unclosed configuration body", "Found end of file before the end of this configuration body.", bad);
        }
        return;
      default:
        this.errorAt("Argument or block definition required", "An argument or block definition is required here.", bad);
    }
  }

  /** The first attribute named `name` among `items` (looked up in `index` when there is one). */
  private findAttribute(items: readonly BodyItem[], index: Map<string, Attribute> | undefined, name: string): Attribute | undefined {
    if (index !== undefined) return index.get(name);
    for (const item of items) if (item.type === "Attribute" && item.name === name) return item;
    return undefined;
  }

  private parseBodyItem(): BodyItem | undefined {
    const ident = this.read();
    const next = this.peekType();
    if (next === T.Equal) return this.finishAttribute(ident, false);
    if (next === T.OQuote || next === T.OBrace || next === T.Ident) return this.finishBlock(ident);
    this.recoverAfterBodyItem();
    this.errorAt(
      "Argument or block definition required",
      'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
      ident,
    );
    return undefined;
  }

  private finishAttribute(ident: number, singleLine: boolean): Attribute {
    const nameRange = this.tokRange(ident);
    this.read(); // =
    const mark = this.mark();
    const expr = this.parseExpression();
    let endTok = this.prevIndex();
    if (this.recovery && this.failedSince(mark)) {
      this.recoverAfterBodyItem();
    } else if (!singleLine) {
      const end = this.peekIndex();
      const endType = this.typeAt(end);
      if (endType !== T.Newline && endType !== T.EOF) {
        if (!this.recovery) {
          if (endType === T.Comma) {
            this.errorAt(
              "Unexpected comma after argument",
              "Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.",
              end,
            );
          } else {
            this.errorAt("Missing newline after argument", "An argument definition must end with a newline.", end);
          }
        }
        endTok = this.prevIndex();
        this.recoverAfterBodyItem();
      } else {
        this.read();
      }
    }
    return {
      type: "Attribute",
      name: this.text(ident),
      nameRange,
      expr,
      range: this.range(this.starts[ident], Math.max(this.ends[endTok], this.ends[ident])),
    };
  }

  private finishBlock(ident: number): Block | undefined {
    const typeRange = this.tokRange(ident);
    const labels: BlockLabel[] = [];
    let oBrace = -1;
    for (;;) {
      const tok = this.peekIndex();
      const t = this.typeAt(tok);
      if (t === T.OBrace) {
        oBrace = this.read();
        break;
      }
      if (t === T.OQuote) {
        labels.push(this.parseQuotedLabel());
        continue;
      }
      if (t === T.Ident) {
        this.read();
        labels.push({ value: this.text(tok), quoted: false, range: this.tokRange(tok) });
        continue;
      }
      if (t === T.Equal) {
        this.errorAt(
          "Invalid block definition",
          'The equals sign "=" indicates an argument definition, and must not be used when defining a block.',
          tok,
        );
      } else if (t === T.Newline) {
        this.errorAt(
          "Invalid block definition",
          'A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
          tok,
        );
      } else if (!this.recovery) {
        this.errorAt(
          "Invalid block definition",
          'Either a quoted string block label or an opening brace ("{") is expected here.',
          tok,
        );
      }
      this.recoverAfterBodyItem();
      const empty = { start: typeRange.end, end: typeRange.end };
      return {
        type: "Block",
        blockType: this.text(ident),
        typeRange,
        labels,
        body: { type: "Body", items: [], range: empty },
        openBraceRange: empty,
        closeBraceRange: empty,
        range: typeRange,
      };
    }

    const openBraceRange = this.tokRange(oBrace);
    let items: BodyItem[];
    const first = this.peekType();
    if (!this.enter(oBrace)) {
      this.recover(T.CBrace);
      items = [];
    } else {
      if (first === T.Newline || first === T.EOF || first === T.CBrace) {
        items = this.parseBodyItems(T.CBrace, oBrace);
      } else {
        items = this.parseSingleAttrBody(oBrace);
      }
      this.leave();
    }
    const cBrace = this.prevIndex();
    const closeBraceRange = this.tokRange(cBrace);
    const eol = this.peekIndex();
    const eolType = this.typeAt(eol);
    if (eolType === T.Newline || eolType === T.EOF) {
      this.read();
    } else {
      if (!this.recovery) {
        this.errorAt("Missing newline after block definition", "A block definition must end with a newline.", eol);
      }
      this.recoverAfterBodyItem();
    }
    return {
      type: "Block",
      blockType: this.text(ident),
      typeRange,
      labels: exact(labels),
      body: { type: "Body", items: exact(items), range: SourceRange.span(openBraceRange, closeBraceRange) },
      openBraceRange,
      closeBraceRange,
      range: SourceRange.span(typeRange, closeBraceRange),
    };
  }

  /** `name { arg = value }` on one line: exactly one attribute, then the closing brace. */
  private parseSingleAttrBody(oBrace: number): BodyItem[] {
    const items: BodyItem[] = [];
    const ident = this.read();
    const identType = this.typeAt(ident);
    const next = this.peekIndex();
    const nextType = this.typeAt(next);
    if (identType !== T.Ident) {
      this.recoverAfterBodyItem();
      this.errorAt("Argument or block definition required", "An argument or block definition is required here.", ident);
    } else if (nextType === T.Equal) {
      items.push(this.finishAttribute(ident, true));
    } else if (nextType === T.OQuote || nextType === T.OBrace || nextType === T.Ident) {
      this.recoverAfterBodyItem();
      this.error(
        "Argument definition required",
        `A single-line block definition can contain only a single argument. If you meant to define argument "${this.text(ident)}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
        this.starts[ident],
        this.ends[next],
      );
    } else {
      this.recoverAfterBodyItem();
      this.errorAt(
        "Argument or block definition required",
        'An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
        ident,
      );
    }

    const close = this.peekIndex();
    switch (this.typeAt(close)) {
      case T.CBrace:
        this.read();
        break;
      case T.Comma:
        this.errorAt(
          "Invalid single-argument block definition",
          "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.",
          close,
        );
        this.recover(T.CBrace);
        break;
      case T.Newline:
        this.errorAt(
          "Invalid single-argument block definition",
          "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
          close,
        );
        this.recover(T.CBrace);
        break;
      default:
        if (!this.recovery) {
          if (this.typeAt(close) === T.EOF) {
            this.errorAt(
              "Unclosed configuration block",
              "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
              oBrace,
            );
          } else {
            this.errorAt(
              "Invalid single-argument block definition",
              "A single-line block definition must end with a closing brace immediately after its single argument definition.",
              close,
            );
          }
        }
        this.recover(T.CBrace);
    }
    return items;
  }

  /** A quoted block label: no template sequences allowed. */
  private parseQuotedLabel(): BlockLabel {
    const open = this.read();
    let value = "";
    let endTok = open;
    for (;;) {
      const tok = this.read();
      const t = this.typeAt(tok);
      if (t === T.CQuote) {
        endTok = tok;
        break;
      }
      if (t === T.QuotedLit) {
        value += this.decode(tok, true);
        continue;
      }
      if (t === T.TemplateInterp || t === T.TemplateControl) {
        const which = t === T.TemplateControl ? "%" : "$";
        this.error(
          "Invalid string literal",
          `Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
          this.starts[tok],
          this.ends[tok],
        );
        value += `${which}{ ... }`;
        this.recover(T.TemplateSeqEnd);
        continue;
      }
      if (t === T.EOF) {
        this.errorAt("Unterminated string literal", "Unable to find the closing quote mark before the end of the file.", tok);
        endTok = tok;
        break;
      }
      this.errorAt("Invalid string literal", "This item is not valid in a string literal.", tok);
      this.recover(T.CQuote);
      endTok = tok;
      break;
    }
    return { value, quoted: true, range: this.range(this.starts[open], this.ends[endTok]) };
  }

  /** Decodes a literal token's escapes, reporting bad ones. */
  private decode(tok: number, quoted: boolean): string {
    this.decodeBase = this.starts[tok];
    return decodeLiteral(this.text(tok), quoted, this.reportLiteralError);
  }

  /** Where the literal being decoded starts: its error offsets are relative to it. */
  private decodeBase = 0;
  private readonly reportLiteralError = (summary: string, detail: string, from: number, to: number): void => {
    this.error(summary, detail, this.decodeBase + from, this.decodeBase + to);
  };
  private readonly reportTemplateError = (summary: string, detail: string, from: number, to: number): void => {
    this.error(summary, detail, from, to);
  };

  // -------------------------------------------------------------------------
  // Expressions

  parseExpression(): Expression {
    if (!this.enter()) {
      const at = this.peekIndex();
      return { type: "Invalid", range: this.tokRange(at) };
    }
    const expr = this.parseTernary();
    this.leave();
    return expr;
  }

  private parseTernary(): Expression {
    const startTok = this.peekIndex();
    const mark = this.mark();
    const cond = this.parseBinary(0);
    if (this.recovery && this.failedSince(mark)) return cond;
    if (this.peekType() !== T.Question) return cond;
    this.read();
    const trueMark = this.mark();
    const trueExpr = this.parseExpression();
    if (this.recovery && this.failedSince(trueMark)) return cond;
    const colon = this.peekIndex();
    if (this.typeAt(colon) !== T.Colon) {
      this.errorAt(
        "Missing false expression in conditional",
        "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
        colon,
      );
      return cond;
    }
    this.read();
    const falseMark = this.mark();
    const falseExpr = this.parseExpression();
    if (this.recovery && this.failedSince(falseMark)) return cond;
    return {
      type: "Conditional",
      condition: cond,
      trueExpr,
      falseExpr,
      range: SourceRange.after(this.lines, this.starts[startTok], falseExpr.range),
    };
  }

  /** Binary operators by precedence climbing; same-level operators associate to the left. */
  private parseBinary(minLevel: number): Expression {
    const mark = this.mark();
    let lhs = this.parseExpressionWithTraversals();
    if (this.recovery && this.failedSince(mark)) return lhs;
    for (;;) {
      const opTok = this.peekIndex();
      const opType = this.typeAt(opTok);
      const level = BINARY_LEVEL[opType];
      if (level < minLevel) return lhs;
      this.read();
      const rhsMark = this.mark();
      const rhs = this.parseBinary(level + 1);
      lhs = {
        type: "Binary",
        op: BINARY_OP[opType as keyof typeof BINARY_OP],
        left: lhs,
        right: rhs,
        opRange: this.tokRange(opTok),
        range: SourceRange.span(lhs.range, rhs.range),
      };
      if (this.recovery && this.failedSince(rhsMark)) return lhs;
    }
  }

  private parseExpressionWithTraversals(): Expression {
    const term = this.parseTerm();
    return this.parseTraversals(term);
  }

  private parseTraversals(from: Expression): Expression {
    let ret = from;
    for (;;) {
      const next = this.peekType();
      if (next === T.Dot) {
        const dot = this.read();
        const attrTok = this.peekIndex();
        const attrType = this.typeAt(attrTok);
        if (attrType === T.Ident) {
          this.read();
          const nameRange = this.tokRange(attrTok);
          ret = { type: "GetAttr", object: ret, name: this.text(attrTok), nameRange, range: SourceRange.span(ret.range, nameRange) };
          continue;
        }
        if (attrType === T.Number) {
          this.read();
          ret = this.legacyIndex(ret, attrTok);
          continue;
        }
        if (attrType === T.Star) {
          ret = this.attrSplat(ret);
          continue;
        }
        this.errorAt("Invalid attribute name", "An attribute name is required after a dot.", attrTok);
        ret = { type: "Invalid", range: SourceRange.until(ret.range, this.lines, this.ends[dot]) };
        this.recovery = true;
        continue;
      }
      if (next === T.OBrack) {
        const open = this.read();
        if (this.peekType() === T.Star) {
          ret = this.fullSplat(ret);
          continue;
        }
        const step = this.indexStep(open);
        if (step.step.type === "Index") {
          ret = { type: "Index", collection: ret, key: step.step.key, legacy: false, range: SourceRange.until(ret.range, this.lines, step.end) };
        }
        continue;
      }
      return ret;
    }
  }

  /** `collection.0`, the legacy index syntax. */
  private legacyIndex(collection: Expression, numTok: number): Expression {
    const key = this.legacyKey(numTok, "Use the proper index syntax instead, like");
    return { type: "Index", collection, key, legacy: true, range: SourceRange.until(collection.range, this.lines, this.ends[numTok]) };
  }

  /** `source.*.a.b`: only attribute (and legacy index) steps apply to each element. */
  private attrSplat(source: Expression): Expression {
    const marker = this.read();
    const inner = this.attrSplatSteps(marker);
    const end = inner.end < 0 ? this.ends[marker] : inner.end;
    return { type: "Splat", kind: "attr", source, steps: exact(inner.steps), range: SourceRange.until(source.range, this.lines, end) };
  }

  /** `source[*]…`: every following traversal step applies to each element. */
  private fullSplat(source: Expression): Expression {
    const tail = this.fullSplatTail();
    const splat: SplatExpr = {
      type: "Splat",
      kind: "full",
      source,
      steps: exact(tail.steps),
      ...(tail.nested === undefined ? {} : { nested: tail.nested }),
      range: SourceRange.until(source.range, this.lines, tail.end),
    };
    return splat;
  }

  /**
   * After `[` of `[*]` (the peeker at `*`): the splat marker and every
   * following traversal step. A later splat becomes `nested`.
   */
  private fullSplatTail(): { steps: SplatStep[]; nested: NestedSplat | undefined; end: number } {
    this.read(); // *
    let close = this.read();
    if (this.typeAt(close) !== T.CBrack && !this.recovery) {
      close = this.recover(T.CBrack);
      // hclsyntax's diagnostic points at its `close` variable, which the recovery then overwrites:
      // the error is reported at the bracket (or end of file) the recovery stopped at.
      this.errorAt(
        "Missing close bracket on splat index",
        'The star for a full splat operator must be immediately followed by a closing bracket ("]").',
        close,
      );
    }
    const steps: SplatStep[] = [];
    let end = this.ends[close];
    if (!this.enter()) return { steps, nested: undefined, end };
    let nested: NestedSplat | undefined;
    for (;;) {
      const next = this.peekType();
      if (next === T.Dot) {
        const dot = this.read();
        const tok = this.peekIndex();
        const t = this.typeAt(tok);
        if (t === T.Ident) {
          this.read();
          steps.push({ type: "GetAttr", name: this.text(tok), range: this.range(this.starts[dot], this.ends[tok]) });
          end = this.ends[tok];
          continue;
        }
        if (t === T.Number) {
          this.read();
          steps.push({ type: "Index", key: this.legacyKey(tok, "Use the proper index syntax instead, like"), range: this.range(this.starts[dot], this.ends[tok]) });
          end = this.ends[tok];
          continue;
        }
        if (t === T.Star) {
          // An attribute-only splat inside a full splat; later index steps are kept with it.
          const marker = this.read();
          const inner = this.attrSplatSteps(marker);
          end = inner.end < 0 ? this.ends[marker] : inner.end;
          const more = this.fullSplatRest(inner.steps, end);
          nested = { kind: "attr", steps: exact(inner.steps), ...(more.nested === undefined ? {} : { nested: more.nested }), range: this.range(this.starts[dot], more.end) };
          end = more.end;
          break;
        }
        this.errorAt("Invalid attribute name", "An attribute name is required after a dot.", tok);
        this.recovery = true;
        break;
      }
      if (next === T.OBrack) {
        const bracket = this.read();
        if (this.peekType() === T.Star) {
          const inner = this.fullSplatTail();
          nested = { kind: "full", steps: exact(inner.steps), ...(inner.nested === undefined ? {} : { nested: inner.nested }), range: this.range(this.starts[bracket], inner.end) };
          end = inner.end;
          break;
        }
        const step = this.indexStep(bracket);
        steps.push(step.step);
        end = step.end;
        continue;
      }
      break;
    }
    this.leave();
    return { steps, nested, end };
  }

  /** Index steps (and a further splat) after an attribute-only splat nested in a full splat. */
  private fullSplatRest(steps: SplatStep[], end: number): { nested: NestedSplat | undefined; end: number } {
    for (;;) {
      if (this.peekType() !== T.OBrack) return { nested: undefined, end };
      const bracket = this.read();
      if (this.peekType() === T.Star) {
        const inner = this.fullSplatTail();
        const nested: NestedSplat = { kind: "full", steps: exact(inner.steps), ...(inner.nested === undefined ? {} : { nested: inner.nested }), range: this.range(this.starts[bracket], inner.end) };
        return { nested, end: inner.end };
      }
      const step = this.indexStep(bracket);
      steps.push(step.step);
      end = step.end;
    }
  }

  /** `[key]` after its `[` was read. */
  private indexStep(open: number): { step: SplatStep; end: number } {
    const openAt = this.starts[open];
    this.pushNewlines(false);
    const mark = this.mark();
    const key = this.parseExpression();
    let close: number;
    if (this.recovery && this.failedSince(mark)) {
      close = this.recover(T.CBrack);
    } else {
      close = this.read();
      if (this.typeAt(close) !== T.CBrack && !this.recovery) {
        // Reported where the recovery stopped, as hclsyntax does (see fullSplatTail).
        close = this.recover(T.CBrack);
        this.errorAt("Missing close bracket on index", 'The index operator must end with a closing bracket ("]").', close);
      }
    }
    this.popNewlines();
    return { step: { type: "Index", key, range: this.range(openAt, this.ends[close]) }, end: this.ends[close] };
  }

  /**
   * The steps of an attribute-only splat (after `.*`): `.name` and legacy `.0`.
   * hclsyntax blames a bad step on the splat's star (`marker`), not the step.
   */
  private attrSplatSteps(marker: number): { steps: SplatStep[]; end: number } {
    const steps: SplatStep[] = [];
    let end = -1;
    while (this.peekType() === T.Dot) {
      const dot = this.read();
      const tok = this.peekIndex();
      const t = this.typeAt(tok);
      if (t === T.Number) {
        this.read();
        const key = this.legacyKey(tok, "Use the proper index syntax with a full splat expression [*] instead, like", marker);
        steps.push({ type: "Index", key, range: this.range(this.starts[dot], this.ends[tok]) });
        end = this.ends[tok];
        continue;
      }
      if (t !== T.Ident) {
        if (!this.recovery) {
          if (t === T.Star) {
            this.errorAt(
              "Nested splat expression not allowed",
              "A splat expression (*) cannot be used inside another attribute-only splat expression.",
              tok,
            );
          } else {
            this.errorAt("Invalid attribute name", "An attribute name is required after a dot.", marker);
          }
        }
        this.recovery = true;
        break;
      }
      this.read();
      steps.push({ type: "GetAttr", name: this.text(tok), range: this.range(this.starts[dot], this.ends[tok]) });
      end = this.ends[tok];
    }
    return { steps, end };
  }

  /** The key of a legacy index `.0`; a token like `0.1` (two chained indexes) is an error, reported at `blame`. */
  private legacyKey(numTok: number, advice: string, blame = numTok): Expression {
    const raw = this.text(numTok);
    const dotAt = raw.indexOf(".");
    if (dotAt >= 0) {
      this.errorAt(
        "Invalid legacy index syntax",
        `When using the legacy index syntax, chaining two indexes together is not permitted. ${advice} [${raw.slice(0, dotAt)}][${raw.slice(dotAt + 1)}].`,
        blame,
      );
      return { type: "Invalid", range: this.tokRange(numTok) };
    }
    return this.numberLiteral(numTok);
  }

  private numberLiteral(tok: number): Expression {
    const raw = this.text(tok);
    const range = this.tokRange(tok);
    if (!VALID_NUMBER.test(raw)) {
      this.errorAt("Invalid number literal", "Failed to recognize the value of this number literal.", tok);
      return { type: "Invalid", range };
    }
    return { type: "Literal", value: Number(raw), raw, range };
  }

  private parseTerm(): Expression {
    const start = this.peekIndex();
    switch (this.typeAt(start)) {
      case T.OParen: {
        this.read();
        const openAt = this.starts[start];
        this.pushNewlines(false);
        const mark = this.mark();
        const expr = this.parseExpression();
        if (this.failedSince(mark)) {
          this.recover(T.CParen);
          this.popNewlines();
          return expr;
        }
        const close = this.peekIndex();
        if (this.typeAt(close) !== T.CParen) {
          this.error(
            "Unbalanced parentheses",
            "Expected a closing parenthesis to terminate the expression.",
            this.starts[close],
            this.ends[close],
          );
          this.recovery = true;
        }
        const cParen = this.read();
        this.popNewlines();
        return { type: "Parentheses", expr, range: this.range(openAt, this.ends[cParen]) };
      }
      case T.Number:
        this.read();
        return this.numberLiteral(start);
      case T.Ident: {
        this.read();
        const after = this.peekType();
        if (after === T.OParen || after === T.DoubleColon) return this.finishFunctionCall(start);
        const name = this.text(start);
        const range = this.tokRange(start);
        switch (name) {
          case "true":
            return { type: "Literal", value: true, raw: name, range };
          case "false":
            return { type: "Literal", value: false, raw: name, range };
          case "null":
            return { type: "Literal", value: null, raw: name, range };
          default:
            return { type: "Variable", name, range };
        }
      }
      case T.OQuote:
      case T.OHeredoc:
        return this.parseTemplateExpr();
      case T.Minus:
      case T.Bang: {
        this.read();
        if (!this.enter()) return { type: "Invalid", range: this.tokRange(start) };
        const operand = this.parseExpressionWithTraversals();
        this.leave();
        return {
          type: "Unary",
          op: this.typeAt(start) === T.Minus ? "-" : "!",
          operand,
          range: SourceRange.after(this.lines, this.starts[start], operand.range),
        };
      }
      case T.OBrack:
        return this.parseTuple();
      case T.OBrace:
        return this.parseObject();
      default: {
        if (!this.recovery) {
          if (this.typeAt(start) === T.EOF) {
            this.errorAt("Missing expression", "Expected the start of an expression, but found the end of the file.", start);
          } else {
            this.errorAt("Invalid expression", "Expected the start of an expression, but found an invalid expression token.", start);
          }
        }
        this.recovery = true;
        return { type: "Invalid", range: this.tokRange(start) };
      }
    }
  }

  private finishFunctionCall(nameTok: number): Expression {
    let open = this.read();
    let name = this.text(nameTok);
    let nameEnd = this.ends[nameTok];
    while (this.typeAt(open) === T.DoubleColon) {
      const next = this.read();
      if (this.typeAt(next) !== T.Ident) {
        this.errorAt("Missing function name", "Function scope resolution symbol :: must be followed by a function name in this scope.", next);
        this.recoverOver(T.OParen);
        return { type: "Invalid", range: this.range(this.starts[nameTok], this.ends[next]) };
      }
      name += "::" + this.text(next);
      nameEnd = this.ends[next];
      open = this.read();
    }
    const nameRange = this.range(this.starts[nameTok], nameEnd);
    if (this.typeAt(open) !== T.OParen) {
      this.errorAt("Missing open parenthesis", "Function selector must be followed by an open parenthesis to begin the function call.", open);
      this.recoverOver(T.OParen);
      return { type: "Invalid", range: this.range(this.starts[nameTok], this.ends[open]) };
    }

    const args: Expression[] = [];
    let expandFinal = false;
    let close = -1;
    this.pushNewlines(false);
    for (;;) {
      if (this.peekType() === T.CParen) {
        close = this.read();
        break;
      }
      const mark = this.mark();
      const arg = this.parseExpression();
      args.push(arg);
      if (this.recovery && this.failedSince(mark)) {
        const recovered = this.recover(T.CParen);
        if (this.typeAt(recovered) === T.CParen) close = recovered;
        break;
      }
      const sep = this.read();
      const sepType = this.typeAt(sep);
      if (sepType === T.CParen) {
        close = sep;
        break;
      }
      if (sepType === T.Ellipsis) {
        expandFinal = true;
        if (this.peekType() !== T.CParen) {
          if (!this.recovery) {
            this.errorAt(
              "Missing closing parenthesis",
              "An expanded function argument (with ...) must be immediately followed by closing parentheses.",
              sep,
            );
          }
          close = this.recover(T.CParen);
        } else {
          close = this.read();
        }
        break;
      }
      if (sepType !== T.Comma) {
        if (sepType === T.EOF) {
          this.error(
            "Unterminated function call",
            "There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.",
            this.starts[nameTok],
            this.ends[open],
          );
        } else {
          this.errorAt("Missing argument separator", "A comma is required to separate each function argument from the next.", sep);
        }
        close = this.recover(T.CParen);
        break;
      }
      if (this.peekType() === T.CParen) {
        close = this.read();
        break;
      }
    }
    this.popNewlines();
    const endOffset = close >= 0 ? this.ends[close] : this.ends[this.prevIndex()];
    const call: FunctionCallExpr = {
      type: "FunctionCall",
      name,
      nameRange,
      args: exact(args),
      expandFinal,
      range: SourceRange.until(nameRange, this.lines, endOffset),
    };
    return call;
  }

  private parseTuple(): Expression {
    const open = this.read();
    const openAt = this.starts[open];
    this.pushNewlines(false);
    try {
      if (this.isKeyword(this.peekIndex(), "for")) return this.finishFor(open, false);
      const items: Expression[] = [];
      let close: number;
      for (;;) {
        if (this.peekType() === T.CBrack) {
          close = this.read();
          break;
        }
        const mark = this.mark();
        items.push(this.parseExpression());
        if (this.recovery && this.failedSince(mark)) {
          close = this.recover(T.CBrack);
          break;
        }
        const next = this.peekIndex();
        const nextType = this.typeAt(next);
        if (nextType === T.CBrack) {
          close = this.read();
          break;
        }
        if (nextType !== T.Comma) {
          if (!this.recovery) {
            if (nextType === T.EOF) {
              this.errorAt(
                "Unterminated tuple constructor expression",
                "There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.",
                open,
              );
            } else {
              this.errorAt("Missing item separator", "Expected a comma to mark the beginning of the next item.", next);
            }
          }
          close = this.recover(T.CBrack);
          break;
        }
        this.read();
      }
      return { type: "Tuple", items: exact(items), range: this.range(openAt, this.ends[close]) };
    } finally {
      this.popNewlines();
    }
  }

  private parseObject(): Expression {
    const open = this.read();
    const openAt = this.starts[open];
    this.pushNewlines(false);
    const isFor = this.isKeyword(this.peekIndex(), "for");
    this.popNewlines();
    if (isFor) {
      this.pushNewlines(false);
      try {
        return this.finishFor(open, true);
      } finally {
        this.popNewlines();
      }
    }
    this.pushNewlines(true);
    const items: ObjectItem[] = [];
    let close: number;
    try {
      for (;;) {
        const first = this.peekType();
        if (first === T.Newline) {
          this.read();
          continue;
        }
        if (first === T.CBrace) {
          close = this.read();
          break;
        }
        const keyMark = this.mark();
        const key = this.parseExpression();
        if (this.recovery && this.failedSince(keyMark)) {
          close = this.recover(T.CBrace);
          break;
        }
        const sep = this.peekIndex();
        const sepType = this.typeAt(sep);
        if (sepType !== T.Equal && sepType !== T.Colon) {
          if (!this.recovery) {
            switch (sepType) {
              case T.Newline:
              case T.Comma:
                this.errorAt("Missing attribute value", 'Expected an attribute value, introduced by an equals sign ("=").', sep);
                break;
              case T.Ident:
                this.errorAt(
                  "Missing key/value separator",
                  'Expected an equals sign ("=") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.',
                  sep,
                );
                break;
              case T.EOF:
                this.errorAt(
                  "Unterminated object constructor expression",
                  "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                  open,
                );
                break;
              default:
                this.errorAt("Missing key/value separator", 'Expected an equals sign ("=") to mark the beginning of the attribute value.', sep);
            }
          }
          close = this.recover(T.CBrace);
          break;
        }
        this.read();
        const valueMark = this.mark();
        const value = this.parseExpression();
        const item: ObjectItem = {
          type: "ObjectItem",
          key,
          value,
          separator: sepType === T.Equal ? "=" : ":",
          range: SourceRange.span(key.range, value.range),
        };
        if (this.recovery && this.failedSince(valueMark)) {
          items.push(item);
          close = this.recover(T.CBrace);
          break;
        }
        items.push(item);
        const next = this.peekIndex();
        const nextType = this.typeAt(next);
        if (nextType === T.CBrace) {
          close = this.read();
          break;
        }
        if (nextType !== T.Comma && nextType !== T.Newline) {
          if (!this.recovery) {
            if (nextType === T.EOF) {
              this.errorAt(
                "Unterminated object constructor expression",
                "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                open,
              );
            } else {
              this.errorAt("Missing attribute separator", "Expected a newline or comma to mark the beginning of the next attribute.", next);
            }
          }
          close = this.recover(T.CBrace);
          break;
        }
        this.read();
      }
    } finally {
      this.popNewlines();
    }
    return { type: "Object", items: exact(items), range: this.range(openAt, this.ends[close]) };
  }

  private isKeyword(tok: number, word: string): boolean {
    return this.typeAt(tok) === T.Ident && this.ends[tok] - this.starts[tok] === word.length && this.text(tok) === word;
  }

  /** The rest of `[for …]` or `{for …}` after the opening bracket. */
  private finishFor(open: number, makeObject: boolean): Expression {
    this.pushNewlines(false);
    try {
      this.read(); // for
      const closeType = makeObject ? T.CBrace : T.CBrack;
      const openAt = this.starts[open];
      const fail = (detail: string): Expression => {
        const at = this.peekIndex();
        if (!this.recovery) this.errorAt("Invalid 'for' expression", detail, at);
        const close = this.recover(closeType);
        return { type: "Invalid", range: this.range(openAt, this.ends[close]) };
      };
      if (this.peekType() !== T.Ident) return fail("For expression requires variable name after 'for'.");
      let valueVar = this.text(this.read());
      let keyVar: string | undefined;
      if (this.peekType() === T.Comma) {
        keyVar = valueVar;
        this.read();
        if (this.peekType() !== T.Ident) return fail("For expression requires value variable name after comma.");
        valueVar = this.text(this.read());
      }
      if (!this.isKeyword(this.peekIndex(), "in")) return fail("For expression requires the 'in' keyword after its name declarations.");
      this.read();
      const collMark = this.mark();
      const collection = this.parseExpression();
      if (this.recovery && this.failedSince(collMark)) {
        const close = this.recover(closeType);
        return { type: "Invalid", range: this.range(openAt, this.ends[close]) };
      }
      if (this.peekType() !== T.Colon) return fail("For expression requires a colon after the collection expression.");
      this.read();
      const valueMark = this.mark();
      let valueExpr = this.parseExpression();
      let keyExpr: Expression | undefined;
      if (this.peekType() === T.FatArrow) {
        this.read();
        keyExpr = valueExpr;
        valueExpr = this.parseExpression();
      }
      if (this.recovery && this.failedSince(valueMark)) {
        const close = this.recover(closeType);
        return { type: "Invalid", range: this.range(openAt, this.ends[close]) };
      }
      let grouping = false;
      let ellipsis = -1;
      if (this.peekType() === T.Ellipsis) {
        ellipsis = this.read();
        grouping = true;
      }
      let condition: Expression | undefined;
      if (this.isKeyword(this.peekIndex(), "if")) {
        this.read();
        const condMark = this.mark();
        condition = this.parseExpression();
        if (this.recovery && this.failedSince(condMark)) {
          const close = this.recover(closeType);
          return { type: "Invalid", range: this.range(openAt, this.ends[close]) };
        }
      }
      let close: number;
      if (this.peekType() === closeType) {
        close = this.read();
      } else {
        if (!this.recovery) this.errorAt("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", this.peekIndex());
        close = this.recover(closeType);
      }
      if (!makeObject) {
        if (keyExpr !== undefined) {
          this.errorIn("Invalid 'for' expression", "Key expression is not valid when building a tuple.", keyExpr.range);
        }
        if (grouping) {
          this.errorAt("Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.", ellipsis);
        }
      } else if (keyExpr === undefined) {
        this.errorIn("Invalid 'for' expression", "Key expression is required when building an object.", valueExpr.range);
      }
      const expr: ForExpr = {
        type: "For",
        kind: makeObject ? "object" : "tuple",
        keyVar,
        valueVar,
        collection,
        keyExpr: makeObject ? keyExpr : undefined,
        valueExpr,
        condition,
        grouping,
        range: this.range(openAt, this.ends[close]),
      };
      return expr;
    } finally {
      this.popNewlines();
    }
  }

  // -------------------------------------------------------------------------
  // Templates

  private parseTemplateExpr(): TemplateExpr {
    const open = this.read();
    const openAt = this.starts[open];
    const isHeredoc = this.typeAt(open) === T.OHeredoc;
    let heredoc: TemplateExpr["heredoc"];
    let flush = false;
    if (isHeredoc) {
      const intro = this.text(open);
      flush = intro.charCodeAt(2) === 45;
      let marker = intro.slice(flush ? 3 : 2);
      marker = marker.slice(0, marker.endsWith("\r\n") ? -2 : -1);
      heredoc = { marker, stripIndent: flush };
    }
    const simple = isHeredoc ? undefined : this.simpleQuotedParts();
    const parts = simple ?? this.parseTemplateParts(isHeredoc ? T.CHeredoc : T.CQuote, flush);
    const last = this.prevIndex();
    return {
      type: "Template",
      kind: isHeredoc ? "heredoc" : "quoted",
      heredoc,
      parts,
      range: this.range(openAt, Math.max(this.ends[last], this.ends[open])),
    };
  }

  /**
   * Fast path for the commonest strings, `""` and `"text"` (one literal
   * token, no sequences): their parts, with the closing quote consumed.
   */
  private simpleQuotedParts(): TemplatePart[] | undefined {
    const i = this.idx;
    const types = this.types;
    if (types[i] === T.CQuote) {
      this.idx = i + 1;
      return [];
    }
    if (types[i] !== T.QuotedLit || types[i + 1] !== T.CQuote) return undefined;
    this.idx = i + 2;
    let value = this.decode(i, true);
    if (MAY_NEED_NFC.test(value)) value = value.normalize("NFC");
    return [{ type: "TemplateLiteral", value, range: this.tokRange(i) }];
  }

  /** Parses template content up to the token `end` (consumed), into parts. */
  parseTemplateParts(end: number, flush: boolean): TemplatePart[] {
    const flat: FlatToken[] = [];
    const startTok = this.peekIndex();
    let ltrimNext = false;
    let nextCanTrimPrev = false;
    let endTok: number;
    for (;;) {
      const next = this.read();
      const t = this.typeAt(next);
      if (t === end) {
        endTok = next;
        break;
      }
      const ltrim = ltrimNext;
      ltrimNext = false;
      const canTrimPrev = nextCanTrimPrev;
      nextCanTrimPrev = false;

      if (t === T.StringLit || t === T.QuotedLit) {
        let val = this.decode(next, t === T.QuotedLit);
        if (ltrim) val = trimLeftSpace(val);
        flat.push({ k: "lit", val, start: this.starts[next], end: this.ends[next], range: this.tokRange(next) });
        nextCanTrimPrev = true;
        continue;
      }

      if (t === T.TemplateInterp) {
        const stripLeft = this.ends[next] - this.starts[next] === 3;
        if (canTrimPrev && stripLeft) this.trimPrevious(flat);
        this.pushNewlines(false);
        const expr = this.parseExpression();
        const close = this.peekIndex();
        let stripRight = false;
        if (this.typeAt(close) !== T.TemplateSeqEnd) {
          if (!this.recovery) this.reportUnclosedInterp(close, end, startTok);
          this.recover(T.TemplateSeqEnd);
        } else {
          this.read();
          if (this.ends[close] - this.starts[close] === 2) {
            ltrimNext = true;
            stripRight = true;
          }
        }
        this.popNewlines();
        const from = this.starts[next];
        const to = Math.max(this.ends[this.prevIndex()], this.ends[next]);
        flat.push({ k: "interp", expr, stripLeft, stripRight, start: from, end: to, range: this.range(from, to) });
        continue;
      }

      if (t === T.TemplateControl) {
        if (canTrimPrev && this.ends[next] - this.starts[next] === 3) this.trimPrevious(flat);
        this.pushNewlines(false);
        const directive = this.parseDirective(next);
        if (directive === undefined) {
          this.popNewlines();
          continue;
        }
        const close = this.peekIndex();
        if (this.typeAt(close) !== T.TemplateSeqEnd) {
          if (!this.recovery) {
            this.error(
              `Extra characters in ${directive.keyword} marker`,
              "Expected a closing brace to end the sequence, but found extra characters.",
              this.starts[close],
              this.ends[close],
            );
          }
          this.recover(T.TemplateSeqEnd);
        } else {
          this.read();
          if (this.ends[close] - this.starts[close] === 2) ltrimNext = true;
        }
        this.popNewlines();
        flat.push(directive.token);
        continue;
      }

      if (!this.recovery) {
        this.errorAt("Unterminated template string", "No closing marker was found for the string.", next);
      }
      this.idx = next;
      endTok = this.recover(end);
      break;
    }
    flat.push({ k: "end", start: this.starts[endTok], end: this.ends[endTok], range: this.tokRange(endTok) });
    if (flush) flushHeredoc(flat, this.lines);
    const melded = meldLiterals(flat);
    const builder = new TemplateTreeBuilder(melded, this.lines, this.filename, this.reportTemplateError);
    return builder.buildRoot();
  }

  private trimPrevious(flat: FlatToken[]): void {
    const prev = flat[flat.length - 1];
    if (prev !== undefined && prev.k === "lit") prev.val = trimRightSpace(prev.val);
  }

  private reportUnclosedInterp(close: number, end: number, startTok: number): void {
    const t = this.typeAt(close);
    if (t === T.EOF) {
      this.errorAt(
        "Unclosed template interpolation sequence",
        "There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.",
        startTok,
      );
    } else if (t === T.Colon) {
      this.errorAt(
        "Extra characters after interpolation expression",
        'Template interpolation doesn\'t expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with "$${" instead of just "${".',
        close,
      );
    } else if ((t === T.CQuote || t === T.OQuote) && end === T.CQuote) {
      this.errorAt(
        "Unclosed template interpolation sequence",
        "There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.",
        startTok,
      );
    } else {
      this.errorAt(
        "Extra characters after interpolation expression",
        'Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with "$${" instead of just "${".',
        close,
      );
    }
  }

  /** The inside of a `%{ … }` directive, up to (not including) its closing brace. */
  private parseDirective(open: number): { token: FlatToken; keyword: string } | undefined {
    const kw = this.peekIndex();
    if (this.typeAt(kw) !== T.Ident) {
      if (!this.recovery) {
        this.errorAt(
          "Invalid template directive",
          'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.',
          kw,
        );
      }
      this.recover(T.TemplateSeqEnd);
      return undefined;
    }
    this.read();
    const keyword = this.text(kw);
    const start = this.starts[open];
    const endHere = (): number => this.ends[this.peekIndex()];
    switch (keyword) {
      case "if": {
        const cond = this.parseExpression();
        return { token: { k: "if", cond, start, end: endHere(), range: this.range(start, endHere()) }, keyword };
      }
      case "else":
      case "endif":
      case "endfor":
        return { token: { k: keyword, start, end: endHere(), range: this.range(start, endHere()) }, keyword };
      case "for": {
        const failFor = (detail: string): undefined => {
          if (!this.recovery) this.errorAt("Invalid 'for' directive", detail, this.peekIndex());
          this.recover(T.TemplateSeqEnd);
          return undefined;
        };
        if (this.peekType() !== T.Ident) return failFor("For directive requires variable name after 'for'.");
        let valVar = this.text(this.read());
        let keyVar: string | undefined;
        if (this.peekType() === T.Comma) {
          keyVar = valVar;
          this.read();
          if (this.peekType() !== T.Ident) return failFor("For directive requires value variable name after comma.");
          valVar = this.text(this.read());
        }
        if (!this.isKeyword(this.peekIndex(), "in")) return failFor("For directive requires 'in' keyword after names.");
        this.read();
        const coll = this.parseExpression();
        return { token: { k: "for", keyVar, valVar, coll, start, end: endHere(), range: this.range(start, endHere()) }, keyword };
      }
      default: {
        if (!this.recovery) {
          const suggestion = suggest(keyword, ["if", "for", "else", "endif", "endfor"]);
          this.errorAt(
            "Invalid template control keyword",
            `"${keyword}" is not a valid template control keyword.${suggestion === undefined ? "" : ` Did you mean "${suggestion}"?`}`,
            kw,
          );
        }
        this.recover(T.TemplateSeqEnd);
        return undefined;
      }
    }
  }

  /** The whole input as a bare template (hclsyntax's ParseTemplate). */
  parseBareTemplate(): TemplateExpr {
    const parts = this.parseTemplateParts(T.EOF, false);
    return {
      type: "Template",
      kind: "quoted",
      heredoc: undefined,
      parts,
      range: this.range(0, this.src.length),
    };
  }

  /** The whole input as one expression (hclsyntax's ParseExpression). */
  parseWholeExpression(): Expression {
    this.pushNewlines(false);
    const expr = this.parseExpression();
    const next = this.peekIndex();
    if (this.typeAt(next) !== T.EOF && !this.recovery) {
      this.errorAt("Extra characters after expression", "An expression was successfully parsed, but extra characters were found after it.", next);
    }
    this.popNewlines();
    return expr;
  }
}

function setup(source: string, filename: string, mode: ScanMode, base?: Pos) {
  const lines = new LineIndex(source, base);
  const bodyStart = mode === "main" && source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { tokens, comments, suspicious } = scan(source, bodyStart, mode, lines);
  const parser = new Parser(source, tokens, lines, filename);
  const lexDiags: Diagnostic[] = [];
  if (suspicious) checkInvalidTokens(source, tokens, lines, lexDiags);
  return { parser, comments, lexDiags, bodyStart, tokens, lines };
}

/** Parses HCL native syntax. Never throws; problems are in `diagnostics`. */
export function parseNative(source: string, filename: string): HclFile {
  const { parser, comments, lexDiags, bodyStart, tokens } = setup(source, filename, "main");
  const body = parser.parseFile(bodyStart);
  recycleTokens(tokens);
  const file: HclFile = {
    filename,
    source,
    syntax: "native",
    body,
    comments,
    diagnostics: [...lexDiags, ...parser.diags],
  };
  // `lineIndexOf(file)` finds the parser's index through the body's range.
  return file;
}

/** Result of parsing a standalone expression or template. */
export interface ExpressionParseResult {
  readonly expr: Expression;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses `text` as the content of a quoted template (no surrounding quotes),
 * like `hclsyntax.ParseTemplate`: `${…}` and `%{…}` sequences are read, but
 * backslash escapes are not. Ranges are relative to `text` unless `start`
 * says where the text begins. Never throws.
 */
export function parseTemplateText(text: string, filename: string, start?: Pos): ExpressionParseResult {
  const { parser, lexDiags, tokens } = setup(text, filename, "template", start);
  const expr = parser.parseBareTemplate();
  recycleTokens(tokens);
  return { expr, diagnostics: [...lexDiags, ...parser.diags] };
}

/**
 * Parses `text` as one expression, like `hclsyntax.ParseExpression`. Ranges
 * are relative to `text` unless `start` says where the text begins. Never throws.
 */
export function parseExpressionText(text: string, filename: string, start?: Pos): ExpressionParseResult {
  const { parser, lexDiags, tokens } = setup(text, filename, "main", start);
  const expr = parser.parseWholeExpression();
  recycleTokens(tokens);
  return { expr, diagnostics: [...lexDiags, ...parser.diags] };
}
