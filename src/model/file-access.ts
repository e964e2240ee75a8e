/**
 * How anything in tfmould reads a file from the disk, and which files it
 * may read at all. The scanned repository is untrusted: a path in it (a
 * symbolic link, `file("../../x")`, a config's `varFiles`) may point
 * anywhere, and a "file" may be a device or a FIFO that never ends.
 *
 * - `readRegularFile` opens without blocking, checks that what it opened is
 *   a regular file within a size limit, and reads only that much.
 * - `ReadBoundary` is the one answer to "may this be read": inside one of
 *   its roots (the repositories that hold the scanned paths), or a path the
 *   user named on the command line, compared as real paths by components.
 */
import { isAscii } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import * as nodePath from "node:path";
import { isPlainAbsolute } from "../util/paths.js";

/** Files larger than this are not read unless the user raises the limit: no Terraform file comes near it. */
export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

export type FileRead = { readonly bytes: Buffer } | { readonly reason: string };

/**
 * The bytes of a regular file of at most `maxBytes`, or why not. Never
 * blocks on a FIFO or a device, never reads a growing or sparse file past
 * the limit, never throws.
 */
export function readRegularFile(path: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): FileRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { reason: describeError(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { reason: stat.isDirectory() ? "is a directory" : "not a regular file" };
    if (stat.size > maxBytes) return { reason: tooLarge(maxBytes) };
    // One byte more than the limit tells a file that grew since fstat from one that fits.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) return { reason: tooLarge(maxBytes) };
      if (length === buffer.length) break;
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { reason: describeError(error) };
  } finally {
    closeSync(fd);
  }
}

function tooLarge(maxBytes: number): string {
  return `larger than the ${formatBytes(maxBytes)} limit (--max-file-size)`;
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : n % 1024 === 0 ? `${n / 1024} KiB` : `${n} bytes`;
}

export type SourceRead = { readonly text: string } | { readonly reason: string };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** How far into a file to look for a NUL byte, the mark of a binary file. */
const BINARY_PROBE = 8000;

/**
 * A source file's text when it is a regular UTF-8 text file within the size
 * limit, or the reason it is not usable (unreadable, a directory, a device,
 * too large, binary, not UTF-8). The BOM, if any, is kept, as on disk.
 */
export function readSource(file: string, maxBytes: number = DEFAULT_MAX_FILE_BYTES): SourceRead {
  const read = readRegularFile(file, maxBytes);
  if ("reason" in read) return read;
  const bytes = read.bytes;
  const nul = bytes.indexOf(0);
  if (nul !== -1 && nul < BINARY_PROBE) return { reason: "binary file (contains NUL bytes)" };
  // Nearly every Terraform file is ASCII, which needs no UTF-8 decoding (nor checking).
  if (isAscii(bytes)) return { text: bytes.toString("latin1") };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { reason: "not UTF-8 text" };
  }
}

/** A file system error as a short reason: "permission denied", "does not exist". */
export function describeError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOENT":
    case "ENOTDIR":
      return "does not exist";
    case "ELOOP":
      return "symbolic link loop";
    case "EAGAIN":
      return "not a regular file";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The file's device and inode, the same for every name (hard or symbolic link) it has; undefined when it does not exist. */
