/**
 * What rules share about reporting: a reporter that keeps one of several
 * identical findings, and a fix that flips a boolean literal.
 */
import type { Expression } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import { fileOfNode } from "../../src/model/node-files.js";
import type { Fix, ReportDescriptor, RuleContext } from "../api/rule.js";
import { liesWithin } from "./origins.js";
export { attributePathStep, normalAttributePath } from "../../src/model/attribute-path.js";

/**
 * A `report` that keeps only the first of several identical findings (same
 * file, range and message), e.g. a literal inside a `dynamic` block seen
 * once per iteration.
 */
export function dedupingReporter(ctx: RuleContext): (d: ReportDescriptor) => void {
  const seen = new Set<string>();
  return (d) => {
    const file =
      fileOfNode(ctx.module, d.node.of ?? d.node)?.filename ??
      (typeof d.file === "string" ? d.file : (d.file?.filename ?? d.resource?.file.filename ?? ""));
    const origin = d.value?.origins[0];
    const elsewhere = origin !== undefined && !liesWithin(origin, { file, range: d.node.range });
    // A value written elsewhere (a variable default, a local) is one thing to fix, however many resources use it.
    const key = elsewhere
      ? ["origin", origin.file, origin.range.start.offset, origin.range.end.offset].join("\u0000")
      : [file, d.node.range.start.offset, d.node.range.end.offset, d.message, d.address ?? d.resource?.address ?? ""].join("\u0000");
    if (seen.has(key)) return;
    seen.add(key);
    ctx.report(d);
  };
}

/**
 * A fix that flips a boolean literal written right at the argument
 * (`x = false` → `x = true`). Undefined when the value is written anywhere
 * else (a variable, a local): editing a shared default is not obviously safe.
 */
export function flipBoolFix(
  ctx: RuleContext,
  resource: Resource,
  expr: Expression,
  to: boolean,
  description: string,
): Fix | undefined {
  if (expr.type !== "Literal" || typeof expr.value !== "boolean" || expr.value === to) return undefined;
  return {
    description,
    file: (fileOfNode(ctx.module, expr) ?? resource.file).filename,
    replacements: [{ range: expr.range, text: String(to) }],
  };
}
