/**
 * The expression evaluator: one function per kind of syntax node. Errors
 * Terraform would report become error-unknowns (so `try` can skip them);
 * anything that depends on what is not known statically becomes an unknown.
 */
import type {
  BinaryExpr,
  ConditionalExpr,
  Expression,
  ForExpr,
  FunctionCallExpr,
  GetAttrExpr,
  IndexExpr,
  ObjectExpr,
  SplatExpr,
  TemplateExpr,
  TemplatePart,
  UnaryExpr,
  VariableExpr,
} from "../hcl/ast.js";
import { callFunction } from "./functions/index.js";
import type { CallContext, Ctx } from "./internal.js";
import { MAX_DEPTH, MAX_NODES, MAX_STEPS, MAX_STRING, STEP_VALUES, chargeSteps, markIncomplete } from "./internal.js";
import type { ObjectValue, Origin, StringPiece, UnknownValue, Value, ValueType } from "./value.js";
import {
  addOrigins,
  asBool,
  asNumber,
  asString,
  boolValue,
  choosingOrigins,
  errorValue,
  firstError,
  isError,
  isKnown,
  interleaveOrigins,
  withOrigins,
  joinOrigins,
  nodeCount,
  nullValue,
  numberValue,
  objectValue,
  partOrigins,
  selectingOrigins,
  sortedKeys,
  stringValue,
  TOO_LARGE,
  tooLarge,
  tupleValue,
  typeOf,
  unknownValue,
  valuesEqual,
} from "./values.js";

/** Where `expr` was written. */
export function here(ctx: Ctx, expr: { readonly range: Origin["range"] }): Origin {
  return { file: ctx.file, range: expr.range };
}

/** Evaluates an expression within the context's budget and depth limits. Never throws. */
export function evalExpr(ctx: Ctx, expr: Expression): Value {
  const budget = ctx.budget;
  if (budget.exhausted || budget.steps >= MAX_STEPS || budget.instance.steps >= budget.instance.limit) {
    // Out of steps, or time for the instance to draw more from its tree: the charge tells, and reports running out once.
    if (!chargeSteps(ctx, 1, here(ctx, expr))) return unknownValue("any", "evaluation budget exceeded", [here(ctx, expr)]);
  } else {
    budget.steps++;
    budget.instance.steps++;
  }
  if (budget.depth >= MAX_DEPTH) {
    markIncomplete(ctx);
    ctx.scope.report({
      severity: "warning",
      summary: "Expression nested too deeply",
      detail: `Evaluation went more than ${MAX_DEPTH} levels deep (nested expressions or chains of locals); the value is treated as unknown.`,
      origin: here(ctx, expr),
    });
    return unknownValue("any", "nested too deeply", [here(ctx, expr)]);
  }
  budget.depth++;
  try {
    const v = evalNode(ctx, expr);
    // Whatever was built after the budget ran out is incomplete.
    if (budget.exhausted) return unknownValue("any", "evaluation budget exceeded", [here(ctx, expr)]);
    if (v.kind !== "tuple" && v.kind !== "object") return v;
    const large = tooLarge(v, MAX_NODES);
    return large === false ? v : tooManyNodes(ctx, expr, v, large === "new");
  } catch (e) {
    // Deep recursion in a host engine or a bug in a function must not escape.
    markIncomplete(ctx);
    return unknownValue("any", `evaluation failed: ${e instanceof Error ? e.message : String(e)}`, [here(ctx, expr)]);
  } finally {
    budget.depth--;
  }
}

/**
 * A collection whose logical size is beyond `MAX_NODES` (parts shared, as
 * in `l1 = [l0, l0]`, `l2 = [l1, l1]`, ...) becomes unknown, so that no
 * later `==`, encoder or set function walks it; so does one that holds
 * such an unknown, without a second notice.
 */
