/**
 * The quick joins and resolutions give exactly what `node:path` gives, for
 * normal paths (the quick way) and for every other kind (handed over).
 */
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { isNormalAbsolute, isPlainAbsolute, joinName, relativePath, resolvePath } from "../../src/util/paths.js";

const DIRS = ["/", "/a", "/a/b", "/a/b/", "/a//b", "/a/./b", "/a/../b", "/a/.", "/a/..", "/.hidden/x", "/a/b..c", "/a/.b", "a/b", "./a", "../a", "", ".", "/a b/c\\d"];
const NAMES = ["x.tf", ".terraform.lock.hcl", ".git", "..x", "x..", ".", "..", "", "a/b", "back\\slash.tf", "/abs"];

describe("paths", () => {
  it("joins as path.join does", () => {
    for (const dir of DIRS) for (const name of NAMES) expect(joinName(dir, name), `${dir} + ${name}`).toBe(path.join(dir, name));
  });

  it("resolves as path.resolve does", () => {
    for (const p of [...DIRS, ...NAMES]) expect(resolvePath(p), p).toBe(path.resolve(p));
  });

  it("gives relative paths as path.relative does", () => {
    const more = ["/a/b/c", "/a/bc", "/ab", "/a/b/c/d", "/x/y", "/a/b/../c"];
    for (const from of [...DIRS, ...more]) for (const to of [...DIRS, ...more]) expect(relativePath(from, to), `${from} -> ${to}`).toBe(path.relative(from, to));
  });

  it("gives relative paths as path.relative does between many normal absolute paths", () => {
    // Paths of 0 to 4 segments from a few names that share prefixes; a fixed sequence, so a failure repeats.
    const names = ["a", "b", "ab", "a.b", "..x", "x.."];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const some = (): string => "/" + Array.from({ length: next(5) }, () => names[next(names.length)]).join("/");
    for (let k = 0; k < 3000; k++) {
      const from = some();
      const to = some();
      expect(relativePath(from, to), `${from} -> ${to}`).toBe(path.relative(from, to));
    }
  });

  it("takes the quick way only for absolute paths without dot components, doubled slashes or (when normal) a trailing slash", () => {
    expect(["/", "/a", "/a/b", "/.hidden/x", "/a/b..c", "/a/.b"].every(isNormalAbsolute)).toBe(true);
    expect(["/a/b/", "/a//b", "/a/./b", "/a/../b", "/a/.", "/a/..", "a/b", "./a", ""].some(isNormalAbsolute)).toBe(false);
    expect(isPlainAbsolute("/a/b/")).toBe(true);
    expect(isPlainAbsolute("/a/../b")).toBe(false);
  });
});
