/**
 * Reading a Terraform file for linting: its text when it is UTF-8 text, or
 * the reason it is not usable (unreadable, a directory, binary, not UTF-8).
 */
import { isAscii } from "node:buffer";
import { readFileSync } from "node:fs";

export type SourceRead = { readonly text: string } | { readonly reason: string };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** How far into a file to look for a NUL byte, the mark of a binary file. */
const BINARY_PROBE = 8000;

function describe(error: unknown): string {
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
    return { reason: describe(error) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1 && nul < BINARY_PROBE) return { reason: "binary file (contains NUL bytes)" };
  // Nearly every Terraform file is ASCII, which needs no UTF-8 decoding (nor checking).
  if (isAscii(bytes)) return { text: bytes.toString("latin1") };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { reason: "not UTF-8 text" };
  }
}
