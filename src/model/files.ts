/**
 * Which files of a directory belong to a Terraform module, and in what
 * order Terraform reads them.
 */
import { compareStrings } from "../util/compare.js";

/** The last path segment, for either separator. */
export function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return cut < 0 ? path : path.slice(cut + 1);
}

/** `.tf` and `.tf.json` configuration files. */
export function isConfigFile(path: string): boolean {
  return path.endsWith(".tf") || path.endsWith(".tf.json");
}

/** `.tfvars` and `.tfvars.json` variable definitions files. */
export function isVarFile(path: string): boolean {
  return path.endsWith(".tfvars") || path.endsWith(".tfvars.json");
}

/** `override.tf`, `*_override.tf` and their `.tf.json` forms. */
export function isOverrideFile(path: string): boolean {
  const name = baseName(path).replace(/\.tf(?:\.json)?$/, "");
  return name === "override" || name.endsWith("_override");
}

/** Files Terraform skips: hidden files and editor backups (`.x.tf`, `x.tf~`, `#x.tf#`). */
export function isIgnoredFile(path: string): boolean {
  const name = baseName(path);
  return name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"));
}

/** Lexical order by file name, then by full path: the order Terraform loads files in. */
export function compareFileNames(a: string, b: string): number {
  const na = baseName(a);
  const nb = baseName(b);
  return compareStrings(na, nb) || compareStrings(a, b);
}
