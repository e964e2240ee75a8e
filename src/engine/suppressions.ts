/**
 * Inline suppressions: `tfmould-ignore` comments, what each one covers, and
 * which findings they hide.
 *
 * Grammar (in a `#`, `//` or `/* *\/` comment):
 *
 *     tfmould-ignore: <id>[, <id>...] [-- [until YYYY-MM-DD:] <reason>]
 *     tfmould-ignore-file: <id>[, <id>...] [-- [until YYYY-MM-DD:] <reason>]
 *
 * `all` stands for every rule (except `unused-suppression`, which only an
 * explicit id hides). A line comment on its own line covers the block or
 * attribute that starts on the next line that is not a comment; a comment at
 * the end of a line covers the block or attribute that starts on that line
 * (or, when none does, findings that start on that line). A block's comment
 * covers everything inside it. `tfmould-ignore-file` covers the whole file
 * and must come before the file's first block.
 */
import type { Attribute, Block, Body, Comment, Expression, HclFile, ObjectItem, Pos, Range } from "../hcl/ast.js";
import { LineIndex, lineIndexOf, SourceRange } from "../hcl/positions.js";

/** The rule id that unused, expired, malformed and unknown suppressions are reported under. */
export const UNUSED_SUPPRESSION = "unused-suppression";

/** A rule id: tfmould's own (`kebab-case`), or a plugin's (`plugin/kebab-case`). */
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/** One rule id as written in a suppression comment. */
export interface SuppressedId {
  readonly id: string;
  readonly range: Range;
}

/** A parsed `tfmould-ignore` comment. */
export interface SuppressionDirective {
  readonly scope: "node" | "file";
  readonly ids: readonly SuppressedId[];
  /** The text after `--` (and after the `until` date); "" when there is none. */
  readonly reason: string;
  /** `until YYYY-MM-DD`: the suppression works through the end of that day (UTC). */
  readonly until: { readonly date: string; readonly range: Range; readonly expiresAt: number } | undefined;
  readonly commentRange: Range;
}

/** A suppression comment that cannot work as written. */
export interface SuppressionProblem {
  readonly message: string;
  readonly range: Range;
}

export type ParsedComment =
  | { readonly kind: "directive"; readonly directive: SuppressionDirective }
  | { readonly kind: "malformed"; readonly problem: SuppressionProblem };

/**
 * Reads one comment: a directive, a malformed directive, or undefined when
 * the comment is not a `tfmould-ignore` comment at all.
 */
export function parseSuppressionComment(comment: Comment, source: string): ParsedComment | undefined {
  const raw = source.slice(SourceRange.startOffset(comment.range), SourceRange.endOffset(comment.range));
  // Nearly every comment is prose: one search tells it apart before anything is made for it.
  if (!raw.includes(DIRECTIVE)) return undefined;
  const markerLength = comment.style === "#" ? 1 : 2;
  const bodyEnd = comment.style === "/*" && raw.endsWith("*/") ? raw.length - 2 : raw.length;
  const body = raw.slice(markerLength, bodyEnd);
  const lines = new LineIndex(raw, comment.range.start);
  return parseDirective(body, comment.range, (from, to) => lines.plainRange(markerLength + from, markerLength + to));
}

/** What every suppression comment holds: `parseDirective` reads nothing else. */
const DIRECTIVE = "tfmould-ignore";

/**
 * Reads a `"//"` property of a `.tf.json` file (Terraform's JSON comments)
 * as a suppression comment. Ranges inside it are exact when the string is
 * written without escapes, and the whole property otherwise.
 */
function parseJsonSuppressionComment(comment: Comment, file: HclFile): ParsedComment | undefined {
  const literal = JSON.stringify(comment.text);
  const end = comment.range.end.offset;
  const exact = file.source.slice(end - literal.length, end) === literal;
  const valueStart = end - literal.length + 1;
  const lines = lineIndexOf(file);
  return parseDirective(comment.text, comment.range, (from, to) => (exact ? lines.plainRange(valueStart + from, valueStart + to) : comment.range));
}

