/**
 * The second stage of template parsing, after the parser has turned template
 * tokens into a flat sequence of literals, interpolations and directive
 * markers: heredoc indent stripping, melding of adjacent literals, and
 * building the `if`/`for` tree. Mirrors hclsyntax's parser_template.go.
 */
import type {
  Expression,
  Pos,
  Range,
  TemplateFor,
  TemplateIf,
  TemplateLiteral,
  TemplatePart,
} from "./ast.js";
import { MAX_NESTING } from "./limits.js";
import type { LineIndex } from "./positions.js";
import { trimLeftSpace } from "./unicode.js";

export interface FlatLiteral {
  readonly k: "lit";
  val: string;
  start: number;
  end: number;
  range: Range;
}
export interface FlatInterp {
  readonly k: "interp";
  readonly expr: Expression;
  readonly stripLeft: boolean;
  readonly stripRight: boolean;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}
export interface FlatIf {
  readonly k: "if";
  readonly cond: Expression;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}
export interface FlatFor {
  readonly k: "for";
  readonly keyVar: string | undefined;
  readonly valVar: string;
  readonly coll: Expression;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}
export interface FlatEndCtrl {
  readonly k: "else" | "endif" | "endfor";
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}
export interface FlatEnd {
  readonly k: "end";
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}
export type FlatToken = FlatLiteral | FlatInterp | FlatIf | FlatFor | FlatEndCtrl | FlatEnd;

/**
 * A copy of an array built with push, at its exact size: V8 grows pushed
 * arrays in steps of 17 and more, which multiplies the memory of a syntax
 * tree full of short lists.
 */
export function exact<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}

/** Reports an error at [from, to). */
export type TemplateErrorSink = (summary: string, detail: string, from: number, to: number) => void;

/** Text whose length in code points is its length in UTF-16 units, on one line. */
const PLAIN_BMP = /^[^\r\n\uD800-\uDFFF]*$/;

const EXTENDER = /^(?:\p{M}|\u200D|\p{Emoji_Modifier})/u;

/**
 * `<<-` heredocs: find the line whose first literal has the fewest leading
 * spaces and trim that many characters from the first literal of every line.
 * Works on literal tokens, not rendered text, as HCL does.
 */
export function flushHeredoc(toks: FlatToken[], lines: LineIndex): void {
  const MAX = Number.MAX_SAFE_INTEGER;
  let minSpaces = MAX;
  let newline = true;
  const adjust: FlatLiteral[] = [];
  for (const tok of toks) {
    if (newline) {
      newline = false;
      let spaces = 0;
      if (tok.k === "lit") {
        const trimmed = trimLeftSpace(tok.val);
        if (trimmed.length === 0 && tok.val.endsWith("\n")) {
          spaces = MAX;
        } else {
          spaces = tok.val.length - trimmed.length;
          adjust.push(tok);
        }
      } else if (tok.k === "end") {
        break;
      }
      if (spaces < minSpaces) minSpaces = spaces;
    }
    if (tok.k === "lit" && tok.val.endsWith("\n")) newline = true;
  }
  if (minSpaces === 0 || minSpaces === MAX) return;
  for (const lit of adjust) {
    let cut = Math.min(minSpaces, lit.val.length);
    // HCL counts grapheme clusters: a combining mark after the last removed space goes with it.
    while (cut < lit.val.length && EXTENDER.test(lit.val.slice(cut, cut + 2))) cut += lit.val.codePointAt(cut)! > 0xffff ? 2 : 1;
    const removed = lit.val.slice(0, cut);
    lit.val = lit.val.slice(cut);
    lit.start += cut;
    // Removed characters are spaces on one line (rarely a combining mark): usually just move the column.
    const start = lit.range.start;
    const moved = PLAIN_BMP.test(removed)
      ? { line: start.line, column: start.column + cut, offset: start.offset + cut }
      : lines.pos(lit.start);
    lit.range = { start: moved, end: lit.range.end };
  }
}

/** Joins runs of adjacent literal tokens into one. */
export function meldLiterals(toks: FlatToken[]): FlatToken[] {
  const out: FlatToken[] = [];
  for (const tok of toks) {
    const prev = out[out.length - 1];
    if (tok.k === "lit" && prev !== undefined && prev.k === "lit") {
      prev.val += tok.val;
      prev.end = tok.end;
      prev.range = { start: prev.range.start, end: tok.range.end };
    } else {
      out.push(tok);
    }
  }
  return out;
}

