/**
 * Baseline files: accept today's findings as known debt so that only new
 * ones fail. Findings are matched by fingerprint (rule, file, address,
 * attribute path and a counter), never by line, so edits that move lines keep
 * old findings matched.
 */
import type { Finding } from "./types.js";
import { compareStrings } from "../util/compare.js";

/** The baseline format's version, written into every file. */
export const BASELINE_VERSION = 1;

/** One accepted finding. Only `fingerprint` is used for matching; the rest helps people read the file. */
export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  /** "" for a finding at a resource address only (a plan's resource found in no scanned file). */
  readonly file: string;
  readonly address: string;
  readonly attributePath: string;
  readonly message: string;
}

export interface BaselineFile {
  readonly version: number;
  readonly findings: readonly BaselineEntry[];
}

/** A baseline file that cannot be read. */
export class BaselineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BaselineError";
  }
}

/**
 * The baseline text for these findings: stable JSON (sorted, two-space
 * indent, final newline), so rewriting it for the same code changes nothing.
 * Findings hidden by an ignore comment are left out; those already matched by
 * a baseline stay in.
 */
export function writeBaseline(findings: readonly Finding[]): string {
  const entries: BaselineEntry[] = findings
    .filter((f) => f.suppressed?.kind !== "inSource")
    .map((f) => ({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      file: f.file ?? "",
      address: f.address,
      attributePath: f.attributePath,
      message: f.message,
    }));
  entries.sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      compareStrings(a.ruleId, b.ruleId) ||
      compareStrings(a.address, b.address) ||
      compareStrings(a.attributePath, b.attributePath) ||
      compareStrings(a.fingerprint, b.fingerprint),
  );
  const file: BaselineFile = { version: BASELINE_VERSION, findings: entries };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Marks every finding whose fingerprint is in the baseline as suppressed
 * (`{ kind: "external", reason: "baseline" }`); the others are returned
 * unchanged. Findings already suppressed in source stay as they are.
 *
 * @throws BaselineError when the text is not a baseline file.
 */
export function applyBaseline<F extends Finding>(findings: readonly F[], baselineText: string): F[] {
  const baseline = parseBaseline(baselineText);
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  return findings.map((f) =>
    !f.suppressed && known.has(f.fingerprint) ? { ...f, suppressed: { kind: "external", reason: "baseline" } } : f,
  );
}

/**
 * Reads and checks a baseline file. A UTF-8 byte order mark before it is
 * allowed, as in a config file: editors on Windows add one.
 * @throws BaselineError
 */
export function parseBaseline(text: string): BaselineFile {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (error) {
    throw new BaselineError(`the baseline is not JSON (${(error as Error).message})`);
  }
  if (!isObject(value) || !Array.isArray(value.findings)) {
    throw new BaselineError('the baseline is not a tfmould baseline (expected an object with a "findings" array)');
  }
  if (value.version !== BASELINE_VERSION) {
    throw new BaselineError(`unsupported baseline version ${JSON.stringify(value.version)} (expected ${BASELINE_VERSION})`);
  }
  value.findings.forEach((entry, i) => {
    if (!isObject(entry) || typeof entry.fingerprint !== "string") {
      throw new BaselineError(`baseline findings[${i}]: expected an object with a string "fingerprint"`);
    }
  });
  return value as unknown as BaselineFile;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
