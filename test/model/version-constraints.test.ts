import { describe, expect, it } from "vitest";
import { hasUpperBound, isExactVersion, parseVersionConstraint } from "../../src/model/version-constraints.js";

function terms(text: string) {
  const p = parseVersionConstraint(text);
  if (!p.ok) throw new Error(p.error);
  return p.terms;
}

describe("parseVersionConstraint", () => {
  it("reads operators, bare versions and lists", () => {
    expect(terms(">= 1.5.0, < 2.0.0").map((t) => t.operator)).toEqual([">=", "<"]);
    expect(terms("1.6.2")).toEqual([{ operator: "=", version: "1.6.2", segments: 3 }]);
    expect(terms("~>5.31")[0]).toEqual({ operator: "~>", version: "5.31", segments: 2 });
    expect(terms("= 1.0.0-beta1")[0]).toMatchObject({ operator: "=", version: "1.0.0-beta1", segments: 3 });
  });
  it("rejects what is not a constraint", () => {
    expect(parseVersionConstraint("").ok).toBe(false);
    expect(parseVersionConstraint("latest").ok).toBe(false);
    expect(parseVersionConstraint(">= 1.0,").ok).toBe(false);
  });
});

describe("hasUpperBound", () => {
  it.each([
    ["~> 5.0", true],
    ["~> 1.2.3", true],
    ["= 1.6.0", true],
    ["1.6.0", true],
    [">= 1.0, < 2.0", true],
    ["<= 1.9", true],
    [">= 1.0", false],
    ["> 1.0, != 1.3.0", false],
    ["~> 1", false],
  ])("%s → %s", (c, expected) => expect(hasUpperBound(terms(c))).toBe(expected));
});

describe("isExactVersion", () => {
  it.each([
    ["5.1.0", true],
    ["= 5.1.0", true],
    ["~> 5.1.0", false],
    [">= 5.0, < 6.0", false],
  ])("%s → %s", (c, expected) => expect(isExactVersion(terms(c))).toBe(expected));
});