function tooManyNodes(ctx: Ctx, expr: Expression, v: Value, report: boolean): Value {
  const at = here(ctx, expr);
  if (report) {
    ctx.scope.report({
      severity: "warning",
      summary: "Value too large",
      detail: `This value holds more than ${MAX_NODES} values (counting each repeated part every time it appears); it is treated as unknown.`,
      origin: at,
    });
  }
  return unknownValue(typeOf(v), TOO_LARGE, [at]);
}

function evalNode(ctx: Ctx, expr: Expression): Value {
  switch (expr.type) {
    case "Literal":
      if (expr.value === null) return nullValue([here(ctx, expr)]);
      if (typeof expr.value === "boolean") return boolValue(expr.value, [here(ctx, expr)]);
      return numberValue(expr.value, [here(ctx, expr)]);
    case "Template":
      return evalTemplate(ctx, expr);
    case "Variable":
      return evalVariable(ctx, expr);
    case "GetAttr":
      return evalGetAttr(ctx, expr);
    case "Index":
      return evalIndex(ctx, expr);
    case "Splat":
      return evalSplat(ctx, expr);
    case "FunctionCall":
      return evalCall(ctx, expr);
    case "Conditional":
      return evalConditional(ctx, expr);
    case "Binary":
      return evalBinary(ctx, expr);
    case "Unary":
      return evalUnary(ctx, expr);
    case "Tuple": {
      const items = expr.items.map((e) => evalExpr(ctx, e));
      return firstError(items) ?? tupleValue(items, [here(ctx, expr)]);
    }
    case "Object":
      return evalObject(ctx, expr);
    case "For":
      return evalFor(ctx, expr);
    case "Parentheses":
      return evalExpr(ctx, expr.expr);
    case "Invalid":
      return errorValue("invalid expression", [here(ctx, expr)]);
  }
  // A node kind this evaluator does not know (a newer syntax tree).
  return unknownValue("any", "unsupported expression", [here(ctx, expr)]);
}

// ---------------------------------------------------------------------------
// References

function lookupBinding(ctx: Ctx, name: string): Value | undefined {
  return ctx.bindings.get(name) ?? (ctx.mode === "module" ? ctx.scope.extraBindings.get(name) : undefined);
}

function evalVariable(ctx: Ctx, expr: VariableExpr): Value {
  const at = here(ctx, expr);
  const bound = lookupBinding(ctx, expr.name);
  if (bound) return addOrigins(bound, [at]);
  if (ctx.mode !== "module") return errorValue(`unknown name "${expr.name}"`, [at]);
  switch (expr.name) {
    case "path":
      return pathObject(ctx, at);
    case "terraform":
      return objectValue(new Map([["workspace", stringValue("default", [at])]]), [at]);
    case "count":
    case "each":
      return unknownValue("object", `${expr.name} is not known here`, [at]);
    default: {
      const unknown = unknownValue("any", referenceReason(expr.name), [at]);
      // Only what is known at apply (resources, data sources, module outputs) is named by its reference.
      return expr.name === "self" || expr.name === "var" || expr.name === "local" ? unknown : { ...unknown, reference: expr.name };
    }
  }
}

function referenceReason(root: string): string {
  switch (root) {
    case "module":
      return "module output";
    case "data":
      return "data source attribute";
    case "self":
      return "self reference";
    case "var":
    case "local":
      return `bare "${root}" reference`;
    default:
      return "resource attribute";
  }
}

function pathObject(ctx: Ctx, at: Origin): ObjectValue {
  const p = ctx.scope.paths;
  return objectValue(
    new Map<string, Value>([
      ["module", stringValue(p.module, [at])],
      ["root", stringValue(p.root, [at])],
      ["cwd", stringValue(p.cwd, [at])],
    ]),
    [at],
  );
}

