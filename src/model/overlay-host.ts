/**
 * A `SourceHost` that shows some files with other texts than another host
 * has for them: the texts a fix made, linted again before (or instead of)
 * being written. Every other question goes to the host underneath, so what
 * may be read and how stays its decision.
 */
import { resolve } from "node:path";
import type { SourceHost } from "./host.js";

export class OverlayHost implements SourceHost {
  private readonly texts: ReadonlyMap<string, string>;

  /**
   * `texts` by path as the host underneath is asked; `absolute` keys are
   * compared resolved (a disk host), otherwise as they are (an in-memory one).
   */
  constructor(
    private readonly base: SourceHost,
    texts: ReadonlyMap<string, string>,
    private readonly absolute: boolean,
  ) {
    this.texts = absolute ? new Map([...texts].map(([p, t]) => [resolve(p), t])) : texts;
  }

  readonly readFile = (path: string): string | undefined => this.texts.get(this.absolute ? resolve(path) : path) ?? this.base.readFile(path);
  readonly listFiles = (dir: string): string[] => this.base.listFiles(dir);
  readonly fileExists = (path: string): boolean => this.base.fileExists(path);
  readonly realPath = (path: string): string | undefined => this.base.realPath(path);
  readonly fileIdentity = (path: string): string | undefined => this.base.fileIdentity?.(path);
  readonly whyUnreadable = (path: string): string | undefined => this.base.whyUnreadable?.(path);
}
