/**
 * Terraform JSON syntax (`.tf.json`, `.tfvars.json`) read into the same tree
 * shapes as native syntax, with ranges taken from the JSON text.
 *
 * - `.tf.json`: the top-level object's properties are Terraform's top-level
 *   block types (`resource`, `variable`, ...), unpacked with one object level
 *   per label; strings are string templates except where Terraform reads them
 *   literally or as expressions (see `schema.ts`).
 * - `.tfvars.json`: each top-level property is an argument whose value is
 *   taken literally (strings are not templates).
 * - `"//"` properties of block bodies are comments: they are left out of the
 *   body and listed in `HclFile.comments` (style `//`, text = the string).
 */
import type { Body, Comment, Diagnostic, HclFile } from "../ast.js";
import { attribute, readBody, type BodyContext } from "./bodies.js";
import { LineIndex, shareLineIndex } from "../positions.js";
import { CONFIG_FILE } from "./schema.js";
import { parseJsonSyntax } from "./syntax.js";
import type { JsonObject } from "./values.js";

/** Whether a file name is a JSON variable-definitions file. */
function isVarsFile(filename: string): boolean {
  return filename.endsWith(".tfvars.json");
}

/** Reads Terraform JSON syntax (`.tf.json`, `.tfvars.json`) into the shared syntax tree. Never throws. */
export function parseJson(source: string, filename: string): HclFile {
  const index = new LineIndex(source);
  const syntax = parseJsonSyntax(source, index);
  const diagnostics: Diagnostic[] = syntax.diagnostics;
  const comments: Comment[] = [];
  const ctx: BodyContext = { source, filename, index, diagnostics, comments };
  const root = syntax.value;
  let body: Body;
  if (root && root.kind === "object") {
    body = isVarsFile(filename) ? readVarsBody(ctx, root) : readBody(ctx, root, CONFIG_FILE, 0);
  } else {
    if (root && root.kind !== "invalid") {
      diagnostics.push({
        severity: "error",
        summary: "Incorrect JSON value type",
        detail: "A JSON object is required here, setting the arguments for this block.",
        range: index.plainRange(root.start, root.end),
      });
    }
    body = { type: "Body", items: [], range: index.plainRange(0, source.length) };
  }
  const file: HclFile = { filename, source, syntax: "json", body, comments, diagnostics };
  return shareLineIndex(file, index);
}

function readVarsBody(ctx: BodyContext, root: JsonObject): Body {
  const items = [];
  for (const p of root.properties) {
    if (p.key.value === "//") {
      ctx.comments.push({ type: "Comment", style: "//", text: p.value.kind === "string" ? p.value.value : "", range: ctx.index.plainRange(p.key.start, p.value.end) });
      continue;
    }
    items.push(attribute(ctx, p, "literal"));
  }
  return { type: "Body", items, range: ctx.index.plainRange(root.start, root.end) };
}
