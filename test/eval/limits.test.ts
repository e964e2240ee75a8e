import { describe, expect, it } from "vitest";
import { toJs } from "../../src/eval/index.js";
import { evalWithDiagnostics, moduleScope } from "./helpers.js";

describe("bounded work", () => {
  it("stops an evaluation that would take too many steps, with a diagnostic", () => {
    const { value, diagnostics } = evalWithDiagnostics("[for a in range(1000) : [for b in range(1000) : [for c in range(1000) : a + b + c]]]");
    expect(value.kind).toBe("unknown");
    expect(diagnostics.map((d) => d.summary)).toContain("Evaluation budget exceeded");
  });

  it("gives up on a string beyond 10 MB, with a diagnostic", () => {
    const lines = ['  s0 = "' + "x".repeat(1000) + '"'];
    for (let i = 1; i <= 14; i++) lines.push(`  s${i} = "\${local.s${i - 1}}\${local.s${i - 1}}"`);
    const { scope } = moduleScope({ "big.tf": `locals {\n${lines.join("\n")}\n}\n` });
    const s13 = scope.local("s13");
    expect(s13.kind === "string" && s13.value.length).toBe(1000 * 2 ** 13);
    expect(scope.local("s14").kind).toBe("unknown");
    expect(scope.diagnostics().map((d) => d.summary)).toContain("String too large");
  });

  it("gives up on a function result beyond 10 MB", () => {
    const { value, diagnostics } = evalWithDiagnostics('join("", [for i in range(1000) : join("", [for j in range(110) : "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrst"])])');
    expect(value.kind).toBe("unknown");
    expect(value.kind === "unknown" && value.reason).toMatch(/too large/);
    expect(diagnostics.length).toBe(0);
  });

  it("refuses huge format widths and collections without building them", () => {
    expect(evalWithDiagnostics('format("%99999999d", 1)').value.kind).toBe("unknown");
    const { value, diagnostics } = evalWithDiagnostics("setproduct(range(1000), range(1000), range(1000))");
    expect(value.kind).toBe("unknown");
    expect(diagnostics.map((d) => d.summary)).toContain("Collection too large");
  });

  it("jsonencode of a list repeating a large string is refused", () => {
    const { scope } = moduleScope({
      "j.tf": `locals {\n  s = "${"y".repeat(100000)}"\n  l = [for i in range(1000) : local.s]\n  j = jsonencode(local.l)\n}\n`,
    });
    expect(scope.local("j").kind).toBe("unknown");
    expect(toJs(scope.local("s"))).toHaveLength(100000);
  });

  it("values that share parts are measured by their logical size: small ones still evaluate", () => {
    const lines = ["  l0 = [1]"];
    for (let i = 1; i <= 10; i++) lines.push(`  l${i} = [local.l${i - 1}, local.l${i - 1}]`);
    const { scope } = moduleScope({ "main.tf": `locals {\n${lines.join("\n")}\n  eq = local.l10 == local.l10\n  n = length(flatten(local.l10))\n}\n` });
    expect(scope.local("eq")).toMatchObject({ kind: "bool", value: true });
    expect(scope.local("n")).toMatchObject({ kind: "number", value: 1024 });
    expect(scope.diagnostics()).toEqual([]);
  });
});
