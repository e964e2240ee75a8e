/**
 * The `stylish` format, for people: findings grouped by file, aligned
 * columns, a summary line, ANSI colour only when asked for.
 */
import type { LintResult, Severity } from "../engine/types.js";
import type { FormatOptions } from "./options.js";
import { displayPaths } from "./paths.js";
import { visible } from "./safe-text.js";
import { plural, summarize } from "./summary.js";

type Style = (text: string) => string;

function ansi(open: number, close: number): Style {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

interface Palette {
  readonly file: Style;
  readonly dim: Style;
  readonly bold: Style;
  readonly severity: Readonly<Record<Severity, Style>>;
}

const plain: Style = (text) => text;
const PLAIN: Palette = { file: plain, dim: plain, bold: plain, severity: { error: plain, warning: plain, note: plain } };
const COLOURED: Palette = {
  file: ansi(4, 24),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
  severity: { error: ansi(31, 39), warning: ansi(33, 39), note: ansi(36, 39) },
};

interface Row {
  /** Line and column as text; a notice without a range has line "-" and column "". */
  readonly line: string;
  readonly column: string;
  readonly severity: Severity;
  readonly message: string;
  readonly ruleId: string;
}

/**
 * One line of output per message (newlines inside it would break the table),
 * with nothing in it that a terminal would act on.
 */
function oneLine(text: string): string {
  return visible(text.replace(/\s*[\r\n]+\s*/g, " "));
}

/** The longest of a column's cells; a loop, since spreading a file's rows into Math.max overflows the stack past ~100,000. */
function widest(rows: readonly Row[], cell: (row: Row) => string): number {
  let width = 0;
  for (const row of rows) width = Math.max(width, cell(row).length);
  return width;
}

/**
 * `--format stylish`. Suppressed findings are not listed, only counted;
 * notices (unreadable or unparsable files) are listed under their file.
 */
export function formatStylish(result: LintResult, options: FormatOptions = {}): string {
  const p = options.color ? COLOURED : PLAIN;
  const paths = displayPaths(options);
  // File names come from the scanned repository as much as messages do.
  const shown = (file: string): string => visible(paths(file));
  const groups = new Map<string, Row[]>();
  const rowsOf = (file: string): Row[] => {
    let rows = groups.get(file);
    if (!rows) groups.set(file, (rows = []));
    return rows;
  };
  for (const n of result.notices) {
    const file = n.file !== undefined ? shown(n.file) : "";
    const line = n.range ? String(n.range.start.line) : "-";
    const column = n.range ? String(n.range.start.column) : "";
    rowsOf(file).push({ line, column, severity: n.level, message: oneLine(n.message), ruleId: "" });
  }
  for (const f of result.findings) {
    if (f.suppressed) continue;
    rowsOf(shown(f.file)).push({
      line: String(f.range.start.line),
      column: String(f.range.start.column),
      severity: f.severity,
      message: oneLine(f.message),
      ruleId: visible(f.ruleId),
    });
  }

  const out: string[] = [];
  for (const [file, rows] of groups) {
    const lineWidth = widest(rows, (r) => r.line);
    const columnWidth = widest(rows, (r) => r.column);
    const sevWidth = widest(rows, (r) => r.severity);
    const msgWidth = widest(rows, (r) => r.message);
    out.push(p.file(file === "" ? "(run)" : file));
    for (const r of rows) {
      const cells = [
        // Positions line up on the colon: `  3:11` above ` 12:5 `.
        "  " + p.dim(r.line.padStart(lineWidth) + (r.column ? ":" + r.column.padEnd(columnWidth) : " ".repeat(columnWidth + 1))),
        p.severity[r.severity](r.severity.padEnd(sevWidth)),
        r.ruleId ? r.message.padEnd(msgWidth) : r.message,
      ];
      if (r.ruleId) cells.push(p.dim(r.ruleId));
      out.push(cells.join("  "));
    }
    out.push("");
  }

  const s = summarize(result);
  const problems = s.errors + s.warnings + s.notes;
  const extras: string[] = [];
  if (s.suppressed) extras.push(`${s.suppressed} suppressed`);
  const noticeCount = s.noticeErrors + s.noticeWarnings;
  if (noticeCount) extras.push(`${plural(noticeCount, "file problem")}`);
  const tail = extras.length ? `; ${extras.join(", ")}` : "";
  if (problems === 0) {
    out.push(p.bold(`No problems in ${plural(s.files, "file")}${tail}.`));
  } else {
    const counts = `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notes, "note")}`;
    const style = s.errors ? p.severity.error : s.warnings ? p.severity.warning : p.severity.note;
    out.push(p.bold(style(`${s.errors ? "✖" : "⚠"} ${plural(problems, "problem")} (${counts})${tail}`)));
  }
  return out.join("\n") + "\n";
}
