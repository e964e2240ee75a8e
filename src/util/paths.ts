/**
 * `path.resolve` and `path.join` for the paths a run handles most, without
 * normalising what is already normal. A run joins and resolves tens of
 * thousands of paths (every file of every module, every lock file, config
 * and `.git` looked for), nearly all of them absolute and normal already,
 * and `node:path` normalises the whole string each time: 4% of a cold run
 * on the 23-repository corpus. Anything else (and every path on Windows)
 * goes to `node:path`.
 */
import * as path from "node:path";

const POSIX = path.sep === "/";

/** `/./`, `/../`, a trailing `/.` or `/..`, or `//`: what normalising would change in an absolute POSIX path, besides a trailing `/`. */
const DOT_OR_DOUBLE_SLASH = /\/\.\.?(?:\/|$)|\/\//;

/** Whether `p` is an absolute POSIX path without `.` or `..` components or doubled slashes (a trailing `/` allowed): one that compares as text. */
export function isPlainAbsolute(p: string): boolean {
  return POSIX && p.charCodeAt(0) === 0x2f && !DOT_OR_DOUBLE_SLASH.test(p);
}

/** Whether `p` is an absolute path that `path.resolve(p)` gives back unchanged (on POSIX). */
export function isNormalAbsolute(p: string): boolean {
  return isPlainAbsolute(p) && (p.length === 1 || p.charCodeAt(p.length - 1) !== 0x2f);
}

/** `path.resolve(p)`. */
export function resolvePath(p: string): string {
  return isNormalAbsolute(p) ? p : path.resolve(p);
}

/** `path.join(dir, name)`; quick for a name that is one entry of `dir` (no separator, not `.` or `..`). */
export function joinName(dir: string, name: string): string {
  if (name !== "" && name !== "." && name !== ".." && !name.includes("/") && isNormalAbsolute(dir)) {
    return dir.length === 1 ? `/${name}` : `${dir}/${name}`;
  }
  return path.join(dir, name);
}

/** `path.relative(from, to)`; quick when both are normal absolute paths. */
export function relativePath(from: string, to: string): string {
  if (!isNormalAbsolute(from) || !isNormalAbsolute(to)) return path.relative(from, to);
  if (from === to) return "";
  if (from === "/") return to.slice(1);
  if (to.startsWith(from) && to.charCodeAt(from.length) === 0x2f) return to.slice(from.length + 1);
  // The slash that ends the deepest directory both are in (the end of a path counts as one).
  let common = 0;
  const n = Math.min(from.length, to.length);
  for (let i = 1; i <= n; i++) {
    const a = i < from.length ? from.charCodeAt(i) : 0x2f;
    const b = i < to.length ? to.charCodeAt(i) : 0x2f;
    if (a !== b) break;
    if (a === 0x2f) common = i;
  }
  let ups = common >= from.length ? 0 : 1;
  for (let i = common + 1; i < from.length; i++) if (from.charCodeAt(i) === 0x2f) ups++;
  const down = common >= to.length ? "" : to.slice(common + 1);
  const up = "../".repeat(ups);
  return down === "" ? up.slice(0, -1) : up + down;
}
