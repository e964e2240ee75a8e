/**
 * Moves the ranges of a tree parsed from a JSON string's decoded value (so
 * relative to that value) onto the JSON source, taking escapes into account:
 * `"a\u00e9${x}"` puts `x` at its real column, not one shifted by the escape.
 */
import type { Diagnostic, Pos, Range } from "../ast.js";
import type { LineIndex } from "../positions.js";
import { decodedOffsets } from "./scanner.js";
import type { JsonString } from "./values.js";

/** Maps an offset in a string's decoded value to the offset in the JSON source. */
export type OffsetMap = (decodedOffset: number) => number;

export function offsetMapFor(source: string, s: JsonString): OffsetMap {
  const contentStart = s.start + 1;
  if (!s.escaped) {
    const max = s.value.length;
    return (d) => contentStart + Math.max(0, Math.min(d, max));
  }
  const table = decodedOffsets(source, s.start, s.end, s.closed);
  const last = table.length - 1;
  return (d) => table[Math.max(0, Math.min(d, last))];
}

function isPos(v: unknown): v is Pos {
  return typeof v === "object" && v !== null && typeof (v as Pos).offset === "number" && typeof (v as Pos).line === "number";
}

function isRange(v: unknown): v is Range {
  return typeof v === "object" && v !== null && isPos((v as Range).start) && isPos((v as Range).end);
}

/**
 * Rewrites, in place, every range of a freshly parsed tree. Iterative, and
 * each node is visited once even when the parser shares sub-objects.
 */
export function remapTree<T extends object>(root: T, map: OffsetMap, index: LineIndex): T {
  const seen = new Set<object>();
  const stack: object[] = [root];
  const mapRange = (r: Range): Range => index.plainRange(map(r.start.offset), map(r.end.offset));
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value !== "object" || value === null) continue;
      if (Array.isArray(value)) {
        for (const item of value) if (typeof item === "object" && item !== null) stack.push(item as object);
      } else if (isRange(value)) {
        node[key] = mapRange(value);
      } else {
        stack.push(value);
      }
    }
  }
  return root;
}

export function remapDiagnostics(diags: readonly Diagnostic[], map: OffsetMap, index: LineIndex): Diagnostic[] {
  return diags.map((d) => ({ ...d, range: index.plainRange(map(d.range.start.offset), map(d.range.end.offset)) }));
}
