/**
 * Line hashes already worked out, by file and line, so that a report over
 * texts known to be unchanged (an unchanged tree under `--cache`) need not
 * read and hash them again. Whoever fills it vouches that each file's text
 * is the one the hashes were taken of.
 */
export class LineHashMemo {
  private readonly byFile = new Map<string, Map<number, string>>();
  private additions = 0;

  get(file: string, line: number): string | undefined {
    return this.byFile.get(file)?.get(line);
  }

  set(file: string, line: number, hash: string): void {
    let lines = this.byFile.get(file);
    if (!lines) this.byFile.set(file, (lines = new Map()));
    if (lines.get(line) === hash) return;
    lines.set(line, hash);
    this.additions++;
  }

  /** The hashes known for a file, as `[line, hash]` pairs. */
  linesOf(file: string): readonly (readonly [number, string])[] {
    const lines = this.byFile.get(file);
    return lines ? [...lines] : [];
  }

  /** How many hashes `set` added or changed: whether there is anything new to keep. */
  get added(): number {
    return this.additions;
  }
}
