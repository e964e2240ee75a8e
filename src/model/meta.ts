/**
 * Typed meta-arguments of resources: `lifecycle` (with `ignore_changes` as
 * references), provisioners in source order, `connection`.
 */
import type { Attribute, Block, Body, Expression } from "../hcl/ast.js";
import { childBlocks, getAttribute, literalString } from "./query.js";
import type { Connection, Lifecycle, Provisioner, TraversalRef } from "./types.js";

/** The keyword an expression spells: a bare name (`destroy`) or, in legacy form, a literal string (`"destroy"`). */
export function keyword(expr: Expression): string | undefined {
  if (expr.type === "Variable") return expr.name;
  return literalString(expr);
}

function renderKey(key: Expression): string | undefined {
  if (key.type === "Literal" && typeof key.value === "number") return key.raw;
  const s = literalString(key);
  return s === undefined ? undefined : JSON.stringify(s);
}

/**
 * The path of a static traversal (`tags["Name"]`, `root_block_device[0].size`,
 * `aws_instance.web`), or undefined when the expression is not one.
 */
export function traversalPath(expr: Expression): { path: string; root: string } | undefined {
  const steps: string[] = [];
  let e: Expression = expr;
  while (true) {
    if (e.type === "Variable") {
      return { path: e.name + steps.reverse().join(""), root: e.name };
    }
    if (e.type === "GetAttr") {
      steps.push(`.${e.name}`);
      e = e.object;
    } else if (e.type === "Index") {
      const key = renderKey(e.key);
      if (key === undefined) return undefined;
      steps.push(e.legacy ? `.${key}` : `[${key}]`);
      e = e.collection;
    } else {
      return undefined;
    }
  }
}

/** A reference written as a traversal, or (legacy) as a string holding one. */
export function traversalRef(expr: Expression): TraversalRef | undefined {
  const t = traversalPath(expr);
  if (t) return { path: t.path, root: t.root, expr, range: expr.range };
  const s = literalString(expr);
  if (s === undefined || s === "") return undefined;
  const root = s.split(/[.[]/, 1)[0];
  return { path: s, root, expr, range: expr.range };
}

function ignoreChanges(attr: Attribute | undefined): Lifecycle["ignoreChanges"] {
  if (!attr) return undefined;
  const expr = attr.expr;
  if (keyword(expr) === "all") return { kind: "all", attribute: attr };
  if (expr.type === "Tuple") {
    if (expr.items.length === 1 && literalString(expr.items[0]) === "*") return { kind: "all", attribute: attr };
    const items: TraversalRef[] = [];
    for (const item of expr.items) {
      const ref = traversalRef(item);
      if (ref) items.push(ref);
    }
    return { kind: "list", attribute: attr, items };
  }
  return { kind: "expression", attribute: attr };
}

export function readLifecycle(block: Block | undefined): Lifecycle | undefined {
  if (!block) return undefined;
  const body = block.body;
  return {
    block,
    createBeforeDestroy: getAttribute(body, "create_before_destroy"),
    preventDestroy: getAttribute(body, "prevent_destroy"),
    ignoreChanges: ignoreChanges(getAttribute(body, "ignore_changes")),
    replaceTriggeredBy: getAttribute(body, "replace_triggered_by"),
    preconditions: childBlocks(body, "precondition"),
    postconditions: childBlocks(body, "postcondition"),
  };
}

export function readConnection(block: Block | undefined): Connection | undefined {
  if (!block) return undefined;
  const type = getAttribute(block.body, "type");
  return { block, connectionType: type && literalString(type.expr) !== undefined ? type : undefined };
}

export function readProvisioners(body: Body): Provisioner[] {
  return childBlocks(body, "provisioner").map((block) => {
    const when = getAttribute(block.body, "when");
    const onFailure = getAttribute(block.body, "on_failure");
    return {
      block,
      provisionerType: block.labels.length > 0 ? block.labels[0].value : "",
      when: when && keyword(when.expr) === "destroy" ? "destroy" : "create",
      onFailure: onFailure && keyword(onFailure.expr) === "continue" ? "continue" : "fail",
      connection: readConnection(childBlocks(block.body, "connection")[0]),
    };
  });
}
