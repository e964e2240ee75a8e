/**
 * From what a rule reports to a finding: the primary location (moved to
 * the literal a value came from), related locations, address, and the range
 * checks that keep line 0 and out-of-file ranges out of the output.
 */
import type { Range } from "../hcl/ast.js";
import { lineIndexOf, SourceRange } from "../hcl/positions.js";
import type { ModuleRole, RelatedLocation, ReportDescriptor, Rule, Severity } from "../../rules/api/rule.js";
import { normalAttributePath } from "../model/attribute-path.js";
import { fileOfNode } from "../model/node-files.js";
import type { Module } from "../model/types.js";
import type { Origin } from "../eval/value.js";
import type { Anchor } from "./suppressions.js";
import type { Fix, SuppressionInfo } from "./types.js";

/** What every draft has, wherever it is. */
interface DraftFields {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly address: string;
  readonly attributePath: string;
  readonly related: readonly RelatedLocation[];
  readonly fix?: Fix;
  /** The role of the module the rule ran on (engine findings: of the file's directory, filled in when finishing). */
  readonly role?: ModuleRole;
  /** Every place whose suppression comment hides this finding. */
  readonly anchors: readonly Anchor[];
  /** See `Finding.instances`. */
  readonly instances?: readonly string[];
  /**
   * Made reading a reusable module by itself, with its defaults, although
   * scanned modules call it: what its callers give decides what runs, so
   * a finding their instances make at the same place is the one to keep.
   */
  readonly readAlone?: true;
  suppressed?: SuppressionInfo;
}

/** A draft at a place in a file. */
export interface FileDraft extends DraftFields {
  readonly file: string;
  readonly range: Range;
}

/** A draft at a resource address only (a plan's resource found in no scanned file); it has no anchors. */
export interface AddressDraft extends DraftFields {
  readonly file?: undefined;
  readonly range?: undefined;
}

/** A finding before suppressions, de-duplication and fingerprints. */
export type DraftFinding = FileDraft | AddressDraft;

/** How the engine names files and finds their text. */
export interface FileTable {
  /** The name findings carry for a host path (relative to the working directory, `/` separators). */
  display(filename: string): string;
  /** The file's text, when the engine has read it. */
  get(filename: string): SourceText | undefined;
}

/** A file's text (a parsed file is one); ranges are checked against it. */
export interface SourceText {
  readonly source: string;
}

/** What the engine knows about the instance a rule ran on. */
export interface ReportSite {
  /** The module the rule ran on: reported nodes are located among its files. */
  readonly module: Module;
  readonly modulePath: string;
  /** The role of the module the rule ran on. */
  readonly role?: ModuleRole;
  /** Module call blocks from the scanned module down to this instance (anchors for suppressions). */
  readonly callers: readonly Anchor[];
  /**
   * A reusable module analysed with no scanned caller: the values its
   * variable defaults give are its callers' choice, so a finding they decide
   * is not reported here (it is, through any scanned caller that keeps the default).
   */
  readonly callersChoose?: Module;
  /**
   * Set with `callersChoose` when no scanned module calls that module at
   * all: then nothing its defaults decide is known, not even that a
   * resource they switch off will not exist (`RuleContext.isCallersChoice`).
   */
  readonly noScannedCaller?: boolean;
  /**
   * The calls that made this instance, innermost first (parallel to
   * `callers`): each with the module it loads, so that a value a call leaves
   * at that module's default, at any depth, names the call.
   */
  readonly hops?: readonly CallHop[];
  /**
   * What decides that the reported item exists at all: the values of its
   * resource's `count` or `for_each` and of the `dynamic` blocks around the
   * node (see `existenceOrigins`). Asked only for the report in hand.
   */
  readonly existence?: (descriptor: ReportDescriptor) => readonly Origin[];
}

/** One module call on the way from the scanned module to an instance. */
export interface CallHop {
  /** The module the call loads. */
  readonly module: Module;
  /** The instance the call made (`module.a.module.b["k"]`). */
  readonly modulePath: string;
  /**
   * The calls' addresses without instance keys (`module.a.module.b`): what
   * the call's block stands for, whichever of its instances is in hand.
   */
  readonly callPath?: string;
  /** The call's block, in its caller's file (display name). */
  readonly call: Anchor;
}

export type DraftResult =
  | { readonly draft: FileDraft; readonly problems: readonly string[] }
  | { readonly error: string }
  /** The finding is decided by a default its module's callers choose, and no scanned caller is in view. */
  | { readonly callersChoice: true };

