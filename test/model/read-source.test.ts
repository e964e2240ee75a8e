import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { readSource } from "../../src/model/file-access.js";
import { makeTree, removeTree } from "../cli/tree.js";

const roots: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const root = makeTree(files);
  roots.push(root);
  return root;
}
afterEach(() => roots.splice(0).forEach(removeTree));

describe("readSource", () => {
  it("reads ASCII, UTF-8 and a BOM exactly as on disk", () => {
    const texts = {
      "ascii.tf": 'a = "b"\r\n\tc = 1\n\u007f',
      "utf8.tf": 'name = "café 😀"\n',
      "bom.tf": "\uFEFFx = 1\n",
    };
    const root = tree(texts);
    for (const [name, text] of Object.entries(texts)) expect(readSource(join(root, name))).toEqual({ text });
  });

  it("calls a file binary only for a NUL in its first 8000 bytes", () => {
    const late = "x".repeat(8000) + "\u0000";
    const root = tree({ "late.tf": late, "early.tf": "x".repeat(7999) + "\u0000" });
    expect(readSource(join(root, "late.tf"))).toEqual({ text: late });
    expect(readSource(join(root, "early.tf"))).toEqual({ reason: "binary file (contains NUL bytes)" });
  });

  it("rejects bytes that are not UTF-8 after an ASCII start", () => {
    const root = tree({ "bad.tf": Buffer.concat([Buffer.from("x = 1\n".repeat(100)), Buffer.from([0xc3, 0x28])]) });
    expect(readSource(join(root, "bad.tf"))).toEqual({ reason: "not UTF-8 text" });
  });
});