export function identityOf(path: string): string | undefined {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/** Whether `inner` is `outer` or lies under it, comparing whole path components (so `/` holds everything, and `/a` does not hold `/ab`). */
export function isWithin(outer: string, inner: string): boolean {
  // Absolute POSIX paths without `.`, `..` or doubled slashes compare as text; anything else is resolved first.
  if (isPlainAbsolute(outer) && isPlainAbsolute(inner)) {
    const o = outer.length > 1 && outer.endsWith("/") ? outer.slice(0, -1) : outer;
    const i = inner.length > 1 && inner.endsWith("/") ? inner.slice(0, -1) : inner;
    return o === "/" || i === o || (i.length > o.length && i.charCodeAt(o.length) === 0x2f && i.startsWith(o));
  }
  const rel = nodePath.relative(outer, inner);
  return rel === "" || (!rel.startsWith(`..${nodePath.sep}`) && rel !== ".." && !nodePath.isAbsolute(rel));
}

/** The canonical path, or undefined when it does not exist. */
function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The repository that holds `path`: the nearest directory at or above it
 * with a `.git` entry (a directory, or a file in a worktree or submodule);
 * undefined when there is none.
 */
export function repositoryRoot(path: string): string | undefined {
  const real = realPath(path);
  if (real === undefined) return undefined;
  let dir = isDirectory(real) ? real : nodePath.dirname(real);
  for (;;) {
    if (realPath(nodePath.join(dir, ".git")) !== undefined) return dir;
    const parent = nodePath.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A `ReadBoundary` as plain data (real paths). */
export interface ReadBoundaryData {
  readonly roots: readonly string[];
  readonly named: readonly string[];
}

/** What a run may read: its roots, and the files the user named. */
export class ReadBoundary {
  /** Real paths of the roots. */
  readonly roots: readonly string[];
  private readonly named: Set<string>;

  private constructor(roots: readonly string[], named: Set<string>) {
    this.roots = roots;
    this.named = named;
  }

  /**
   * The boundary for scanning `paths` (resolved against `cwd`): for each, the
   * repository that holds it, or the path itself (its directory, for a file)
   * when no repository does. `named` are files the user gave on the command
   * line (`--var-file`, `--config`, `--baseline`): readable wherever they are.
   */
  static forScan(paths: readonly string[], cwd: string, named: readonly string[] = []): ReadBoundary {
    const roots = new Set<string>();
    for (const given of paths) {
      const abs = nodePath.resolve(cwd, given);
      const real = realPath(abs);
      if (real === undefined) continue;
      roots.add(repositoryRoot(real) ?? (isDirectory(real) ? real : nodePath.dirname(real)));
    }
    const namedReal = new Set<string>();
    for (const file of [...named, ...paths]) {
      const real = realPath(nodePath.resolve(cwd, file));
      if (real !== undefined) namedReal.add(real);
    }
    return new ReadBoundary([...roots], namedReal);
  }

  /**
   * Admits one more file, by its real path: a `.tfmould.json` that the
   * config lookup found above the repository is the user's own, like a
   * named one (what it names is still confined).
   */
  admit(path: string): void {
    const real = realPath(path);
    if (real !== undefined) this.named.add(real);
  }

  /** The boundary as plain data, for a worker thread. */
  toData(): ReadBoundaryData {
    return { roots: [...this.roots], named: [...this.named] };
  }

  static fromData(data: ReadBoundaryData): ReadBoundary {
    return new ReadBoundary(data.roots, new Set(data.named));
  }

  /**
   * Whether a path may be read: its real path is named, or inside a root. A
   * path that does not exist may be (there is nothing to leak). `resolve`
   * works out real paths (a host that knows many already can answer faster).
   */
  allows(path: string, resolve: (path: string) => string | undefined = realPath): boolean {
    const real = resolve(path);
    if (real === undefined) return true;
    return this.allowsReal(real);
  }

  /** `allows` for a path already resolved with realpath. */
  allowsReal(real: string): boolean {
    return this.named.has(real) || this.roots.some((root) => isWithin(root, real));
  }

  /** The root that holds a path, for relative messages and for `file()`'s limit; `resolve` as for `allows`. */
  rootOf(path: string, resolve: (path: string) => string | undefined = realPath): string | undefined {
    const real = resolve(path) ?? nodePath.resolve(path);
    return this.roots.find((root) => isWithin(root, real));
  }
}

/** Why a path is refused, for notices: never its contents. */
export const OUTSIDE_BOUNDARY = "outside the scanned repository; tfmould reads only the repository it scans and the files named on the command line";