/** The text that a moved finding's related location carries for the attribute that uses the value. */
export const CONSUMED_HERE = "consumed here";

/** The text of a related location where a condition, key or flag chose the value (see `Origin.selects`). */
export const CHOSEN_HERE = "this chooses the value";

/** The text of a related location where a caller's value decides that the reported item exists (a `count`, a `for_each`). */
export const DECIDES_EXISTENCE = "this makes it exist (count or for_each)";

/** The text of a related location where a caller wrote a value the rule named as deciding (`ReportDescriptor.decidedBy`). */
export const DECIDES_FINDING = "this decides the finding";

/**
 * Whether a related location names a caller: a module block that keeps a
 * default, a caller's value that decides the finding, a deployment's call.
 * People reading a module's finding need these to know which use of the
 * module it is about (stylish lists them under the finding).
 */
export function namesCaller(related: Pick<RelatedLocation, "message">): boolean {
  const m = related.message;
  return m === DECIDES_EXISTENCE || m === DECIDES_FINDING || m.endsWith(" keeps this default") || m.startsWith("called by the deployment ");
}

/**
 * Converts a rule's report. Returns an error (for an internal-error notice)
 * when the report has no file or no valid range, and non-fatal problems for
 * related locations that had to be dropped.
 */
export function draftFromDescriptor(
  rule: Rule,
  descriptor: ReportDescriptor,
  severity: Severity,
  site: ReportSite,
  files: FileTable,
): DraftResult {
  const nodeFile = locateNode(site.module, descriptor);
  if (nodeFile === undefined) return { error: "reported a finding outside the module's files with neither `file` nor `resource`" };
  const nodeRange = descriptor.node?.range;
  if (!isValidRange(nodeRange, files.get(nodeFile))) {
    return { error: `reported an invalid range ${describeRange(nodeRange)} in ${files.display(nodeFile)}` };
  }

  const problems: string[] = [];
  let primary: { file: string; range: Range } = { file: nodeFile, range: nodeRange };
  const related: RelatedLocation[] = [];
  const all = descriptor.value?.origins ?? [];
  const outside = (o: { file: string; range: Range }): boolean =>
    isValidRange(o.range, files.get(o.file)) && !(o.file === nodeFile && contains(nodeRange, o.range));
  // Where the value was written, and (apart) the conditions and keys that chose it.
  const origins = all.filter((o) => !o.selects);
  const selectors = all.filter((o) => o.selects && outside(o));
  const elsewhere = origins.filter(outside);
  let primaryMoved = false;
  // Text the node reads from a file (a script line): that line is the place to change; the node stays an anchor.
  const readAt = descriptor.readAt;
  const readsElsewhere = readAt !== undefined && isValidRange(readAt.range, files.get(readAt.file));
  if (readAt && !readsElsewhere) problems.push(`reported a read location with an invalid range ${describeRange(readAt.range)} in ${readAt.file}`);
  if (readAt && readsElsewhere) {
    primary = { file: readAt.file, range: readAt.range };
    related.push({ file: files.display(nodeFile), range: nodeRange, message: readAt.message });
  } else if (origins.length > 0 && elsewhere[0] === origins[0]) {
    primary = { file: origins[0].file, range: origins[0].range };
    primaryMoved = true;
    if (site.callersChoose && isVariableDefault(site.callersChoose, primary)) return { callersChoice: true };
    const value = descriptor.value;
    if (descriptor.valueLine !== undefined && value?.kind === "string") {
      const text = files.get(primary.file);
      const line = text && heredocLine(text, primary.range, value.value, descriptor.valueLine);
      if (line) primary = { file: primary.file, range: line };
    }
    related.push({ file: files.display(nodeFile), range: nodeRange, message: CONSUMED_HERE });
    for (const o of outermost(elsewhere.slice(1))) {
      related.push({ file: files.display(o.file), range: o.range, message: "the value passes through here" });
    }
  }
  // Where a condition or key chose a value that decides the finding (`ami_id = ""` choosing an image lookup).
  const decidingSelectors = (descriptor.decidedBy ?? []).flatMap((v) => v.origins ?? []).filter((o) => o.selects && outside(o));
  if (site.callersChoose) {
    const module = site.callersChoose;
    if (selectors.some((o) => isVariableDefault(module, o)) || decidingSelectors.some((o) => isVariableDefault(module, o))) {
      return { callersChoice: true };
    }
  }
  for (const o of selectors) {
    related.push({ file: files.display(o.file), range: o.range, message: CHOSEN_HERE });
  }
  const holds = [primary, { file: nodeFile, range: nodeRange }];
  if (site.existence) related.push(...callerDeciders(site.existence(descriptor), DECIDES_EXISTENCE, site, files, holds));
  const deciders = (descriptor.decidedBy ?? []).flatMap((v) => v.origins);
  related.push(...callerDeciders(deciders, DECIDES_FINDING, site, files, holds));
  related.push(...keptDefaults(primaryMoved ? [primary, ...elsewhere.slice(1), ...selectors, ...decidingSelectors] : [...selectors, ...decidingSelectors], site));
  for (const r of descriptor.related ?? []) {
    if (isValidRange(r.range, files.get(r.file))) related.push({ ...r, file: files.display(r.file) });
    else problems.push(`reported a related location with an invalid range ${describeRange(r.range)} in ${r.file}`);
  }

  const localAddress = descriptor.resource?.address ?? descriptor.address ?? "";
  const address = site.modulePath && localAddress ? `${site.modulePath}.${localAddress}` : localAddress;
  const display = files.display(primary.file);
  const draft: FileDraft = {
    ruleId: rule.id,
    severity: descriptor.severity !== undefined && severity === rule.severity ? descriptor.severity : severity,
    message: descriptor.message,
    file: display,
    range: primary.range,
    address,
    // One form for every rule, so that `data["password"]` and `data.password` fingerprint alike.
    attributePath: normalAttributePath(descriptor.attributePath ?? ""),
    related: uniqueRelated(related, display, primary.range),
    ...(descriptor.fix ? { fix: { ...descriptor.fix, file: files.display(descriptor.fix.file) } } : {}),
    ...(site.role ? { role: site.role } : {}),
    ...(site.modulePath === "" && site.callersChoose && !site.noScannedCaller ? { readAlone: true as const } : {}),
    anchors: [
      { file: display, range: primary.range },
      { file: files.display(nodeFile), range: nodeRange },
      ...site.callers,
    ],
  };
  return { draft, problems };
}

