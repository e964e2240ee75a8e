/**
 * `toHclJson`: the object `@cdktf/hcl2json`'s `parse` returns for a native
 * HCL file, computed synchronously from our syntax tree.
 *
 * hcl2json is HashiCorp's HCL parser plus the `tmccombs/hcl2json` converter
 * compiled to WebAssembly. The converter's rules, reproduced here:
 * - a body is an object: blocks first, then attributes (an attribute wins over
 *   a block of the same name); keys come out sorted;
 * - a block `type "a" "b" { … }` nests as `{ type: { a: { b: [ body ] } } }`;
 *   every block body is wrapped in an array, so repeated blocks append;
 * - literals become JSON values; `-1` and `!true` (an operator on a literal)
 *   are evaluated; strings and templates become strings in which each
 *   interpolated expression is written back as `${source text}`, `%{if}` and
 *   `%{for}` directives are re-rendered, and literal `${` / `%{` are escaped
 *   as `$${` / `%%{`; a template that is only `"${x}"` is converted as `x`;
 * - tuples and objects convert item by item; an object key that is a bare
 *   name or reference is its source text, other keys render like template parts;
 * - anything else is `"${source text}"`.
 */
import type { Block, Body, Expression, HclFile, ObjectExpr, Range, TemplateExpr, TemplatePart } from "./ast.js";
import { formatRange } from "./template.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Built up while converting a body: keys in insertion order, sorted at the end. */
type Draft = Map<string, DraftValue>;
type DraftValue = Json | Draft | DraftList;
interface DraftList {
  readonly list: (Json | Draft)[];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Converts a parsed native-syntax file to exactly the object that
 * `@cdktf/hcl2json`'s `parse(filename, source)` resolves to, synchronously.
 *
 * Throws an `Error` where hcl2json rejects: when the file has syntax errors
 * (the message lists them as hcl2json does), when blocks of one type are
 * written both with and without labels, or when an operator is applied to a
 * literal of the wrong type (`-true`).
 *
 * @param file a file from `parse` with `syntax: "native"`
 */
export function toHclJson(file: HclFile): unknown {
  if (file.syntax !== "native") {
    throw new Error(`toHclJson converts native HCL syntax only; ${file.filename} was read as JSON syntax.`);
  }
  const errors = file.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    const list = errors.map((d) => `${formatRange(file.filename, d.range)}: ${d.summary}; ${d.detail}`).join(" ");
    throw new Error(`parse config: [${list}]`);
  }
  const converter = new Converter(file.source, file.filename);
  return finish(converter.body(file.body));
}

class Converter {
  constructor(
    private readonly source: string,
    private readonly filename: string,
  ) {}

  body(body: Body): Draft {
    const out: Draft = new Map();
    for (const item of body.items) {
      if (item.type === "Block") this.block(item, out);
    }
    for (const item of body.items) {
      if (item.type === "Attribute") out.set(item.name, this.expression(item.expr));
    }
    return out;
  }

  private block(block: Block, into: Draft): void {
    let out = into;
    let key = block.blockType;
    for (const label of block.labels) {
      const existing = out.get(key);
      if (existing === undefined) {
        const created: Draft = new Map();
        out.set(key, created);
        out = created;
      } else if (existing instanceof Map) {
        out = existing;
      } else {
        throw new Error(
          `convert to HCL: convert file: convert body: convert block: Unable to convert Block to JSON: ${block.blockType}.${block.labels.map((l) => l.value).join(".")}`,
        );
      }
      key = label.value;
    }
    const value = this.body(block.body);
    const existing = out.get(key);
    if (existing === undefined) {
      out.set(key, { list: [value] });
    } else if (isDraftList(existing)) {
      existing.list.push(value);
    } else {
      throw new Error(
        `convert to HCL: convert file: convert body: convert block: invalid HCL detected for "${key}" block, cannot have blocks with and without labels`,
      );
    }
  }

  /** hcl2json's ConvertExpression. */
  expression(expr: Expression): Json | Draft {
    switch (expr.type) {
      case "Literal":
        return expr.value;
      case "Unary":
        return this.unary(expr.op, expr.operand, expr);
      case "Template": {
        const only = passthrough(expr);
        if (only !== undefined) return this.expression(only);
        return this.template(expr);
      }
      case "Tuple":
        return expr.items.map((item) => this.expression(item)) as Json[];
      case "Object":
        return this.object(expr);
      default:
        return this.wrap(expr.range);
    }
  }