function evalGetAttr(ctx: Ctx, expr: GetAttrExpr): Value {
  const at = here(ctx, expr);
  const obj = expr.object;
  // `module.x.out`: that output alone, not every output of the module (see `moduleOutputIn`).
  if (obj.type === "GetAttr" && obj.object.type === "Variable" && obj.object.name === "module" && ctx.mode === "module" && !lookupBinding(ctx, "module")) {
    const output = ctx.scope.moduleOutputIn(obj.name, expr.name);
    if (output !== undefined) return addOrigins(output, [at]);
  }
  if (obj.type === "Variable" && ctx.mode === "module" && !lookupBinding(ctx, obj.name)) {
    switch (obj.name) {
      case "var":
        return addOrigins(ctx.scope.variableIn(expr.name, ctx.budget), [at]);
      case "local":
        return addOrigins(ctx.scope.localIn(expr.name, ctx.budget), [at]);
      case "module": {
        const outputs = addOrigins(ctx.scope.moduleIn(expr.name), [at]);
        // Outputs known only at apply (a registry module's) are named by their reference, as other references are.
        return outputs.kind === "unknown" && !outputs.error ? { ...outputs, reference: `module.${expr.name}` } : outputs;
      }
      case "count":
        return expr.name === "index"
          ? unknownValue("number", "count.index outside a resource with a known count", [at])
          : errorValue(`unsupported attribute count.${expr.name}`, [at]);
      case "each":
        return expr.name === "key" || expr.name === "value"
          ? unknownValue(expr.name === "key" ? "string" : "any", `each.${expr.name} outside a resource with a known for_each`, [at])
          : errorValue(`unsupported attribute each.${expr.name}`, [at]);
      case "terraform":
        return expr.name === "workspace"
          ? stringValue("default", [at])
          : unknownValue("any", `terraform.${expr.name}`, [at]);
      default:
        break;
    }
  }
  return getAttr(evalExpr(ctx, obj), expr.name, at);
}

/** An unknown value read from `from` by one more step: the step added to its reference, when it has one. */
function withReference(v: UnknownValue, from: UnknownValue, step: string): UnknownValue {
  return from.reference === undefined ? v : { ...v, reference: from.reference + step };
}

/**
 * An element picked by an unknown key from `items`: when every element was
 * read as the same reference (`[module.vpc.vpc_cidr_block][count.index]`), so is it.
 */
function sharedReference(v: UnknownValue, items: readonly Value[]): UnknownValue {
  const [first] = items;
  if (first?.kind !== "unknown" || first.reference === undefined) return v;
  const reference = first.reference;
  return items.every((item) => item.kind === "unknown" && item.reference === reference) ? { ...v, reference } : v;
}

/** `v.name`. */
export function getAttr(v: Value, name: string, at: Origin): Value {
  switch (v.kind) {
    case "object": {
      const item = v.entries.get(name);
      if (item === undefined) return errorValue(`object has no attribute "${name}"`, joinOrigins([at], v.origins));
      return addOrigins(item, joinOrigins([at], choosingOrigins(v.origins)));
    }
    case "unknown":
      return v.error ? v : withReference(unknownValue("any", v.reason ?? "unknown value", joinOrigins(v.origins, [at])), v, `.${name}`);
    case "null":
      return errorValue(`attempt to get attribute "${name}" from a null value`, [at]);
    default:
      return errorValue(`cannot get attribute "${name}" of a ${v.kind}`, [at]);
  }
}

function evalIndex(ctx: Ctx, expr: IndexExpr): Value {
  const coll = evalExpr(ctx, expr.collection);
  const key = evalExpr(ctx, expr.key);
  return indexValue(coll, key, here(ctx, expr));
}

