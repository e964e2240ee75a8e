import { describe, expect, it } from "vitest";
import { getBlocks } from "../src/model/query.js";
import type { Body } from "../src/hcl/ast.js";

const r = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

describe("getBlocks", () => {
  it("returns nothing for an empty body", () => {
    const body: Body = { type: "Body", items: [], range: r };
    expect(getBlocks(body, "x")).toEqual([]);
  });
});
