/**
 * Values that share structure (`l1 = [l0, l0]`, `l2 = [l1, l1]`, ...) are
 * small in memory and exponentially large to walk: they are measured by
 * their logical size, which is bounded, and operations that walk them are
 * charged it.
 */
import { describe, expect, it } from "vitest";
import type { Value } from "../../src/eval/index.js";
import { moduleScope } from "../eval/helpers.js";

/** 41 locals, each a list of two copies of the previous one, then `uses`. */
function doubling(uses: Readonly<Record<string, string>>): string {
  const lines = ["  l0 = [1]"];
  for (let i = 1; i <= 40; i++) lines.push(`  l${i} = [local.l${i - 1}, local.l${i - 1}]`);
  for (const [name, text] of Object.entries(uses)) lines.push(`  ${name} = ${text}`);
  return `locals {\n${lines.join("\n")}\n}\n`;
}

describe("values that share structure", () => {
  it.each([
    ["equal", "local.l40 == local.l40"],
    ["unequal", "local.l40 != local.l39"],
    ["json", "jsonencode(local.l40)"],
    ["yaml", "yamlencode(local.l40)"],
    ["contains", "contains(local.l40, local.l39)"],
    ["distinct", "distinct(local.l40)"],
  ])("%s: %s is unknown, with one notice", (name, text) => {
    const { scope } = moduleScope({ "main.tf": doubling({ [name]: text }) });
    const v: Value = scope.local(name);
    expect(v.kind).toBe("unknown");
    expect(scope.diagnostics().map((d) => d.summary)).toEqual(["Value too large"]);
  }, 5000);

  it("a value under the size limit compared in a loop is charged each time: the budget ends it", () => {
    const { scope } = moduleScope({
      "main.tf": doubling({ cmp: "[for i in range(1000) : local.l18 == [local.l17, [local.l16, local.l16]]]" }),
    });
    expect(scope.local("cmp").kind).toBe("unknown");
    expect(scope.diagnostics().map((d) => d.summary)).toEqual(["Evaluation budget exceeded"]);
  }, 5000);

  it("a value under the size limit encoded in a loop is charged each time", () => {
    const { scope } = moduleScope({ "main.tf": doubling({ enc: "[for i in range(1000) : length(jsonencode(local.l17))]" }) });
    expect(scope.local("enc").kind).toBe("unknown");
    expect(scope.diagnostics().map((d) => d.summary)).toEqual(["Evaluation budget exceeded"]);
  }, 5000);
});
