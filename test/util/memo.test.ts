import { describe, expect, it } from "vitest";
import { memoOfPairs } from "../../src/util/memo.js";

describe("memoOfPairs", () => {
  it("works a pair out once, tells pairs apart, and starts again past its limit", () => {
    const calls: string[] = [];
    const joined = memoOfPairs((a, b) => {
      calls.push(`${a}|${b}`);
      return `${a}/${b}`;
    }, 2);
    expect(joined("a", "b")).toBe("a/b");
    expect(joined("a", "b")).toBe("a/b");
    expect(joined("ab", "")).toBe("ab/");
    expect(calls).toEqual(["a|b", "ab|"]);
    // A third pair empties the full table: the first is worked out again afterwards.
    expect(joined("c", "d")).toBe("c/d");
    expect(joined("a", "b")).toBe("a/b");
    expect(calls).toEqual(["a|b", "ab|", "c|d", "a|b"]);
  });
});
