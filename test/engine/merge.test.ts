/**
 * mergeResults: the results of several groups as one run's. A cache joins
 * thousands of groups, most sharing one list of enabled rules (one object).
 */
import { describe, expect, it } from "vitest";
import { mergeResults } from "../../src/engine/finish.js";
import type { LintResult } from "../../src/engine/types.js";
import { finding, result } from "../report/make.js";

describe("mergeResults", () => {
  it("lists every enabled rule once, in the order first met, whether groups share their list or not", () => {
    const shared: LintResult["enabledRules"] = [
      { id: "b-rule", severity: "warning" },
      { id: "a-rule", severity: "error" },
    ];
    const other: LintResult["enabledRules"] = [
      { id: "a-rule", severity: "note" },
      { id: "c-rule", severity: "error" },
    ];
    const merged = mergeResults([
      result([finding({ file: "z.tf" })], [], { enabledRules: shared }),
      result([finding({ file: "y.tf" })], [], { enabledRules: shared }),
      result([finding({ file: "x.tf" })], [], { enabledRules: other }),
      result([], [], { enabledRules: shared }),
    ]);
    expect(merged.enabledRules).toEqual([
      { id: "b-rule", severity: "warning" },
      { id: "a-rule", severity: "error" },
      { id: "c-rule", severity: "error" },
    ]);
    expect(merged.findings.map((f) => f.file)).toEqual(["x.tf", "y.tf", "z.tf"]);
    expect(merged.files).toEqual(["x.tf", "y.tf", "z.tf"]);
    expect(merged.summary.files).toBe(3);
    expect("sources" in merged).toBe(false);
  });

  it("keeps the sources of the results that carry them", () => {
    const merged = mergeResults([
      result([finding({ file: "a.tf" })]),
      result([finding({ file: "b.tf" })], [], { sources: { "b.tf": "b" } }),
      result([finding({ file: "c.tf" })], [], { sources: { "c.tf": "c" } }),
    ]);
    expect(merged.sources).toEqual({ "b.tf": "b", "c.tf": "c" });
  });
});