/** The most rule ids one comment may name: more than there are rules, far fewer than a hostile comment could list. */
const MAX_IDS = 64;

/** Reads a comment's text (markers removed); `locate` maps offsets in `body` to the file. */
function parseDirective(body: string, commentRange: Range, locate: (start: number, end: number) => Range): ParsedComment | undefined {
  const lead = /^\s*/.exec(body)?.[0].length ?? 0;
  const match = /^tfmould-ignore(-file)?(?![\w-])/.exec(body.slice(lead));
  if (!match) return undefined;
  const scope = match[1] ? "file" : "node";
  const keyword = match[0];
  let at = lead + keyword.length;
  const malformed = (message: string, start = lead, end = body.length): ParsedComment => ({
    kind: "malformed",
    problem: { message: `malformed suppression: ${message}`, range: locate(start, Math.max(start, end)) },
  });

  if (body[at] !== ":") return malformed(`expected ':' after '${keyword}'`);
  at++;
  const separator = body.indexOf("--", at);
  const idsEnd = separator === -1 ? body.length : separator;

  const ids: SuppressedId[] = [];
  const idPattern = /[^\s,]+/g;
  idPattern.lastIndex = at;
  const idText = body.slice(0, idsEnd);
  const seen = new Set<string>();
  for (let m = idPattern.exec(idText); m; m = idPattern.exec(idText)) {
    const id = m[0];
    if (!RULE_ID.test(id)) return malformed(`"${id}" is not a rule id`, m.index, m.index + id.length);
    // Each id is one finding when unused or unknown: one comment must not turn into thousands.
    if (seen.has(id)) return malformed(`"${id}" is named twice`, m.index, m.index + id.length);
    if (ids.length === MAX_IDS) return malformed(`more than ${MAX_IDS} rule ids (use "all")`, m.index, m.index + id.length);
    seen.add(id);
    ids.push({ id, range: locate(m.index, m.index + id.length) });
  }
  if (ids.length === 0) return malformed(`no rule ids after '${keyword}:' (use a rule id, or "all")`);

  let reason = "";
  let until: SuppressionDirective["until"];
  if (separator !== -1) {
    const restStart = separator + 2;
    const rest = body.slice(restStart);
    const untilMatch = /^\s*until\b/.exec(rest);
    if (untilMatch) {
      const dateMatch = /^(\s*until\s+)(\S+?)(?::|\s|$)/.exec(rest);
      const dateText = dateMatch?.[2] ?? "";
      const dateStart = restStart + (dateMatch ? dateMatch[1].length : untilMatch[0].length);
      const expiresAt = parseDate(dateText);
      if (expiresAt === undefined) {
        return malformed(
          dateText ? `"${dateText}" is not a date (expected until YYYY-MM-DD)` : "expected a date after 'until' (YYYY-MM-DD)",
          dateStart,
          dateStart + dateText.length,
        );
      }
      until = { date: dateText, range: locate(dateStart, dateStart + dateText.length), expiresAt };
      reason = rest
        .slice((dateMatch?.[1].length ?? 0) + dateText.length)
        .replace(/^\s*:?/, "")
        .trim();
    } else {
      reason = rest.trim();
    }
  }
  return { kind: "directive", directive: { scope, ids, reason, until, commentRange } };
}

/** Milliseconds at the end of `YYYY-MM-DD` (UTC), or undefined for a malformed or impossible date. */
function parseDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const start = Date.UTC(year, month - 1, day);
  const d = new Date(start);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return start + 24 * 60 * 60 * 1000;
}

// ---------------------------------------------------------------------------
// What a suppression covers

/** A suppression with the region of the file it covers. */
export interface Suppression {
  readonly directive: SuppressionDirective;
  /** The file as findings name it. */
  readonly file: string;
  /** The covered range; undefined for the whole file. */
  readonly target: Range | undefined;
}

