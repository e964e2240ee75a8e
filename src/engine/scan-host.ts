/**
 * A host that hands the texts and listings read while scanning for module
 * calls on to the lint that follows, so that each file and directory is read
 * from its source once. Each is given out once more and then forgotten:
 * holding every text of a large repository to the end would only cost memory.
 * Whether a file exists and where a path really leads are asked again and
 * again, and answered once per run.
 */
import type { SourceHost } from "../model/host.js";

export class ScanHost implements SourceHost {
  private readonly pending = new Map<string, string | undefined>();
  private readonly pendingLists = new Map<string, string[]>();
  private scanning = true;

  constructor(private readonly inner: SourceHost) {}

  /** From now on, texts are no longer kept for a later read. */
  endScan(): void {
    this.scanning = false;
  }

  readonly readFile = (path: string): string | undefined => {
    if (this.pending.has(path)) {
      const text = this.pending.get(path);
      this.pending.delete(path);
      return text;
    }
    const text = this.inner.readFile(path);
    if (this.scanning) this.pending.set(path, text);
    return text;
  };

  readonly fileIdentity = (path: string): string | undefined => this.inner.fileIdentity?.(path);

  readonly whyUnreadable = (path: string): string | undefined => this.inner.whyUnreadable?.(path);

  readonly listFiles = (dir: string): string[] => {
    const listed = this.pendingLists.get(dir);
    if (listed !== undefined) {
      this.pendingLists.delete(dir);
      return [...listed];
    }
    const names = this.inner.listFiles(dir);
    if (this.scanning) this.pendingLists.set(dir, [...names]);
    return names;
  };
  // A run asks the same questions many times (a lock file per module
  // instance, a real path per module call); the answers do not change within it.
  private readonly exists = new Map<string, boolean>();
  private readonly realPaths = new Map<string, string | undefined>();

  readonly fileExists = (path: string): boolean => {
    let known = this.exists.get(path);
    if (known === undefined) this.exists.set(path, (known = this.inner.fileExists(path)));
    return known;
  };

  readonly realPath = (path: string): string | undefined => {
    if (this.realPaths.has(path)) return this.realPaths.get(path);
    const real = this.inner.realPath(path);
    this.realPaths.set(path, real);
    return real;
  };
}
