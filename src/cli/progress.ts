/**
 * The progress line on stderr for long scans: files done / total, redrawn in
 * place, only on a terminal, at most ten times a second, erased at the end.
 */
import type { OutputStream } from "./io.js";

/** Scans with fewer files than this finish too fast to need a progress line. */
export const PROGRESS_MIN_FILES = 200;

export class Progress {
  private done = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly total: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Whether a progress line is shown at all. */
  get enabled(): boolean {
    return this.stream.isTTY === true && this.total >= PROGRESS_MIN_FILES;
  }

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = this.clock();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r\u001b[Ktfmould: ${Math.min(this.done, this.total)}/${this.total} files`);
  }

  finish(): void {
    if (this.drawn) this.stream.write("\r\u001b[K");
    this.drawn = false;
  }
}
