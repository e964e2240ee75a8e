/**
 * Reading a plan: the text of `terraform show -json PLANFILE` → `Plan`, or
 * one `PlanError` that says what is wrong and where. Unknown fields are
 * ignored (the format's minor versions add fields); a major version other
 * than 1 is refused, as the format asks.
 */
import { readRegularFile } from "../model/file-access.js";
import type {
  Plan,
  PlanAction,
  PlanChange,
  PlanConfigModule,
  PlanConfigResource,
  PlanModuleCall,
  PlannedResource,
  PlanResourceChange,
  PlanValue,
  PathStep,
} from "./types.js";

/** The largest plan read unless the caller raises it: big enough for any real plan (100 MB ones exist). */
export const DEFAULT_MAX_PLAN_BYTES = 512 * 1024 * 1024;

/** A plan that cannot be read or is not a plan; `message` names the file and, where it can, the place. */
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanError";
  }
}

const ACTIONS: ReadonlySet<string> = new Set<PlanAction>(["no-op", "create", "read", "update", "delete", "forget"]);

type JsonObject = { readonly [key: string]: PlanValue };

/**
 * Reads a plan file (a regular file of at most `maxBytes`, never a FIFO or
 * a device) and parses it. `name` is how messages call it (default: the path).
 *
 * @throws PlanError when it cannot be read or is not a plan.
 */
export function readPlanFile(path: string, options: { readonly maxBytes?: number; readonly name?: string } = {}): Plan {
  const name = options.name ?? path;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PLAN_BYTES;
  const read = readRegularFile(path, maxBytes);
  if ("reason" in read) {
    const reason = read.reason.replace("(--max-file-size)", "(--max-plan-size)");
    throw new PlanError(`cannot read the plan ${name}: ${reason === "does not exist" ? "no such file" : reason}`);
  }
  return parsePlan(decode(read.bytes, name), name);
}

/** The text of the file: UTF-8, or UTF-16 with a byte order mark (what Windows PowerShell's `>` writes). */
function decode(bytes: Buffer, name: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new PlanError(`the plan ${name} is a binary plan file: give tfmould the output of \`terraform show -json ${name}\``);
  }
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses the JSON text of a plan.
 *
 * @throws PlanError when the text is not JSON, is truncated, is not a plan
 * (a state file, another tool's JSON) or has a format version tfmould does not read.
 */
export function parsePlan(text: string, name = "plan"): Plan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PlanError(`the plan ${name} is not valid JSON: ${jsonProblem(error, text)}`);
  }
  return planOf(data, name);
}

/** A JSON.parse error as a sentence with the line and column when the engine gives a position. */
function jsonProblem(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of JSON input|Unterminated|Unexpected end/i.test(message) || text.trim() === "") {
    return text.trim() === "" ? "the file is empty" : "it ends too early (truncated?)";
  }
  const m = /position (\d+)/.exec(message);
  // An error at the very end is a text cut short, whatever the parser expected there.
  if (m && Number(m[1]) >= text.trimEnd().length) return "it ends too early (truncated?)";
  const first = message.split(/\r?\n/)[0].replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+.*$/, "");
  if (!m) return first.slice(0, 200);
  const offset = Number(m[1]);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${first.slice(0, 200)} at line ${line}, column ${offset - lineStart + 1}`;
}

/** Checks a parsed document and keeps what tfmould reads of it. */
export function planOf(data: unknown, name = "plan"): Plan {
  const fail = (where: string, what: string): never => {
    throw new PlanError(`the plan ${name} ${where ? `has ${where} that is ` : "is "}${what}`);
  };
  if (!isObject(data)) return fail("", "not a plan: expected a JSON object from `terraform show -json PLANFILE`");
  const version = data.format_version;
  if (typeof version !== "string") return fail("", "not a plan: it has no `format_version` (expected the output of `terraform show -json PLANFILE`)");
  const major = /^(\d+)\.\d+/.exec(version);
  if (!major) return fail("a `format_version`", `not a version: ${JSON.stringify(version).slice(0, 40)}`);
  if (major[1] !== "1") throw new PlanError(`the plan ${name} has format version ${version}; tfmould reads format version 1.x`);
  if (!("planned_values" in data) && !("resource_changes" in data)) {
    const state = "values" in data ? " (it looks like a state: run `terraform show -json` on a saved plan file)" : "";
    return fail("", `not a plan: it has neither \`resource_changes\` nor \`planned_values\`${state}`);
  }
  const configuration = data.configuration;
  if (configuration !== undefined && configuration !== null && !isObject(configuration)) fail("`configuration`", "not an object");
  const rootConfig = isObject(configuration) ? configuration.root_module : undefined;
  return {
    formatVersion: version,
    ...(typeof data.terraform_version === "string" ? { terraformVersion: data.terraform_version } : {}),
    resourceChanges: changeList(data.resource_changes, "resource_changes", fail),
    resourceDrift: changeList(data.resource_drift, "resource_drift", fail),
    plannedResources: plannedResources(data.planned_values, fail),
    ...(isObject(rootConfig) ? { configuration: configModule(rootConfig, "configuration.root_module", fail, 0) } : {}),
  };
}

type Fail = (where: string, what: string) => never;

function isObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function changeList(list: unknown, where: string, fail: Fail): PlanResourceChange[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) return fail(`\`${where}\``, "not a list");
  return list.map((item, i) => resourceChange(item, `${where}[${i}]`, fail));
}

