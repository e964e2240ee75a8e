/**
 * Instances as Terraform would generate them, shared by every rule: nested
 * blocks with their `dynamic` iterations, and resources that are known to
 * have none (`count = 0`, an empty `for_each`).
 */
import type { Body } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import { getBlocks } from "../../src/model/query.js";
import type { NestedBlock } from "../../src/model/query.js";
import type { Value } from "../../src/eval/value.js";
import { objectValue } from "../../src/eval/values.js";
import { iterate } from "../../src/eval/expr.js";
import type { RuleContext } from "../api/rule.js";

/** Names bound while reading inside `dynamic` blocks (their iterators). */
export type Bindings = ReadonlyMap<string, Value>;

export const NO_BINDINGS: Bindings = new Map();

/** One generated (or literal) nested block, with the iterator values it sees. */
export interface BlockInstance {
  readonly block: NestedBlock;
  readonly bindings: Bindings;
}

/**
 * The nested blocks of `blockType` in `body`, one entry per block Terraform
 * would generate: a literal block once; a `dynamic` block once per element
 * of a known `for_each` (with its iterator bound to `{ key, value }`), not at
 * all for a known empty collection, and once with the iterator unbound when
 * the collection is unknown (then only the parts that do not depend on the
 * iterator are known).
 */
export function blockInstances(
  ctx: RuleContext,
  resource: Resource | undefined,
  body: Body,
  blockType: string,
  outer: Bindings = NO_BINDINGS,
): BlockInstance[] {
  const out: BlockInstance[] = [];
  for (const block of getBlocks(body, blockType)) {
    if (!block.dynamic) {
      out.push({ block, bindings: outer });
      continue;
    }
    const forEach = block.dynamic.forEach;
    // The evaluator's iteration, so a map's keys come in Terraform's order (sorted), as in a `for`.
    const entries = forEach ? iterate(ctx.evaluate(forEach.expr, resource, outer)) : "unknown";
    if (!Array.isArray(entries)) {
      out.push({ block, bindings: outer });
      continue;
    }
    for (const [key, value] of entries) {
      const inner = new Map(outer);
      inner.set(block.dynamic.iterator, objectValue(new Map([["key", key], ["value", value]]), value.origins));
      out.push({ block, bindings: inner });
    }
  }
  return out;
}

/** A body to read, with the iterators of the `dynamic` blocks around it bound. */
export interface BoundBody {
  readonly body: Body;
  readonly bindings: Bindings;
}

/**
 * Follows a path of nested block types (`["spec", "template", "spec",
 * "container"]`) from a resource's body and returns the body of every
 * block instance at the end of it; the resource's own body for an empty path.
 */
export function nestedBodies(ctx: RuleContext, resource: Resource, path: readonly string[]): BoundBody[] {
  let level: BoundBody[] = [{ body: resource.body, bindings: NO_BINDINGS }];
  for (const type of path) {
    level = level
      .flatMap((l) => blockInstances(ctx, resource, l.body, type, l.bindings))
      .map((instance) => ({ body: instance.block.body, bindings: instance.bindings }));
  }
  return level;
}

/**
 * The value that says a resource has no instances: its `count` when known
 * to be 0, its `for_each` when a known empty collection (typically a
 * feature switch such as `count = var.create ? 1 : 0`); undefined when it
 * has some, or the count is unknown.
 */
function noInstancesBy(ctx: RuleContext, resource: Resource): Value | undefined {
  if (resource.count) {
    const n = ctx.evaluate(resource.count.expr);
    if (n.kind === "number" && n.value <= 0) return n;
  }
  if (resource.forEach) {
    const collection = ctx.evaluate(resource.forEach.expr);
    const entries = iterate(collection);
    if (Array.isArray(entries) && entries.length === 0) return collection;
  }
  return undefined;
}

/**
 * Whether a resource has any instance: false when its `count` is known to
 * be 0 or its `for_each` a known empty collection, even when a reusable
 * module's own default decided it. Such a resource describes nothing that
 * is known to exist, so rules whose checks read its values skip it (a
 * caller that switches it on is checked through that caller). Unknown
 * counts count as existing.
 */
export function hasInstances(ctx: RuleContext, resource: Resource): boolean {
  return noInstancesBy(ctx, resource) === undefined;
}

/**
 * Whether a resource may exist: it has instances, its count is unknown, or
 * what says it has none is a variable default of a reusable module analysed
 * with no scanned caller, which a caller may well switch on. Only a literal
 * `count = 0`, or a known empty collection where the values are the
 * applied ones, rules it out. For checks that do not depend on values.
 */
export function mayHaveInstances(ctx: RuleContext, resource: Resource): boolean {
  const none = noInstancesBy(ctx, resource);
  return none === undefined || ctx.isCallersChoice(none);
}

/**
 * A rule's test of whether a resource is one it checks (by type, by a block
 * it has), asked before anything is evaluated: deciding that a resource has
 * instances evaluates its `count` or `for_each`, which can cost more than the
 * check, so it is done only for resources some rule reads. It only saves
 * work: the check still tells its resources apart as if every resource came
 * (test/rules/concerns.test.ts holds rules to that).
 */
export type Concerns = (resource: Resource) => boolean;

/** The resources and data sources of the module that `concerns` accepts and that have instances (see `hasInstances`). */
export function existingResources(ctx: RuleContext, concerns: Concerns): Resource[] {
  return ctx.module.resources.filter((r) => concerns(r) && hasInstances(ctx, r));
}

/** The managed resources (not data sources) of the module that `concerns` accepts and that have instances (see `hasInstances`). */
export function managedResources(ctx: RuleContext, concerns: Concerns): Resource[] {
  return ctx.module.resources.filter((r) => r.kind === "resource" && concerns(r) && hasInstances(ctx, r));
}

/**
 * The managed resources that may exist (see `mayHaveInstances`), for
 * checks that do not depend on values: provisioners, `connection`,
 * `ignore_changes`, a literal `key_name`, inline volumes.
 */
export function possibleResources(ctx: RuleContext, concerns: Concerns): Resource[] {
  return ctx.module.resources.filter((r) => r.kind === "resource" && concerns(r) && mayHaveInstances(ctx, r));
}
