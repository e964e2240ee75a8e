/**
 * Which editor documents are linted, and as what: a file on disk (linted
 * with its module directory) or a text with no file (an untitled buffer,
 * linted alone).
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

/** Terraform configuration and variable files, as the engine reads them. */
const LINTED = /\.(tf|tf\.json|tfvars|tfvars\.json)$/;

/** Where a document's findings come from. */
export type LintTarget =
  /** A file: its directory is the module. */
  | { readonly kind: "directory"; readonly dir: string; readonly path: string }
  /** No file behind it: the text alone, under a name that says its syntax. */
  | { readonly kind: "text"; readonly name: string };

/** Whether the editor's documents at this path are linted (a Terraform configuration or variable file). */
export function isLintedPath(path: string): boolean {
  return LINTED.test(path);
}

/** The absolute path of a `file:` URI, or undefined for any other URI. */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined; // a file URI of another host, or malformed
  }
}

/**
 * What to lint for a document, or undefined when it is not Terraform. An
 * untitled buffer has no file name to go by: its language id says whether
 * it is a configuration or a variable file.
 */
export function lintTargetOf(uri: string, languageId: string): LintTarget | undefined {
  const path = pathOfUri(uri);
  if (path !== undefined) return LINTED.test(path) ? { kind: "directory", dir: dirname(path), path } : undefined;
  const last = decoded(uri.replace(/[?#].*$/s, "").split(/[/:]/).pop() ?? "");
  if (LINTED.test(last) && !last.includes("\\")) return { kind: "text", name: last };
  if (languageId === "terraform") return { kind: "text", name: "main.tf" };
  if (languageId === "terraform-vars") return { kind: "text", name: "terraform.tfvars" };
  return undefined;
}

/** The key lints are scheduled by: one per module directory, one per untitled buffer. */
export function lintKeyOf(uri: string, target: LintTarget): string {
  return target.kind === "directory" ? `dir:${target.dir}` : `uri:${uri}`;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