/** `coll[key]`. */
export function indexValue(coll: Value, key: Value, at: Origin): Value {
  if (isError(coll)) return coll;
  if (isError(key)) return key;
  if (key.kind === "null") return errorValue("index is null", [at]);
  switch (coll.kind) {
    case "unknown":
      return withReference(unknownValue("any", coll.reason ?? "unknown collection", joinOrigins(coll.origins, [at])), coll, "[…]");
    case "null":
      return errorValue("cannot index a null value", [at]);
    case "tuple": {
      if (coll.set) return errorValue("elements of a set cannot be accessed by index", [at]);
      if (key.kind === "unknown") return sharedReference(unknownValue("any", "unknown index", [at]), coll.items);
      const n = asNumber(key);
      if (n === undefined || !Number.isInteger(n)) return errorValue("index must be a whole number", [at]);
      if (n < 0 || n >= coll.items.length) return errorValue(`index ${n} out of range for a list of ${coll.items.length}`, [at]);
      // A key that chose the whole row chose each of its elements too.
      return addOrigins(coll.items[n], joinOrigins([at], choosingOrigins(coll.origins)));
    }
    case "object": {
      if (key.kind === "unknown") return sharedReference(unknownValue("any", "unknown key", [at]), [...coll.entries.values()]);
      const k = asString(key);
      if (k === undefined) return errorValue("key must be a string", [at]);
      const item = coll.entries.get(k);
      if (item === undefined) return errorValue(`no element with key "${k}"`, [at]);
      // A map's key chose this element (a list index is mostly `count.index`, which chooses nothing).
      return addOrigins(item, joinOrigins([at], choosingOrigins(coll.origins), selectingOrigins(key.origins)));
    }
    default:
      return errorValue(`cannot index a ${coll.kind}`, [at]);
  }
}

function evalSplat(ctx: Ctx, expr: SplatExpr): Value {
  const at = here(ctx, expr);
  const src = evalExpr(ctx, expr.source);
  if (isError(src)) return src;
  if (src.kind === "unknown") {
    const steps = expr.steps.map((s) => (s.type === "GetAttr" ? `.${s.name}` : "[…]")).join("");
    return withReference(unknownValue("tuple", src.reason ?? "unknown collection", joinOrigins(src.origins, [at])), src, `[*]${steps}`);
  }
  if (src.kind === "null") return tupleValue([], [at]);
  const elems = src.kind === "tuple" ? src.items : [src];
  // Steps of plain attribute names evaluate no expression: each element is charged, as a `for` would be.
  if (!chargeSteps(ctx, elems.length, at)) return unknownValue("tuple", "evaluation budget exceeded", [at]);
  const out: Value[] = [];
  for (const elem of elems) {
    let v = elem;
    for (const step of expr.steps) {
      const stepAt = { file: ctx.file, range: step.range };
      v = step.type === "GetAttr" ? getAttr(v, step.name, stepAt) : indexValue(v, evalExpr(ctx, step.key), stepAt);
    }
    if (isError(v)) return v;
    out.push(v);
  }
  return tupleValue(out, [at]);
}

// ---------------------------------------------------------------------------
// Templates

function evalTemplate(ctx: Ctx, expr: TemplateExpr): Value {
  const at = here(ctx, expr);
  const only = expr.parts.length === 1 ? expr.parts[0] : undefined;
  if (only && only.type === "TemplateInterpolation") {
    // A template that is just "${x}" is x itself, unconverted (as in HCL).
    return addOrigins(evalExpr(ctx, only.expr), [at]);
  }
  const out = new TemplateOutput();
  renderParts(ctx, expr.parts, out);
  return out.result(ctx, at);
}

/** Accumulates a template's text, its unknown holes and the origins of its interpolations. */
class TemplateOutput {
  pieces: StringPiece[] = [];
  origins: (readonly Origin[])[] = [];
  length = 0;
  error: Value | undefined;
  reason: string | undefined;

  text(s: string): void {
    this.length += s.length;
    // Past the limit the text is dropped; result() reports it.
    if (this.length <= MAX_STRING) this.pieces.push({ known: true, text: s });
  }

  /** Whether rendering should stop: an error, or more text than a string may hold. */
  get done(): boolean {
    return this.error !== undefined || this.length > MAX_STRING;
  }

  hole(reason: string | undefined): void {
    this.reason ??= reason;
    this.pieces.push({ known: false });
  }

