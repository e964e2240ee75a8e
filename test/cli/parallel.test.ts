import { describe, expect, it } from "vitest";
import { availableParallelism } from "node:os";
import { PARALLEL_MIN_FILES, deal, threadCount } from "../../src/cli/parallel.js";

describe("threadCount", () => {
  it("uses one thread when asked to, or for small scans in auto mode", () => {
    expect(threadCount("off", 10_000)).toBe(1);
    expect(threadCount("auto", PARALLEL_MIN_FILES - 1)).toBe(1);
    expect(threadCount(1, 10_000)).toBe(1);
  });

  it("uses the number given, and in auto mode one thread per two cores, at most 4", () => {
    expect(threadCount(3, 5)).toBe(3);
    expect(threadCount("auto", 10_000)).toBe(Math.max(1, Math.min(4, Math.floor(availableParallelism() / 2))));
  });
});

describe("deal", () => {
  const weights: Record<string, number> = { a: 10, b: 1, c: 4, d: 4, e: 2 };
  const weightOf = (p: string) => weights[p] ?? 1;
  const order = ["a", "b", "c", "d", "e"];

  it("keeps each group whole, balances the shares and keeps the given order in each", () => {
    const shares = deal([["a"], ["b", "e"], ["c"], ["d"]], 2, weightOf, order);
    expect(shares).toEqual([["a"], ["b", "c", "d", "e"]]);
  });

  it("makes no more shares than groups, and no empty ones", () => {
    expect(deal([["a", "b"]], 4, weightOf, order)).toEqual([["a", "b"]]);
    expect(deal([], 3, weightOf, order)).toEqual([]);
  });

  it("puts every path in exactly one share", () => {
    const groups = [["a"], ["b"], ["c"], ["d"], ["e"]];
    const shares = deal(groups, 3, weightOf, order);
    expect(shares.flat().sort()).toEqual(order);
    expect(shares).toHaveLength(3);
  });
});
