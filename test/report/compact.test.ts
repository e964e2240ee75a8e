import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { lint } from "../../src/engine/index.js";
import { formatCompact } from "../../src/report/compact.js";
import { finding, range, result } from "./make.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
/** What a problem matcher for the format would use. */
const LINE = /^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning|note): (?<message>.*) \[(?<rule>[a-z0-9-]+)\]$/;

describe("compact format", () => {
  it("on the README's example: one matchable line per finding", () => {
    const res = lint({ paths: ["fixtures/example"], cwd: REPO });
    const lines = formatCompact(res, { cwd: REPO }).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(13);
    const parsed = lines.map((l) => LINE.exec(l)?.groups);
    expect(parsed).toEqual(
      res.findings.map((f) => ({
        file: f.file,
        line: String(f.range.start.line),
        column: String(f.range.start.column),
        severity: f.severity,
        message: f.message,
        rule: f.ruleId,
      })),
    );
    expect(lines).toContain(
      'fixtures/example/terraform.tfvars:1:11: error: aws_ecs_task_definition.web: Image "registry.example.com/web:latest" uses the floating tag "latest"; pin a version tag or an @sha256 digest. [container-image-pinned]',
    );
  });

  it("puts a message on one line, leaves out suppressed findings, and writes notices as compilers do", () => {
    const res = result(
      [finding({ message: "first line\n  second line\r\nthird", range: range(3, 11) }), finding({ ruleId: "no-provisioners", suppressed: { kind: "external", reason: "baseline" } })],
      [
        { level: "error", message: "bad config" },
        { level: "warning", message: "Not UTF-8", file: "b.tf" },
        { level: "warning", message: "odd", file: "c.tf", range: range(2, 4) },
      ],
    );
    expect(formatCompact(res, { cwd: "/r", root: "/r" })).toBe(
      [
        "tfmould: error: bad config",
        "b.tf: warning: Not UTF-8 [tfmould]",
        "c.tf:2:4: warning: odd [tfmould]",
        "main.tf:3:11: error: first line second line third [container-image-pinned]",
        "",
      ].join("\n"),
    );
    expect(formatCompact(result([]))).toBe("");
  });
});
