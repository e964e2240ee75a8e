/**
 * What decides that a reported item exists: a finding about a resource that
 * `count = var.enabled ? 1 : 0` switches on, or about a `dynamic` block whose
 * `for_each` is empty unless a caller passes a value, is decided by that
 * value as much as by the attribute at fault (issue 10 §2).
 */
import type { ReportDescriptor } from "../../rules/api/rule.js";
import { evaluate } from "../eval/evaluate.js";
import type { ModuleInstance } from "../eval/types.js";
import type { Origin } from "../eval/value.js";
import type { Body, Expression, Range } from "../hcl/ast.js";
import { contains } from "./findings.js";

/**
 * The places the reported resource's `count` or `for_each`, and the
 * `for_each` of every `dynamic` block around the reported node, were
 * written and chosen, as evaluated on this instance.
 */
export function existenceOrigins(instance: ModuleInstance, descriptor: ReportDescriptor): readonly Origin[] {
  const resource = descriptor.resource;
  if (!resource) return [];
  const out: Origin[] = [];
  const repeat = resource.count ?? resource.forEach;
  if (repeat) out.push(...evaluate(repeat.expr, instance.scope, resource).origins);
  for (const forEach of dynamicForEaches(resource.body, descriptor.node.range)) {
    out.push(...evaluate(forEach, instance.scope, resource).origins);
  }
  return out;
}

/** The `for_each` expressions of the `dynamic` blocks in `body` that hold `range`, outermost first. */
function dynamicForEaches(body: Body, range: Range): Expression[] {
  const out: Expression[] = [];
  for (const item of body.items) {
    if (item.type !== "Block" || !contains(item.range, range)) continue;
    if (item.blockType === "dynamic") {
      const forEach = item.body.items.find((a) => a.type === "Attribute" && a.name === "for_each");
      if (forEach?.type === "Attribute") out.push(forEach.expr);
      const content = item.body.items.find((b) => b.type === "Block" && b.blockType === "content");
      if (content?.type === "Block") out.push(...dynamicForEaches(content.body, range));
    } else {
      out.push(...dynamicForEaches(item.body, range));
    }
  }
  return out;
}
