/** Hand-made lint results for the formatter tests. */
import type { Range } from "../../src/hcl/ast.js";
import type { FileFinding, Finding, LintResult, Notice } from "../../src/engine/types.js";
import { summaryOf } from "../../src/engine/finish.js";

export function range(line: number, column: number, endLine = line, endColumn = column + 5): Range {
  return { start: { line, column, offset: 0 }, end: { line: endLine, column: endColumn, offset: 0 } };
}

export function finding(over: Partial<FileFinding> = {}): FileFinding {
  const ruleId = over.ruleId ?? "container-image-pinned";
  const file = over.file ?? "main.tf";
  return {
    ruleId,
    severity: "error",
    message: 'Container image "nginx:latest" uses the mutable tag "latest"',
    file,
    range: range(3, 11, 3, 25),
    address: "aws_ecs_task_definition.web",
    attributePath: "container_definitions",
    related: [],
    fingerprint: `${ruleId}|${file}|${over.address ?? "aws_ecs_task_definition.web"}`,
    ...over,
  };
}

export function result(findings: Finding[], notices: Notice[] = [], extra: Partial<LintResult> = {}): LintResult {
  const ids = [...new Set(findings.map((f) => f.ruleId))];
  const made = {
    findings,
    notices,
    files: [...new Set(findings.flatMap((f) => (f.file !== undefined ? [f.file] : [])))],
    enabledRules: ids.map((id) => ({ id, severity: "error" as const })),
    ...extra,
  };
  return { ...made, summary: extra.summary ?? summaryOf(made) };
}
