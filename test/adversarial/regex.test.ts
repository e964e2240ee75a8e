/**
 * Terraform's regex functions on patterns and strings an attacker chose:
 * each call runs in time linear in its input, and many calls add up to a
 * bounded time (the step budget), never to a guess.
 */
import { describe, expect, it } from "vitest";
import { toJs } from "../../src/eval/index.js";
import { evalWithDiagnostics, moduleScope } from "../eval/helpers.js";

const LONG_A = `join("", [for i in range(400) : "aaaaaaaaaa"])`;

describe("regex functions on hostile input", () => {
  it("matches a*a*a*a*a*a*a*a*b against 4,000 a's in linear time: no match, an error as in Terraform", () => {
    const { value, diagnostics } = evalWithDiagnostics(`regex("a*a*a*a*a*a*a*a*b", ${LONG_A})`);
    expect(value.kind === "unknown" && value.error).toBe(true);
    expect(diagnostics).toEqual([]);
  }, 5000);

  it("searches the same way with regexall and replace", () => {
    const { scope } = moduleScope({
      "r.tf": `locals {\n  s = ${LONG_A}\n  all = length(regexall("a*a*a*a*a*a*a*a*b", local.s))\n  rep = length(replace(local.s, "/a*a*a*a*a*a*a*a*b/", "x"))\n}\n`,
    });
    expect(toJs(scope.local("all"))).toBe(0);
    expect(toJs(scope.local("rep"))).toBe(4000);
  }, 5000);

  it("runs a nested quantifier 100 times in a for without a per-call timeout adding up", () => {
    const { value, diagnostics } = evalWithDiagnostics(`[for i in range(100) : can(regex("^(a+)+$", "\${${LONG_A}}!"))]`);
    expect(toJs(value)).toEqual(Array.from({ length: 100 }, () => false));
    expect(diagnostics).toEqual([]);
  }, 5000);

  it("charges each scan to the step budget: many searches of a long string end in unknown plus one notice", () => {
    const { scope } = moduleScope({
      "r.tf": `locals {\n  s = join("", [for i in range(1000) : "${"a".repeat(1000)}"])\n  n = [for i in range(1000) : length(regexall("(a|b)c", local.s))]\n}\n`,
    });
    const n = scope.local("n");
    expect(n.kind).toBe("unknown");
    expect(scope.diagnostics().map((d) => d.summary)).toEqual(["Evaluation budget exceeded"]);
  }, 5000);
});

describe("regex patterns that are long", () => {
  it("compiling a 30 KB pattern 1,000 times is charged to the step budget", () => {
    const pattern = `join("|", [for i in range(1000) : "x\${i}${"y".repeat(25)}"])`;
    const { scope } = moduleScope({ "r.tf": `locals {\n  p = ${pattern}\n  v = [for i in range(1000) : can(regex(local.p, "z"))]\n}\n` });
    expect(scope.local("v").kind).toBe("unknown");
    expect(scope.diagnostics().map((d) => d.summary)).toEqual(["Evaluation budget exceeded"]);
  }, 5000);
});
