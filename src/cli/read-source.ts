/**
 * Reading a Terraform file for linting: text when it is UTF-8 text, a notice
 * saying why not otherwise (unreadable, a directory, binary, not UTF-8).
 */
import { readFileSync } from "node:fs";
import type { Notice } from "../engine/types.js";

export type SourceRead = { readonly text: string } | { readonly notice: Notice };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** How far into a file to look for a NUL byte, the mark of a binary file. */
const BINARY_PROBE = 8000;

function reason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOENT":
      return "does not exist";
    case "ELOOP":
      return "symbolic link loop";
    default:
      return (error as Error).message;
  }
}

/** Reads `file` (absolute). The BOM, if any, is kept, as the file is on disk. */
export function readSource(file: string): SourceRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { notice: { level: "error", message: `Cannot read file: ${reason(error)}; skipped`, file } };
  }
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) {
    return { notice: { level: "warning", message: "Binary file (contains NUL bytes); skipped", file } };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { notice: { level: "warning", message: "Not UTF-8 text; skipped", file } };
  }
}
