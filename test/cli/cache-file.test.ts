/**
 * The cache file's known files: a file's status signature vouches for its
 * text only while every number of it is what it was, and a file whose
 * signatures are not what this code writes is ignored, never trusted.
 */
import { afterAll, describe, expect, it } from "vitest";
import { crc32 } from "node:zlib";
import { readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CacheEntry, CacheHeader, CacheRead, KnownFiles } from "../../src/cli/cache-file.js";
import { summaryOf } from "../../src/engine/finish.js";
import { hasSignature, readCache, statSignature, writeCache } from "../../src/cli/cache-file.js";
import { makeTree, removeTree } from "./tree.js";

const trees: string[] = [];
afterAll(() => trees.forEach(removeTree));

const HEADER: CacheHeader = { version: "1.2.3", tree: "/somewhere", settings: "s" };

function setUp(): { root: string; file: string; cache: string } {
  const root = makeTree({ "main.tf": 'locals {\n  a = "b"\n}\n' });
  trees.push(root);
  return { root, file: join(root, "main.tf"), cache: join(root, ".tfmould-cache") };
}

/** Writes a cache knowing `file` as it is now, and reads it back. */
function knownNow(file: string, cache: string): KnownFiles {
  const status = statSignature(file);
  expect(status).toBeDefined();
  writeCache(cache, HEADER, [], new Map([[file, [status!.signature, "digest"]]]));
  const read = readCache(cache, HEADER);
  const index = read.kind === "read" ? read.index() : undefined;
  if (index === undefined) throw new Error(`cache not read back: ${JSON.stringify(read)}`);
  return index.known;
}

/** Whether a cache read is one to ignore: a notice at once, or an index that is not given (the run then ignores the file, with a notice). */
function ignored(read: CacheRead): boolean {
  return read.kind === "ignored" || (read.kind === "read" && read.index() === undefined);
}

/** The cache with its index changed by `edit`, under a checksum that matches (a forged file). */
function forge(cache: string, edit: (index: { known: { signatures: unknown }; groups: { log: unknown[] }[] }) => void): void {
  const [headText, manifestText, indexText, ...rest] = readFileSync(cache, "latin1").split("\n");
  const head = JSON.parse(headText) as { checksums: Record<string, string> };
  const index = JSON.parse(indexText) as Parameters<typeof edit>[0];
  edit(index);
  const forged = JSON.stringify(index);
  head.checksums.index = crc32(Buffer.from(forged, "latin1")).toString(16);
  writeFileSync(cache, [JSON.stringify(head), manifestText, forged, ...rest].join("\n"), "latin1");
}

