import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../../src/cli/atomic-write.js";
import { makeTree, removeTree } from "./tree.js";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

describe("atomic output file", () => {
  it("creates parent folders and replaces an existing file", () => {
    const root = makeTree({ "out/old.json": "old" });
    roots.push(root);
    writeFileAtomic(join(root, "deep/er/report.sarif"), "new report");
    expect(readFileSync(join(root, "deep/er/report.sarif"), "utf8")).toBe("new report");
    writeFileAtomic(join(root, "out/old.json"), "replaced");
    expect(readFileSync(join(root, "out/old.json"), "utf8")).toBe("replaced");
    expect(readdirSync(join(root, "out"))).toEqual(["old.json"]);
  });

  it("leaves no partial or temporary file when the write fails", () => {
    const root = makeTree({});
    roots.push(root);
    // The target is a directory: the rename fails after the temporary file was written.
    mkdirSync(join(root, "report.json"));
    writeFileSync(join(root, "report.json", "keep"), "x");
    expect(() => writeFileAtomic(join(root, "report.json"), "text")).toThrow();
    expect(readdirSync(root)).toEqual(["report.json"]);
    expect(readdirSync(join(root, "report.json"))).toEqual(["keep"]);
  });
});
