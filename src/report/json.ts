/**
 * The `json` format: one object, stable field names, documented in the README.
 */
import type { Range } from "../hcl/ast.js";
import type { Finding, LintResult, LintSummary, ModuleRole, Notice } from "../engine/types.js";
import type { FormatOptions } from "./options.js";
import { displayPaths } from "./paths.js";
import { jsonSafe } from "./safe-text.js";
import { summarize } from "./summary.js";
import { toolVersion } from "./tool.js";

/** A position without the offset: line and column, both 1-based (column in code points). */
export interface JsonPos {
  readonly line: number;
  readonly column: number;
}

export interface JsonRange {
  readonly start: JsonPos;
  readonly end: JsonPos;
}

/** What every finding of the JSON report has. */
interface JsonFindingFields {
  readonly ruleId: string;
  readonly severity: "error" | "warning" | "note";
  readonly message: string;
  readonly address: string;
  /** The role of the module directory that holds the primary location; absent when the engine did not lint that directory. */
  readonly role?: ModuleRole;
  /** Every module instance address that gave this finding, when several did (sorted). */
  readonly instances?: readonly string[];
  readonly related: readonly { readonly file: string; readonly range: JsonRange; readonly message: string }[];
  readonly suppressed?: { readonly kind: "inSource" | "external"; readonly reason: string };
}

/**
 * A finding of the JSON report: at a `file` and `range`, or (a plan's
 * resource found in no scanned file) at its `address` alone, with neither.
 */
export type JsonFinding =
  | (JsonFindingFields & { readonly file: string; readonly range: JsonRange })
  | (JsonFindingFields & { readonly file?: undefined; readonly range?: undefined });

export interface JsonNotice {
  readonly level: "error" | "warning";
  readonly message: string;
  readonly file?: string;
  readonly range?: JsonRange;
}

/** The whole `--format json` document. */
export interface JsonReport {
  readonly version: string;
  readonly findings: readonly JsonFinding[];
  readonly notices: readonly JsonNotice[];
  readonly summary: LintSummary;
}

function jsonRange(r: Range): JsonRange {
  return {
    start: { line: r.start.line, column: r.start.column },
    end: { line: r.end.line, column: r.end.column },
  };
}

type Shown = (file: string) => string;

function jsonFinding(f: Finding, shown: Shown): JsonFinding {
  const lead = { ruleId: f.ruleId, severity: f.severity, message: f.message };
  const rest = {
    address: f.address,
    ...(f.role ? { role: f.role } : {}),
    ...(f.instances ? { instances: f.instances } : {}),
    related: f.related.map((r) => ({ file: shown(r.file), range: jsonRange(r.range), message: r.message })),
    ...(f.suppressed ? { suppressed: { kind: f.suppressed.kind, reason: f.suppressed.reason } } : {}),
  };
  // A finding at an address alone has no file or range (a plan's resource found in no scanned file).
  return f.file !== undefined ? { ...lead, file: shown(f.file), range: jsonRange(f.range), ...rest } : { ...lead, ...rest };
}

function jsonNotice(n: Notice, shown: Shown): JsonNotice {
  return {
    level: n.level,
    message: n.message,
    ...(n.file !== undefined ? { file: shown(n.file) } : {}),
    ...(n.range ? { range: jsonRange(n.range) } : {}),
  };
}

/** Builds the JSON report object (what `formatJson` serialises). */
export function toJsonReport(result: LintResult, options: FormatOptions = {}): JsonReport {
  const s = summarize(result);
  const shown = displayPaths(options);
  return {
    version: options.toolVersion ?? toolVersion(),
    findings: result.findings.map((f) => jsonFinding(f, shown)),
    notices: result.notices.map((n) => jsonNotice(n, shown)),
    summary: {
      errors: s.errors,
      warnings: s.warnings,
      notes: s.notes,
      suppressed: s.suppressed,
      files: s.files,
      notices: result.notices.length,
    },
  };
}

/**
 * `--format json`: the report, indented by two spaces, with a final newline;
 * nothing in it that a terminal acts on (it is printed to stdout by default).
 */
export function formatJson(result: LintResult, options: FormatOptions = {}): string {
  return jsonSafe(JSON.stringify(toJsonReport(result, options), null, 2)) + "\n";
}
