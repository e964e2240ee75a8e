/**
 * Files a configuration reads through `file()`, `filebase64()` and
 * `templatefile()`, for rules that point at a line of such a file (a boot
 * script, container definitions): which file, its text, and for a template
 * the text it renders mapped to the template's source.
 */
import * as nodePath from "node:path";
import type { Expression, FunctionCallExpr } from "../../src/hcl/ast.js";
import { parseTemplateText } from "../../src/hcl/parser.js";
import type { Resource } from "../../src/model/types.js";
import type { Value } from "../../src/eval/value.js";
import { asString } from "../../src/eval/values.js";
import type { RuleContext } from "../api/rule.js";
import type { MappedText, TemplateEvaluator } from "./templates.js";
import { mapTemplate } from "./templates.js";

/** A call of a function that reads a file: `file`, `filebase64` or `templatefile`. */
export type FileCall = FunctionCallExpr;

/** A file read by a file function: its host path and its text. */
export interface ReadFile {
  readonly filename: string;
  readonly source: string;
}

/** Where a file function's call is evaluated: the resource whose `count`/`each` apply, and extra names. */
export interface CallScope {
  readonly resource: Resource | undefined;
  readonly bindings: ReadonlyMap<string, Value>;
}

const FILE_FUNCTIONS: ReadonlySet<string> = new Set(["file", "filebase64", "templatefile"]);

/**
 * The file function an expression calls, through parentheses and the
 * functions `passThrough` names (encodings, whitespace), if any.
 */
export function fileCallOf(expr: Expression, passThrough: ReadonlySet<string>): FileCall | undefined {
  let e = expr;
  while (e.type === "Parentheses" || (e.type === "FunctionCall" && passThrough.has(e.name) && e.args.length >= 1)) e = e.type === "Parentheses" ? e.expr : e.args[0];
  return e.type === "FunctionCall" && FILE_FUNCTIONS.has(e.name) && e.args.length >= 1 ? e : undefined;
}

/**
 * The file a file function reads, read as `file()` reads it (inside the
 * scanned root only: the evaluator applies that limit), and where:
 * Terraform resolves a relative path against the root module's directory,
 * `path.cwd`. Undefined when the path or the text is not known.
 */
export function readFileOf(ctx: RuleContext, call: FileCall, at: CallScope): ReadFile | undefined {
  const p = asString(ctx.evaluate(call.args[0], at.resource, at.bindings));
  const cwd = asString(ctx.evaluate(PATH_CWD, undefined));
  const text = asString(ctx.evaluate(fileReadOf(call), at.resource, at.bindings));
  if (p === undefined || cwd === undefined || text === undefined) return undefined;
  const filename = nodePath.isAbsolute(p) ? p : nodePath.join(cwd, p);
  return { filename: filename.split(nodePath.sep).join("/"), source: text };
}

/** A template file's rendered text, and how its expressions evaluate (for an interpolation's value). */
export interface MappedTemplateFile {
  readonly mapped: MappedText;
  readonly evaluate: TemplateEvaluator;
}

/**
 * A `templatefile()` call's template, rendered with the call's variables and
 * mapped to the template's text. Only the template's variables are visible in
 * it, as in Terraform, besides its directives' own names. Undefined when the
 * variables are not a known object or the template does not parse.
 */
export function mapTemplateFile(ctx: RuleContext, call: FileCall, at: CallScope, read: ReadFile): MappedTemplateFile | undefined {
  const vars = call.args[1] ? ctx.evaluate(call.args[1], at.resource, at.bindings) : undefined;
  if (vars?.kind !== "object") return undefined;
  const parsed = parseTemplateText(read.source, read.filename);
  if (parsed.expr.type !== "Template" || parsed.diagnostics.some((d) => d.severity === "error")) return undefined;
  const names = new Map(vars.entries);
  const evaluate: TemplateEvaluator = (e, b) => ctx.evaluate(e, undefined, new Map([...names, ...b]));
  const mapped = mapTemplate(read, parsed.expr, evaluate, false);
  return mapped && { mapped, evaluate };
}

/**
 * A file's text as a mapped text whose every character stands for itself,
 * so that what scans a template's output can scan a plain file alike.
 */
export function mapPlainFile(read: ReadFile): MappedText {
  const spans = Array.from({ length: read.source.length }, (_, i) => ({ start: i, end: i + 1 }));
  return { text: read.source, spans, file: read };
}

/**
 * How a file function's path reads to a person, relative to the module's
 * directory: the same words whether the module is linted by itself or
 * through a caller (whose `path.module` differs), so that its instances
 * give one finding.
 */
export function shownPath(ctx: RuleContext, call: FileCall, at: CallScope): string | undefined {
  const p = asString(ctx.evaluate(call.args[0], at.resource, at.bindings));
  if (p === undefined) return undefined;
  const moduleDir = asString(ctx.evaluate(PATH_MODULE, undefined));
  return moduleDir === undefined || nodePath.posix.isAbsolute(p) ? p : nodePath.posix.relative(moduleDir, nodePath.posix.normalize(p));
}

const ZERO = { line: 1, column: 1, offset: 0 };
const NOWHERE = { start: ZERO, end: ZERO };

/** `path.<name>`, made up: what a rule asks the evaluator about where files are. */
function pathReference(name: "module" | "cwd"): Expression {
  return { type: "GetAttr", object: { type: "Variable", name: "path", range: NOWHERE }, name, nameRange: NOWHERE, range: NOWHERE };
}

/** The module's directory, relative to `path.cwd`. */
const PATH_MODULE = pathReference("module");
/** The directory Terraform resolves a file function's relative path against. */
const PATH_CWD = pathReference("cwd");

/** `file(<the call's path>)`, made once per call (the evaluator remembers results by expression). */
const fileReads = new WeakMap<FileCall, Expression>();
function fileReadOf(call: FileCall): Expression {
  let read = fileReads.get(call);
  if (!read) fileReads.set(call, (read = { type: "FunctionCall", name: "file", nameRange: call.nameRange, args: [call.args[0]], expandFinal: false, range: call.range }));
  return read;
}
