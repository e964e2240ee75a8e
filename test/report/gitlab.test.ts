import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import type { ErrorObject } from "ajv";
import { lint } from "../../src/engine/index.js";
import type { LintResult } from "../../src/engine/types.js";
import { formatGitlab, gitlabSeverity } from "../../src/report/gitlab.js";
import type { GitlabIssue } from "../../src/report/gitlab.js";
import { format } from "../../src/report/index.js";
import { finding, range, result } from "./make.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
/** GitLab's report format as a JSON Schema; see its `$comment` for where each fact comes from. */
const schema = JSON.parse(readFileSync(new URL("./gitlab-codequality.schema.json", import.meta.url), "utf8")) as object;
const validate = new Ajv({ allErrors: true }).compile(schema);

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`).join("\n");
}

/** Formats, checks what GitLab checks, and parses back: every report in this file goes through here. */
function gitlab(res: LintResult, cwd = "/r"): GitlabIssue[] {
  const text = formatGitlab(res, { cwd, root: cwd });
  expect(text.charCodeAt(0), "no byte order mark").not.toBe(0xfeff);
  const issues = JSON.parse(text) as GitlabIssue[];
  expect(validate(issues), describeErrors(validate.errors)).toBe(true);
  for (const issue of issues) expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
  // GitLab keeps one issue per fingerprint: none may be lost to another's.
  expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  return issues;
}

describe("gitlab format", () => {
  it("on the README's example: one valid issue per finding, with the engine's fingerprint", () => {
    const res = lint({ paths: ["fixtures/example"], cwd: REPO });
    const issues = gitlab(res, REPO);
    expect(issues).toHaveLength(13);
    expect(issues.map((i) => [i.check_name, i.location.path, i.location.lines.begin, i.fingerprint])).toEqual(
      res.findings.map((f) => [f.ruleId, f.file, f.range.start.line, f.fingerprint]),
    );
    expect(new Set(issues.map((i) => i.location.path))).toEqual(
      new Set(["fixtures/example/main.tf", "fixtures/example/modules/web/main.tf", "fixtures/example/terraform.tfvars"]),
    );
    const at = (rule: string) => issues.filter((i) => i.check_name === rule);
    // An error of a rule with security severity 7.5 ranks critical; one of 6.5 major; warnings minor.
    expect(at("no-hardcoded-secrets").map((i) => [i.location.path, i.location.lines.begin, i.severity])).toEqual([["fixtures/example/main.tf", 49, "critical"]]);
    expect(at("container-image-pinned").map((i) => [i.location.path, i.location.lines.begin, i.severity])).toEqual([["fixtures/example/terraform.tfvars", 1, "major"]]);
    expect(issues.filter((i) => i.severity === "minor")).toHaveLength(res.findings.filter((f) => f.severity === "warning").length);
    expect(issues.every((i) => !i.description.includes("\n"))).toBe(true);
    // The same document through the public entry point.
    expect(format(res, "gitlab", { cwd: REPO })).toBe(formatGitlab(res, { cwd: REPO }));
  });

  it("is checked against a schema that rejects what GitLab rejects", () => {
    const good = { description: "d", check_name: "c", fingerprint: "f", severity: "minor", location: { path: "a.tf", lines: { begin: 3 } } };
    expect(validate([good]), describeErrors(validate.errors)).toBe(true);
    expect(validate([{ ...good, location: { path: "a.tf", positions: { begin: { line: 3 } } } }])).toBe(true);
    for (const bad of [
      { ...good, severity: "error" },
      { ...good, check_name: undefined },
      { ...good, fingerprint: 7 },
      { ...good, location: { path: "a.tf" } },
      { ...good, location: { path: "a.tf", lines: { begin: "3" } } },
      { ...good, location: { lines: { begin: 3 } } },
    ]) {
      expect(validate([JSON.parse(JSON.stringify(bad)) as object]), JSON.stringify(bad)).toBe(false);
    }
    expect(validate(good)).toBe(false);
  });

  it("keeps each finding's fingerprint when lines move", () => {
    const main = 'resource "docker_container" "web" {\n  image = "nginx:latest"\n}\nresource "docker_container" "api" {\n  image = "nginx:latest"\n}\n';
    const before = gitlab(lint({ files: { "main.tf": main } }));
    const after = gitlab(lint({ files: { "main.tf": "# a comment\n\n" + main } }));
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
    expect(after.map((i) => i.location.lines.begin)).toEqual(before.map((i) => i.location.lines.begin + 2));
  });

  it("maps severities: note info, warning minor, error major, critical from 7.0 and blocker from 9.0 security severity", () => {
    expect(gitlabSeverity("note", { securitySeverity: 9.5 })).toBe("info");
    expect(gitlabSeverity("warning", { securitySeverity: 9.5 })).toBe("minor");
    expect(gitlabSeverity("error", undefined)).toBe("major");
    expect(gitlabSeverity("error", { securitySeverity: 6.9 })).toBe("major");
    expect(gitlabSeverity("error", { securitySeverity: 7.0 })).toBe("critical");
    expect(gitlabSeverity("error", { securitySeverity: 8.9 })).toBe("critical");
    expect(gitlabSeverity("error", { securitySeverity: 9.0 })).toBe("blocker");
  });

  it("reports notices as check tfmould, at the working directory when they name no file", () => {
    const res = result(
      [finding({ severity: "note", range: range(7, 2) })],
      [
        { level: "error", message: "cannot read variable file prod.tfvars", file: "prod.tfvars" },
        { level: "warning", message: "Not UTF-8", file: "b.tf", range: range(4, 1) },
        { level: "warning", message: "no Terraform configuration files in x" },
        { level: "warning", message: "no Terraform configuration files in x" },
      ],
    );
    const issues = gitlab(res);
    expect(issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
      ["tfmould", "major", "prod.tfvars", 1],
      ["tfmould", "minor", "b.tf", 4],
      ["tfmould", "minor", ".", 1],
      ["tfmould", "minor", ".", 1],
      ["container-image-pinned", "info", "main.tf", 7],
    ]);
    // The same notice again the next run has the same fingerprint.
    expect(gitlab(res).map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
  });

  it("leaves out suppressed findings, and is an empty array for a clean run", () => {
    const res = result([finding({ suppressed: { kind: "inSource", reason: "ok" } }), finding({ ruleId: "no-provisioners", fingerprint: "p:0" })]);
    expect(gitlab(res).map((i) => [i.check_name, i.fingerprint])).toEqual([["no-provisioners", "p:0"]]);
    expect(formatGitlab(result([]))).toBe("[]\n");
  });
});
