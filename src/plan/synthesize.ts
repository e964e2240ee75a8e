/**
 * A plan's planned values as Terraform text: one `resource` block per
 * managed resource instance, each a file's text of its own (a rule's work
 * on a file grows with the file: a plan's thousands of resources in one text
 * would make it quadratic), so that the value rules, written once against
 * the HCL model, read what a remote module or a data source decided without
 * a second code path. Pure: text out, nothing read.
 *
 * What the plan does not give as a plain value is never written as one: a
 * value known only after apply and a value the plan marks sensitive become
 * a reference the evaluator treats as unknown (so neither makes an
 * "argument missing" check fire, and a sensitive value cannot reach a
 * message). A null is left out, as an unset argument is.
 */
import { formatPath, marked } from "./values.js";
import type { PathStep, Plan, PlanValue } from "./types.js";

/** Stands in for a value known only after apply: a data source's attribute, which the evaluator leaves unknown. */
export const UNKNOWN_VALUE_EXPR = "data.tfmould_plan.value.known_after_apply";
/** Stands in for a sensitive value: unknown to the evaluator, so never shown. */
export const SENSITIVE_VALUE_EXPR = "data.tfmould_plan.value.sensitive";

/**
 * Deepest nesting written as values: below it a value stands as unknown.
 * Provider schemas nest a dozen levels; a plan nested deeper than this was
 * not written by Terraform, and must not overflow the writer's (or the
 * parser's) stack.
 */
const MAX_DEPTH = 100;

/** Names that are Terraform's own in a resource block: a provider attribute of that name is left out. */
const META_ARGUMENTS: ReadonlySet<string> = new Set(["count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection", "dynamic"]);

/** One synthesized resource block and the plan resource instance it stands for. */
export interface SynthesizedResource {
  /** The block's name label (unique in the text): its address there is `<type>.<label>`. */
  readonly label: string;
  /** The plan's instance address: `module.app["blue"].aws_instance.web[0]`. */
  readonly address: string;
  /** The module instance part of the address ("" in the root module). */
  readonly moduleAddress: string;
  readonly mode: "managed";
  readonly type: string;
  readonly name: string;
  /** The `resource` block, alone in its text. */
  readonly text: string;
  /** The attribute path written on each line of the text that holds one (`root_block_device[0].delete_on_termination`). */
  readonly paths: ReadonlyMap<number, string>;
  /**
   * Paths of arguments written as a stand-in because the plan gives no
   * plain value for them (known after apply, or sensitive). Such a value
   * may be a whole list of nested blocks, which the text cannot write as
   * blocks: a rule may then find the block missing.
   */
  readonly hiddenPaths: readonly string[];
}

export interface SynthesizedPlan {
  readonly resources: readonly SynthesizedResource[];
}

/** The values of one resource instance with their masks. */
interface ResourceValues {
  readonly address: string;
  readonly moduleAddress: string;
  readonly type: string;
  readonly name: string;
  readonly values: PlanValue;
  /** `after_unknown`: true where a value is known only after apply. */
  readonly unknown: PlanValue;
  /** `sensitive_values` / `after_sensitive`: true where a value is sensitive. */
  readonly sensitive: readonly PlanValue[];
}

type JsonObject = { readonly [key: string]: PlanValue };

