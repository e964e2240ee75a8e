/**
 * `--fix` and `--fix-dry-run`: the engine's fix passes over the command's
 * lint, then either the files written (`fix-files.ts`) or a unified diff of
 * what would be written. What is reported afterwards is the lint of the
 * texts as they now are: for `--fix`, of the files as written.
 */
import { applyBaseline } from "../engine/baseline.js";
import { fixPasses } from "../engine/fix-passes.js";
import type { LintResult, Notice } from "../engine/types.js";
import type { ReadBoundary } from "../model/file-access.js";
import { visible } from "../report/safe-text.js";
import { unifiedDiff } from "../report/unified-diff.js";
import type { CliOptions } from "./args.js";
import { FixTargets } from "./fix-files.js";
import type { CliIO } from "./io.js";

/** What the fix passes need of the command's run. */
export interface FixRun {
  readonly cwd: string;
  readonly boundary: ReadBoundary;
  /** Absolute paths of the files the scan was asked to lint: the only ones fixed. */
  readonly scanned: ReadonlySet<string>;
  /** The lint of the files as they are. */
  readonly first: LintResult;
  /** The `--baseline` text: baselined findings are accepted, so not fixed. */
  readonly baseline: string | undefined;
  /** A file's text as it was linted. */
  readonly read: (file: string) => string | undefined;
  /** The same lint with these texts (by file as findings name them) in place of the files. */
  readonly relint: (texts: ReadonlyMap<string, string>) => LintResult;
}

export interface FixOutcome {
  /** The lint after fixing (without the baseline applied: the command applies it). */
  readonly result: LintResult;
  /** For `--fix-dry-run`: the unified diff of every file a fix would change ("" when none). */
  readonly diff: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : word.endsWith("x") ? "es" : "s"}`;
}

/** A patch shown on a terminal: characters that would steer it escaped, tabs and line breaks kept. */
function terminalSafe(diff: string): string {
  return diff
    .split("\t")
    .map((part) => visible(part, { keepNewlines: true }))
    .join("\t");
}

export function runFixes(o: CliOptions, io: CliIO, run: FixRun): FixOutcome {
  const counted = (r: LintResult): LintResult => (run.baseline === undefined ? r : { ...r, findings: applyBaseline(r.findings, run.baseline) });
  const targets = new FixTargets(run.cwd, run.scanned, run.boundary);
  let latest = run.first;
  const passes = fixPasses(
    counted(run.first),
    run.read,
    (texts) => counted((latest = run.relint(texts))),
    { ...(o.fixRules.length > 0 ? { rules: new Set(o.fixRules) } : {}), fileAllowed: targets.allows },
  );
  const changed = [...passes.changed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, t]) => ({ file, ...t }));
  const notices: Notice[] = passes.reverted.map((file) => ({
    level: "warning",
    file,
    message: "Fixes were not applied to this file: the fixed text would not parse (please report this as a tfmould bug)",
  }));
  const say = (line: string) => io.stderr.write(`tfmould: ${visible(line)}\n`);

  if (o.fix === "dry-run") {
    const diff = changed.map((c) => unifiedDiff(c.file, c.before, c.after)).join("");
    say(`--fix-dry-run: ${plural(passes.applied, "fix")} in ${plural(changed.length, "file")}; nothing written`);
    return { result: { ...latest, notices: [...latest.notices, ...notices] }, diff: io.stdout.isTTY === true ? terminalSafe(diff) : diff };
  }

  const unwritten = targets.write(changed, o.maxFileBytes);
  if (unwritten.length > 0) {
    // What is reported must be the files as they are: lint again with only the texts written.
    const refused = new Set(unwritten.map((u) => u.file));
    latest = run.relint(new Map(changed.filter((c) => !refused.has(c.file)).map((c) => [c.file, c.after])));
    for (const u of unwritten) notices.push({ level: "error", file: u.file, message: `Fixes were not written to this file: ${u.reason}` });
  }
  const written = changed.length - unwritten.length;
  say(`--fix: ${plural(passes.applied, "fix")} applied${written === changed.length ? "" : ` (${plural(unwritten.length, "file")} not written)`}; ${plural(written, "file")} written`);
  return { result: { ...latest, notices: [...latest.notices, ...notices] }, diff: "" };
}