  result(ctx: Ctx, at: Origin): Value {
    if (this.error) return this.error;
    const origins = joinOrigins([at], ...this.origins);
    if (this.length > MAX_STRING) {
      ctx.scope.report({
        severity: "warning",
        summary: "String too large",
        detail: `This template builds a string longer than ${MAX_STRING} characters; its value is treated as unknown.`,
        origin: at,
      });
      return unknownValue("string", "string too large", origins);
    }
    if (this.pieces.every((p) => p.known)) {
      return stringValue(this.pieces.map((p) => (p.known ? p.text : "")).join(""), origins);
    }
    return unknownValue("string", this.reason ?? "template with unknown parts", origins, this.pieces);
  }
}

function renderParts(ctx: Ctx, parts: readonly TemplatePart[], out: TemplateOutput): void {
  for (let i = 0; i < parts.length && !out.done; i++) {
    const part = parts[i];
    switch (part.type) {
      case "TemplateLiteral":
        // The parser has already applied `~` strip markers to literal text, as HCL does.
        out.text(part.value);
        break;
      case "TemplateInterpolation":
        interpolate(ctx, evalExpr(ctx, part.expr), out);
        break;
      case "TemplateIf": {
        const cond = evalExpr(ctx, part.condition);
        if (isError(cond)) {
          out.error = cond;
          break;
        }
        const b = asBool(cond);
        if (b === undefined) {
          if (cond.kind === "unknown") out.hole(cond.reason);
          else out.error = errorValue("template condition is not a bool", [here(ctx, part.condition)]);
          break;
        }
        out.origins.push(partOrigins(cond.origins));
        renderParts(ctx, b ? part.then : part.else ?? [], out);
        break;
      }
      case "TemplateFor": {
        const coll = evalExpr(ctx, part.collection);
        const entries = iterate(coll);
        if (entries === "error") {
          out.error = isError(coll) ? coll : errorValue("cannot iterate over this value", [here(ctx, part.collection)]);
          break;
        }
        if (entries === "unknown") {
          out.hole(coll.kind === "unknown" ? coll.reason : undefined);
          break;
        }
        for (const [k, v] of entries) {
          // A body of plain text evaluates no expression: each iteration is charged, else nested loops run unbounded.
          if (!chargeSteps(ctx, 1, here(ctx, part))) break;
          const bindings = new Map(ctx.bindings);
          if (part.keyVar !== undefined) bindings.set(part.keyVar, k);
          bindings.set(part.valueVar, v);
          renderParts({ ...ctx, bindings }, part.body, out);
          if (out.done) break;
        }
        break;
      }
    }
  }
}

function interpolate(ctx: Ctx, v: Value, out: TemplateOutput): void {
  if (isError(v)) {
    out.error = v;
    return;
  }
  out.origins.push(partOrigins(v.origins));
  if (v.kind === "unknown") {
    if (v.type === "tuple" || v.type === "object") {
      out.error = errorValue("cannot include a collection in a string template", v.origins);
      return;
    }
    if (v.pieces) {
      for (const p of v.pieces) {
        if (p.known) out.text(p.text);
        else out.hole(v.reason);
      }
    } else {
      out.hole(v.reason);
    }
    return;
  }
  if (v.kind === "null") {
    out.error = errorValue("template interpolation of a null value", v.origins);
    return;
  }
  const s = asString(v);
  if (s === undefined) {
    out.error = errorValue(`cannot include a ${v.kind === "tuple" ? "list" : "map"} in a string template`, v.origins);
    return;
  }
  out.text(s);
}

/**
 * The key/value pairs a `for` iterates: list index and element, set element
 * twice, map key (in lexical order) and element.
 */
export function iterate(coll: Value): [Value, Value][] | "unknown" | "error" {
  switch (coll.kind) {
    case "tuple":
      return coll.items.map((v, i) => [coll.set ? v : numberValue(i, v.origins), v]);
    case "object":
      return sortedKeys(coll).map((k) => {
        const v = coll.entries.get(k) as Value;
        return [stringValue(k, v.origins), v];
      });
    case "unknown":
      return coll.error ? "error" : "unknown";
    default:
      return "error";
  }
}

// ---------------------------------------------------------------------------
// Operators