/**
 * The calls that leave a deciding value at their module's default: for each
 * call on the way to the instance (the example's call of the root module as
 * well as the root's call of its submodule), when one of `places` is a
 * default of the module that call loads.
 */
function keptDefaults(places: readonly { file: string; range: Range }[], site: ReportSite): RelatedLocation[] {
  const hops = site.hops ?? (site.callers[0] ? [{ module: site.module, modulePath: site.modulePath, call: site.callers[0] }] : []);
  return hops
    .filter((hop) => places.some((p) => isVariableDefault(hop.module, p)))
    // Named as the call is written: every instance of a `for_each` call keeps the default at the one block.
    .map((hop) => ({ file: hop.call.file, range: hop.call.range, message: `${hop.callPath ?? hop.modulePath} keeps this default` }));
}

/**
 * Where a caller decided the finding through something other than the value
 * at fault: the places `origins` were written that a caller wrote, an
 * argument of a call on the way to the instance or a place in the scanned
 * module's own files (the literal an example passes), one per hop, when
 * some such place lies outside the modules called. Not the modules' own
 * workings (their locals, their defaults: a default that makes a resource
 * exist is the module's choice, and every resource behind
 * `count = var.create ? 1 : 0` would name it), nor an argument that holds
 * the finding's own place (the object the value at fault is part of).
 */
function callerDeciders(
  origins: readonly Origin[],
  message: string,
  site: ReportSite,
  files: FileTable,
  holds: readonly { file: string; range: Range }[],
): RelatedLocation[] {
  const hops = site.hops;
  if (origins.length === 0 || !hops || hops.length === 0) return [];
  const internal = new Set(hops.flatMap((h) => h.module.files.map((f) => f.filename)));
  const written = (o: Origin): boolean => {
    if (!internal.has(o.file)) return true;
    const file = files.display(o.file);
    return hops.some((h) => h.call.file === file && contains(h.call.range, o.range));
  };
  const places = origins.filter(
    (o) =>
      isValidRange(o.range, files.get(o.file)) &&
      written(o) &&
      !hops.some((h) => isVariableDefault(h.module, o)) &&
      !holds.some((p) => p.file === o.file && contains(o.range, p.range)),
  );
  // Arguments that only hand on what the modules chose themselves (`create = local.create`) decided nothing.
  if (!places.some((o) => !internal.has(o.file))) return [];
  return outermost(places).map((o) => ({ file: files.display(o.file), range: o.range, message }));
}

