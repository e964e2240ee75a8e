/** Terraform's hash functions over UTF-8 text, and the deterministic `uuidv5`. */
import { createHash } from "node:crypto";
import { EvalError } from "../internal.js";
import { stringValue } from "../values.js";
import type { FunctionTable } from "./registry.js";
import { str } from "./registry.js";

/** Hex or base64 digest of a string's UTF-8 bytes. */
export function digest(algorithm: string, text: string, encoding: "hex" | "base64"): string {
  return createHash(algorithm).update(Buffer.from(text, "utf8")).digest(encoding);
}

const NAMESPACES: Readonly<Record<string, string>> = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
};

function uuidv5(namespace: string, name: string): string {
  const ns = NAMESPACES[namespace] ?? namespace;
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(ns)) {
    throw new EvalError(`uuidv5 namespace must be dns, url, oid, x500 or a UUID`);
  }
  const bytes = createHash("sha1")
    .update(Buffer.from(ns.replace(/-/g, ""), "hex"))
    .update(Buffer.from(name, "utf8"))
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const hashFunctions: FunctionTable = {
  md5: { params: 1, returns: "string", impl: ([s]) => stringValue(digest("md5", str(s), "hex")) },
  sha1: { params: 1, returns: "string", impl: ([s]) => stringValue(digest("sha1", str(s), "hex")) },
  sha256: { params: 1, returns: "string", impl: ([s]) => stringValue(digest("sha256", str(s), "hex")) },
  sha512: { params: 1, returns: "string", impl: ([s]) => stringValue(digest("sha512", str(s), "hex")) },
  base64sha256: { params: 1, returns: "string", impl: ([s]) => stringValue(digest("sha256", str(s), "base64")) },
  base64sha512: { params: 1, returns: "string", impl: ([s]) => stringValue(digest("sha512", str(s), "base64")) },
  uuidv5: { params: 2, returns: "string", impl: ([ns, name]) => stringValue(uuidv5(str(ns), str(name))) },
};
