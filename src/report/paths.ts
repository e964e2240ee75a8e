/**
 * Turning the engine's file paths into the paths each format shows.
 */
import { isAbsolute, relative, resolve, sep } from "node:path";
import type { FormatOptions } from "./options.js";

/** The working directory the options name, or the process's. */
export function workingDirectory(options: FormatOptions): string {
  return resolve(options.cwd ?? process.cwd());
}

/** The absolute path of an engine path. */
export function absolutePath(file: string, options: FormatOptions): string {
  return resolve(options.root ?? workingDirectory(options), file);
}

/** `file` relative to `base`, with `/` separators (kept absolute when on another drive). */
export function relativeTo(base: string, file: string): string {
  const rel = relative(base, file);
  const shown = rel === "" ? "." : isAbsolute(rel) ? file : rel;
  return sep === "/" ? shown : shown.split(sep).join("/");
}

/** The path people and programs see: relative to the working directory, `/` separators. */
export function displayPath(file: string, options: FormatOptions): string {
  return relativeTo(workingDirectory(options), absolutePath(file, options));
}