/**
 * The file that holds the reported node: found among the module's files by
 * the node itself (or the node a bare range lies in), so that an argument
 * merged in from an override file points into that file; otherwise the file
 * the rule named (text that is not the module's syntax), then the resource's.
 */
function locateNode(module: Module, descriptor: ReportDescriptor): string | undefined {
  const own = fileOfNode(module, descriptor.node.of ?? descriptor.node);
  if (own) return own.filename;
  if (descriptor.file !== undefined) return typeof descriptor.file === "string" ? descriptor.file : descriptor.file.filename;
  return descriptor.resource?.file.filename;
}

/**
 * One place per hop a value passed through: of origins nested in one
 * another (each sub-expression of `var.a != null ? var.a : ""`), the outermost.
 */
function outermost<T extends { readonly file: string; readonly range: Range }>(places: readonly T[]): T[] {
  return places.filter(
    (o, i) =>
      !places.some(
        (p, j) =>
          j !== i &&
          p.file === o.file &&
          contains(p.range, o.range) &&
          (!contains(o.range, p.range) || j < i),
      ),
  );
}

const defaultRanges = new WeakMap<Module, readonly { file: string; range: Range }[]>();

/**
 * Whether a place lies in one of a module's variable defaults: its
 * `default`, or a default its `type` gives an `optional` attribute (the
 * caller who leaves that attribute out keeps it just the same).
 */
export function isVariableDefault(module: Module, place: { file: string; range: Range }): boolean {
  let ranges = defaultRanges.get(module);
  if (!ranges) {
    ranges = [...module.variables.values()].flatMap((v) =>
      [v.default, v.type].flatMap((a) => (a ? [{ file: v.file.filename, range: a.range }] : [])),
    );
    defaultRanges.set(module, ranges);
  }
  return ranges.some((d) => d.file === place.file && contains(d.range, place.range));
}

/**
 * The range of line `line` of a heredoc written at `range` whose text is
 * `value`: from its first non-blank character to its end. Undefined when
 * the range is not a heredoc with as many lines as the value (its text was
 * built, not written as it is).
 */
function heredocLine(file: SourceText, range: Range, value: string, line: number): Range | undefined {
  const source = file.source;
  const start = SourceRange.startOffset(range);
  const end = SourceRange.endOffset(range);
  if (!source.startsWith("<<", start)) return undefined;
  const lines = lineIndexOf(file);
  const opener = lines.pos(start).line;
  const closer = lines.pos(end).line;
  const valueLines = value.endsWith("\n") ? value.split("\n").length - 1 : value.split("\n").length;
  // Content lines sit between the opener's line and the closing marker's.
  if (closer - opener - 1 !== valueLines || line < 1 || line > valueLines) return undefined;
  const from = lines.lineStart(opener + line);
  let to = source.indexOf("\n", from);
  if (to < 0 || to > end) return undefined;
  if (source[to - 1] === "\r") to--;
  let first = from;
  while (first < to && (source[first] === " " || source[first] === "\t")) first++;
  return first < to ? lines.plainRange(first, to) : undefined;
}

function uniqueRelated(related: RelatedLocation[], primaryFile: string, primaryRange: Range): RelatedLocation[] {
  const seen = new Set<string>([`${primaryFile}\u0000${SourceRange.startOffset(primaryRange)}\u0000${SourceRange.endOffset(primaryRange)}`]);
  return related.filter((r) => {
    const key = `${r.file}\u0000${SourceRange.startOffset(r.range)}\u0000${SourceRange.endOffset(r.range)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether `inner` lies within `outer`. */
export function contains(outer: Range, inner: Range): boolean {
  return (
    SourceRange.startOffset(inner) >= SourceRange.startOffset(outer) && SourceRange.endOffset(inner) <= SourceRange.endOffset(outer)
  );
}

/**
 * A real range: 1-based lines and columns, integer offsets, end not before
 * start, and (when the file's text is known) inside the file.
 */
export function isValidRange(range: Range | undefined, file?: SourceText): range is Range {
  if (!range || !range.start || !range.end) return false;
  const { start, end } = range;
  for (const p of [start, end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.column) || !Number.isInteger(p.offset)) return false;
    if (p.line < 1 || p.column < 1 || p.offset < 0) return false;
  }
  if (end.offset < start.offset || end.line < start.line) return false;
  if (file) {
    if (end.offset > file.source.length) return false;
    if (end.line > lineIndexOf(file).lineCount) return false;
  }
  return true;
}

function describeRange(range: Range | undefined): string {
  if (!range || !range.start || !range.end) return "(none)";
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}
