/**
 * Module diagnostics, worded like Terraform's own.
 */
import type { Attribute, Block, Body, HclFile, Range } from "../hcl/ast.js";
import { blockHeaderRange } from "./query.js";
import type { ModuleDiagnostic } from "./types.js";

/** `main.tf:3,1-24` or `main.tf:3,1-5,2`, as Terraform prints a place in a message. */
export function formatPlace(file: HclFile, range: Range): string {
  const { start, end } = range;
  const tail = start.line === end.line ? `${end.column}` : `${end.line},${end.column}`;
  return `${file.filename}:${start.line},${start.column}-${tail}`;
}

export function moduleError(file: HclFile, range: Range, summary: string, detail: string): ModuleDiagnostic {
  return { severity: "error", summary, detail, range, filename: file.filename };
}

/** A block's declaration range, where Terraform points for problems with the whole block. */
export function declRange(block: Block): Range {
  return blockHeaderRange(block);
}

/**
 * "Attribute redefined" for every argument set twice in the same body, in
 * `body` and its nested blocks. Iterative over nesting depth.
 */
export function duplicateArguments(file: HclFile, body: Body): ModuleDiagnostic[] {
  const out: ModuleDiagnostic[] = [];
  const stack: Body[] = [body];
  while (stack.length > 0) {
    const b = stack.pop() as Body;
    const seen = new Map<string, Attribute>();
    for (const item of b.items) {
      if (item.type === "Block") {
        stack.push(item.body);
        continue;
      }
      const first = seen.get(item.name);
      if (first) {
        out.push(
          moduleError(
            file,
            item.nameRange,
            "Attribute redefined",
            `The argument "${item.name}" was already set at ${formatPlace(file, first.nameRange)}. Each argument may be set only once.`,
          ),
        );
      } else {
        seen.set(item.name, item);
      }
    }
  }
  return out;
}
