/**
 * Which file of a module a syntax node was written in. After override
 * merging, one resource body mixes items of several files, so a rule that
 * reports on an argument must not assume the resource's own file.
 *
 * Lookups are by range, then identity: the candidate top-level items of each
 * file are found by binary search on their offsets, and only children whose
 * range contains the node's are searched. An earlier version recorded every
 * node of every file in a WeakMap; on real modules that index cost more than
 * parsing them (and its ephemeron table slowed every garbage collection).
 */
import type { BodyItem, HclFile, Range } from "../hcl/ast.js";
import { existingLineIndexOf, SourceRange } from "../hcl/positions.js";
import type { Module } from "./types.js";

interface Ranged {
  readonly range: Range;
}

function hasRange(v: unknown): v is Ranged {
  if (typeof v !== "object" || v === null || !("range" in v)) return false;
  const r = (v as { range: unknown }).range;
  return typeof r === "object" && r !== null && "start" in r && "end" in r;
}

/** The offsets of the node being looked for, read once: a range may work its positions out on each read. */
interface Target {
  readonly node: Ranged;
  readonly from: number;
  readonly to: number;
}

/** Whether `outer` contains the target's range; the end is read only when the start fits. */
function contains(outer: Range, target: Target): boolean {
  return SourceRange.startOffset(outer) <= target.from && target.to <= SourceRange.endOffset(outer);
}

/** Index of the last item starting at or before `offset` (items are in source order). */
function lastItemStartingBefore(items: readonly BodyItem[], offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (SourceRange.startOffset(items[mid].range) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Whether `target` is `root` or a descendant of it, searching only containing ranges. */
function reaches(root: object, target: Target): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === target.node) return true;
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) if (hasRange(item) && contains(item.range, target)) stack.push(item);
      continue;
    }
    // `for...in` rather than Object.values: no array per visited node.
    for (const key in v) {
      const child: unknown = (v as Record<string, unknown>)[key];
      if (child === target.node) return true;
      if (Array.isArray(child)) stack.push(child);
      else if (hasRange(child) && contains(child.range, target)) stack.push(child);
    }
  }
  return false;
}

function fileHolds(file: HclFile, target: Target): boolean {
  const node = target.node;
  if (node === file.body) return true;
  const items = file.body.items;
  // Items of one body do not overlap, except in Terraform JSON where blocks
  // sharing a type key share its range; walk back over those too.
  for (let i = lastItemStartingBefore(items, target.from); i >= 0; i--) {
    const item = items[i];
    if (contains(item.range, target) && reaches(item, target)) return true;
    if (file.syntax === "native") break;
  }
  return file.comments.some((c) => c === node);
}

/**
 * Answers already found, per module: rules and the evaluator ask about the
 * same nodes once per module instance and rule. Found files go in a strong
 * map (its keys are the module's own nodes, alive as long as the module),
 * costing one weak entry per module rather than one per node; misses, often
 * throwaway objects made by rules, go in a weak set.
 */
interface Answers {
  readonly found: Map<object, HclFile>;
  readonly missing: WeakSet<object>;
}

const answers = new WeakMap<Module, Answers>();

/**
 * The file of `module` that holds `node` (a body item, expression, block,
 * ...), found by identity; undefined when the node is not from the module's
 * files (for example a merged body synthesized by the model).
 */
export function fileOfNode(module: Module, node: object): HclFile | undefined {
  if (!hasRange(node)) return undefined;
  let known = answers.get(module);
  if (!known) answers.set(module, (known = { found: new Map(), missing: new WeakSet() }));
  const cached = known.found.get(node);
  if (cached !== undefined || known.missing.has(node)) return cached;
  const file = searchFileOf(module, node);
  if (file) known.found.set(node, file);
  else known.missing.add(node);
  return file;
}

function searchFileOf(module: Module, node: Ranged): HclFile | undefined {
  return fileHoldingNode(module.files, node) ?? fileHoldingNode(module.varFiles, node);
}

/**
 * Which of `files` holds `node`, by identity, without remembering the
 * answer: for the model builder, which needs it before the module exists.
 */
export function fileHoldingNode(files: readonly HclFile[], node: object): HclFile | undefined {
  if (!hasRange(node)) return undefined;
  const target: Target = { node, from: SourceRange.startOffset(node.range), to: SourceRange.endOffset(node.range) };
  // A parsed node's range reads the line index of the file it was parsed from, so only that file can
  // hold it; anything else (a node made by the model or a rule with a range copied from one) is looked for everywhere.
  const lines = SourceRange.linesOf(node.range);
  if (lines !== undefined) {
    const own = files.find((file) => existingLineIndexOf(file) === lines);
    if (own && fileHolds(own, target)) return own;
  }
  for (const file of files) if (fileHolds(file, target)) return file;
  return undefined;
}
