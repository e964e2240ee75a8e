/**
 * What rules share about reporting: a reporter that keeps one of several
 * identical findings, and a fix that flips a boolean literal.
 */
import type { Expression } from "../../src/hcl/ast.js";
import type { Resource } from "../../src/model/types.js";
import { fileOfNode } from "../../src/model/node-files.js";
import type { Fix, ReportDescriptor, RuleContext } from "../api/rule.js";
import { liesWithin } from "./origins.js";

/**
 * A `report` that keeps only the first of several identical findings (same
 * file, range and message), e.g. a literal inside a `dynamic` block seen
 * once per iteration, and writes attribute paths in their normal form
 * (`normalAttributePath`).
 */
export function dedupingReporter(ctx: RuleContext): (d: ReportDescriptor) => void {
  const seen = new Set<string>();
  return (d) => {
    const file =
      fileOfNode(ctx.module, d.node.of ?? d.node)?.filename ??
      (typeof d.file === "string" ? d.file : (d.file?.filename ?? d.resource?.file.filename ?? ""));
    const origin = d.value?.origins[0];
    const elsewhere = origin !== undefined && !liesWithin(origin, { file, range: d.node.range });
    // A value written elsewhere (a variable default, a local) is one thing to fix, however many resources use it.
    const key = elsewhere
      ? ["origin", origin.file, origin.range.start.offset, origin.range.end.offset].join("\u0000")
      : [file, d.node.range.start.offset, d.node.range.end.offset, d.message, d.address ?? d.resource?.address ?? ""].join("\u0000");
    if (seen.has(key)) return;
    seen.add(key);
    ctx.report(d.attributePath === undefined ? d : { ...d, attributePath: normalAttributePath(d.attributePath) });
  };
}

/**
 * A fix that flips a boolean literal written right at the argument
 * (`x = false` → `x = true`). Undefined when the value is written anywhere
 * else (a variable, a local): editing a shared default is not obviously safe.
 */
export function flipBoolFix(
  ctx: RuleContext,
  resource: Resource,
  expr: Expression,
  to: boolean,
  description: string,
): Fix | undefined {
  if (expr.type !== "Literal" || typeof expr.value !== "boolean" || expr.value === to) return undefined;
  return {
    description,
    file: (fileOfNode(ctx.module, expr) ?? resource.file).filename,
    replacements: [{ range: expr.range, text: String(to) }],
  };
}

/** A key that can follow a `.` in an attribute path: an HCL identifier. */
const PATH_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * An attribute path with one more key, in the one form baselines,
 * fingerprints and de-duplication compare: `data.password` for a key that is
 * an identifier, however it was written (`data.password`, `data["password"]`,
 * `data = { "password" = … }`), and `data["tls.crt"]` for any other key.
 */
export function attributePathStep(path: string, key: string): string {
  if (PATH_IDENTIFIER.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * An attribute path in that same form: `data["password"]` and
 * `data.password` both give `data.password`; indexes (`[0]`) and keys that
 * are not identifiers stay in brackets.
 */
export function normalAttributePath(path: string): string {
  return path.replace(/\["((?:[^"\\]|\\.)*)"\]/g, (whole: string, inner: string, offset: number) => {
    let key: unknown;
    try {
      key = JSON.parse(`"${inner}"`);
    } catch {
      return whole;
    }
    return typeof key === "string" && PATH_IDENTIFIER.test(key) ? `${offset === 0 ? "" : "."}${key}` : whole;
  });
}
