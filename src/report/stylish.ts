/**
 * The `stylish` format, for people: findings grouped by file, aligned
 * columns laid out in a terminal's width, a summary line, ANSI colour only
 * when asked for.
 */
import { namesCaller } from "../engine/findings.js";
import type { LintResult, RelatedLocation, Severity } from "../engine/types.js";
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
  /** The first sentence, shown on the first line (wrapped when it must be). */
  readonly head: string;
  /** The rest of the message (the advice), shown below the head; "" when none. */
  readonly rest: string;
  readonly ruleId: string;
  /** The callers related to the finding (`file:line:col message`), one line each under the message. */
  readonly callers?: readonly string[];
}

/** Options of the stylish format. */
export interface StylishOptions extends FormatOptions {
  /**
   * The width lines are laid out in: a terminal's columns (default 80, at
   * least 40). Messages are wrapped at spaces with a hanging indent; only a
   * word longer than a line makes a longer one.
   */
  readonly width?: number;
}

const DEFAULT_WIDTH = 80;
/** Marks a group headed by a resource address rather than a file (no file name holds this character). */
const ADDRESS_GROUP = "\u0000";
const MIN_WIDTH = 40;
/** The narrowest column a first sentence is wrapped into beside the rule id; narrower, the rule id goes before the message. */
const MIN_MESSAGE_COLUMN = 40;
/** The narrowest a message is wrapped to below its first line, however deep the indent. */
const MIN_TEXT_WIDTH = 24;

/**
 * One line of output per message (newlines inside it would break the table),
 * with nothing in it that a terminal would act on.
 */
function oneLine(text: string): string {
  return visible(text.replace(/\s*[\r\n]+\s*/g, " "));
}