function evalConditional(ctx: Ctx, expr: ConditionalExpr): Value {
  const at = here(ctx, expr);
  const cond = evalExpr(ctx, expr.condition);
  if (isError(cond)) return cond;
  const b = asBool(cond);
  if (b !== undefined) {
    // The result was written in the branch taken, and chosen where the condition's values were written.
    // Taken in turn from both, so that a long chain behind the result (a `for_each` item's) cannot
    // spend the cap and drop the condition that chose it.
    const chose = selectingOrigins(cond.origins);
    const chosen = evalExpr(ctx, b ? expr.trueExpr : expr.falseExpr);
    const origins = interleaveOrigins(chosen.origins, joinOrigins([at], chose));
    if (chosen.kind !== "number" && chosen.kind !== "bool") return withOrigins(chosen, origins);
    // HCL gives both results one type: a number or bool opposite a string becomes a string.
    // Only then is the other result worth evaluating.
    const other = evalExpr(ctx, b ? expr.falseExpr : expr.trueExpr);
    if (other.kind === "string" || (other.kind === "unknown" && other.type === "string")) {
      return stringValue(asString(chosen) as string, origins);
    }
    if (other.kind !== "null" && other.kind !== "unknown" && other.kind !== chosen.kind) {
      return errorValue("inconsistent conditional result types", [at]);
    }
    return withOrigins(chosen, origins);
  }
  if (cond.kind !== "unknown") return errorValue("condition is not a bool", [here(ctx, expr.condition)]);
  const t = evalExpr(ctx, expr.trueExpr);
  const f = evalExpr(ctx, expr.falseExpr);
  if (isKnown(t) && isKnown(f) && chargeSteps(ctx, equalityWork(t, f), at) && valuesEqual(t, f) === true) {
    return addOrigins(t, joinOrigins(f.origins, [at]));
  }
  const tt = typeOf(t);
  const type: ValueType = tt === typeOf(f) ? tt : "any";
  return unknownValue(type === "null" ? "any" : type, cond.reason ?? "unknown condition", joinOrigins([at], cond.origins));
}

/** Steps charged for comparing two values: a walk over both, as long as the smaller one's logical size. */
function equalityWork(a: Value, b: Value): number {
  return Math.ceil(Math.min(nodeCount(a), nodeCount(b)) / STEP_VALUES);
}

function toBoolOperand(v: Value): boolean | "unknown" | "error" {
  if (v.kind === "unknown") return v.error ? "error" : "unknown";
  const b = asBool(v);
  return b === undefined ? "error" : b;
}

function toNumberOperand(v: Value): number | "unknown" | "error" {
  if (v.kind === "unknown") return v.error || (v.type !== "any" && v.type !== "number" && v.type !== "string") ? "error" : "unknown";
  const n = asNumber(v);
  return n === undefined ? "error" : n;
}

