import type { HclFile } from "../ast.js";

/** Reads Terraform JSON syntax (`.tf.json`, `.tfvars.json`) into the shared syntax tree. */
export function parseJson(source: string, filename: string): HclFile {
  const zero = { line: 1, column: 1, offset: 0 };
  const range = { start: zero, end: zero };
  return {
    filename,
    source,
    syntax: "json",
    body: { type: "Body", items: [], range },
    comments: [],
    diagnostics: [{ severity: "error", summary: "Not implemented", detail: "JSON syntax is not read yet.", range }],
  };
}