function isObject(v: PlanValue | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * The planned values of every managed resource instance (those `keep`
 * accepts, by type) as Terraform text. From `planned_values` when the plan
 * has them (unknown values marked by the matching change's `after_unknown`),
 * otherwise from each change's `after`; a resource being deleted has none.
 */
export function synthesizePlanValues(plan: Plan, keep: (type: string) => boolean = () => true): SynthesizedPlan {
  const writer = new Writer();
  for (const r of plannedInstances(plan)) if (keep(r.type)) writer.resource(r);
  return { resources: writer.resources };
}

function plannedInstances(plan: Plan): ResourceValues[] {
  const changes = new Map(plan.resourceChanges.filter((c) => c.deposed === undefined).map((c) => [c.address, c]));
  const planned = plan.plannedResources.filter((r) => r.mode === "managed");
  if (planned.length > 0) {
    return planned.map((r) => {
      const change = changes.get(r.address)?.change;
      return {
        address: r.address,
        moduleAddress: r.moduleAddress,
        type: r.type,
        name: r.name,
        values: r.values,
        unknown: change?.afterUnknown ?? null,
        // Either mask marking a value keeps it out.
        sensitive: [r.sensitiveValues, change?.afterSensitive ?? null],
      };
    });
  }
  const out: ResourceValues[] = [];
  for (const c of changes.values()) {
    if (c.mode !== "managed" || !isObject(c.change.after)) continue;
    out.push({
      address: c.address,
      moduleAddress: c.moduleAddress,
      type: c.type,
      name: c.name,
      values: c.change.after,
      unknown: c.change.afterUnknown,
      sensitive: [c.change.afterSensitive],
    });
  }
  return out;
}

/** Whether a name can be written as an argument or block type. */
function isIdentifier(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name);
}

/** Keys of an object and of a mask that marks a key missing from it (an unknown value is absent from `values`). */
function keysOf(value: PlanValue | undefined, masks: readonly PlanValue[]): string[] {
  const keys = isObject(value) ? Object.keys(value) : [];
  const seen = new Set(keys);
  for (const mask of masks) {
    if (!isObject(mask)) continue;
    for (const [k, m] of Object.entries(mask)) {
      if (m === true && !seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  return keys;
}

/** A list whose elements are all objects: how a provider's nested blocks appear in the plan. */
function isBlockList(v: PlanValue | undefined): v is readonly JsonObject[] {
  return Array.isArray(v) && v.length > 0 && v.every((e) => isObject(e));
}

class Writer {
  readonly resources: SynthesizedResource[] = [];
  private lines: string[] = [];
  private current: ResourceValues | undefined;
  private paths = new Map<number, string>();
  private hiddenPaths: string[] = [];

  resource(r: ResourceValues): void {
    const label = `tfmould_plan_${this.resources.length}`;
    this.current = r;
    this.paths = new Map();
    this.hiddenPaths = [];
    this.lines = [];
    this.lines.push(`resource ${quote(r.type)} ${quote(label)} {`);
    this.body(r.values, [], "  ");
    this.lines.push("}");
    this.resources.push({
      label,
      address: r.address,
      moduleAddress: r.moduleAddress,
      mode: "managed",
      type: r.type,
      name: r.name,
      text: `${this.lines.join("\n")}\n`,
      paths: this.paths,
      hiddenPaths: this.hiddenPaths,
    });
  }

  /** Arguments and nested blocks of an object at `path`. */
  private body(value: PlanValue | undefined, path: readonly PathStep[], indent: string): void {
    const r = this.current as ResourceValues;
    const masks = [r.unknown, ...r.sensitive].map((m) => maskAt(m, path));
    for (const key of keysOf(value, masks)) {
      if (!isIdentifier(key) || (path.length === 0 && META_ARGUMENTS.has(key))) continue;
      const at = [...path, key];
      const v = isObject(value) ? value[key] : undefined;
      const hidden = this.hidden(at);
      if (hidden === undefined && (v === null || v === undefined)) continue;
      // Blocks only when each one can be written (a block wholly unknown or sensitive cannot),
      // and never as `dynamic`, which Terraform reads as its own.
      if (hidden === undefined && key !== "dynamic" && path.length < MAX_DEPTH && isBlockList(v) && v.every((_, i) => this.hidden([...at, i]) === undefined)) {
        v.forEach((element, i) => {
          this.lines.push(`${indent}${key} {`);
          this.body(element, [...at, i], `${indent}  `);
          this.lines.push(`${indent}}`);
        });
        continue;
      }
      this.lines.push(`${indent}${key} = ${this.expression(v, at)}`);
      this.paths.set(this.lines.length, formatPath(at));
      if (hidden !== undefined) this.hiddenPaths.push(formatPath(at));
    }
  }

  /** The expression for a value at `path`, every unknown or sensitive part of it replaced. */
  private expression(v: PlanValue | undefined, path: readonly PathStep[]): string {
    const hidden = this.hidden(path);
    if (hidden !== undefined) return hidden;
    if (v === null || v === undefined) return "null";
    if (path.length > MAX_DEPTH && typeof v === "object") return UNKNOWN_VALUE_EXPR;
    if (typeof v === "string") return quote(v);
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    if (Array.isArray(v)) return `[${(v as readonly PlanValue[]).map((e, i) => this.expression(e, [...path, i])).join(", ")}]`;
    const r = this.current as ResourceValues;
    const masks = [r.unknown, ...r.sensitive].map((m) => maskAt(m, path));
    const items: string[] = [];
    for (const key of keysOf(v, masks)) {
      const e = (v as JsonObject)[key];
      const at = [...path, key];
      if ((e === null || e === undefined) && this.hidden(at) === undefined) continue;
      items.push(`${quote(key)} = ${this.expression(e, at)}`);
    }
    return `{${items.join(", ")}}`;
  }

  /** The stand-in for a value the plan does not give as a plain one, or undefined when it does. */
  private hidden(path: readonly PathStep[]): string | undefined {
    const r = this.current as ResourceValues;
    if (r.sensitive.some((m) => marked(m, path))) return SENSITIVE_VALUE_EXPR;
    if (marked(r.unknown, path)) return UNKNOWN_VALUE_EXPR;
    return undefined;
  }
}

/** The part of a mask at a path (a mask that is `true` above it covers it: `marked` says so). */
function maskAt(mask: PlanValue | undefined, path: readonly PathStep[]): PlanValue {
  let m: PlanValue | undefined = mask;
  for (const step of path) {
    if (Array.isArray(m) && typeof step === "number") m = (m as readonly PlanValue[])[step];
    else if (isObject(m)) m = m[String(step)];
    else return null;
  }
  return m ?? null;
}

/**
 * A quoted HCL string whose value is exactly `text`: backslashes, quotes and
 * control characters escaped, and `${` / `%{` written `$${` / `%%{` so that
 * no part of the text is read as an interpolation or a directive.
 */
export function quote(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = text.charCodeAt(i);
    if (c === "\\") out += "\\\\";
    else if (c === '"') out += '\\"';
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if ((c === "$" || c === "%") && text[i + 1] === "{") out += c + c;
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += c;
  }
  return `${out}"`;
}
