/**
 * `tfmould/testing`: a harness for rules of your own, in the spirit of
 * ESLint's `RuleTester`. `testRule(rule, { valid, invalid })` lints each case
 * in memory with only that rule and throws an `AssertionError` (node:assert's,
 * which vitest, jest and node:test all report with its message) listing every
 * case whose findings differ from what it expects. It needs no test framework.
 *
 * @packageDocumentation
 */
import { AssertionError } from "node:assert";
import type { ModuleRole, Rule } from "../../rules/api/rule.js";
import type { RuleSetting, TfmouldConfig } from "../config/types.js";
import { lint } from "../engine/lint.js";
import type { FileFinding as Finding } from "../engine/types.js";
import { SYNTAX_ERROR } from "../engine/file-records.js";
import syntaxError from "../../rules/syntax-error/index.js";

/** The Terraform a case lints: one file's text (`main.tf`), or files by path. */
export type CaseInput = { readonly code: string; readonly files?: undefined } | { readonly code?: undefined; readonly files: Readonly<Record<string, string>> };

/** Settings a case runs with. */
export interface CaseSettings {
  /** Shown in failures; default `valid[i]` / `invalid[i]`. */
  readonly name?: string;
  /** The rule's options, as `.tfmould.json` gives them (validated against its schema, defaults filled in). */
  readonly options?: Readonly<Record<string, unknown>>;
  /** `--strict`. */
  readonly strict?: boolean;
  /** The role of the scanned module (default: as tfmould decides it; a lone root module is a deployment). */
  readonly role?: ModuleRole;
  /** Variable values, as `--var` gives them. */
  readonly vars?: Readonly<Record<string, string>>;
}

/** A case that must give no finding. A string is the text of `main.tf`. */
export type ValidCase = string | (CaseInput & CaseSettings);

/** One finding an invalid case expects. */
export interface ExpectedFinding {
  /** The line the finding starts on (1-based). */
  readonly line: number;
  /** The column it starts on (1-based, in code points); not compared when left out. */
  readonly column?: number;
  /** The message, exactly, or a pattern it matches; not compared when left out. */
  readonly message?: string | RegExp;
  /** The file (a key of `files`); default: not compared. */
  readonly file?: string;
}

/** A case that must give exactly these findings, in order of file, line and column. */
export type InvalidCase = CaseInput & CaseSettings & { readonly errors: readonly ExpectedFinding[] };

export interface RuleTests {
  readonly valid?: readonly ValidCase[];
  readonly invalid?: readonly InvalidCase[];
}

/**
 * Runs every case of `tests` against `rule`.
 * @throws AssertionError listing each case that failed, expected against actual
 */
export function testRule(rule: Rule, tests: RuleTests): void {
  const failures: string[] = [];
  (tests.valid ?? []).forEach((test, i) => {
    const c = typeof test === "string" ? { code: test } : test;
    const label = c.name !== undefined ? `valid[${i}] (${c.name})` : `valid[${i}]`;
    const failure = checkCase(rule, c, [], label);
    if (failure !== undefined) failures.push(failure);
  });
  (tests.invalid ?? []).forEach((test, i) => {
    const label = test.name !== undefined ? `invalid[${i}] (${test.name})` : `invalid[${i}]`;
    if (test.errors.length === 0) failures.push(`${label}: an invalid case must expect at least one finding (put it under valid)`);
    else {
      const failure = checkCase(rule, test, test.errors, label);
      if (failure !== undefined) failures.push(failure);
    }
  });
  if (failures.length === 0) return;
  throw new AssertionError({
    message: `testRule ${rule.id}: ${failures.length} case${failures.length === 1 ? "" : "s"} failed\n\n${failures.join("\n\n")}`,
    operator: "testRule",
  });
}

/** What is wrong with one case, or undefined when it passes. */
function checkCase(rule: Rule, c: CaseInput & CaseSettings, expected: readonly ExpectedFinding[], label: string): string | undefined {
  const files = c.code !== undefined ? { "main.tf": c.code } : c.files;
  if (files === undefined) return `${label}: give "code" or "files"`;
  const setting: RuleSetting = c.options !== undefined ? { options: c.options } : rule.severity;
  const config: TfmouldConfig = {
    rules: { [rule.id]: setting },
    ...(c.strict !== undefined ? { strict: c.strict } : {}),
    ...(c.role !== undefined ? { roles: { "**": c.role } } : {}),
    ...(c.vars !== undefined ? { vars: c.vars } : {}),
  };
  let findings: readonly Finding[];
  try {
    // syntax-error runs too: a case that does not parse tests nothing.
    const result = lint({ files, rules: [rule, syntaxError], config });
    const broken = result.notices.filter((n) => n.level === "error");
    if (broken.length > 0) return `${label}: ${broken.map((n) => n.message).join("; ")}`;
    const syntax = result.findings.filter((f) => f.ruleId === SYNTAX_ERROR);
    if (syntax.length > 0) return `${label}: the Terraform does not parse: ${syntax.map((f) => `${f.file}:${f.range.start.line}: ${f.message}`).join("; ")}`;
    findings = result.findings.filter((f) => f.ruleId === rule.id && !f.suppressed);
  } catch (error) {
    return `${label}: ${error instanceof Error ? error.message : String(error)}`;
  }
  const problems: string[] = [];
  if (findings.length !== expected.length) problems.push(`expected ${expected.length} finding${expected.length === 1 ? "" : "s"}, got ${findings.length}`);
  const n = Math.min(findings.length, expected.length);
  for (let i = 0; i < n; i++) {
    const mismatch = differences(expected[i], findings[i]);
    if (mismatch.length > 0) problems.push(`finding ${i + 1}: ${mismatch.join(", ")}`);
  }
  if (problems.length === 0) return undefined;
  const lines = [`${label}: ${problems.join("; ")}`, "  expected:"];
  for (const e of expected) lines.push(`    ${describeExpected(e)}`);
  if (expected.length === 0) lines.push("    (no findings)");
  lines.push("  actual:");
  for (const f of findings) lines.push(`    ${f.file}:${f.range.start.line}:${f.range.start.column} ${JSON.stringify(f.message)}`);
  if (findings.length === 0) lines.push("    (no findings)");
  return lines.join("\n");
}

function differences(e: ExpectedFinding, f: Finding): string[] {
  const out: string[] = [];
  if (e.file !== undefined && e.file !== f.file) out.push(`file ${f.file}, expected ${e.file}`);
  if (e.line !== f.range.start.line) out.push(`line ${f.range.start.line}, expected ${e.line}`);
  if (e.column !== undefined && e.column !== f.range.start.column) out.push(`column ${f.range.start.column}, expected ${e.column}`);
  if (typeof e.message === "string" && e.message !== f.message) out.push("message differs");
  if (e.message instanceof RegExp && !e.message.test(f.message)) out.push(`message does not match ${String(e.message)}`);
  return out;
}

function describeExpected(e: ExpectedFinding): string {
  const where = `${e.file ?? "*"}:${e.line}${e.column !== undefined ? `:${e.column}` : ""}`;
  const message = e.message === undefined ? "(any message)" : typeof e.message === "string" ? JSON.stringify(e.message) : String(e.message);
  return `${where} ${message}`;
}
