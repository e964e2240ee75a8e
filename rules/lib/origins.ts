/**
 * Where a value was written: the expression of the module that a value's
 * origin names, and whether that is the argument itself (so a fix may edit
 * it there) or somewhere else (a variable default, a local, a tfvars line).
 */
import type { Body, Expression, HclFile, Range } from "../../src/hcl/ast.js";
import { fileOfNode } from "../../src/model/node-files.js";
import { childExpressions } from "../../src/hcl/walk.js";
import type { Origin, Value } from "../../src/eval/value.js";
import type { RuleContext } from "../api/rule.js";

function sameRange(a: Range, b: Range): boolean {
  return a.start.offset === b.start.offset && a.end.offset === b.end.offset;
}

function findInExpression(expr: Expression, range: Range): Expression | undefined {
  if (expr.range.start.offset > range.start.offset || expr.range.end.offset < range.end.offset) return undefined;
  if (sameRange(expr.range, range)) {
    // Prefer the innermost node with the same range (a template inside parentheses has a different range anyway).
    for (const child of childExpressions(expr)) {
      const inner = findInExpression(child, range);
      if (inner) return inner;
    }
    return expr;
  }
  for (const child of childExpressions(expr)) {
    const found = findInExpression(child, range);
    if (found) return found;
  }
  return undefined;
}

function findInBody(body: Body, range: Range): Expression | undefined {
  for (const item of body.items) {
    if (item.range.start.offset > range.start.offset || item.range.end.offset < range.end.offset) continue;
    const found = item.type === "Attribute" ? findInExpression(item.expr, range) : findInBody(item.body, range);
    if (found) return found;
  }
  return undefined;
}

/** The expression of `file` whose range is exactly `range`, if there is one. */
export function findExpressionAt(file: HclFile, range: Range): Expression | undefined {
  return findInBody(file.body, range);
}

/**
 * Whether a place (a value's origin, or any file and range) lies within
 * another: the same file, and a range inside the other's. A value written
 * inside the node a finding is about needs no other location.
 */
export function liesWithin(inner: Origin, outer: Origin): boolean {
  return inner.file === outer.file && inner.range.start.offset >= outer.range.start.offset && inner.range.end.offset <= outer.range.end.offset;
}

/** Where a value was written, when that is an expression in one of the module's own files. */
export interface LocatedOrigin {
  readonly file: HclFile;
  readonly expr: Expression;
}

/**
 * Finds the expression a value's primary origin names, in the module's
 * configuration or variable files. Undefined when the value came from
 * elsewhere (a caller's module argument, a `--var` flag, a file read by
 * `file()`), or has no origin.
 */
export function locateOrigin(ctx: RuleContext, value: Value): LocatedOrigin | undefined {
  const origin = value.origins[0];
  if (!origin) return undefined;
  for (const file of [...ctx.module.files, ...ctx.module.varFiles]) {
    if (file.filename !== origin.file) continue;
    const expr = findExpressionAt(file, origin.range);
    if (expr) return { file, expr };
  }
  return undefined;
}

/**
 * Whether a located origin is `expr` itself: the value was written right at
 * the argument, in whichever file of the module holds it (an override file
 * may have set it), so a fix can edit it there.
 */
export function writtenAt(ctx: RuleContext, located: LocatedOrigin, expr: Expression): boolean {
  if (located.expr === expr) return true;
  return located.file.filename === fileOfNode(ctx.module, expr)?.filename && sameRange(located.expr.range, expr.range);
}