/** The suppressions of one file, and its comments that cannot work. */
export interface FileSuppressions {
  readonly suppressions: readonly Suppression[];
  readonly problems: readonly SuppressionProblem[];
}

/**
 * Finds every suppression comment of a parsed file and what it covers.
 * `displayName` is the file's name as findings carry it.
 */
export function collectSuppressions(file: HclFile, displayName: string): FileSuppressions {
  if (file.syntax === "json") return collectJsonSuppressions(file, displayName);
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  const parsed = file.comments
    .map((comment) => ({ comment, result: parseSuppressionComment(comment, file.source) }))
    .filter((p): p is { comment: Comment; result: ParsedComment } => p.result !== undefined);
  if (parsed.length === 0) return { suppressions, problems };

  const lines = lineIndexOf(file);
  const commentLines = commentOnlyLines(file, lines);
  const candidates = coverableNodes(file.body);
  const firstItem = file.body.items[0];

  for (const { comment, result } of parsed) {
    if (result.kind === "malformed") {
      problems.push(result.problem);
      continue;
    }
    const directive = result.directive;
    if (directive.scope === "file") {
      if (firstItem && comment.range.start.offset > firstItem.range.start.offset) {
        problems.push({
          message: "tfmould-ignore-file must come before the first block of the file; this one has no effect",
          range: comment.range,
        });
      } else {
        suppressions.push({ directive, file: displayName, target: undefined });
      }
      continue;
    }
    const line = comment.range.start.line;
    const trailing = hasCodeBefore(lines, comment.range.start);
    let targetLine = line;
    if (!trailing) {
      targetLine = comment.range.end.line + 1;
      while (commentLines.has(targetLine)) targetLine++;
      if (targetLine > lines.lineCount || isBlank(lines, targetLine)) {
        problems.push({
          message: "this suppression is not directly above a block or attribute, so it covers nothing",
          range: comment.range,
        });
        continue;
      }
    }
    suppressions.push({ directive, file: displayName, target: outermostStartingOn(candidates, targetLine) ?? lineRange(lines, targetLine) });
  }
  return { suppressions, problems };
}

/**
 * The suppressions of a `.tf.json` file, written as `"//"` properties: one
 * inside a block's object covers that block; `tfmould-ignore-file` goes
 * outside every block (at the top of the file, say).
 */
function collectJsonSuppressions(file: HclFile, displayName: string): FileSuppressions {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  for (const comment of file.comments) {
    const result = parseJsonSuppressionComment(comment, file);
    if (result === undefined) continue;
    if (result.kind === "malformed") {
      problems.push(result.problem);
      continue;
    }
    const directive = result.directive;
    const block = innermostBlockHolding(file.body, comment.range);
    if (directive.scope === "file") {
      if (block) {
        problems.push({ message: 'tfmould-ignore-file must be a "//" property outside every block; this one has no effect', range: comment.range });
      } else {
        suppressions.push({ directive, file: displayName, target: undefined });
      }
    } else if (block) {
      suppressions.push({ directive, file: displayName, target: block.range });
    } else {
      problems.push({
        message: 'this suppression is not a "//" property inside a block\'s object, so it covers nothing',
        range: comment.range,
      });
    }
  }
  return { suppressions, problems };
}

/** The innermost block whose own object (its body) holds `range`. */
function innermostBlockHolding(body: Body, range: Range): Block | undefined {
  for (const item of body.items) {
    if (item.type !== "Block") continue;
    const b = item.body.range;
    if (range.start.offset >= b.start.offset && range.end.offset <= b.end.offset) return innermostBlockHolding(item.body, range) ?? item;
  }
  return undefined;
}

