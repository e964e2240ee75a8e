/**
 * `lintAndFix`: lint, apply the fixes rules offer, lint again, until nothing
 * changes (see `fix-passes.ts`), and return the fixed texts with what is
 * left. Nothing is written: the caller decides what to do with the texts
 * (the command writes them, an editor shows them).
 */
import * as path from "node:path";
import { DiskHost } from "../model/disk-host.js";
import { ReadBoundary } from "../model/file-access.js";
import { OverlayHost } from "../model/overlay-host.js";
import { normalizePath } from "./file-names.js";
import { fixPasses } from "./fix-passes.js";
import { lint, lintModules, lintScan } from "./lint.js";
import type { LintOptions } from "./options.js";
import type { LintResult } from "./types.js";

/** What `lintAndFix` takes besides `lint`'s options. */
export interface FixOptions {
  /** Apply only the fixes of these rules (default: of every enabled rule). */
  readonly fixRules?: readonly string[];
}

/** What `lintAndFix` gives. */
export interface LintFixResult {
  /** The lint of the fixed texts: the findings that are left. */
  readonly result: LintResult;
  /** The new text of each file a fix changed, by its name in findings. */
  readonly fixed: Readonly<Record<string, string>>;
  /** The text each of those files had before. */
  readonly original: Readonly<Record<string, string>>;
  /** How many fixes were applied, over all passes. */
  readonly applied: number;
  /** How many lint-and-fix passes changed something (at most `MAX_FIX_PASSES`). */
  readonly passes: number;
  /** Files left unfixed because their fixed text would not parse. */
  readonly reverted: readonly string[];
}

/**
 * Lints like `lint`, applies the fixes of findings that count (not
 * suppressed) in the files linted, lints again and repeats while anything
 * changes, at most `MAX_FIX_PASSES` times. Fixes that overlap wait for the
 * next pass; line breaks, the BOM and indentation of each file are kept.
 * Reads what `lint` would read and writes nothing.
 *
 * @throws ConfigError when a config (given or found) is invalid.
 */
export function lintAndFix(options: LintOptions & FixOptions): LintFixResult {
  const { fixRules, ...lintOptions } = options;
  const selection = fixRules ? { rules: new Set(fixRules) } : {};
  let first: LintResult;
  let read: (file: string) => string | undefined;
  let relint: (texts: ReadonlyMap<string, string>) => LintResult;

  if (lintOptions.files !== undefined) {
    const files = new Map(Object.entries(lintOptions.files).map(([name, text]) => [normalizePath(name), text]));
    first = lint({ ...lintOptions, files: Object.fromEntries(files) });
    read = (file) => files.get(file);
    relint = (texts) => lint({ ...lintOptions, files: Object.fromEntries([...files, ...texts]) });
  } else {
    const cwd = path.resolve(lintOptions.cwd ?? process.cwd());
    const paths = lintOptions.paths;
    const host = lintOptions.host;
    if (host !== undefined) {
      const settings = { ...lintOptions, cwd, paths, host };
      first = lintModules(settings);
      read = (file) => host.readFile(path.resolve(cwd, file));
      relint = (texts) => lintModules({ ...settings, host: new OverlayHost(host, new Map([...texts].map(([f, t]) => [path.resolve(cwd, f), t])), true) });
    } else {
      const boundary = lintOptions.boundary ?? ReadBoundary.forScan(paths, cwd, lintOptions.overrides?.varFiles ?? []);
      const settings = { ...lintOptions, cwd, paths, boundary };
      first = lintScan(settings);
      const disk = new DiskHost({ boundary, ...(lintOptions.maxFileBytes !== undefined ? { maxFileBytes: lintOptions.maxFileBytes } : {}) });
      read = (file) => disk.readFile(path.resolve(cwd, file));
      relint = (texts) => lintScan(settings, texts);
    }
  }
  // Only files the lint was asked about: not a module outside the paths that one of them calls.
  const linted = new Set(first.files);
  const out = fixPasses(first, read, relint, { ...selection, fileAllowed: (file) => linted.has(file) });
  const fixed: Record<string, string> = {};
  const original: Record<string, string> = {};
  for (const [file, { before, after }] of out.changed) {
    fixed[file] = after;
    original[file] = before;
  }
  return { result: out.result, fixed, original, applied: out.applied, passes: out.passes, reverted: out.reverted };
}