/** Builds template parts from melded flat tokens (which end with an `end` token). */
export class TemplateTreeBuilder {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly toks: readonly FlatToken[],
    private readonly lines: LineIndex,
    private readonly filename: string,
    private readonly report: TemplateErrorSink,
  ) {}

  buildRoot(): TemplatePart[] {
    const parts: TemplatePart[] = [];
    while (this.peek().k !== "end") {
      const part = this.parseItem();
      if (part !== undefined) parts.push(part);
    }
    return exact(parts);
  }

  private peek(): FlatToken {
    return this.toks[this.pos];
  }

  private next(): FlatToken {
    const tok = this.toks[this.pos];
    if (tok.k !== "end") this.pos++;
    return tok;
  }

  private range(start: number, end: number): Range {
    return this.lines.range(start, end);
  }

  private where(start: number, end: number): string {
    return formatRange(this.filename, this.range(start, end));
  }

  private parseItem(): TemplatePart | undefined {
    const tok = this.next();
    switch (tok.k) {
      case "lit":
        return literal(tok, tok.range);
      case "interp":
        return {
          type: "TemplateInterpolation",
          expr: tok.expr,
          stripLeft: tok.stripLeft,
          stripRight: tok.stripRight,
          range: tok.range,
        };
      case "if":
      case "for": {
        if (this.depth >= MAX_NESTING) {
          this.report(
            "Nesting too deep",
            `This is nested more than ${MAX_NESTING} levels deep; tfmould does not read deeper nesting.`,
            tok.start,
            tok.end,
          );
          this.skipDirective();
          return undefined;
        }
        this.depth++;
        const part = tok.k === "if" ? this.parseIf(tok) : this.parseFor(tok);
        this.depth--;
        return part;
      }
      case "end":
        this.report("Unexpected end of template", "The control directives within this template are unbalanced.", tok.start, tok.end);
        return undefined;
      default:
        this.report(`Unexpected ${tok.k} directive`, "The control directives within this template are unbalanced.", tok.start, tok.end);
        return undefined;
    }
  }

  /** Skips the body of a directive that was just opened, up to its matching endif/endfor. */
  private skipDirective(): void {
    let open = 1;
    for (;;) {
      const tok = this.next();
      if (tok.k === "end") return;
      if (tok.k === "if" || tok.k === "for") open++;
      else if (tok.k === "endif" || tok.k === "endfor") open--;
      if (open === 0) return;
    }
  }

  private parseIf(open: FlatIf): TemplatePart | undefined {
    const thenParts: TemplatePart[] = [];
    let elseParts: TemplatePart[] | undefined;
    for (;;) {
      const tok = this.peek();
      if (tok.k === "end") {
        this.report(
          "Unexpected end of template",
          `The if directive at ${this.where(open.start, open.end)} is missing its corresponding endif directive.`,
          tok.start,
          tok.end,
        );
        return this.makeIf(open, thenParts, elseParts, tok.range.start);
      }
      if (tok.k === "else" || tok.k === "endif" || tok.k === "endfor") {
        this.next();
        if (tok.k === "endif") return this.makeIf(open, thenParts, elseParts, tok.range.end);
        if (tok.k === "else" && elseParts === undefined) {
          elseParts = [];
          continue;
        }
        if (tok.k === "else") {
          this.report(
            "Unexpected else directive",
            `Already in the else clause for the if started at ${this.where(open.start, open.end)}.`,
            tok.start,
            tok.end,
          );
        } else {
          this.report(
            `Unexpected ${tok.k} directive`,
            `Expecting an endif directive for the if started at ${this.where(open.start, open.end)}.`,
            tok.start,
            tok.end,
          );
        }
        return undefined;
      }
      const part = this.parseItem();
      if (part !== undefined) (elseParts ?? thenParts).push(part);
    }
  }

  private makeIf(open: FlatIf, thenParts: TemplatePart[], elseParts: TemplatePart[] | undefined, end: Pos): TemplateIf {
    return {
      type: "TemplateIf",
      condition: open.cond,
      then: exact(thenParts),
      else: elseParts === undefined ? undefined : exact(elseParts),
      range: { start: open.range.start, end },
    };
  }

  private parseFor(open: FlatFor): TemplatePart | undefined {
    const body: TemplatePart[] = [];
    for (;;) {
      const tok = this.peek();
      if (tok.k === "end") {
        this.report(
          "Unexpected end of template",
          `The for directive at ${this.where(open.start, open.end)} is missing its corresponding endfor directive.`,
          tok.start,
          tok.end,
        );
        return this.makeFor(open, body, tok.range.start);
      }
      if (tok.k === "else" || tok.k === "endif" || tok.k === "endfor") {
        this.next();
        if (tok.k === "endfor") return this.makeFor(open, body, tok.range.end);
        if (tok.k === "else") {
          this.report("Unexpected else directive", "An else clause is not expected for a for directive.", tok.start, tok.end);
        } else {
          this.report(
            `Unexpected ${tok.k} directive`,
            `Expecting an endfor directive corresponding to the for directive at ${this.where(open.start, open.end)}.`,
            tok.start,
            tok.end,
          );
        }
        return undefined;
      }
      const part = this.parseItem();
      if (part !== undefined) body.push(part);
    }
  }

  private makeFor(open: FlatFor, body: TemplatePart[], end: Pos): TemplateFor {
    return {
      type: "TemplateFor",
      keyVar: open.keyVar,
      valueVar: open.valVar,
      collection: open.coll,
      body: exact(body),
      range: { start: open.range.start, end },
    };
  }
}

/** Characters from U+0300 up: below that, NFC never changes text. */
export const MAY_NEED_NFC = /[\u0300-\uffff]/;

/** A literal's value is NFC-normalised, as HCL's string values (cty strings) are. */
function literal(tok: FlatLiteral, range: Range): TemplateLiteral {
  const value = MAY_NEED_NFC.test(tok.val) ? tok.val.normalize("NFC") : tok.val;
  return { type: "TemplateLiteral", value, range };
}

/** A range as HCL prints it in messages: `file:line,col-col` or `file:line,col-line,col`. */
export function formatRange(filename: string, r: Range): string {
  if (r.start.line === r.end.line) return `${filename}:${r.start.line},${r.start.column}-${r.end.column}`;
  return `${filename}:${r.start.line},${r.start.column}-${r.end.line},${r.end.column}`;
}
