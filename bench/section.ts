/**
 * The shape of a benchmark section. `bench/run.ts` generates the corpus once
 * and runs every section of `bench/sections.ts` on it, in order, printing the
 * rows each returns as one table.
 */
import type { CorpusFile } from "./corpus.js";

/** What every section gets: the generated corpus, on disk and in memory. */
export interface BenchContext {
  /** Folder the corpus was written to (a temp folder). */
  readonly root: string;
  readonly files: readonly CorpusFile[];
  /** Total size of the corpus in UTF-8 bytes. */
  readonly bytes: number;
  /** Prints a progress line (to stderr, so the table stays clean). */
  readonly log: (message: string) => void;
}

/** One line of the result table. */
export interface BenchRow {
  readonly metric: string;
  /** The measured figure, formatted with its unit. */
  readonly value: string;
  /** The target, as text (`>= 40 MB/s`), when there is one. */
  readonly target?: string;
  /** Whether the figure meets the target; undefined when there is none. */
  readonly pass?: boolean;
  /** How the figure was measured, when the metric name does not say it. */
  readonly note?: string;
}

/** A named group of measurements. */
export interface BenchSection {
  /** Short id, used to select sections on the command line (`parse`, `lint`). */
  readonly name: string;
  readonly title: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}