  private unary(op: "!" | "-", operand: Expression, whole: Expression): Json {
    if (operand.type !== "Literal") return this.wrap(whole.range);
    const where = formatRange(this.filename, whole.range);
    if (operand.value === null) {
      throw new Error(`convert to HCL: convert file: convert body: convert expression: ${where}: Operation failed; Error during operation: argument must not be null.`);
    }
    if (op === "-") {
      if (typeof operand.value !== "number") {
        throw new Error(`convert to HCL: convert file: convert body: convert expression: ${formatRange(this.filename, operand.range)}: Invalid operand; Unsuitable value for unary operand: number required.`);
      }
      return -operand.value;
    }
    if (typeof operand.value !== "boolean") {
      throw new Error(`convert to HCL: convert file: convert body: convert expression: ${formatRange(this.filename, operand.range)}: Invalid operand; Unsuitable value for unary operand: bool required.`);
    }
    return !operand.value;
  }

  private object(expr: ObjectExpr): Draft {
    const out: Draft = new Map();
    for (const item of expr.items) {
      const key = this.key(item.key);
      out.delete(key);
      out.set(key, this.expression(item.value));
    }
    return out;
  }

  /** An object key: a bare name or static reference is its source text; anything else renders as a template part. */
  private key(key: Expression): string {
    if (isScopeTraversal(key)) return this.rangeSource(key.range);
    return this.stringPart(key);
  }

  /** A template that is not a plain string literal: its parts, rendered. */
  private template(t: TemplateExpr): string {
    if (t.parts.length === 1 && t.parts[0].type === "TemplateLiteral") return escapeLiteral(t.parts[0].value);
    return this.parts(t.parts);
  }

  private parts(parts: readonly TemplatePart[]): string {
    let out = "";
    for (const part of parts) {
      switch (part.type) {
        case "TemplateLiteral":
          out += escapeLiteral(part.value);
          break;
        case "TemplateInterpolation":
          out += this.stringPart(part.expr);
          break;
        case "TemplateIf": {
          // hcl2json drops the whole directive when its true branch fails to convert,
          // and the else branch when that one fails.
          let whenTrue: string;
          try {
            whenTrue = this.directiveBody(part.then);
          } catch (e) {
            if (e instanceof TemplateValueError) break;
            throw e;
          }
          let whenFalse = "";
          try {
            whenFalse = part.else === undefined ? "" : this.directiveBody(part.else);
          } catch (e) {
            if (!(e instanceof TemplateValueError)) throw e;
          }
          out += this.conditional(part.condition.range, whenTrue, whenFalse);
          break;
        }
        case "TemplateFor": {
          const names = part.keyVar === undefined ? part.valueVar : `${part.keyVar}, ${part.valueVar}`;
          out += `%{for ${names} in ${this.rangeSource(part.collection.range)}}${this.directiveBody(part.body)}%{endfor}`;
          break;
        }
      }
    }
    return out;
  }

  /**
   * The body of an `%{if}` or `%{for}`. HCL makes it a template of its own;
   * when that holds a single literal (`${null}` or `${1}` included), hcl2json
   * evaluates it, and a null there is an error.
   */
  private directiveBody(parts: readonly TemplatePart[]): string {
    const only = parts.length === 1 ? parts[0] : undefined;
    if (only !== undefined && only.type === "TemplateInterpolation" && only.expr.type === "Literal") {
      const lit = only.expr;
      if (lit.value === null) {
        throw new TemplateValueError(
          `convert to HCL: convert file: convert body: convert expression: ${formatRange(this.filename, lit.range)}: Invalid template interpolation value; The expression result is null. Cannot include a null value in a string template.`,
        );
      }
      return this.stringPart(lit);
    }
    return this.parts(parts);
  }

  /** hcl2json's convertStringPart: an expression inside a template, as text. */
  private stringPart(expr: Expression): string {
    switch (expr.type) {
      case "Literal":
        if (expr.value === null) return "null";
        if (typeof expr.value === "boolean") return expr.value ? "true" : "false";
        return escapeLiteral(numberToString(expr.raw, expr.value));
      case "Template": {
        const only = passthrough(expr);
        if (only !== undefined) return this.stringPart(only);
        return this.template(expr);
      }
      case "Conditional":
        return this.conditional(expr.condition.range, this.stringPart(expr.trueExpr), this.stringPart(expr.falseExpr));
      default:
        return this.wrap(expr.range);
    }
  }

