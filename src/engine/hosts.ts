/**
 * Source hosts for the engine: a map of in-memory files (`lint({ files })`,
 * which keeps the linter pure) and the disk (`lint({ paths })`).
 */
import { readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import * as path from "node:path";
import type { SourceHost } from "../model/host.js";

/** Normalises a relative or absolute path to `/` separators without `./` or trailing `/`. */
export function normalizePath(p: string): string {
  const posix = p.replace(/\\/g, "/");
  const normal = path.posix.normalize(posix);
  return normal === "/" ? normal : normal.replace(/\/$/, "");
}

/**
 * A host over a map of file contents. Keys may be relative (`main.tf`,
 * `modules/web/main.tf`) or absolute; lookups of absolute paths under `root`
 * find relative keys.
 */
export function createMemoryHost(files: Readonly<Record<string, string>>, root: string): SourceHost {
  const byPath = new Map<string, string>();
  for (const [name, text] of Object.entries(files)) byPath.set(normalizePath(name), text);
  const absoluteRoot = path.resolve(root);
  const key = (p: string): string => {
    if (path.isAbsolute(p)) {
      const rel = path.relative(absoluteRoot, p);
      if (!rel.startsWith("..") && !path.isAbsolute(rel)) return normalizePath(rel === "" ? "." : rel);
    }
    return normalizePath(p);
  };
  return {
    readFile: (p) => byPath.get(key(p)),
    fileExists: (p) => byPath.has(key(p)),
    listFiles(dir) {
      const d = key(dir);
      const names: string[] = [];
      for (const name of byPath.keys()) {
        const parent = path.posix.dirname(name);
        if (parent === d) names.push(path.posix.basename(name));
      }
      return names.sort();
    },
    realPath: (p) => (byPath.has(key(p)) || isMemoryDir(byPath, key(p)) ? key(p) : undefined),
  };
}

function isMemoryDir(files: ReadonlyMap<string, string>, dir: string): boolean {
  if (dir === ".") return files.size > 0;
  for (const name of files.keys()) if (name.startsWith(`${dir}/`)) return true;
  return false;
}

/** A host over the real file system. Never throws: unreadable things are absent. */
export function createDiskHost(): SourceHost {
  return {
    readFile(p) {
      try {
        const bytes = readFileSync(p);
        const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        return text;
      } catch {
        return undefined;
      }
    },
    fileExists(p) {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    },
    listFiles(dir) {
      try {
        return readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isFile() || (e.isSymbolicLink() && isFile(path.join(dir, e.name))))
          .map((e) => e.name)
          .sort();
      } catch {
        return [];
      }
    },
    realPath(p) {
      try {
        return realpathSync(p);
      } catch {
        return undefined;
      }
    },
  };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
