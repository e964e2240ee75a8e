/** Walking the syntax tree: the direct sub-expressions of an expression. */
import type { Expression, TemplatePart } from "./ast.js";

/** The expressions inside template parts, directives included, in source order. */
export function templatePartExpressions(parts: readonly TemplatePart[]): Expression[] {
  const out: Expression[] = [];
  for (const part of parts) {
    if (part.type === "TemplateInterpolation") out.push(part.expr);
    else if (part.type === "TemplateIf") out.push(part.condition, ...templatePartExpressions(part.then), ...templatePartExpressions(part.else ?? []));
    else if (part.type === "TemplateFor") out.push(part.collection, ...templatePartExpressions(part.body));
  }
  return out;
}

/** The direct sub-expressions of an expression, in source order. */
export function childExpressions(expr: Expression): Expression[] {
  switch (expr.type) {
    case "Template":
      return templatePartExpressions(expr.parts);
    case "GetAttr":
      return [expr.object];
    case "Index":
      return [expr.collection, expr.key];
    case "Splat":
      return [expr.source, ...expr.steps.flatMap((s) => (s.type === "Index" ? [s.key] : []))];
    case "FunctionCall":
      return [...expr.args];
    case "Conditional":
      return [expr.condition, expr.trueExpr, expr.falseExpr];
    case "Binary":
      return [expr.left, expr.right];
    case "Unary":
      return [expr.operand];
    case "Tuple":
      return [...expr.items];
    case "Object":
      return expr.items.flatMap((i) => [i.key, i.value]);
    case "For":
      return [expr.collection, ...(expr.keyExpr ? [expr.keyExpr] : []), expr.valueExpr, ...(expr.condition ? [expr.condition] : [])];
    case "Parentheses":
      return [expr.expr];
    default:
      return [];
  }
}
