import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { rules } from "../../rules/index.js";
import { lint } from "../../src/engine/index.js";
import type { LintResult } from "../../src/engine/types.js";
import { formatCheckstyle } from "../../src/report/checkstyle.js";
import { finding, range, result } from "./make.js";
import { childrenNamed, parseXml } from "./xml-check.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

/** Formats, parses back, and lists each error as `[file, attributes]`. */
function checkstyle(res: LintResult, cwd = "/r"): [string, Record<string, string>][] {
  const root = parseXml(formatCheckstyle(res, { cwd, root: cwd }));
  expect(root.name).toBe("checkstyle");
  expect(root.attributes.version).toBe("4.3");
  expect(root.children.every((c) => c.name === "file")).toBe(true);
  return childrenNamed(root, "file").flatMap((file) => {
    expect(file.children.every((c) => c.name === "error")).toBe(true);
    return file.children.map((e): [string, Record<string, string>] => [file.attributes.name, { ...e.attributes }]);
  });
}

describe("checkstyle format", () => {
  it("on the README's example: a file element per file with findings, an error per finding", () => {
    const res = lint({ paths: ["fixtures/example"], cwd: REPO });
    const errors = checkstyle(res, REPO);
    expect(errors).toHaveLength(13);
    const level = { error: "error", warning: "warning", note: "info" } as const;
    expect(errors).toEqual(
      res.findings.map((f) => [
        f.file,
        {
          line: String(f.range.start.line),
          column: String(f.range.start.column),
          severity: level[f.severity],
          message: f.message,
          source: f.ruleId,
          link: `https://github.com/tfmould/tfmould/blob/main/docs/rules/${f.ruleId}.md`,
        },
      ]),
    );
    expect([...new Set(errors.map(([file]) => file))]).toEqual(["fixtures/example/main.tf", "fixtures/example/modules/web/main.tf", "fixtures/example/terraform.tfvars"]);
    expect(errors.find(([, e]) => e.source === "container-image-pinned")).toEqual([
      "fixtures/example/terraform.tfvars",
      expect.objectContaining({ line: "1", column: "11", severity: "error" }),
    ]);
  });

  it("lists notices with source tfmould, under . when they name no file; notes as info; suppressed left out", () => {
    const res = result(
      [
        finding({ file: "b.tf", severity: "note", range: range(2, 3), message: "n" }),
        finding({ file: "b.tf", suppressed: { kind: "inSource", reason: "r" } }),
      ],
      [
        { level: "error", message: "bad config" },
        { level: "warning", message: "Not UTF-8", file: "b.tf" },
      ],
    );
    expect(checkstyle(res)).toEqual([
      [".", { severity: "error", message: "bad config", source: "tfmould" }],
      ["b.tf", { severity: "warning", message: "Not UTF-8", source: "tfmould" }],
      ["b.tf", { line: "2", column: "3", severity: "info", message: "n", source: "container-image-pinned", link: expect.stringContaining("container-image-pinned.md") as string }],
    ]);
    expect(checkstyle(result([]))).toEqual([]);
  });

  it("links a plugin's rule to its docsUrl, or not at all", () => {
    const res = result([finding({ ruleId: "acme/documented" }), finding({ ruleId: "acme/bare", range: range(9, 1) })]);
    const documented = { ...rules[0], id: "acme/documented", docsUrl: "https://acme.test/rules/documented" };
    const root = parseXml(formatCheckstyle(res, { cwd: "/r", root: "/r", rules: [...rules, documented] }));
    expect(childrenNamed(root, "file")[0].children.map((e) => [e.attributes.source, e.attributes.link])).toEqual([
      ["acme/documented", "https://acme.test/rules/documented"],
      ["acme/bare", undefined],
    ]);
  });
});
