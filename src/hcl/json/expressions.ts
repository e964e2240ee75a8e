/**
 * JSON values as HCL expressions, the way Terraform maps them:
 * - `template` mode (the default): strings are string templates, object
 *   keys too; numbers, booleans and null are literals; arrays are tuples and
 *   objects are object expressions.
 * - `literal` mode (variable defaults, `terraform` settings, `.tfvars.json`):
 *   the same, except that strings are taken as written, never as templates.
 * - expression strings (`depends_on`, `provider`, `ignore_changes`, a
 *   variable's `type`...): the string holds native expression syntax.
 */
import type {
  Diagnostic,
  Expression,
  ObjectItem,
  Pos,
  Range,
  TemplateExpr,
  TemplatePart,
} from "../ast.js";
import { parseExpressionText, parseTemplateText, type ExpressionParseResult } from "../parser.js";
import type { LineIndex } from "../positions.js";
import { offsetMapFor, remapDiagnostics, remapTree } from "./remap.js";
import type { JsonString, JsonValue } from "./values.js";

export type StringMode = "template" | "literal";

/** What every conversion needs: the source, its position index, the file name and a diagnostics sink. */
export interface ConvertContext {
  readonly source: string;
  readonly filename: string;
  readonly index: LineIndex;
  readonly diagnostics: Diagnostic[];
}

export function rangeOf(ctx: ConvertContext, v: { readonly start: number; readonly end: number }): Range {
  return ctx.index.plainRange(v.start, v.end);
}

/** The range of a string's content, inside its quotes. */
function contentRange(ctx: ConvertContext, s: JsonString): Range {
  const end = s.closed ? s.end - 1 : s.end;
  return ctx.index.plainRange(s.start + 1, Math.max(s.start + 1, end));
}

/** A string taken as written: a template of one literal part (none for `""`). */
export function literalTemplate(ctx: ConvertContext, s: JsonString): TemplateExpr {
  const parts: TemplatePart[] =
    s.value === "" ? [] : [{ type: "TemplateLiteral", value: s.value, range: contentRange(ctx, s) }];
  return { type: "Template", kind: "quoted", heredoc: undefined, parts, range: rangeOf(ctx, s) };
}

/** A string parsed as a string template, with its ranges in the JSON source. */
export function stringTemplate(ctx: ConvertContext, s: JsonString): Expression {
  // Nothing to interpret: skip the template parser.
  if (!s.value.includes("${") && !s.value.includes("%{")) return literalTemplate(ctx, s);
  const parsed = parseEmbedded(ctx, s, parseTemplateText);
  if (parsed.type === "Template") {
    return { type: "Template", kind: "quoted", heredoc: undefined, parts: parsed.parts, range: rangeOf(ctx, s) };
  }
  return parsed;
}

/** A string holding native expression syntax (`"aws.west"`, `"list(string)"`); ranges inside the quotes. */
export function stringExpression(ctx: ConvertContext, s: JsonString): Expression {
  return parseEmbedded(ctx, s, parseExpressionText);
}

/**
 * Parses a string's value with the native parser, ranges in the JSON source.
 * Without escapes the value is the raw text between the quotes, on one line,
 * so the parser is simply told where it starts; with escapes, its ranges are
 * moved through the escape map afterwards.
 */
function parseEmbedded(
  ctx: ConvertContext,
  s: JsonString,
  parser: (text: string, filename: string, start?: Pos) => ExpressionParseResult,
): Expression {
  if (!s.escaped) {
    const parsed = parser(s.value, ctx.filename, ctx.index.pos(s.start + 1));
    ctx.diagnostics.push(...parsed.diagnostics);
    return parsed.expr;
  }
  const parsed = parser(s.value, ctx.filename);
  const map = offsetMapFor(ctx.source, s);
  remapTree(parsed.expr, map, ctx.index);
  ctx.diagnostics.push(...remapDiagnostics(parsed.diagnostics, map, ctx.index));
  return parsed.expr;
}

function convertString(ctx: ConvertContext, s: JsonString, mode: StringMode): Expression {
  return mode === "literal" ? literalTemplate(ctx, s) : stringTemplate(ctx, s);
}

/**
 * Converts a JSON value to an expression. Iterative, so that deeply nested
 * arrays and objects cannot overflow the stack.
 */
export function convertValue(ctx: ConvertContext, root: JsonValue, mode: StringMode): Expression {
  interface Frame {
    readonly value: JsonValue;
    readonly childValues: readonly JsonValue[];
    readonly children: Expression[];
    next: number;
  }
  const frameFor = (value: JsonValue): Frame => ({
    value,
    childValues: value.kind === "array" ? value.items : value.kind === "object" ? value.properties.map((p) => p.value) : [],
    children: [],
    next: 0,
  });
  const leaf = (v: JsonValue): Expression | undefined => {
    switch (v.kind) {
      case "string":
        return convertString(ctx, v, mode);
      case "number":
        return { type: "Literal", value: v.value, raw: v.raw, range: rangeOf(ctx, v) };
      case "keyword":
        return { type: "Literal", value: v.value, raw: v.raw, range: rangeOf(ctx, v) };
      case "invalid":
        return { type: "Invalid", range: rangeOf(ctx, v) };
      default:
        return undefined;
    }
  };
  const first = leaf(root);
  if (first) return first;

  const stack: Frame[] = [frameFor(root)];
  let result: Expression | undefined;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const v = frame.value;
    if (frame.next < frame.childValues.length) {
      const child = frame.childValues[frame.next++];
      const done = leaf(child);
      if (done) frame.children.push(done);
      else stack.push(frameFor(child));
      continue;
    }
    stack.pop();
    let built: Expression;
    if (v.kind === "array") {
      built = { type: "Tuple", items: frame.children, range: rangeOf(ctx, v) };
    } else if (v.kind === "object") {
      const items: ObjectItem[] = v.properties.map((p, i) => {
        const value = frame.children[i];
        return {
          type: "ObjectItem",
          key: convertString(ctx, p.key, mode),
          value,
          separator: ":",
          range: ctx.index.plainRange(p.key.start, p.value.end),
        };
      });
      built = { type: "Object", items, range: rangeOf(ctx, v) };
    } else {
      built = { type: "Invalid", range: rangeOf(ctx, v) };
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(built);
    else result = built;
  }
  return result ?? { type: "Invalid", range: rangeOf(ctx, root) };
}

/** A JSON string as an expression string; anything else converted in template mode. */
export function expressionValue(ctx: ConvertContext, v: JsonValue): Expression {
  return v.kind === "string" ? stringExpression(ctx, v) : convertValue(ctx, v, "template");
}

/** An array whose string items are expression strings (`depends_on`, `ignore_changes`...). */
export function expressionList(ctx: ConvertContext, v: JsonValue): Expression {
  if (v.kind !== "array") return expressionValue(ctx, v);
  const items = v.items.map((item) => expressionValue(ctx, item));
  return { type: "Tuple", items, range: rangeOf(ctx, v) };
}

/**
 * An object whose keys and string values are expression strings: a module's
 * `providers = { aws = aws.west }`, written `{"aws": "aws.west"}`.
 */
export function expressionMap(ctx: ConvertContext, v: JsonValue): Expression {
  if (v.kind !== "object") return convertValue(ctx, v, "template");
  const items: ObjectItem[] = v.properties.map((p) => ({
    type: "ObjectItem",
    key: stringExpression(ctx, p.key),
    value: expressionValue(ctx, p.value),
    separator: ":",
    range: ctx.index.plainRange(p.key.start, p.value.end),
  }));
  return { type: "Object", items, range: rangeOf(ctx, v) };
}
