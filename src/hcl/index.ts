/**
 * The syntax layer's entry: `parse` reads native HCL or Terraform JSON by the
 * file name's ending.
 */
import type { HclFile } from "./ast.js";
import { parseJson } from "./json/index.js";
import { parseNative } from "./parser.js";

export type * from "./ast.js";

/**
 * Parses one file: Terraform JSON syntax when the name ends in `.json`,
 * native HCL otherwise. Never throws; problems are in `diagnostics`.
 */
export function parse(source: string, filename: string): HclFile {
  return filename.endsWith(".json") ? parseJson(source, filename) : parseNative(source, filename);
}
