/**
 * The files of a module as the editor holds them: the text of each open
 * document in place of what is on disk, documents not yet saved included,
 * and the disk for everything else. The engine reads through it as it reads
 * through any host, so the editor sees what `tfmould` would say once the
 * buffers were saved.
 */
import { basename, dirname, resolve } from "node:path";
import type { SourceHost } from "../model/host.js";
import type { ReadBoundary } from "../model/file-access.js";

/** Open documents by absolute path. */
export type OpenTexts = ReadonlyMap<string, string>;

export class OverlayHost implements SourceHost {
  constructor(
    private readonly disk: SourceHost,
    private readonly open: OpenTexts,
    /** The disk host's boundary: a buffer is no more readable than its file. */
    private readonly boundary?: ReadBoundary,
  ) {}

  /** The open text for a path, when the editor holds the file and it may be read. */
  private buffer(path: string): string | undefined {
    const text = this.open.get(resolve(path));
    if (text === undefined) return undefined;
    return this.boundary === undefined || this.boundary.allows(path) ? text : undefined;
  }

  readonly readFile = (path: string): string | undefined => this.buffer(path) ?? this.disk.readFile(path);

  readonly listFiles = (dir: string): string[] => {
    const names = new Set(this.disk.listFiles(dir));
    const abs = resolve(dir);
    let added = false;
    for (const path of this.open.keys()) {
      if (dirname(path) !== abs || names.has(basename(path)) || this.buffer(path) === undefined) continue;
      names.add(basename(path));
      added = true;
    }
    return added ? [...names].sort() : [...names];
  };

  readonly fileExists = (path: string): boolean => this.buffer(path) !== undefined || this.disk.fileExists(path);

  readonly realPath = (path: string): string | undefined => {
    const real = this.disk.realPath(path);
    if (real !== undefined || this.buffer(path) === undefined) return real;
    // A document not saved yet: where it will be, inside its real directory.
    const dir = this.disk.realPath(dirname(resolve(path)));
    return dir === undefined ? resolve(path) : resolve(dir, basename(path));
  };

  readonly fileIdentity = (path: string): string | undefined => this.disk.fileIdentity?.(path);

  readonly whyUnreadable = (path: string): string | undefined => (this.buffer(path) !== undefined ? undefined : this.disk.whyUnreadable?.(path));
}
