/**
 * The `junit` format: JUnit XML, which CI systems show in their test tabs.
 * Each file is a test suite, and each rule with findings in it a test case
 * that fails and carries the findings.
 */
import type { Finding, LintResult, Notice, Severity } from "../engine/types.js";
import { compareStrings } from "../util/compare.js";
import { compactLine, compactPlace, oneLine } from "./compact.js";
import type { FormatOptions } from "./options.js";
import { displayPaths } from "./paths.js";
import { TOOL_NAME } from "./tool.js";
import { XmlWriter } from "./xml.js";

/** The suite of notices about no file: stylish's heading for them. */
export const RUN_SUITE = "(run)";
/** The passing test case of a file with nothing that counts. */
export const ALL_RULES = "all rules";

type Outcome =
  | { readonly kind: "failure" | "error"; readonly type: string; readonly message: string; readonly text: string }
  | { readonly kind: "skipped"; readonly message: string; readonly text: string };

interface TestCase {
  readonly name: string;
  readonly outcome?: Outcome;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };

/** "message" for one, "3 findings; the first: message" for several. */
function summaryMessage(messages: readonly string[], noun: string): string {
  const first = oneLine(messages[0]);
  return messages.length === 1 ? first : `${messages.length} ${noun}; the first: ${first}`;
}

/** The test case of one rule in one file. */
function ruleCase(ruleId: string, findings: readonly Finding[], shown: (file: string) => string): TestCase {
  const line = (f: Finding): string => compactLine(compactPlace(f.file === undefined ? f.address : shown(f.file), f.range), f.severity, f.message, f.ruleId);
  const counting = findings.filter((f) => !f.suppressed);
  if (counting.length) {
    const worst = counting.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a)).severity;
    return {
      name: ruleId,
      outcome: { kind: "failure", type: worst, message: summaryMessage(counting.map((f) => f.message), "findings"), text: counting.map(line).join("\n") },
    };
  }
  // Every finding is suppressed: the rule was not held against this file.
  const reasons = [...new Set(findings.map((f) => oneLine(f.suppressed?.reason ?? "")))];
  return {
    name: ruleId,
    outcome: { kind: "skipped", message: `suppressed: ${reasons.join("; ")}`, text: findings.map((f) => `${line(f)} (suppressed: ${oneLine(f.suppressed?.reason ?? "")})`).join("\n") },
  };
}

/** The test case of the notices about one file (or about the run): an error when one is an error, skipped otherwise. */
function noticeCase(notices: readonly Notice[], shown: (file: string) => string): TestCase {
  const text = notices.map((n) => compactLine(compactPlace(n.file === undefined ? undefined : shown(n.file), n.range), n.level, n.message)).join("\n");
  const errors = notices.filter((n) => n.level === "error");
  if (errors.length) return { name: TOOL_NAME, outcome: { kind: "error", type: "error", message: summaryMessage(errors.map((n) => n.message), "errors"), text } };
  return { name: TOOL_NAME, outcome: { kind: "skipped", message: summaryMessage(notices.map((n) => n.message), "warnings"), text } };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * `--format junit`. One `<testsuite>` per file (every file linted, and any
 * other a finding or notice names), in path order, holding:
 * - a test case named after each rule with findings in the file (class
 *   name: the file), failing with a `<failure>` whose `type` is the worst
 *   severity, whose `message` is the first finding's, and whose text lists
 *   every finding as `file:line:col: severity: message [rule]`; when all of
 *   a rule's findings are suppressed, `<skipped>` with the reasons instead;
 * - a test case `tfmould` for notices about the file: `<error>` when one is
 *   an error (the command exits 2), `<skipped>` when all are warnings;
 * - when none of these fails and the file was linted, one passing test
 *   case `all rules`.
 * Notices about no file are the suite `(run)`. Counts (`tests`,
 * `failures`, `errors`, `skipped`) are on every suite and on the root.
 */
export function formatJunit(result: LintResult, options: FormatOptions = {}): string {
  const shown = displayPaths(options);
  const linted = new Set(result.files.map(shown));
  const files = new Set(linted);
  const findings = new Map<string, Map<string, Finding[]>>();
  for (const f of result.findings) {
    // A finding at an address alone (a plan's resource in no scanned file) is a suite of its address.
    const file = f.file === undefined ? f.address : shown(f.file);
    files.add(file);
    let rules = findings.get(file);
    if (!rules) findings.set(file, (rules = new Map()));
    push(rules, f.ruleId, f);
  }
  const notices = new Map<string | undefined, Notice[]>();
  for (const n of result.notices) {
    const file = n.file === undefined ? undefined : shown(n.file);
    if (file !== undefined) files.add(file);
    push(notices, file, n);
  }

  const suites: { name: string; file?: string; cases: TestCase[] }[] = [];
  const runNotices = notices.get(undefined);
  if (runNotices) suites.push({ name: RUN_SUITE, cases: [noticeCase(runNotices, shown)] });
  for (const file of [...files].sort(compareStrings)) {
    const cases: TestCase[] = [];
    const own = notices.get(file);
    if (own) cases.push(noticeCase(own, shown));
    const rules = findings.get(file);
    if (rules) for (const ruleId of [...rules.keys()].sort(compareStrings)) cases.push(ruleCase(ruleId, rules.get(ruleId) as Finding[], shown));
    // A path only a notice names (a directory with nothing to lint) was not checked: it does not pass.
    if (linted.has(file) && !cases.some((c) => c.outcome?.kind === "failure" || c.outcome?.kind === "error")) cases.push({ name: ALL_RULES });
    suites.push({ name: file, file, cases });
  }

  const count = (cases: readonly TestCase[], kind: Outcome["kind"]): number => cases.filter((c) => c.outcome?.kind === kind).length;
  const counts = (cases: readonly TestCase[]): [string, number][] => [
    ["tests", cases.length],
    ["failures", count(cases, "failure")],
    ["errors", count(cases, "error")],
    ["skipped", count(cases, "skipped")],
  ];
  const xml = new XmlWriter().open("testsuites", [["name", TOOL_NAME], ...counts(suites.flatMap((s) => s.cases))]);
  for (const suite of suites) {
    xml.open("testsuite", [["name", suite.name], ...counts(suite.cases)]);
    for (const c of suite.cases) {
      const attributes: [string, string | undefined][] = [
        ["name", c.name],
        ["classname", suite.name],
        ["file", suite.file],
      ];
      const o = c.outcome;
      if (!o) {
        xml.leaf("testcase", attributes);
        continue;
      }
      xml.open("testcase", attributes);
      if (o.kind === "skipped") xml.leaf("skipped", [["message", o.message]], o.text);
      else xml.leaf(o.kind, [["message", o.message], ["type", o.type]], o.text);
      xml.close();
    }
    xml.close();
  }
  return xml.close().toString();
}
