/**
 * The names findings carry: paths relative to the working directory with
 * `/` separators, the same on every platform.
 */
import { posix, sep } from "node:path";

/**
 * Normalises a path to `/` separators without `./` or a trailing `/`; "" for
 * the current directory.
 *
 * Only the platform's own separator (`separator`, `path.sep` by default)
 * becomes `/`. On POSIX a backslash is an ordinary character of a file name:
 * `back\slash.tf` is one file in the top directory, and reporting it as
 * `back/slash.tf` would name a file that does not exist (or another one).
 */
export function normalizePath(p: string, separator: string = sep): string {
  const slashed = separator === "/" ? p : p.split(separator).join("/");
  const normal = posix.normalize(slashed);
  const trimmed = normal.length > 1 && normal.endsWith("/") ? normal.slice(0, -1) : normal;
  return trimmed === "." ? "" : trimmed.startsWith("./") ? trimmed.slice(2) : trimmed;
}