describe("known files", () => {
  it("read back with the signature and digest written", () => {
    const { file, cache } = setUp();
    const known = knownNow(file, cache);
    expect([...known.keys()]).toEqual([file]);
    const [signature, digest] = known.get(file)!;
    expect(digest).toBe("digest");
    expect(signature).toEqual(statSignature(file)!.signature);
    expect(hasSignature(file, signature)).toBe(true);
  });

  it("vouch for no file whose status changed: an edit of the same size, a new time, a removal", () => {
    const { file, cache } = setUp();
    const [signature] = knownNow(file, cache).get(file)!;
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace('"b"', '"c"'));
    // A minute back, so that the times differ even within one clock tick of the first write.
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(file, earlier, earlier);
    expect(readFileSync(file, "utf8").length).toBe(text.length);
    expect(hasSignature(file, signature)).toBe(false);
    rmSync(file);
    expect(hasSignature(file, signature)).toBe(false);
    expect(statSignature(file)).toBeUndefined();
  });

  it("compare each number of the signature", () => {
    const { file, cache } = setUp();
    const [signature] = knownNow(file, cache).get(file)!;
    for (let i = 0; i < signature.length; i++) {
      const other = [...signature] as unknown as typeof signature & number[];
      other[i] += 1;
      expect(hasSignature(file, other)).toBe(false);
    }
  });

  it("make a cache of signatures that are not numbers, or not five to a file, one to ignore", () => {
    const { file, cache } = setUp();
    const [signature] = knownNow(file, cache).get(file)!;
    for (const forged of [[...signature.slice(0, 4), String(signature[4])], signature.slice(0, 4), [...signature, 1], [signature.join(":")], [...signature.slice(0, 4), null]]) {
      knownNow(file, cache);
      forge(cache, (index) => (index.known.signatures = forged));
      expect(ignored(readCache(cache, HEADER)), JSON.stringify(forged)).toBe(true);
    }
  });

  it("make a cache whose entries name questions by anything but their index one to ignore", () => {
    const { file, cache } = setUp();
    const entry: CacheEntry = {
      paths: ["."],
      dirs: ["/m"],
      log: [["t", file, "digest"]],
      linted: 0,
      expiries: [],
      result: { findings: [], notices: [], files: [], enabledRules: [], summary: summaryOf({ findings: [], notices: [], files: [] }) },
      lineHashes: [],
    };
    writeCache(cache, HEADER, [entry], new Map());
    const read = readCache(cache, HEADER);
    expect(read.kind === "read" && read.index()?.groups[0].log).toEqual([["t", file, "digest"]]);
    for (const forged of ["0", 0.5, -1, 1, null]) {
      writeCache(cache, HEADER, [entry], new Map());
      forge(cache, (index) => (index.groups[0].log = [forged]));
      expect(ignored(readCache(cache, HEADER)), JSON.stringify(forged)).toBe(true);
    }
  });
});

describe("the groups' questions and rule lists", () => {
  const result = (enabledRules: CacheEntry["result"]["enabledRules"]): CacheEntry["result"] => ({
    findings: [],
    notices: [],
    files: [],
    enabledRules,
    summary: summaryOf({ findings: [], notices: [], files: [] }),
  });
  const entry = (path: string, log: CacheEntry["log"], enabledRules: CacheEntry["result"]["enabledRules"]): CacheEntry => ({
    paths: [path],
    dirs: ["/m"],
    log,
    linted: 0,
    expiries: [],
    result: result(enabledRules),
    lineHashes: [],
  });

  it("are written once each, and each group reads back its own", () => {
    const { cache } = setUp();
    // Questions about one path that differ in kind or in answer, and equal ones that are other objects.
    const first = entry(
      "a",
      [
        ["t", "/m/a.tf", "d1"],
        ["e", "/m/a.tf", "d1"],
        ["t", "/m/a.tf", "d2"],
        ["p", "/m/b.tf", "/m/a.tf"],
      ],
      [{ id: "r1", severity: "error" }, { id: "r2", severity: "warning" }],
    );
    const second = entry(
      "b",
      [
        ["t", "/m/a.tf", "d2"],
        ["t", "/m/a.tf", "d1"],
        ["p", "/m/b.tf", "-"],
      ],
      [{ id: "r1", severity: "error" }, { id: "r2", severity: "warning" }],
    );
    const third = entry("c", [["l", "/m", "d1"]], [{ id: "r1", severity: "error" }, { id: "r2", severity: "error" }]);
    const fourth = entry("d", [["e", "/m/a.tf", "d1"]], [{ id: "r2", severity: "warning" }, { id: "r1", severity: "error" }]);
    writeCache(cache, HEADER, [first, second, third, fourth], new Map());

    const read = readCache(cache, HEADER);
    if (read.kind !== "read") throw new Error(`cache not read back: ${JSON.stringify(read)}`);
    expect(read.index()?.groups.map((g) => g.log)).toEqual([first.log, second.log, third.log, fourth.log]);
    expect(read.entries()?.map((e) => e.result.enabledRules)).toEqual([first, second, third, fourth].map((e) => e.result.enabledRules));

    const [, , indexText, resultsText] = readFileSync(cache, "latin1").split("\n");
    const stored = JSON.parse(indexText) as { questions: { kinds: string } };
    expect(stored.questions.kinds).toBe("tetppl");
    expect((JSON.parse(resultsText) as { ruleSets: unknown[] }).ruleSets).toHaveLength(3);
  });
});
