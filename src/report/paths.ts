/**
 * Turning the engine's file paths into the paths each format shows.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { FormatOptions } from "./options.js";

/**
 * Where formats that need a path for everything (GitLab, Checkstyle) put a
 * notice about no file: the working directory, which is what the run was
 * about.
 */
export const RUN_PATH = ".";

/** The working directory the options name, or the process's. */
export function workingDirectory(options: FormatOptions): string {
  return resolve(options.cwd ?? process.cwd());
}

/** `file` relative to `base`, with `/` separators (kept absolute when on another drive). */
export function relativeTo(base: string, file: string): string {
  const rel = relative(base, file);
  const shown = rel === "" ? "." : isAbsolute(rel) ? file : rel;
  return sep === "/" ? shown : shown.split(sep).join("/");
}

/**
 * The paths people and programs see: relative to the working directory, with
 * `/`. The working directory is resolved once and each distinct file once
 * (a report names the same files over and over).
 */
export function displayPaths(options: FormatOptions): (file: string) => string {
  const cwd = workingDirectory(options);
  const root = options.root === undefined ? cwd : resolve(options.root);
  const seen = new Map<string, string>();
  return (file) => {
    let shown = seen.get(file);
    if (shown === undefined) {
      shown = relativeTo(cwd, resolve(root, file));
      seen.set(file, shown);
    }
    return shown;
  };
}