function evalBinary(ctx: Ctx, expr: BinaryExpr): Value {
  const at = here(ctx, expr);
  const left = evalExpr(ctx, expr.left);
  const right = evalExpr(ctx, expr.right);
  const err = firstError([left, right]);
  if (err) return err;
  // The operands decide the result, so where their values were written comes before the operator.
  const origins = interleaveOrigins(left.origins, right.origins, [at]);
  switch (expr.op) {
    case "&&":
    case "||": {
      const l = toBoolOperand(left);
      const r = toBoolOperand(right);
      if (l === "error" || r === "error") return errorValue(`operands of ${expr.op} must be bools`, origins);
      const decisive = expr.op === "||";
      // One operand settles it: the result comes from there.
      if (l === decisive) return boolValue(decisive, joinOrigins(left.origins, [at]));
      if (r === decisive) return boolValue(decisive, joinOrigins(right.origins, [at]));
      if (l === "unknown" || r === "unknown") return unknownValue("bool", "unknown operand", origins);
      return boolValue(!decisive, origins);
    }
    case "==":
    case "!=": {
      if (!chargeSteps(ctx, equalityWork(left, right), at)) {
        return unknownValue("bool", "evaluation budget exceeded", origins);
      }
      const eq = valuesEqual(left, right);
      if (eq === undefined) return unknownValue("bool", "unknown operand", origins);
      return boolValue(expr.op === "==" ? eq : !eq, origins);
    }
    default: {
      const l = toNumberOperand(left);
      const r = toNumberOperand(right);
      if (l === "error" || r === "error") return errorValue(`operands of ${expr.op} must be numbers`, origins);
      const comparison = expr.op === "<" || expr.op === "<=" || expr.op === ">" || expr.op === ">=";
      if (l === "unknown" || r === "unknown") return unknownValue(comparison ? "bool" : "number", "unknown operand", origins);
      switch (expr.op) {
        case "<":
          return boolValue(l < r, origins);
        case "<=":
          return boolValue(l <= r, origins);
        case ">":
          return boolValue(l > r, origins);
        case ">=":
          return boolValue(l >= r, origins);
        case "+":
          return numberValue(l + r, origins);
        case "-":
          return numberValue(l - r, origins);
        case "*":
          return numberValue(l * r, origins);
        case "/":
          if (r === 0) return errorValue("division by zero", origins);
          return numberValue(l / r, origins);
        case "%":
          if (r === 0) return errorValue("modulo by zero", origins);
          return numberValue(l % r, origins);
      }
    }
  }
}

function evalUnary(ctx: Ctx, expr: UnaryExpr): Value {
  const at = here(ctx, expr);
  const v = evalExpr(ctx, expr.operand);
  if (isError(v)) return v;
  // `!var.keep` is decided where var.keep was written: that comes first.
  const origins = joinOrigins(v.origins, [at]);
  if (expr.op === "!") {
    const b = toBoolOperand(v);
    if (b === "error") return errorValue("operand of ! must be a bool", origins);
    return b === "unknown" ? unknownValue("bool", "unknown operand", origins) : boolValue(!b, origins);
  }
  const n = toNumberOperand(v);
  if (n === "error") return errorValue("operand of - must be a number", origins);
  return n === "unknown" ? unknownValue("number", "unknown operand", origins) : numberValue(-n, origins);
}

// ---------------------------------------------------------------------------
// Collections

function evalObject(ctx: Ctx, expr: ObjectExpr): Value {
  const at = here(ctx, expr);
  const entries = new Map<string, Value>();
  let unknownKey: Value | undefined;
  for (const item of expr.items) {
    const key = item.key.type === "Variable" ? stringValue(item.key.name, [here(ctx, item.key)]) : evalExpr(ctx, item.key);
    const value = evalExpr(ctx, item.value);
    if (isError(key)) return key;
    if (isError(value)) return value;
    if (key.kind === "unknown") {
      unknownKey = key;
      continue;
    }
    const k = asString(key);
    if (k === undefined) return errorValue("object key must be a string", [here(ctx, item.key)]);
    entries.set(k, value);
  }
  if (unknownKey) return unknownValue("object", "object with an unknown key", [at]);
  return objectValue(entries, [at]);
}

