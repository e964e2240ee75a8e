/**
 * Which file of a module a syntax node was written in. After override
 * merging, one resource body mixes items of several files, so a rule that
 * reports on an argument must not assume the resource's own file.
 */
import type { HclFile } from "../hcl/ast.js";
import type { Module } from "./types.js";

const owner = new WeakMap<object, HclFile>();
const indexed = new WeakSet<HclFile>();

/** Records every node, label and range reachable from the file's tree. Iterative. */
function indexFile(file: HclFile): void {
  if (indexed.has(file)) return;
  indexed.add(file);
  const stack: unknown[] = [file.body, file.comments];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === "object" && item !== null) stack.push(item);
      continue;
    }
    // Positions are leaves nobody reports on: skipping them keeps the index small.
    if ("offset" in v) continue;
    if (owner.has(v)) continue;
    owner.set(v, file);
    for (const child of Object.values(v)) {
      if (typeof child === "object" && child !== null) stack.push(child);
    }
  }
}

/**
 * The file of `module` that holds `node` (a body item, expression, block,
 * ...), found by identity; undefined when the node is not from the module's
 * files (for example a merged body synthesized by the model).
 */
export function fileOfNode(module: Module, node: object): HclFile | undefined {
  const known = owner.get(node);
  if (known) return known;
  for (const file of module.files) {
    indexFile(file);
    const found = owner.get(node);
    if (found) return found;
  }
  for (const file of module.varFiles) {
    indexFile(file);
    const found = owner.get(node);
    if (found) return found;
  }
  return undefined;
}
