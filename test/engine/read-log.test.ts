/**
 * The read log behind `--cache`: every question a run asks its host is
 * written down once with its answer, and the log holds against a host only
 * while every answer is the same.
 */
import { afterAll, describe, expect, it } from "vitest";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DiskHost, MemoryHost } from "../../src/model/index.js";
import { makeTree, removeTree } from "../cli/tree.js";
import type { SourceHost } from "../../src/model/host.js";
import type { LogMemo } from "../../src/engine/read-log.js";
import { RecordingHost, readLogHolds, textsRead } from "../../src/engine/read-log.js";
import { lintModules } from "../../src/engine/lint.js";

const trees: string[] = [];
afterAll(() => trees.forEach(removeTree));

/** A tree on disk with `files`, linted through a recording host. */
function recorded(files: Record<string, string>): { log: ReturnType<RecordingHost["log"]>; root: string } {
  const root = makeTree(files);
  trees.push(root);
  const recording = new RecordingHost(new DiskHost());
  lintModules({ host: recording, paths: ["m"], cwd: root });
  return { log: recording.log(), root };
}

describe("RecordingHost and readLogHolds", () => {
  const files = {
    "m/main.tf": 'resource "aws_instance" "a" {\n  ami       = "ami-0c7217cdde317cfec"\n  user_data = file("${path.module}/data.txt")\n}\n',
    "m/data.txt": "one",
    "m/x.tfvars": "a = 1\n",
  };

  it("writes down the files a lint read, including those file() read", () => {
    const { log, root } = recorded(files);
    const texts = textsRead(log).map(([path]) => path);
    expect(texts).toContain(join(root, "m/main.tf"));
    expect(texts).toContain(join(root, "m/data.txt"));
    expect(log.filter(([kind, path]) => kind === "t" && path === join(root, "m/main.tf"))).toHaveLength(1);
  });

  it("holds against the same files, and not when a read file, a listing or an existence changes", () => {
    const { log, root } = recorded(files);
    expect(readLogHolds(log, new DiskHost())).toBe(true);
    writeFileSync(join(root, "m/data.txt"), "two");
    expect(readLogHolds(log, new DiskHost())).toBe(false);
    writeFileSync(join(root, "m/data.txt"), "one");
    writeFileSync(join(root, "m/extra.tf"), "");
    expect(readLogHolds(log, new DiskHost())).toBe(false);
    rmSync(join(root, "m/extra.tf"));
    rmSync(join(root, "m/x.tfvars"));
    expect(readLogHolds(log, new DiskHost())).toBe(false);
  });

  it("takes a digest it is vouched for instead of reading the file", () => {
    const { log, root } = recorded(files);
    writeFileSync(join(root, "m/data.txt"), "two");
    const digests = new Map(textsRead(log));
    expect(readLogHolds(log, new DiskHost(), (path) => digests.get(path))).toBe(true);
    expect(readLogHolds(log, new DiskHost())).toBe(false);
  });

  it("keeps the answers of the logs checked with one memo apart by kind of question", () => {
    const { log, root } = recorded(files);
    const main = join(root, "m/main.tf");
    const text = log.find(([kind, path]) => kind === "t" && path === main);
    expect(text).toBeDefined();
    const memo: LogMemo = new Map();
    // The same path asked whether it exists, then read: neither answer stands for the other.
    expect(readLogHolds([["e", main, "1"]], new DiskHost(), undefined, memo)).toBe(true);
    expect(readLogHolds([text!], new DiskHost(), undefined, memo)).toBe(true);
    expect(readLogHolds([["e", main, "0"]], new DiskHost(), undefined, memo)).toBe(false);
    // A question whose answer changed fails in every log that shares it.
    writeFileSync(main, "# changed\n");
    const fresh: LogMemo = new Map();
    expect(readLogHolds(log, new DiskHost(), undefined, fresh)).toBe(false);
    expect(readLogHolds([text!], new DiskHost(), undefined, fresh)).toBe(false);
  });

  it("writes down which files are one, not their device and inode", () => {
    const identities = (ids: Record<string, string>): SourceHost => ({ ...new MemoryHost({ a: "", b: "", c: "" }), readFile: () => "", listFiles: () => [], fileExists: () => true, realPath: (p) => p, fileIdentity: (p) => ids[p] });
    const recording = new RecordingHost(identities({ a: "1:10", b: "1:11", c: "1:10" }));
    for (const p of ["a", "b", "c"]) recording.fileIdentity(p);
    const log = recording.log();
    expect(log.map((e) => e[2])).toEqual(["#0", "#1", "#0"]);
    // Another checkout: other inodes, the same files alike.
    expect(readLogHolds(log, identities({ a: "2:7", b: "2:8", c: "2:7" }))).toBe(true);
    expect(readLogHolds(log, identities({ a: "2:7", b: "2:8", c: "2:9" }))).toBe(false);
  });
});
