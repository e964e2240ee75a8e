/**
 * How the engine names files: host paths (absolute on disk, keys of the
 * in-memory host) and the display names findings carry (relative to the
 * working directory, `/` separators).
 */
import * as path from "node:path";
import { isNormalAbsolute, joinName, relativePath } from "../util/paths.js";

export class FileNames {
  private readonly displayNames = new Map<string, string>();
  private readonly absolutes = new Map<string, string>();

  constructor(
    /** Absolute working directory. */
    readonly cwd: string,
    /** Whether host paths are the in-memory host's keys rather than disk paths. */
    readonly inMemory: boolean,
  ) {}

  /** The name a finding carries for a host path; worked out once per path, since every report asks. */
  display(filename: string): string {
    let name = this.displayNames.get(filename);
    if (name === undefined) {
      if (!path.isAbsolute(filename)) name = normalizePath(filename);
      // Between two normal absolute paths the relative path is normal already.
      else if (isNormalAbsolute(this.cwd) && isNormalAbsolute(filename)) name = relativePath(this.cwd, filename) || ".";
      else name = normalizePath(path.relative(this.cwd, filename).split(path.sep).join("/")) || ".";
      this.displayNames.set(filename, name);
    }
    return name;
  }

  /** A path resolved against the working directory; remembered, as the same few paths are asked for all the time. */
  absolute(p: string): string {
    let abs = this.absolutes.get(p);
    if (abs === undefined) this.absolutes.set(p, (abs = isNormalAbsolute(p) ? p : path.resolve(this.cwd, p)));
    return abs;
  }

  /** A host path relative to the working directory, `/`-separated ("." for the directory itself). */
  relativeToCwd(p: string): string {
    return normalizePath(path.relative(this.cwd, p) || ".");
  }

  /** The host path a display name stands for. */
  hostPathOf(display: string): string {
    return this.inMemory ? display : path.resolve(this.cwd, display);
  }
}

/**
 * Normalises a path to `/` separators without `./` or a trailing `/`; "" for
 * the current directory.
 *
 * Only the platform's own separator (`separator`, `path.sep` by default)
 * becomes `/`. On POSIX a backslash is an ordinary character of a file name:
 * `back\slash.tf` is one file in the top directory, and reporting it as
 * `back/slash.tf` would name a file that does not exist (or another one).
 */
export function normalizePath(p: string, separator: string = path.sep): string {
  const slashed = separator === "/" ? p : p.split(separator).join("/");
  const normal = path.posix.normalize(slashed);
  const trimmed = normal.length > 1 && normal.endsWith("/") ? normal.slice(0, -1) : normal;
  return trimmed === "." ? "" : trimmed.startsWith("./") ? trimmed.slice(2) : trimmed;
}

/** The in-memory directory of a file key: "" at the top. */
export function memoryDir(name: string): string {
  return normalizePath(path.posix.dirname(normalizePath(name)));
}

/** The directory part of a display name: "." at the top. */
export function displayDir(display: string): string {
  const i = display.lastIndexOf("/");
  return i === -1 ? "." : display.slice(0, i);
}

/** A file of a directory, for both hosts ("" and "." are the in-memory top). */
export function joinPath(dir: string, name: string): string {
  return dir === "." || dir === "" ? name : joinName(dir, name);
}