/** Blocks, attributes, object items and list elements: the things a comment can stand above. */
function coverableNodes(body: Body): Range[] {
  const out: Range[] = [];
  const visitBody = (b: Body): void => {
    for (const item of b.items) {
      out.push(item.range);
      if (item.type === "Block") visitBody((item as Block).body);
      else visitExpression((item as Attribute).expr);
    }
  };
  const visitExpression = (e: Expression): void => {
    switch (e.type) {
      case "Tuple":
        for (const item of e.items) {
          out.push(item.range);
          visitExpression(item);
        }
        break;
      case "Object":
        for (const item of e.items as readonly ObjectItem[]) {
          out.push(item.range);
          visitExpression(item.value);
        }
        break;
      case "FunctionCall":
        for (const arg of e.args) visitExpression(arg);
        break;
      case "Parentheses":
        visitExpression(e.expr);
        break;
      case "Conditional":
        visitExpression(e.trueExpr);
        visitExpression(e.falseExpr);
        break;
      default:
        break;
    }
  };
  visitBody(body);
  return out;
}

function outermostStartingOn(ranges: readonly Range[], line: number): Range | undefined {
  let best: Range | undefined;
  for (const r of ranges) {
    if (r.start.line !== line) continue;
    if (!best || r.end.offset - r.start.offset > best.end.offset - best.start.offset) best = r;
  }
  return best;
}

/** Lines that hold nothing but comments (and whitespace). */
function commentOnlyLines(file: HclFile, lines: LineIndex): Set<number> {
  const out = new Set<number>();
  for (const c of file.comments) {
    if (hasCodeBefore(lines, c.range.start)) continue;
    // The comment's last line counts only if nothing but whitespace follows it there.
    for (let l = c.range.start.line; l <= c.range.end.line; l++) {
      if (l < c.range.end.line || !hasCodeAfter(lines, c.range.end)) out.add(l);
    }
  }
  return out;
}

/** A 1-based line's text, without its line break ("" past the last line). */
function lineText(lines: LineIndex, line: number): string {
  return lines.source.slice(lines.lineStart(line), lines.lineStart(line + 1)).replace(/\r?\n$|\r$/, "");
}

function isBlank(lines: LineIndex, line: number): boolean {
  return lineText(lines, line).trim() === "";
}

/** Whether anything but whitespace comes before `pos` on its line. */
function hasCodeBefore(lines: LineIndex, pos: Pos): boolean {
  return lines.source.slice(lines.lineStart(pos.line), pos.offset).trim() !== "";
}

/** Whether anything but whitespace comes after `pos` on its line. */
function hasCodeAfter(lines: LineIndex, pos: Pos): boolean {
  return lines.source.slice(pos.offset, lines.lineStart(pos.line + 1)).trim() !== "";
}

/** A line's text from its first non-blank character to its end. */
function lineRange(lines: LineIndex, line: number): Range {
  const start = lines.lineStart(line);
  const text = lineText(lines, line);
  return lines.plainRange(start + text.length - text.trimStart().length, start + text.length);
}

// ---------------------------------------------------------------------------
// Applying suppressions

/** A place a suppression may cover for a finding: its primary location, where the value is consumed, the module call. */
export interface Anchor {
  readonly file: string;
  readonly range: Range;
}

/** Whether `directive` names `ruleId` (`all` covers every rule but `unused-suppression`). */
export function namesRule(directive: SuppressionDirective, ruleId: string): SuppressedId | undefined {
  return directive.ids.find((i) => i.id === ruleId || (i.id === "all" && ruleId !== UNUSED_SUPPRESSION));
}

/** Whether the suppression's region holds any of the anchors. */
export function covers(suppression: Suppression, anchors: readonly Anchor[]): boolean {
  return anchors.some(
    (a) =>
      a.file === suppression.file &&
      (suppression.target === undefined ||
        (a.range.start.offset >= suppression.target.start.offset && a.range.start.offset < suppression.target.end.offset) ||
        (a.range.start.offset === suppression.target.start.offset && a.range.end.offset === a.range.start.offset)),
  );
}
