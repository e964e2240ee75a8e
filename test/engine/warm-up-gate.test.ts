/**
 * The engine warms the parser up (`warmUpParser`) only for a run with many
 * module directories, where it pays; a small run would only pay its cost.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../../src/hcl/warm-up.js", () => ({ warmUpParser: vi.fn() }));

const { warmUpParser } = await import("../../src/hcl/warm-up.js");
const { groupPaths, lint } = await import("../../src/engine/lint.js");
const { MemoryHost } = await import("../../src/model/index.js");

/** `count` module directories of one file each. */
function modules(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`m${i}/main.tf`] = `variable "v${i}" {}\n`;
  return files;
}

describe("parser warm-up", () => {
  beforeEach(() => vi.mocked(warmUpParser).mockClear());

  it("is skipped for a run of 99 module directories", () => {
    lint({ files: modules(99) });
    expect(warmUpParser).not.toHaveBeenCalled();
  });

  it("runs once for a run of 100 module directories", () => {
    const result = lint({ files: modules(100) });
    expect(warmUpParser).toHaveBeenCalledTimes(1);
    expect(result.files).toHaveLength(100);
  });

  it("runs before grouping 100 module directories, whose calls are found by parsing them", () => {
    const groups = groupPaths(onHost(100));
    expect(warmUpParser).toHaveBeenCalledTimes(1);
    expect(groups).toHaveLength(100);
  });

  it("is skipped before grouping 99", () => {
    expect(groupPaths(onHost(99))).toHaveLength(99);
    expect(warmUpParser).not.toHaveBeenCalled();
  });
});

/** `count` module directories given as paths on a host of their own (absolute, as the command gives them). */
function onHost(count: number) {
  const files = Object.fromEntries(Object.entries(modules(count)).map(([name, text]) => [`/scan/${name}`, text]));
  return { cwd: "/scan", host: new MemoryHost(files), paths: Object.keys(files).map((f) => f.slice(0, f.lastIndexOf("/"))) };
}
