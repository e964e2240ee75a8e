/**
 * Test helpers: walk every node of a parsed file, and compute positions from
 * offsets the slow, obvious way to check the parser's fast line index.
 */
import type { Expression, HclFile, NestedSplat, Node, Pos, Range, SplatStep, TemplatePart } from "../../src/hcl/ast.js";

export interface Visit {
  /** What holds the range: a node type, or a named sub-range like `Attribute.nameRange`. */
  readonly what: string;
  readonly range: Range;
  readonly node: unknown;
}

/** Every range in the file: nodes, their named sub-ranges, comments and diagnostics. */
export function allRanges(file: HclFile): Visit[] {
  const out: Visit[] = [];
  const add = (what: string, range: Range, node: unknown): void => {
    out.push({ what, range, node });
  };
  const expr = (e: Expression): void => {
    add(e.type, e.range, e);
    switch (e.type) {
      case "Template":
        e.parts.forEach(part);
        break;
      case "GetAttr":
        add("GetAttr.nameRange", e.nameRange, e);
        expr(e.object);
        break;
      case "Index":
        expr(e.collection);
        expr(e.key);
        break;
      case "Splat":
        expr(e.source);
        e.steps.forEach(step);
        if (e.nested) nested(e.nested);
        break;
      case "FunctionCall":
        add("FunctionCall.nameRange", e.nameRange, e);
        e.args.forEach(expr);
        break;
      case "Conditional":
        expr(e.condition);
        expr(e.trueExpr);
        expr(e.falseExpr);
        break;
      case "Binary":
        add("Binary.opRange", e.opRange, e);
        expr(e.left);
        expr(e.right);
        break;
      case "Unary":
        expr(e.operand);
        break;
      case "Tuple":
        e.items.forEach(expr);
        break;
      case "Object":
        for (const item of e.items) {
          add("ObjectItem", item.range, item);
          expr(item.key);
          expr(item.value);
        }
        break;
      case "For":
        expr(e.collection);
        if (e.keyExpr) expr(e.keyExpr);
        expr(e.valueExpr);
        if (e.condition) expr(e.condition);
        break;
      case "Parentheses":
        expr(e.expr);
        break;
      default:
        break;
    }
  };
  const step = (s: SplatStep): void => {
    add(`SplatStep.${s.type}`, s.range, s);
    if (s.type === "Index") expr(s.key);
  };
  const nested = (n: NestedSplat): void => {
    add("NestedSplat", n.range, n);
    n.steps.forEach(step);
    if (n.nested) nested(n.nested);
  };
  const part = (p: TemplatePart): void => {
    add(p.type, p.range, p);
    switch (p.type) {
      case "TemplateInterpolation":
        expr(p.expr);
        break;
      case "TemplateIf":
        expr(p.condition);
        p.then.forEach(part);
        p.else?.forEach(part);
        break;
      case "TemplateFor":
        expr(p.collection);
        p.body.forEach(part);
        break;
      default:
        break;
    }
  };
  const body = (b: HclFile["body"]): void => {
    add("Body", b.range, b);
    for (const item of b.items) {
      add(item.type, item.range, item);
      if (item.type === "Attribute") {
        add("Attribute.nameRange", item.nameRange, item);
        expr(item.expr);
      } else {
        add("Block.typeRange", item.typeRange, item);
        add("Block.openBraceRange", item.openBraceRange, item);
        add("Block.closeBraceRange", item.closeBraceRange, item);
        for (const label of item.labels) add("BlockLabel", label.range, label);
        body(item.body);
      }
    }
  };
  body(file.body);
  for (const c of file.comments) add("Comment", c.range, c);
  for (const d of file.diagnostics) add("Diagnostic", d.range, d);
  return out;
}

/** The position of an offset, computed by walking the text from the start. */
export function slowPos(source: string, offset: number): Pos {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < offset) {
    const c = source.charCodeAt(i);
    if (c === 10) {
      line++;
      column = 1;
      i++;
    } else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10 && i + 1 === offset) {
        // The offset is the \n of a \r\n: still on the \r's line.
        column++;
        i++;
      } else {
        line++;
        column = 1;
        i += source.charCodeAt(i + 1) === 10 ? 2 : 1;
      }
    } else {
      const cp = source.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      column++;
    }
  }
  return { line, column, offset };
}

/** Problems with one range: outside the source, end before start, or line/column not matching the offset. */
export function rangeProblems(source: string, v: Visit): string[] {
  const problems: string[] = [];
  const { start, end } = v.range;
  if (start.offset < 0 || end.offset > source.length || start.offset > end.offset) {
    problems.push(`${v.what}: range ${start.offset}-${end.offset} outside 0-${source.length} or reversed`);
    return problems;
  }
  for (const p of [start, end]) {
    const want = slowPos(source, p.offset);
    if (want.line !== p.line || want.column !== p.column) {
      problems.push(`${v.what}: offset ${p.offset} is ${want.line}:${want.column}, range says ${p.line}:${p.column}`);
    }
  }
  return problems;
}

/** The source text a range covers. */
export function textOf(source: string, r: Range): string {
  return source.slice(r.start.offset, r.end.offset);
}

export type { Node };
