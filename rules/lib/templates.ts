/**
 * Templates mapped to their source, for rules that point inside strings:
 * the text a template produces, with each character's place in the source
 * that wrote it (heredocs and quoted strings, with escapes and `<<-`
 * indentation).
 */
import type { Expression, Range, TemplateExpr, TemplateLiteral, TemplatePart } from "../../src/hcl/ast.js";
import type { Value } from "../../src/eval/value.js";
import { asBool, asString } from "../../src/eval/values.js";
import { iterate } from "../../src/eval/expr.js";
import type { HasSource } from "../../src/hcl/positions.js";
import { lineIndexOf } from "../../src/hcl/positions.js";

/** A character's source span, as offsets into the file's source. */
export interface Span {
  readonly start: number;
  readonly end: number;
  /** For text produced by an interpolation: its expression and the names bound around it. */
  readonly interpolation?: { readonly expr: Expression; readonly bindings: ReadonlyMap<string, Value> };
}

/** Stands for a part of a template whose text is not known. */
export const HOLE = "\uE000";

/**
 * Text produced by a template with, for each UTF-16 unit, the source span
 * that wrote it: the character(s) of a literal, or the whole `${…}` of an
 * interpolation. Unknown parts are `HOLE` characters.
 */
export interface MappedText {
  readonly text: string;
  readonly spans: readonly Span[];
  /** The source the spans point into: a configuration file, or a template file read by `templatefile()`. */
  readonly file: HasSource;
}

/** Evaluates an expression for the template walker (the caller's scope and bindings). */
export type TemplateEvaluator = (expr: Expression, bindings: ReadonlyMap<string, Value>) => Value;

interface RawToken {
  readonly text: string;
  readonly length: number;
}

function rawTokenAt(raw: string, i: number, quoted: boolean): RawToken {
  if (raw.startsWith("$${", i)) return { text: "${", length: 3 };
  if (raw.startsWith("%%{", i)) return { text: "%{", length: 3 };
  if (quoted && raw[i] === "\\") {
    const e = raw[i + 1];
    const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
    if (e !== undefined && e in simple) return { text: simple[e], length: 2 };
    if (e === "u" && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
      return { text: String.fromCodePoint(parseInt(raw.slice(i + 2, i + 6), 16)), length: 6 };
    }
    if (e === "U" && /^[0-9a-fA-F]{8}$/.test(raw.slice(i + 2, i + 10))) {
      const cp = parseInt(raw.slice(i + 2, i + 10), 16);
      return { text: cp <= 0x10ffff ? String.fromCodePoint(cp) : "\ufffd", length: 10 };
    }
  }
  const c = raw.charCodeAt(i);
  const len = c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length ? 2 : 1;
  return { text: raw.slice(i, i + len), length: len };
}

/**
 * Maps each unit of a literal's decoded `value` to its source span by
 * walking the raw source beside it. Raw characters that do not appear in
 * the value (indentation removed by `<<-`, a CR dropped from CRLF) are
 * skipped. Returns undefined if the two cannot be aligned.
 */
function alignLiteral(source: string, range: Range, value: string, quoted: boolean): readonly Span[] | undefined {
  const raw = source.slice(range.start.offset, range.end.offset);
  const spans: Span[] = [];
  let j = 0;
  let i = 0;
  while (i < raw.length && j < value.length) {
    const tok = rawTokenAt(raw, i, quoted);
    if (value.startsWith(tok.text, j)) {
      for (let k = 0; k < tok.text.length; k++) spans.push({ start: range.start.offset + i, end: range.start.offset + i + tok.length });
      j += tok.text.length;
    }
    i += tok.length;
  }
  return j === value.length ? spans : undefined;
}

/** A literal's spans as `alignLiteral` found them, for the source and quoting they were found in. */
interface AlignedLiteral {
  readonly source: string;
  readonly quoted: boolean;
  readonly spans: readonly Span[] | undefined;
}

