import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/report/json.js";
import { format } from "../../src/report/index.js";
import { toolVersion } from "../../src/report/tool.js";
import { finding, range, result } from "./make.js";
import { readFileSync } from "node:fs";

describe("json format", () => {
  it("has exactly the documented shape", () => {
    const res = result(
      [
        finding({
          file: "infra/main.tf",
          range: range(3, 11, 3, 25),
          related: [{ file: "infra/variables.tf", range: range(2, 13, 2, 27), message: "default set here" }],
        }),
        finding({ severity: "warning", address: "x.y", suppressed: { kind: "inSource", reason: "legacy", commentRange: range(1, 1) } }),
      ],
      [{ level: "error", message: "Cannot read file", file: "infra/broken.tf" }],
    );
    const doc = JSON.parse(formatJson(res, { cwd: "/repo", root: "/repo", toolVersion: "9.9.9" })) as unknown;
    expect(doc).toEqual({
      version: "9.9.9",
      findings: [
        {
          ruleId: "container-image-pinned",
          severity: "error",
          message: res.findings[0].message,
          file: "infra/main.tf",
          range: { start: { line: 3, column: 11 }, end: { line: 3, column: 25 } },
          address: "aws_ecs_task_definition.web",
          related: [
            { file: "infra/variables.tf", range: { start: { line: 2, column: 13 }, end: { line: 2, column: 27 } }, message: "default set here" },
          ],
        },
        {
          ruleId: "container-image-pinned",
          severity: "warning",
          message: res.findings[1].message,
          file: "main.tf",
          range: { start: { line: 3, column: 11 }, end: { line: 3, column: 25 } },
          address: "x.y",
          related: [],
          suppressed: { kind: "inSource", reason: "legacy" },
        },
      ],
      notices: [{ level: "error", message: "Cannot read file", file: "infra/broken.tf" }],
      summary: { errors: 1, warnings: 0, notes: 0, suppressed: 1, files: 2, notices: 1 },
    });
  });

  it("writes file paths relative to the working directory with / separators", () => {
    const res = result([finding({ file: "main.tf" })]);
    const doc = JSON.parse(formatJson(res, { root: "/repo/envs/prod", cwd: "/repo" })) as { findings: { file: string }[] };
    expect(doc.findings[0].file).toBe("envs/prod/main.tf");
    const up = JSON.parse(formatJson(res, { root: "/repo/a", cwd: "/repo/b" })) as { findings: { file: string }[] };
    expect(up.findings[0].file).toBe("../a/main.tf");
  });

  it("reports the package version by default", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(toolVersion()).toBe(pkg.version);
    const doc = JSON.parse(format(result([]), "json")) as { version: string };
    expect(doc.version).toBe(pkg.version);
  });

  it("ends with a newline and is the same through format()", () => {
    const res = result([finding()]);
    const text = format(res, "json", { cwd: "/r" });
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toBe(formatJson(res, { cwd: "/r" }));
  });
});

describe("module roles in the JSON report", () => {
  it("gives each finding the role of its module, when known", () => {
    const doc = JSON.parse(formatJson(result([finding({ role: "example" }), finding({ file: "other.tf" })]))) as {
      findings: { role?: string; file: string }[];
    };
    expect(doc.findings.map((f) => [f.file, f.role])).toEqual([
      ["main.tf", "example"],
      ["other.tf", undefined],
    ]);
  });
});
