/**
 * The engine warms the parser up (`warmUpParser`) only for a run with many
 * module directories, where it pays; a small run would only pay its cost.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../../src/hcl/warm-up.js", () => ({ warmUpParser: vi.fn() }));

const { warmUpParser } = await import("../../src/hcl/warm-up.js");
const { lint } = await import("../../src/engine/lint.js");

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
});
