/**
 * Issue 16 §6: a file named `back\slash.tf` (a backslash inside a Linux file
 * name) is reported under its own name: display names turn only the
 * platform's separator into `/` (src/engine/file-names.ts).
 */
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/index.js";
import { EXIT_FINDINGS } from "../../src/cli/exit-codes.js";
import { fakeIO } from "../cli/fake-io.js";
import { makeTree, removeTree } from "../cli/tree.js";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

describe.skipIf(process.platform === "win32")("a backslash in a file name", () => {
  it("is kept in every format", async () => {
    const root = makeTree({ "back\\slash.tf": "locals {\n", "mods/a\\b/main.tf": "locals {\n" });
    roots.push(root);
    const json = fakeIO(root);
    expect(await run(["-f", "json", "."], json)).toBe(EXIT_FINDINGS);
    const doc = JSON.parse(json.out()) as { findings: { file: string }[] };
    expect(doc.findings.map((f) => f.file).sort()).toEqual(["back\\slash.tf", "mods/a\\b/main.tf"]);
    const stylish = fakeIO(root);
    await run(["."], stylish);
    expect(stylish.out().split("\n")).toContain("back\\slash.tf");
    const sarif = fakeIO(root);
    await run(["-f", "sarif", "."], sarif);
    expect(sarif.out()).toContain('"uri":"back%5Cslash.tf"');
  });
});