/** Width on a terminal, counted in code points. */
function widthOf(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** The widest of a column's cells; a loop, since spreading a file's rows into Math.max overflows the stack past ~100,000. */
function widest(rows: readonly Row[], cell: (row: Row) => string): number {
  let width = 0;
  for (const row of rows) width = Math.max(width, widthOf(cell(row)));
  return width;
}

/** Words that end in a full stop without ending a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx)$/i;

/** After a comma, the words that start the consequence or the explanation of what came before. */
const CLAUSE = /^, (?:so|which) /;

/**
 * A message split after its first sentence: at the first ". ", "; ", ": ",
 * ", so " or ", which " outside quotes, backticks and brackets, the
 * punctuation kept with the head, so that `head + " " + rest` is the
 * message. A colon right after the first word ("docker_container.web: Image
 * …") introduces, not ends, the sentence; "e.g. " does not end one either.
 */
export function splitFirstSentence(message: string): { head: string; rest: string } {
  let quote = "";
  let depth = 0;
  for (let i = 0; i < message.length - 1; i++) {
    const c = message[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if ((c === ")" || c === "]" || c === "}") && depth > 0) depth--;
    else if (depth === 0 && ((message[i + 1] === " " && (c === "." || c === ";" || c === ":")) || (c === "," && CLAUSE.test(message.slice(i, i + 9))))) {
      const head = message.slice(0, i + 1);
      if (!head.includes(" ")) continue;
      if (c === "." && ABBREVIATION.test(message.slice(0, i))) continue;
      const rest = message.slice(i + 2).trimStart();
      if (rest === "") break;
      return { head, rest };
    }
  }
  return { head: message, rest: "" };
}

/** `module.web["a"].aws_instance.this` → `aws_instance.this`; "" for an address outside a module call. */
function addressInModule(address: string): string {
  const local = address.replace(/^(?:module\.[^.[\s]+(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]"]*)\])?\.)+/u, "");
  return local === address ? "" : local;
}

/**
 * The message as the stylish format leads it: when the finding is in a
 * module instance and the message starts with the address inside the
 * module, that address is written out whole; otherwise the whole address
 * is put before the advice.
 */
function withInstanceAddress(message: string, address: string): { message: string; where: string } {
  const local = address.startsWith("module.") ? addressInModule(address) : "";
  // A message that leads with the whole address already says it (a plan's findings do).
  if (local === "" || message.startsWith(address)) return { message, where: "" };
  if (message.startsWith(local) && !/^[\w.[-]/u.test(message.slice(local.length))) return { message: address + message.slice(local.length), where: "" };
  return { message, where: address };
}

/** The most instance addresses a row lists before it counts the rest. */
const MAX_INSTANCES_SHOWN = 3;

/** "(3 instances: module.a, module.b, module.c)" for a finding several instances gave, "(instance module.a)" for one reached through a caller; "" otherwise. */
function instancesNote(instances: readonly string[] | undefined): string {
  if (!instances || instances.length === 0) return "";
  if (instances.length === 1) return `(instance ${visible(instances[0])})`;
  const shown = instances.slice(0, MAX_INSTANCES_SHOWN).map((a) => visible(a)).join(", ");
  const more = instances.length - MAX_INSTANCES_SHOWN;
  return `(${instances.length} instances: ${shown}${more > 0 ? ` and ${more} more` : ""})`;
}

/**
 * The related locations that name a caller, as `file:line:col message`:
 * which use of a module a finding is about (a caller that keeps a default,
 * a caller's flag that switches the resource on). At most as many as
 * instances are shown, then how many more.
 */
function callerLines(related: readonly RelatedLocation[], shown: (file: string) => string): string[] {
  const callers = related.filter(namesCaller);
  const lines = callers
    .slice(0, MAX_INSTANCES_SHOWN)
    .map((r) => `${shown(r.file)}:${r.range.start.line}:${r.range.start.column} ${oneLine(r.message)}`);
  const more = callers.length - MAX_INSTANCES_SHOWN;
  if (more > 0) lines.push(`and ${plural(more, "more caller")}`);
  return lines;
}

/** `text` in lines of at most `width` code points, broken at spaces; a longer word has a line of its own. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  for (const word of text.split(" ")) {
    const w = widthOf(word);
    if (line !== "" && lineWidth + 1 + w > width) {
      lines.push(line);
      line = word;
      lineWidth = w;
    } else if (line === "" && lineWidth === 0) {
      line = word;
      lineWidth = w;
    } else {
      line += " " + word;
      lineWidth += 1 + w;
    }
  }
  lines.push(line);
  return lines;
}

function padTo(text: string, width: number): string {
  const w = widthOf(text);
  return w >= width ? text : text + " ".repeat(width - w);
}

/**
 * `--format stylish`. Suppressed findings are not listed, only counted;
 * notices (unreadable or unparsable files) are listed under their file.
 *
 * Each finding leads with `line:col  severity  first sentence  rule-id`;
 * rule ids line up when the first sentences fit the width, and a longer
 * first sentence is wrapped in its column so that the rule id stays on the
 * first line. The rest of the message (the advice) follows on the lines
 * below, wrapped with a hanging indent under the message.
 */
export function formatStylish(result: LintResult, options: StylishOptions = {}): string {
  const p = options.color ? COLOURED : PLAIN;
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_WIDTH) || DEFAULT_WIDTH);
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
    rowsOf(file).push({ line, column, severity: n.level, head: oneLine(n.message), rest: "", ruleId: "" });
  }
  for (const f of result.findings) {
    if (f.suppressed) continue;
    if (f.file === undefined) {
      // At an address alone (a plan's resource in no scanned file): the address heads its group, as a file would.
      const { head, rest } = splitFirstSentence(oneLine(f.message));
      rowsOf(ADDRESS_GROUP + visible(f.address)).push({ line: "-", column: "", severity: f.severity, head, rest, ruleId: visible(f.ruleId) });
      continue;
    }
    const { message, where } = withInstanceAddress(oneLine(f.message), visible(f.address));
    const { head, rest } = splitFirstSentence(message);
    rowsOf(shown(f.file)).push({
      line: String(f.range.start.line),
      column: String(f.range.start.column),
      severity: f.severity,
      head,
      rest: [where ? `(${where})` : "", rest, instancesNote(f.instances)].filter((t) => t !== "").join(" "),
      ruleId: visible(f.ruleId),
      callers: callerLines(f.related, shown),
    });
  }

  // One rule-id width for the whole report, so that every file is laid out alike.
  let ruleWidth = 0;
  for (const rows of groups.values()) ruleWidth = Math.max(ruleWidth, widest(rows, (r) => r.ruleId));
  const laidOut = [...groups].map(([file, rows]) => ({ file, rows, layout: layoutOf(rows, width, ruleWidth) }));
  // Too narrow for a message column beside the rule ids (unless every first sentence fits) in any
  // file: the rule id leads in every file, so that the whole report reads alike.
  const ruleLeads = laidOut.some(({ layout: l }) => l.beside < MIN_MESSAGE_COLUMN && l.widestHead > l.beside);
  const out: string[] = [];
  for (const { file, rows, layout } of laidOut) {
    const { lineWidth, columnWidth, sevWidth, indent, beside, widestHead } = layout;
    const textWidth = Math.max(width - indent, MIN_TEXT_WIDTH);
    const hanging = " ".repeat(indent);
    const headColumn = Math.min(widestHead, beside);
    out.push(file.startsWith(ADDRESS_GROUP) ? p.file(file.slice(ADDRESS_GROUP.length)) : p.file(file === "" ? "(run)" : file));
    for (const r of rows) {
      const lead =
        // Positions line up on the colon: `  3:11` above ` 12:5 `.
        "  " +
        p.dim(r.line.padStart(lineWidth) + (r.column ? ":" + r.column.padEnd(columnWidth) : " ".repeat(columnWidth + 1))) +
        "  " +
        p.severity[r.severity](r.severity.padEnd(sevWidth)) +
        "  ";
      // The first sentence on the first line; what does not fit there flows on with the rest.
      let first: string;
      let more: string[];
      if (!r.ruleId || ruleLeads) {
        const lines = wrap(r.head, textWidth);
        if (r.ruleId) out.push(lead + p.dim(r.ruleId));
        [first, ...more] = r.ruleId ? ["", ...lines] : lines;
        if (!r.ruleId) out.push(lead + first);
      } else {
        [first, ...more] = wrap(r.head, headColumn);
        out.push(lead + padTo(first, headColumn) + "  " + p.dim(r.ruleId));
      }
      const paragraphs = more.length > 1 || (more.length === 1 && first !== "") ? [[...more, r.rest].join(" ").trimEnd()] : [...more, r.rest];
      for (const text of paragraphs) if (text) for (const line of wrap(text, textWidth)) out.push(hanging + line);
      for (const text of r.callers ?? []) {
        const [head, ...tail] = wrap(text, textWidth - 2);
        out.push(hanging + p.dim("↳ " + head));
        for (const line of tail) out.push(hanging + "  " + p.dim(line));
      }
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

/** The columns of one file's rows. */
interface FileLayout {
  readonly lineWidth: number;
  readonly columnWidth: number;
  readonly sevWidth: number;
  /** Where messages start: `  12:5   warning  `. */
  readonly indent: number;
  /** The room for a message column beside the rule ids. */
  readonly beside: number;
  /** The widest first sentence of a finding. */
  readonly widestHead: number;
}

function layoutOf(rows: readonly Row[], width: number, ruleWidth: number): FileLayout {
  const lineWidth = widest(rows, (r) => r.line);
  const columnWidth = widest(rows, (r) => r.column);
  const sevWidth = widest(rows, (r) => r.severity);
  const indent = 2 + lineWidth + 1 + columnWidth + 2 + sevWidth + 2;
  // The message column is as wide as the widest first sentence, as far as the width allows.
  const beside = width - indent - (ruleWidth > 0 ? 2 + ruleWidth : 0);
  const widestHead = widest(rows, (r) => (r.ruleId ? r.head : ""));
  return { lineWidth, columnWidth, sevWidth, indent, beside, widestHead };
}
