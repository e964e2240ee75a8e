/**
 * Issue 16 §6: a binary file reachable under three names (hard links or
 * symbolic links) is reported once, at its first name, not once per name
 * (hosts tell files apart by device and inode: `SourceHost.fileIdentity`).
 */
import { afterEach, describe, expect, it } from "vitest";
import { linkSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/index.js";
import { fakeIO } from "../cli/fake-io.js";
import { makeTree, removeTree } from "../cli/tree.js";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

const BINARY = Buffer.from([0x61, 0x00, 0x62, 0x00]);

async function unreadableFindings(root: string): Promise<string[]> {
  const io = fakeIO(root);
  await run(["-f", "json", "."], io);
  const doc = JSON.parse(io.out()) as { findings: { file: string; message: string }[] };
  return doc.findings.filter((f) => /could not be read/u.test(f.message)).map((f) => f.file);
}

describe.skipIf(process.platform === "win32")("one binary file under several names", () => {
  it("is reported once through hard links", async () => {
    const root = makeTree({ "main.tf": "locals {}\n", "bin.tf": BINARY });
    roots.push(root);
    linkSync(join(root, "bin.tf"), join(root, "bin2.tf"));
    linkSync(join(root, "bin.tf"), join(root, "bin3.tf"));
    expect(await unreadableFindings(root)).toEqual(["bin.tf"]);
  });

  it("is reported once through symbolic links", async () => {
    const root = makeTree({ "main.tf": "locals {}\n", "bin.tf": BINARY });
    roots.push(root);
    symlinkSync("bin.tf", join(root, "s1.tf"));
    symlinkSync("bin.tf", join(root, "s2.tf"));
    expect(await unreadableFindings(root)).toEqual(["bin.tf"]);
  });
});
