/**
 * Nested blocks as the instances Terraform would generate: a literal block
 * is one instance; a `dynamic` block with a known `for_each` is one
 * instance per element, with its iterator bound to `{ key, value }`, so the
 * `content` arguments that use the iterator can be evaluated.
 */
import type { Body } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import type { Value } from "../../src/eval/value.js";
import { numberValue, objectValue } from "../../src/eval/values.js";
import type { NestedBlock } from "../../src/model/query.js";
import { getBlocks } from "../../src/model/query.js";
import type { RuleContext } from "../api/rule.js";

/** Names bound while evaluating inside a block instance (iterators of enclosing dynamic blocks). */
export type Bindings = ReadonlyMap<string, Value>;

/** One generated instance of a nested block. */
export interface BlockInstance {
  readonly block: NestedBlock;
  /** The iterators in scope; undefined when there are none. */
  readonly bindings: Bindings | undefined;
}

/** The `{ key, value }` pairs a known `for_each` collection iterates over, or undefined when unknown. */
function elements(collection: Value): { key: Value; value: Value }[] | undefined {
  if (collection.kind === "null") return [];
  if (collection.kind === "tuple") {
    // Sets iterate with the element as its own key; lists with the index.
    return collection.items.map((item, i) => ({ key: collection.set ? item : numberValue(i), value: item }));
  }
  if (collection.kind === "object") {
    return [...collection.entries].map(([k, v]) => ({ key: { kind: "string", value: k, origins: [] }, value: v }));
  }
  return undefined;
}

/**
 * The instances of the nested blocks of `blockType` in `body`. A dynamic
 * block whose `for_each` is unknown counts as one instance with its iterator
 * unbound (whatever reads it is unknown); a known empty one as none.
 */
export function blockInstances(
  ctx: RuleContext,
  body: Body,
  blockType: string,
  resource: Resource,
  outer?: Bindings,
): BlockInstance[] {
  const out: BlockInstance[] = [];
  for (const block of getBlocks(body, blockType)) {
    if (!block.dynamic) {
      out.push({ block, bindings: outer });
      continue;
    }
    const forEach = block.dynamic.forEach;
    const items = forEach ? elements(ctx.evaluate(forEach.expr, resource, outer)) : undefined;
    if (!items) {
      out.push({ block, bindings: outer });
      continue;
    }
    for (const { key, value } of items) {
      const bindings = new Map(outer ?? []);
      bindings.set(block.dynamic.iterator, objectValue(new Map([["key", key], ["value", value]])));
      out.push({ block, bindings });
    }
  }
  return out;
}

/**
 * Whether a resource is known to have no instances: `count = 0`, or a
 * `for_each` over a known empty collection (typically a feature switch such
 * as `count = var.create ? 1 : 0`). Its arguments then describe nothing that
 * will exist, so rules about deployed infrastructure skip it.
 */
export function hasNoInstances(ctx: RuleContext, resource: Resource): boolean {
  if (resource.count) {
    const count = ctx.evaluate(resource.count.expr, resource);
    if (count.kind === "number" && count.value === 0) return true;
  }
  if (resource.forEach) {
    const items = elements(ctx.evaluate(resource.forEach.expr, resource));
    if (items !== undefined && items.length === 0) return true;
  }
  return false;
}

/** The managed resources (not data sources) of the module that may have instances. */
export function managedResources(ctx: RuleContext): Resource[] {
  return ctx.module.resources.filter((r) => r.kind === "resource" && !hasNoInstances(ctx, r));
}
