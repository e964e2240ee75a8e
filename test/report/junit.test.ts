import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { lint } from "../../src/engine/index.js";
import type { LintResult } from "../../src/engine/types.js";
import { formatJunit } from "../../src/report/junit.js";
import { finding, range, result } from "./make.js";
import { childrenNamed, parseXml } from "./xml-check.js";
import type { XmlElement } from "./xml-check.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

interface Case {
  readonly suite: string;
  readonly name: string;
  readonly classname: string;
  readonly file?: string;
  /** failure, error, skipped, or "pass". */
  readonly outcome: string;
  readonly type?: string;
  readonly message?: string;
  readonly text: string;
}

/** Formats, parses back, checks every count against the cases, and lists the cases. */
function junit(res: LintResult, cwd = "/r"): Case[] {
  const root = parseXml(formatJunit(res, { cwd, root: cwd }));
  expect(root.name).toBe("testsuites");
  const cases: Case[] = [];
  const counts = (list: readonly Case[]) => ({
    tests: String(list.length),
    failures: String(list.filter((c) => c.outcome === "failure").length),
    errors: String(list.filter((c) => c.outcome === "error").length),
    skipped: String(list.filter((c) => c.outcome === "skipped").length),
  });
  for (const suite of childrenNamed(root, "testsuite")) {
    const own: Case[] = childrenNamed(suite, "testcase").map((tc: XmlElement) => {
      const result = tc.children[0] as XmlElement | undefined;
      expect(tc.children.length).toBeLessThanOrEqual(1);
      return {
        suite: suite.attributes.name,
        name: tc.attributes.name,
        classname: tc.attributes.classname,
        file: tc.attributes.file,
        outcome: result?.name ?? "pass",
        type: result?.attributes.type,
        message: result?.attributes.message,
        text: result?.text ?? "",
      };
    });
    const { name: _n, ...suiteCounts } = suite.attributes;
    expect(suiteCounts, suite.attributes.name).toEqual(counts(own));
    cases.push(...own);
  }
  const { name, ...rootCounts } = root.attributes;
  expect(name).toBe("tfmould");
  expect(rootCounts).toEqual(counts(cases));
  return cases;
}

describe("junit format", () => {
  it("on the README's example: a suite per file, a failing case per rule and file carrying its findings", () => {
    const res = lint({ paths: ["fixtures/example"], cwd: REPO });
    const cases = junit(res, REPO);
    expect([...new Set(cases.map((c) => c.suite))]).toEqual(res.files);
    // Every (file, rule) with findings is one failing case; its text has one line per finding.
    const groups = new Map<string, typeof res.findings>();
    for (const f of res.findings) groups.set(`${f.file} ${f.ruleId}`, [...(groups.get(`${f.file} ${f.ruleId}`) ?? []), f]);
    const failing = cases.filter((c) => c.outcome === "failure");
    expect(failing.map((c) => `${c.suite} ${c.name}`).sort()).toEqual([...groups.keys()].sort());
    for (const c of failing) {
      const findings = groups.get(`${c.suite} ${c.name}`) ?? [];
      expect(c.classname).toBe(c.suite);
      expect(c.file).toBe(c.suite);
      expect(c.text.split("\n")).toEqual(findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column}: ${f.severity}: ${f.message} [${f.ruleId}]`));
      expect(c.type).toBe(findings.some((f) => f.severity === "error") ? "error" : findings.some((f) => f.severity === "warning") ? "warning" : "note");
      expect(c.message).toContain(findings[0].message);
    }
    expect(failing).toHaveLength(11);
    // The two no-provisioners findings are one case.
    expect(failing.find((c) => c.name === "no-provisioners")?.text.split("\n").map((l) => l.split(": ")[0])).toEqual([
      "fixtures/example/modules/web/main.tf:44:3",
      "fixtures/example/modules/web/main.tf:48:3",
    ]);
    // variables.tf has no finding: one passing case.
    expect(cases.filter((c) => c.outcome === "pass").map((c) => [c.suite, c.name])).toEqual([["fixtures/example/variables.tf", "all rules"]]);
  });

  it("skips a rule whose findings are all suppressed, and fails it with the rest otherwise", () => {
    const res = result(
      [
        finding({ ruleId: "no-provisioners", range: range(2, 1), suppressed: { kind: "inSource", reason: "legacy host" } }),
        finding({ ruleId: "no-provisioners", range: range(9, 1), suppressed: { kind: "external", reason: "baseline" } }),
        finding({ range: range(3, 11), suppressed: { kind: "inSource", reason: "vendor image" } }),
        finding({ range: range(5, 11), severity: "warning", message: "counts" }),
      ],
      [],
      { files: ["main.tf", "clean.tf"] },
    );
    const cases = junit(res);
    expect(cases.map((c) => [c.suite, c.name, c.outcome, c.message])).toEqual([
      ["clean.tf", "all rules", "pass", undefined],
      ["main.tf", "container-image-pinned", "failure", "counts"],
      ["main.tf", "no-provisioners", "skipped", "suppressed: legacy host; baseline"],
    ]);
    expect(cases[1].text).toBe("main.tf:5:11: warning: counts [container-image-pinned]");
    expect(cases[2].text.split("\n")).toHaveLength(2);
  });

  it("makes notices a case tfmould: an error when one is an error, skipped when warnings; (run) for no file", () => {
    const res = result(
      [finding()],
      [
        { level: "warning", message: "no Terraform configuration files in x" },
        { level: "error", message: "cannot read variable file prod.tfvars", file: "prod.tfvars" },
        { level: "warning", message: "Not UTF-8", file: "main.tf", range: range(4, 2) },
        { level: "warning", message: "No Terraform files here; nothing linted", file: "empty" },
        { level: "warning", message: "Not UTF-8", file: "b.tf", range: range(1, 1) },
      ],
      { files: ["main.tf", "b.tf"] },
    );
    const cases = junit(res);
    expect(cases.map((c) => [c.suite, c.name, c.outcome])).toEqual([
      ["(run)", "tfmould", "skipped"],
      ["b.tf", "tfmould", "skipped"],
      ["b.tf", "all rules", "pass"],
      ["empty", "tfmould", "skipped"],
      ["main.tf", "tfmould", "skipped"],
      ["main.tf", "container-image-pinned", "failure"],
      ["prod.tfvars", "tfmould", "error"],
    ]);
    expect(cases[0].text).toBe("tfmould: warning: no Terraform configuration files in x");
    expect(cases[4].text).toBe("main.tf:4:2: warning: Not UTF-8");
    expect(cases[6]).toMatchObject({ message: "cannot read variable file prod.tfvars", type: "error", text: "prod.tfvars: error: cannot read variable file prod.tfvars" });
  });

  it("is one passing case per file for a clean run, and a valid empty document for nothing at all", () => {
    expect(junit(result([], [], { files: ["a.tf", "b.tf"] })).map((c) => [c.suite, c.outcome])).toEqual([
      ["a.tf", "pass"],
      ["b.tf", "pass"],
    ]);
    expect(junit(result([]))).toEqual([]);
  });
});
