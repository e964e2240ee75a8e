/**
 * Syntactic questions about expressions that evaluation cannot answer:
 * which references an expression makes (following `local.*` into the
 * locals it names), which functions it calls, and whether it names a
 * resource.
 */
import type { Expression } from "../../src/hcl/ast.js";
import type { Module } from "../../src/model/types.js";
import { literalString } from "../../src/model/query.js";
import { childExpressions } from "../../src/hcl/walk.js";
import { NO_BINDINGS } from "./instances.js";
import type { Bindings } from "./instances.js";

export { childExpressions };

/** One step after the root name of a reference. */
export type ReferenceStep =
  | { readonly kind: "attr"; readonly name: string }
  /** `[key]`; `key` is set when the key is a literal string or number. */
  | { readonly kind: "index"; readonly key: string | undefined }
  | { readonly kind: "splat" };

/** A reference written in an expression: `aws_instance.web.id`, `var.x`, `local.y["k"]`. */
export interface Reference {
  readonly root: string;
  readonly steps: readonly ReferenceStep[];
  /** The whole traversal expression. */
  readonly expr: Expression;
}

function literalKey(expr: Expression): string | undefined {
  if (expr.type === "Literal" && typeof expr.value === "number") return String(expr.value);
  return literalString(expr);
}

/** The reference an expression is, when it is a plain traversal (`a.b[0].c`, `a.b[*].c`); else undefined. */
export function asReference(expr: Expression): Reference | undefined {
  // Steps are met from the last to the first: gathered backwards, turned round at the root.
  const backwards: ReferenceStep[] = [];
  let current: Expression = expr;
  for (;;) {
    if (current.type === "GetAttr") {
      backwards.push({ kind: "attr", name: current.name });
      current = current.object;
    } else if (current.type === "Index") {
      backwards.push({ kind: "index", key: literalKey(current.key) });
      current = current.collection;
    } else if (current.type === "Splat") {
      for (let i = current.steps.length - 1; i >= 0; i--) {
        const s = current.steps[i];
        backwards.push(s.type === "GetAttr" ? { kind: "attr", name: s.name } : { kind: "index", key: literalKey(s.key) });
      }
      backwards.push({ kind: "splat" });
      current = current.source;
    } else if (current.type === "Variable") {
      return { root: current.name, steps: backwards.reverse(), expr };
    } else {
      return undefined;
    }
  }
}

/**
 * The expression of the local a reference names (`local.x…`), the first
 * time `seen` meets that local; undefined for any other reference, a local
 * the module does not have, or one already followed (so cycles end).
 */
export function localToFollow(ref: Reference, module: Module, seen: Set<string>): Expression | undefined {
  const first = ref.steps[0];
  if (ref.root !== "local" || first?.kind !== "attr" || seen.has(first.name)) return undefined;
  seen.add(first.name);
  const local = module.locals.get(`local.${first.name}`) ?? module.locals.get(first.name);
  return local?.attribute.expr;
}

/**
 * Every outermost reference in an expression (for `a.b[var.i]`, both
 * `a.b[...]` and `var.i`), with `local.*` followed into the local's own
 * expression when `module` is given (each local once, so cycles end).
 */
export function referencesIn(expr: Expression, module?: Module): Reference[] {
  const out: Reference[] = [];
  const seenLocals = new Set<string>();
  const visit = (e: Expression): void => {
    const ref = asReference(e);
    if (ref) {
      out.push(ref);
      // Index keys inside the traversal can hold references of their own.
      collectIndexKeys(e).forEach(visit);
      const local = module ? localToFollow(ref, module, seenLocals) : undefined;
      if (local) visit(local);
      return;
    }
    if (e.type === "For") {
      // The iteration variables are not references to anything outside.
      const bound = new Set([e.valueVar, ...(e.keyVar ? [e.keyVar] : [])]);
      const inner: Expression[] = [...(e.keyExpr ? [e.keyExpr] : []), e.valueExpr, ...(e.condition ? [e.condition] : [])];
      visit(e.collection);
      for (const x of inner) {
        for (const r of referencesIn(x, module)) if (!bound.has(r.root)) out.push(r);
      }
      return;
    }
    childExpressions(e).forEach(visit);
  };
  visit(expr);
  return out;
}

function collectIndexKeys(expr: Expression): Expression[] {
  const keys: Expression[] = [];
  let current: Expression = expr;
  for (;;) {
    if (current.type === "GetAttr") current = current.object;
    else if (current.type === "Index") {
      if (current.key.type !== "Template" && current.key.type !== "Literal") keys.push(current.key);
      current = current.collection;
    } else if (current.type === "Splat") {
      for (const s of current.steps) if (s.type === "Index") keys.push(s.key);
      current = current.source;
    } else return keys;
  }
}

/** Names of every function called in an expression, following `local.*` when `module` is given. */
export function functionsCalledIn(expr: Expression, module?: Module): Set<string> {
  const out = new Set<string>();
  const seenLocals = new Set<string>();
  const visit = (e: Expression): void => {
    if (e.type === "FunctionCall") out.add(e.name);
    const ref = asReference(e);
    const local = module && ref ? localToFollow(ref, module, seenLocals) : undefined;
    if (local) visit(local);
    childExpressions(e).forEach(visit);
  };
  visit(expr);
  return out;
}

/** Roots that name neither a resource nor a data source: `var`, `local`, `each`, ... */
const NAMED_VALUE_ROOTS = new Set(["var", "local", "module", "each", "count", "path", "terraform", "self"]);

/** For a reference to a managed resource (`aws_x.name.attr`), its type, name and first attribute. */
export function resourceReference(ref: Reference): { type: string; name: string; attribute: string | undefined } | undefined {
  if (ref.root === "data" || NAMED_VALUE_ROOTS.has(ref.root)) return undefined;
  const [nameStep, ...rest] = ref.steps;
  if (!nameStep || nameStep.kind !== "attr") return undefined;
  const attr = rest.find((s): s is { kind: "attr"; name: string } => s.kind === "attr");
  return { type: ref.root, name: nameStep.name, attribute: attr?.name };
}

/** The root name of a traversal (`aws_key_pair.deployer.key_name` → `aws_key_pair`), if `expr` is one. */
function traversalRoot(expr: Expression): { root: string; depth: number } | undefined {
  let depth = 0;
  let e: Expression = expr;
  for (;;) {
    if (e.type === "GetAttr") e = e.object;
    else if (e.type === "Index") e = e.collection;
    else if (e.type === "Parentheses") e = e.expr;
    else break;
    depth++;
  }
  return e.type === "Variable" ? { root: e.name, depth } : undefined;
}

/**
 * Whether an expression is a plain reference to an attribute of a managed
 * resource or data source (`aws_key_pair.deployer.key_name`,
 * `data.aws_key_pair.ops.key_name`): its value is unknown until apply, but
 * it is certainly set. Names bound by `dynamic` iterators are not resources.
 */
export function isResourceReference(expr: Expression, bindings: Bindings = NO_BINDINGS): boolean {
  const t = traversalRoot(expr);
  if (!t || NAMED_VALUE_ROOTS.has(t.root) || bindings.has(t.root)) return false;
  return t.root === "data" ? t.depth >= 3 : t.depth >= 2;
}
