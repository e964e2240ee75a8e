/**
 * A `SourceHost` over an in-memory map of path → text, which keeps
 * `lint({ files })` and tests free of the disk. Paths use `/`; `\` is read
 * as `/`, and `./`, `..` and repeated separators are normalized away.
 */
import { posix } from "node:path";
import type { SourceHost } from "./host.js";

function normalize(path: string): string {
  const p = posix.normalize(path.replace(/\\/g, "/"));
  const trimmed = p.length > 1 && p.endsWith("/") ? p.slice(0, -1) : p;
  return trimmed === "." ? "" : trimmed.startsWith("./") ? trimmed.slice(2) : trimmed;
}

/** Files held in memory. A directory exists when some file is inside it. */
export class MemoryHost implements SourceHost {
  private readonly files = new Map<string, string>();

  constructor(files: Readonly<Record<string, string>> | ReadonlyMap<string, string> = {}) {
    const entries = files instanceof Map ? [...files.entries()] : Object.entries(files);
    for (const [path, text] of entries) this.files.set(normalize(path), text);
  }

  /** Adds or replaces a file. */
  set(path: string, text: string): void {
    this.files.set(normalize(path), text);
  }

  readFile(path: string): string | undefined {
    return this.files.get(normalize(path));
  }

  listFiles(dir: string): string[] {
    const d = normalize(dir);
    const prefix = d === "" ? "" : d === "/" ? "/" : `${d}/`;
    const names: string[] = [];
    for (const path of this.files.keys()) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      if (rest !== "" && !rest.includes("/")) names.push(rest);
    }
    return names.sort();
  }

  fileExists(path: string): boolean {
    return this.files.has(normalize(path));
  }

  realPath(path: string): string | undefined {
    const p = normalize(path);
    if (this.files.has(p)) return p;
    const prefix = p === "" ? "" : `${p}/`;
    for (const key of this.files.keys()) if (key.startsWith(prefix)) return p;
    return undefined;
  }
}