  private conditional(condition: Range, whenTrue: string, whenFalse: string): string {
    const elsePart = whenFalse.length > 0 ? `%{else}${whenFalse}` : "";
    return `%{if ${this.rangeSource(condition)}}${whenTrue}${elsePart}%{endif}`;
  }

  private wrap(range: Range): string {
    return "${" + this.rangeSource(range) + "}";
  }

  /** The source text of a range; like hcl2json, a `)` right after it is included. */
  private rangeSource(range: Range): string {
    let end = range.end.offset;
    if (this.source.charCodeAt(end) === 41) end++;
    return this.source.slice(range.start.offset, end);
  }
}

/** A template part whose value cannot be a string (a null), as hcl2json reports it. */
class TemplateValueError extends Error {}

function isDraftList(v: DraftValue): v is DraftList {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Map);
}

/** `"${x}"`: a template that is exactly one interpolation stands for the expression itself. */
function passthrough(t: TemplateExpr): Expression | undefined {
  if (t.parts.length !== 1) return undefined;
  const only = t.parts[0];
  return only.type === "TemplateInterpolation" ? only.expr : undefined;
}

/**
 * Would hclsyntax parse this as a static traversal (`a`, `a.b`, `a[0]`,
 * `a["k"]`, `a.0`)? Index keys must be literals or plain strings.
 */
function isScopeTraversal(expr: Expression): boolean {
  for (;;) {
    switch (expr.type) {
      case "Variable":
        return true;
      case "GetAttr":
        expr = expr.object;
        continue;
      case "Index": {
        const key = expr.key;
        const literalKey =
          key.type === "Literal" ||
          (key.type === "Template" && (key.parts.length === 0 || (key.parts.length === 1 && key.parts[0].type === "TemplateLiteral")));
        if (!literalKey) return false;
        expr = expr.collection;
        continue;
      }
      default:
        return false;
    }
  }
}

/** hcl2json escapes template sequences that come from literal text. */
function escapeLiteral(s: string): string {
  if (s.indexOf("{") < 0) return s;
  return s.replaceAll("${", () => "$${").replaceAll("%{", () => "%%{");
}

const DECIMAL = /^([0-9]+)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$/;

/** A number as cty converts it to a string: plain decimal notation of the literal's exact value. */
export function numberToString(raw: string, value: number): string {
  const m = DECIMAL.exec(raw);
  if (m === null) return String(value);
  const frac = m[2] ?? "";
  let digits = (m[1] + frac).replace(/^0+/, "");
  let exp = Number(m[3] ?? "0") - frac.length;
  if (digits.length === 0) return "0";
  const trimmed = digits.replace(/0+$/, "");
  exp += digits.length - trimmed.length;
  digits = trimmed;
  if (Math.abs(exp) + digits.length > 10000) return String(value);
  if (exp >= 0) return digits + "0".repeat(exp);
  const point = digits.length + exp;
  if (point > 0) return `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `0.${"0".repeat(-point)}${digits}`;
}

/** Drafts to plain JSON values, with object keys in Go's sorted order and lone surrogates as U+FFFD. */
function finish(value: Json | Draft | DraftList): Json {
  if (value instanceof Map) {
    const entries = [...value.entries()].map(([k, v]) => [wellFormed(k), v] as const);
    entries.sort((a, b) => compareCodePoints(a[0], b[0]));
    const out: JsonObject = {};
    for (const [key, v] of entries) setKey(out, key, finish(v));
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => finish(v));
  if (typeof value === "string") return wellFormed(value);
  if (value !== null && typeof value === "object") {
    if (isDraftList(value as DraftValue)) return (value as DraftList).list.map((v) => finish(v));
    return value as Json;
  }
  return value;
}

function setKey(obj: JsonObject, key: string, value: Json): void {
  if (key === "__proto__") {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

function wellFormed(s: string): string {
  return HAS_SURROGATE.test(s) ? s.replace(LONE_SURROGATE, "\uFFFD") : s;
}

/** Order of Go's sorted map keys (UTF-8 byte order, which is code point order). */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (astral code points) sort after the rest of the BMP in code point order.
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys) return xs ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}