/**
 * Alignments already made: a template is mapped again for every module
 * instance and every rule that reads it, and its literals do not change.
 */
const aligned = new WeakMap<TemplateLiteral, AlignedLiteral>();

function alignedLiteral(source: string, part: TemplateLiteral, quoted: boolean): readonly Span[] | undefined {
  const known = aligned.get(part);
  if (known && known.source === source && known.quoted === quoted) return known.spans;
  const spans = alignLiteral(source, part.range, part.value, quoted);
  aligned.set(part, { source, quoted, spans });
  return spans;
}

/**
 * The text a template produces, mapped to `file`'s source. Interpolations
 * and directives are evaluated with `evaluate`: known strings become text
 * spanning the whole `${…}`, unknown ones become one `HOLE`; an `if` whose
 * condition is unknown and a `for` whose collection is unknown become holes.
 * Returns undefined when a literal cannot be aligned with its source.
 * `escapes` says whether backslash escapes are read: in a quoted string they
 * are, in a template file (`templatefile`) they are not.
 */
export function mapTemplate(
  file: HasSource,
  template: TemplateExpr,
  evaluate: TemplateEvaluator,
  escapes = template.kind === "quoted",
): MappedText | undefined {
  const quoted = escapes;
  let text = "";
  const spans: Span[] = [];
  let failed = false;

  const hole = (range: Range) => {
    text += HOLE;
    spans.push({ start: range.start.offset, end: range.end.offset });
  };

  const walk = (parts: readonly TemplatePart[], bindings: ReadonlyMap<string, Value>) => {
    for (const part of parts) {
      if (failed) return;
      switch (part.type) {
        case "TemplateLiteral": {
          const s = alignedLiteral(file.source, part, quoted);
          if (!s) {
            failed = true;
            return;
          }
          text += part.value;
          for (const span of s) spans.push(span);
          break;
        }
        case "TemplateInterpolation": {
          const v = evaluate(part.expr, bindings);
          const s = asString(v);
          const span: Span = { start: part.range.start.offset, end: part.range.end.offset, interpolation: { expr: part.expr, bindings } };
          if (s === undefined) {
            text += HOLE;
            spans.push(span);
          } else {
            text += s;
            for (let k = 0; k < s.length; k++) spans.push(span);
          }
          break;
        }
        case "TemplateIf": {
          const c = asBool(evaluate(part.condition, bindings));
          if (c === undefined) hole(part.range);
          else walk(c ? part.then : (part.else ?? []), bindings);
          break;
        }
        case "TemplateFor": {
          const coll = evaluate(part.collection, bindings);
          const entries = iterate(coll);
          if (!Array.isArray(entries)) {
            hole(part.range);
            break;
          }
          for (const [key, value] of entries) {
            const inner = new Map(bindings);
            if (part.keyVar) inner.set(part.keyVar, key);
            inner.set(part.valueVar, value);
            walk(part.body, inner);
          }
          break;
        }
      }
    }
  };
  walk(template.parts, new Map());
  return failed ? undefined : { text, spans, file };
}

/**
 * The interpolation that alone produced `text[start..end)`, if one did:
 * every character in the range comes from the same `${…}`.
 */
export function soleInterpolation(mapped: MappedText, start: number, end: number): Span["interpolation"] {
  if (end <= start) return undefined;
  const first = mapped.spans[start];
  if (!first.interpolation) return undefined;
  for (let i = start + 1; i < end; i++) if (mapped.spans[i] !== first) return undefined;
  return first.interpolation;
}

/**
 * The source range of `text[start..end)` of a mapped text: from the start
 * of the first character's span to the end of the last one's.
 */
export function mappedRange(mapped: MappedText, start: number, end: number): Range {
  const first = mapped.spans[start];
  const last = mapped.spans[Math.max(start, end - 1)];
  return lineIndexOf(mapped.file).plainRange(first.start, Math.max(first.start, last.end));
}