function evalFor(ctx: Ctx, expr: ForExpr): Value {
  const at = here(ctx, expr);
  const type = expr.kind === "tuple" ? "tuple" : "object";
  const coll = evalExpr(ctx, expr.collection);
  const entries = iterate(coll);
  if (entries === "error") return isError(coll) ? coll : errorValue("cannot iterate over this value", [here(ctx, expr.collection)]);
  if (entries === "unknown") return unknownValue(type, coll.kind === "unknown" ? coll.reason ?? "unknown collection" : "unknown collection", [at]);
  const items: Value[] = [];
  const objEntries = new Map<string, Value>();
  const groups = new Map<string, Value[]>();
  let unknownResult: string | undefined;
  for (const [k, v] of entries) {
    if (ctx.budget.exhausted) return unknownValue(type, "evaluation budget exceeded", [at]);
    const bindings = new Map(ctx.bindings);
    if (expr.keyVar !== undefined) bindings.set(expr.keyVar, k);
    bindings.set(expr.valueVar, v);
    const inner: Ctx = { ...ctx, bindings };
    if (expr.condition) {
      const c = evalExpr(inner, expr.condition);
      if (isError(c)) return c;
      if (c.kind === "unknown") {
        unknownResult ??= c.reason ?? "unknown condition";
        continue;
      }
      const b = asBool(c);
      if (b === undefined) return errorValue("for condition is not a bool", [here(ctx, expr.condition)]);
      if (!b) continue;
    }
    const value = evalExpr(inner, expr.valueExpr);
    if (isError(value)) return value;
    if (expr.kind === "tuple") {
      items.push(value);
      continue;
    }
    const key = expr.keyExpr ? evalExpr(inner, expr.keyExpr) : errorValue("missing key", [at]);
    if (isError(key)) return key;
    if (key.kind === "unknown") {
      unknownResult ??= key.reason ?? "unknown key";
      continue;
    }
    const ks = asString(key);
    if (ks === undefined) return errorValue("for key must be a string", [at]);
    if (expr.grouping) {
      const g = groups.get(ks);
      if (g) g.push(value);
      else groups.set(ks, [value]);
    } else {
      if (objEntries.has(ks)) return errorValue(`duplicate object key "${ks}"`, [at]);
      objEntries.set(ks, value);
    }
  }
  if (unknownResult !== undefined) return unknownValue(type, unknownResult, [at]);
  if (expr.kind === "tuple") return tupleValue(items, [at]);
  if (expr.grouping) {
    for (const [k, g] of groups) objEntries.set(k, tupleValue(g, [at]));
  }
  return objectValue(objEntries, [at]);
}

// ---------------------------------------------------------------------------
// Function calls

function evalCall(ctx: Ctx, expr: FunctionCallExpr): Value {
  const at = here(ctx, expr);
  if (ctx.mode === "constant") return errorValue("function calls are not allowed here", [at]);
  const name = expr.name.startsWith("core::") ? expr.name.slice("core::".length) : expr.name;
  if (name === "try") return evalTry(ctx, expr, at);
  if (name === "can") return evalCan(ctx, expr, at);
  let args = expr.args.map((a) => evalExpr(ctx, a));
  if (expr.expandFinal && args.length > 0) {
    const last = args[args.length - 1];
    if (isError(last)) return last;
    if (last.kind === "unknown") return unknownValue("any", last.reason ?? "unknown expanded argument", [at]);
    if (last.kind !== "tuple") return errorValue("the expanded argument must be a list, set or tuple", [at]);
    args = [...args.slice(0, -1), ...last.items];
  }
  const call: CallContext = {
    ctx,
    origin: at,
    renderTemplate: (template, file, vars) => evalExpr({ scope: ctx.scope, file, bindings: vars, budget: ctx.budget, mode: "template" }, template),
  };
  return callFunction(name, args, call);
}

function evalTry(ctx: Ctx, expr: FunctionCallExpr, at: Origin): Value {
  if (expr.args.length === 0) return errorValue("try needs at least one argument", [at]);
  for (const arg of expr.args) {
    const v = evalExpr(ctx, arg);
    if (isError(v)) continue;
    if (!isKnown(v)) return unknownValue(typeOf(v), v.kind === "unknown" ? v.reason ?? "unknown value" : "partly unknown value", joinOrigins(v.origins, [at]));
    return addOrigins(v, [at]);
  }
  return errorValue("no argument of try could be evaluated", [at]);
}

function evalCan(ctx: Ctx, expr: FunctionCallExpr, at: Origin): Value {
  if (expr.args.length !== 1) return errorValue("can takes one argument", [at]);
  const v = evalExpr(ctx, expr.args[0]);
  if (isError(v)) return boolValue(false, [at]);
  if (!isKnown(v)) return unknownValue("bool", "unknown argument", [at]);
  return boolValue(true, [at]);
}

