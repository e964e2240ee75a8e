/**
 * Fixes that add lines to a block: an argument (`sensitive = true`) or a
 * nested block (`lifecycle { create_before_destroy = true }`), laid out as
 * the file is: the block's indentation and its unit (tabs or spaces), the
 * file's line breaks, and a one-line block (`{ ami = "a" }`, which HCL
 * allows only with one argument) opened up over several lines.
 *
 * Only native syntax is edited: an insertion into a `.tf.json` object would
 * need commas and keys re-laid out, so a JSON file gets no such fix (value
 * replacements, such as `false` → `true`, are valid JSON and stay offered).
 */
import type { Attribute, Block, HclFile } from "../../src/hcl/ast.js";
import { fileOfNode } from "../../src/model/node-files.js";
import { lineIndexOf } from "../../src/hcl/positions.js";
import { lineBreakOf } from "../../src/util/line-breaks.js";
import type { Fix, RuleContext } from "../api/rule.js";

/** One line to add: its text, and how many levels deeper than the block's arguments it goes. */
export interface NewLine {
  readonly depth: number;
  readonly text: string;
}

/** `name = value` as one line at the block's argument level. */
export function argumentLine(name: string, value: string): NewLine[] {
  return [{ depth: 0, text: `${name} = ${value}` }];
}

/** `type { name = value }` as a nested block of several lines. */
export function blockLines(type: string, name: string, value: string): NewLine[] {
  return [
    { depth: 0, text: `${type} {` },
    { depth: 1, text: `${name} = ${value}` },
    { depth: 0, text: "}" },
  ];
}

function lineStart(source: string, offset: number): number {
  const start = source.lastIndexOf("\n", offset - 1) + 1;
  // The BOM is not part of the first line's indentation.
  return start === 0 && source.charCodeAt(0) === 0xfeff ? 1 : start;
}

function lineEnd(source: string, offset: number): number {
  const lf = source.indexOf("\n", offset);
  if (lf === -1) return source.length;
  return lf > 0 && source[lf - 1] === "\r" ? lf - 1 : lf;
}

/** The spaces and tabs that start the line holding `offset`. */
function indentationAt(source: string, offset: number): string {
  const start = lineStart(source, offset);
  return /^[ \t]*/.exec(source.slice(start, offset))?.[0] ?? "";
}

/** Whether only spaces and tabs come before `offset` on its line. */
function startsLine(source: string, offset: number): boolean {
  return /^[ \t]*$/.test(source.slice(lineStart(source, offset), offset));
}

/** One level of indentation in this file: a tab when its lines are indented with tabs, else two spaces (terraform fmt). */
function indentUnit(source: string): string {
  const first = /^[ \t]+(?=\S)/m.exec(source)?.[0];
  return first?.startsWith("\t") ? "\t" : "  ";
}

/** The indentation of the block's arguments: that of its first item on a line of its own, else one level more than the block. */
function innerIndentation(source: string, block: Block, unit: string): string {
  for (const item of block.body.items) {
    if (startsLine(source, item.range.start.offset)) return indentationAt(source, item.range.start.offset);
  }
  return indentationAt(source, block.range.start.offset) + unit;
}

function render(lines: readonly NewLine[], indent: string, unit: string): string[] {
  return lines.map((l) => `${indent}${unit.repeat(l.depth)}${l.text}`);
}

/**
 * The block whose body holds `attribute` directly, in the file that holds
 * it: with override files, a resource's arguments come from several blocks.
 */
export function blockHolding(ctx: RuleContext, attribute: Attribute): Block | undefined {
  const file = fileOfNode(ctx.module, attribute);
  if (!file) return undefined;
  const offset = attribute.range.start.offset;
  const search = (items: readonly (Attribute | Block)[]): Block | undefined => {
    for (const item of items) {
      if (item.type !== "Block" || offset < item.range.start.offset || offset >= item.range.end.offset) continue;
      return item.body.items.includes(attribute) ? item : search(item.body.items);
    }
    return undefined;
  };
  return search(file.body.items);
}

/** Rest of a line after an argument: nothing but blanks and at most one comment. */
const REST_OF_LINE = /^[ \t]*(?:\/\*[^\n]*?\*\/[ \t]*)*(?:(?:#|\/\/)[^\n]*)?$/;

/**
 * A fix that adds `lines` to `block` (a block of the module's own syntax,
 * in native HCL). With `after`, they go on the lines right after that
 * argument (after a comment that ends its line); otherwise at the end of
 * the block. Undefined where no edit is certain: a JSON file, a file with
 * syntax errors, a block without its closing brace.
 */
export function insertIntoBlockFix(
  ctx: RuleContext,
  block: Block,
  lines: readonly NewLine[],
  description: string,
  after?: Attribute,
): Fix | undefined {
  const file = fileOfNode(ctx.module, block);
  if (!file || file.syntax !== "native" || file.diagnostics.some((d) => d.severity === "error")) return undefined;
  const source = file.source;
  // Lines broken by a lone CR (classic Mac) have no layout this can follow.
  if (/\r(?!\n)/.test(source)) return undefined;
  const open = block.openBraceRange;
  const close = block.closeBraceRange;
  if (source.slice(open.start.offset, open.end.offset) !== "{" || source.slice(close.start.offset, close.end.offset) !== "}") return undefined;
  const edit = placeLines(file, block, lines, after);
  return edit ? { description, file: file.filename, replacements: [edit] } : undefined;
}

function placeLines(file: HclFile, block: Block, lines: readonly NewLine[], after: Attribute | undefined): Fix["replacements"][number] | undefined {
  const source = file.source;
  const eol = lineBreakOf(source);
  const unit = indentUnit(source);
  const open = block.openBraceRange.end.offset;
  const close = block.closeBraceRange.start.offset;
  const span = (start: number, end: number) => lineIndexOf(file).plainRange(start, end);
  const at = (offset: number) => span(offset, offset);

  if (after && startsLine(source, after.range.start.offset)) {
    const end = lineEnd(source, after.range.end.offset);
    if (end < close && REST_OF_LINE.test(source.slice(after.range.end.offset, end))) {
      const indent = indentationAt(source, after.range.start.offset);
      return { range: at(end), text: render(lines, indent, unit).map((l) => eol + l).join("") };
    }
  }
  const blockIndent = indentationAt(source, block.range.start.offset);
  const multiLine = source.slice(open, close).includes("\n");
  if (multiLine && startsLine(source, close)) {
    const inner = innerIndentation(source, block, unit);
    // A nested block is set apart by an empty line, as terraform fmt leaves it.
    const gap = lines[0]?.text.endsWith("{") && block.body.items.length > 0 ? eol : "";
    return { range: at(lineStart(source, close)), text: gap + render(lines, inner, unit).map((l) => l + eol).join("") };
  }
  // A `}` after other text on its line only parses after a one-line block's argument.
  if (multiLine) return undefined;
  const inner = blockIndent + unit;
  // A one-line block holds one argument at most: it is opened up, its argument on a line of its own.
  const content = source.slice(open, close).trim();
  const existing = content === "" ? [] : [inner + content];
  const gap = existing.length > 0 && lines[0]?.text.endsWith("{") ? [""] : [];
  const body = [...existing, ...gap, ...render(lines, inner, unit)];
  return { range: span(open, close), text: eol + body.join(eol) + eol + blockIndent };
}