function resourceChange(item: unknown, where: string, fail: Fail): PlanResourceChange {
  if (!isObject(item)) return fail(`\`${where}\``, "not an object");
  const str = (key: string): string => {
    const v = item[key];
    return typeof v === "string" && v !== "" ? v : fail(`\`${where}.${key}\``, "missing or not a string");
  };
  const change = item.change;
  if (!isObject(change)) return fail(`\`${where}.change\``, "missing or not an object");
  const actions = change.actions;
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === "string")) {
    return fail(`\`${where}.change.actions\``, "not a list of actions");
  }
  const known = actions.filter((a): a is PlanAction => ACTIONS.has(a as string));
  const index = item.index;
  const deposed = item.deposed;
  const reason = item.action_reason;
  const mode = item.mode === "data" ? "data" : "managed";
  const moduleAddress = typeof item.module_address === "string" ? item.module_address : "";
  const planChange: PlanChange = {
    // An action a later version adds is kept out: no rule knows it.
    actions: known.length === actions.length ? known : [],
    before: change.before ?? null,
    after: change.after ?? null,
    afterUnknown: change.after_unknown ?? null,
    beforeSensitive: change.before_sensitive ?? null,
    afterSensitive: change.after_sensitive ?? null,
    replacePaths: replacePaths(change.replace_paths),
  };
  return {
    address: str("address"),
    moduleAddress,
    mode,
    type: str("type"),
    name: str("name"),
    ...(typeof index === "number" || typeof index === "string" ? { index } : {}),
    ...(typeof deposed === "string" ? { deposed } : {}),
    change: planChange,
    ...(typeof reason === "string" ? { actionReason: reason } : {}),
  };
}

function replacePaths(value: PlanValue | undefined): PathStep[][] {
  if (!Array.isArray(value)) return [];
  const out: PathStep[][] = [];
  for (const path of value) {
    if (Array.isArray(path) && path.every((s) => typeof s === "string" || typeof s === "number")) out.push(path as PathStep[]);
  }
  return out;
}

function plannedResources(values: PlanValue | undefined, fail: Fail): PlannedResource[] {
  if (!isObject(values)) return [];
  const out: PlannedResource[] = [];
  const walk = (module: PlanValue | undefined, where: string, depth: number): void => {
    if (!isObject(module) || depth > 100) return;
    const moduleAddress = typeof module.address === "string" ? module.address : "";
    const resources = module.resources;
    if (Array.isArray(resources)) {
      resources.forEach((r, i) => {
        if (!isObject(r)) return fail(`\`${where}.resources[${i}]\``, "not an object");
        const { address, type, name, index } = r;
        if (typeof address !== "string" || typeof type !== "string" || typeof name !== "string") {
          return fail(`\`${where}.resources[${i}]\``, "a resource without an address, type and name");
        }
        out.push({
          address,
          mode: r.mode === "data" ? "data" : "managed",
          type,
          name,
          ...(typeof index === "number" || typeof index === "string" ? { index } : {}),
          moduleAddress,
          values: isObject(r.values) ? r.values : {},
          sensitiveValues: r.sensitive_values ?? null,
        });
      });
    }
    const children = module.child_modules;
    if (Array.isArray(children)) children.forEach((c, i) => walk(c, `${where}.child_modules[${i}]`, depth + 1));
  };
  walk(values.root_module, "planned_values.root_module", 0);
  return out;
}

function configModule(module: JsonObject, where: string, fail: Fail, depth: number): PlanConfigModule {
  const resources: PlanConfigResource[] = [];
  const list = module.resources;
  if (Array.isArray(list)) {
    list.forEach((r, i) => {
      if (!isObject(r)) return;
      const { address, type, name } = r;
      if (typeof address !== "string" || typeof type !== "string" || typeof name !== "string") return;
      const references = new Set<string>();
      collectReferences(r.expressions, references, 0);
      collectReferences(r.count_expression, references, 0);
      collectReferences(r.for_each_expression, references, 0);
      if (Array.isArray(r.depends_on)) for (const d of r.depends_on) if (typeof d === "string") references.add(d);
      resources.push({ address, mode: r.mode === "data" ? "data" : "managed", type, name, references: [...references] });
      void i;
    });
  }
  const moduleCalls = new Map<string, PlanModuleCall>();
  const calls = module.module_calls;
  if (isObject(calls) && depth < 100) {
    for (const [callName, call] of Object.entries(calls)) {
      if (!isObject(call)) continue;
      const child = isObject(call.module) ? configModule(call.module, `${where}.module_calls.${callName}.module`, fail, depth + 1) : EMPTY_MODULE;
      moduleCalls.set(callName, { source: typeof call.source === "string" ? call.source : "", module: child });
    }
  }
  return { resources, moduleCalls };
}

const EMPTY_MODULE: PlanConfigModule = { resources: [], moduleCalls: new Map() };

/** Every `references` list inside an expression representation (nested blocks hold more of them). */
function collectReferences(value: PlanValue | undefined, out: Set<string>, depth: number): void {
  if (value === undefined || value === null || typeof value !== "object" || depth > 64) return;
  if (Array.isArray(value)) {
    for (const v of value) collectReferences(v, out, depth + 1);
    return;
  }
  const obj = value as JsonObject;
  const refs = obj.references;
  if (Array.isArray(refs)) for (const r of refs) if (typeof r === "string") out.add(r);
  for (const [key, v] of Object.entries(obj)) if (key !== "references" && key !== "constant_value") collectReferences(v, out, depth + 1);
}
