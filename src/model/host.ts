/**
 * The only way the model, evaluation and engine layers see files. The CLI
 * and `lint({ paths })` pass a host backed by the disk; `lint({ files })`
 * passes one backed by a map, which keeps the linter pure.
 */
export interface SourceHost {
  /** The file's text, or undefined when it does not exist or cannot be read as UTF-8 text. */
  readFile(path: string): string | undefined;
  /** Names (not paths) of the regular files directly inside `dir`; [] when it does not exist. */
  listFiles(dir: string): string[];
  /** Whether `path` exists and is a regular file. */
  fileExists(path: string): boolean;
  /** The canonical path (symlinks resolved), or undefined when it does not exist. */
  realPath(path: string): string | undefined;
  /** What tells one file from another whatever its name (device and inode on disk), when the host knows. */
  fileIdentity?(path: string): string | undefined;
  /** Why `readFile` gave nothing for `path` ("binary file", "not a regular file", ...), when the host knows. */
  whyUnreadable?(path: string): string | undefined;
}
