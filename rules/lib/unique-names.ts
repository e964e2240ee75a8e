/**
 * Whether a resource name differs between the old and the new copy of a
 * replaced resource: what decides if `create_before_destroy` can work with
 * a unique `name`.
 */
import type { Expression } from "../../src/hcl/ast.js";
import type { Module } from "../../src/model/types.js";
import { functionsCalledIn, referencesIn } from "./references.js";

/** Functions whose result changes with time, randomness or the content hashed. */
const UNIQUE_FUNCTIONS = new Set([
  "uuid",
  "uuidv5",
  "timestamp",
  "plantimestamp",
  "bcrypt",
  "md5",
  "sha1",
  "sha256",
  "sha512",
  "base64sha256",
  "base64sha512",
  "filemd5",
  "filesha1",
  "filesha256",
  "filesha512",
  "filebase64sha256",
  "filebase64sha512",
]);

/** Resources whose only purpose is a random or time-based value. */
const UNIQUE_RESOURCE_PREFIXES = ["random_", "time_"];

/** Whether the expression has a random, time-based or content-derived part. */
export function hasUniquePart(expr: Expression, module: Module): boolean {
  for (const name of functionsCalledIn(expr, module)) {
    if (UNIQUE_FUNCTIONS.has(name)) return true;
  }
  return referencesIn(expr, module).some((ref) => UNIQUE_RESOURCE_PREFIXES.some((p) => ref.root.startsWith(p)));
}

