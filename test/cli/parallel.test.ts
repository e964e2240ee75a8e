import { describe, expect, it } from "vitest";
import { availableParallelism } from "node:os";
import { PARALLEL_MIN_FILES, threadCount, workUnits } from "../../src/cli/parallel.js";

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

describe("workUnits", () => {
  const weights: Record<string, number> = { a: 10, b: 1, c: 4, d: 4, e: 2 };
  const weightOf = (p: string) => weights[p] ?? 1;
  const order = ["a", "b", "c", "d", "e"];

  it("keeps each group whole and puts every path in exactly one unit", () => {
    const units = workUnits([["a"], ["b", "e"], ["c"], ["d"]], 2, weightOf, order);
    expect(units.flat().sort()).toEqual(order);
    for (const group of [["b", "e"]]) expect(units.some((u) => group.every((p) => u.includes(p)))).toBe(true);
  });

  it("gives the heaviest groups first, each alone when it is heavy enough", () => {
    // 17 files on 1 thread: units of at least 1 file, so no group is joined.
    expect(workUnits([["b"], ["c"], ["a"], ["e"]], 1, weightOf, order)).toEqual([["a"], ["c"], ["e"], ["b"]]);
  });

  it("joins light groups into units of at least a sixteenth of a thread's share, in the paths' order", () => {
    const many = Array.from({ length: 64 }, (_, i) => `m${String(i).padStart(2, "0")}`);
    const units = workUnits(
      many.map((p) => [p]),
      2,
      () => 1,
      many,
    );
    // 64 files on 2 threads: units of 2 files.
    expect(units).toHaveLength(32);
    for (const unit of units) {
      expect(unit).toHaveLength(2);
      expect([...unit].sort()).toEqual(unit);
    }
  });

  it("makes no unit of nothing", () => {
    expect(workUnits([], 3, weightOf, order)).toEqual([]);
  });
});
