/**
 * The one offset-to-position index (`LineIndex`) against a slow, obvious
 * reference, on generated text full of the awkward cases: `\r\n`, lone `\r`,
 * surrogate pairs, lone surrogates, offsets at the very end. Then the places
 * that use it: suppression comments, the config reader, `.tf.json` syntax
 * errors, and the index a parser shares with later readers.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Pos } from "../../src/hcl/ast.js";
import { parse } from "../../src/hcl/index.js";
import { parseJson } from "../../src/hcl/json/index.js";
import { LineIndex, lineIndexOf, shareLineIndex, SourceRange } from "../../src/hcl/positions.js";
import { collectSuppressions, parseSuppressionComment } from "../../src/engine/suppressions.js";
import { JsonSyntaxError, readJson } from "../../src/config/json.js";

/** Offsets at which lines start: 0, and after every `\n` and every `\r` not followed by `\n`. */
function naiveLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] !== "\n")) starts.push(i + 1);
  }
  return starts;
}

/** Line and column of an offset, the slow way: columns count code points (a lone surrogate is one). */
function naivePos(text: string, offset: number): Pos {
  const starts = naiveLineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line: line + 1, column: [...text.slice(starts[line], offset)].length + 1, offset };
}

const PIECES = ["a", "bc", " ", "\t", "\n", "\r", "\r\n", "😀", "\uD83D", "\uDE00", "é", "e\u0301", "#"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));
/** A text and an offset in it (0 to its length, both ends included). */
const textAndOffset = text.chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 0, max: t.length })));

describe("LineIndex", () => {
  it("gives every offset the reference position, in any order of lookups", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 20 }), (t, picks) => {
        const lines = new LineIndex(t);
        // Lookups in order (the fast path), then scattered (the search).
        for (let o = 0; o <= t.length; o++) expect(lines.pos(o)).toEqual(naivePos(t, o));
        for (const p of picks) {
          const o = p % (t.length + 1);
          expect(lines.pos(o)).toEqual(naivePos(t, o));
        }
      }),
    );
  });

  it("clamps offsets outside the text to its ends", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 1000 }), (t, beyond) => {
        const lines = new LineIndex(t);
        expect(lines.pos(-beyond)).toEqual(naivePos(t, 0));
        expect(lines.pos(t.length + beyond)).toEqual(naivePos(t, t.length));
      }),
    );
  });

  it("counts lines and knows where each starts", () => {
    fc.assert(
      fc.property(text, (t) => {
        const lines = new LineIndex(t);
        const starts = naiveLineStarts(t);
        expect(lines.lineCount).toBe(starts.length);
        for (let line = 1; line <= starts.length; line++) expect(lines.lineStart(line)).toBe(starts[line - 1]);
        expect(lines.lineStart(starts.length + 1)).toBe(t.length);
        expect(lines.lineStart(0)).toBe(0);
      }),
    );
  });

  it("gives a text embedded at a position the positions it has in the whole", () => {
    fc.assert(
      fc.property(textAndOffset, fc.nat(), ([whole, from], length) => {
        const to = Math.min(whole.length, from + length);
        // Cutting between the halves of `\r\n` or of a surrogate pair changes what the piece means.
        const splits = (o: number) => /^(\r\n|[\uD800-\uDBFF][\uDC00-\uDFFF])$/.test(whole.slice(o - 1, o + 1));
        fc.pre(!splits(from) && !splits(to));
        const all = new LineIndex(whole);
        const piece = new LineIndex(whole.slice(from, to), all.pos(from));
        for (let o = 0; o <= to - from; o++) expect(piece.pos(o)).toEqual(all.pos(from + o));
        expect(SourceRange.startOffset(piece.range(1, 2))).toBe(from + 1);
      }),
    );
  });

  it("makes the same range lazily and eagerly", () => {
    fc.assert(
      fc.property(textAndOffset, fc.nat(), ([t, start], length) => {
        const lines = new LineIndex(t);
        const end = Math.min(t.length, start + length);
        const plain = lines.plainRange(start, end);
        expect(plain).toEqual({ start: naivePos(t, start), end: naivePos(t, end) });
        expect(JSON.parse(JSON.stringify(lines.range(start, end)))).toEqual(plain);
      }),
    );
  });
});

describe("lineIndexOf", () => {
  it("builds a file's index once, and again only when the file's text changes", () => {
    const file = { source: "a\nb" };
    const first = lineIndexOf(file);
    expect(lineIndexOf(file)).toBe(first);
    file.source = "a\nb\nc";
    expect(lineIndexOf(file).lineCount).toBe(3);
  });

  it("hands out the index the native parser built for the file", () => {
    const file = parse('a = 1\r\nb = "😀"\n', "x.tf");
    const shared = lineIndexOf(file);
    // Ranges of one index join into a lazy range; ranges of two do not.
    expect(SourceRange.span(file.body.range, shared.range(0, 1))).toBeInstanceOf(SourceRange);
    expect(shared.pos(file.source.length)).toEqual({ line: 3, column: 1, offset: file.source.length });
  });

  it("hands out the index the JSON reader built for the file", () => {
    const file = parseJson('{"locals": {"a": "😀"}}', "x.tf.json");
    const shared = lineIndexOf(file);
    expect(lineIndexOf(file)).toBe(shared);
    expect(shared.describesWhole(file.source)).toBe(true);
  });

  it("does not share an index of an embedded text as a file's", () => {
    const file = { source: "b" };
    const embedded = new LineIndex("b", { line: 2, column: 5, offset: 10 });
    expect(shareLineIndex(file, embedded)).toBe(file);
    expect(lineIndexOf(file)).not.toBe(embedded);
    expect(lineIndexOf(file).pos(1)).toEqual({ line: 1, column: 2, offset: 1 });
  });
});

describe("positions where the index is used", () => {
  it("places the ids of a suppression comment after CRLF lines and astral characters", () => {
    const source = 'a = "😀"\r\n/* tfmould-ignore: 😀x,\r\n\t😀-rule */\r\nb = 1 // tfmould-ignore: c-rule, d-rule\r\n';
    const file = parse(source, "x.tf");
    const malformed = parseSuppressionComment(file.comments[0], file.source);
    expect(malformed?.kind).toBe("malformed");
    if (malformed?.kind !== "malformed") return;
    const bad = source.indexOf("😀x");
    expect(malformed.problem.range).toEqual({ start: naivePos(source, bad), end: naivePos(source, bad + "😀x".length) });

    const directive = parseSuppressionComment(file.comments[1], file.source);
    expect(directive?.kind).toBe("directive");
    if (directive?.kind !== "directive") return;
    expect(directive.directive.ids.map((i) => i.range)).toEqual(
      ["c-rule", "d-rule"].map((id) => ({ start: naivePos(source, source.indexOf(id)), end: naivePos(source, source.indexOf(id) + id.length) })),
    );
  });

  it("places the ids of a .tf.json suppression after CRLF lines and astral characters", () => {
    const source = '{"resource": {\r\n "x": {"😀": {\r\n  "//": "tfmould-ignore: 😀bad",\r\n  "a": 1}}}}';
    const { problems } = collectSuppressions(parseJson(source, "x.tf.json"), "x.tf.json");
    const bad = source.indexOf("😀bad");
    expect(problems.map((p) => p.range)).toEqual([{ start: naivePos(source, bad), end: naivePos(source, bad + "😀bad".length) }]);
  });

  it("places config syntax errors after CRLF, lone CR and astral characters", () => {
    const source = '{\r\n  "😀": 1,\r  "b": 2 x';
    let error: unknown;
    try {
      readJson(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsonSyntaxError);
    const { line, column } = naivePos(source, source.indexOf("x"));
    expect((error as JsonSyntaxError).position).toEqual({ line, column });
  });

  it("keeps the positions of config keys (code-point columns)", () => {
    const source = '{"😀😀": {\r\n\t"k": [1, 2]}}';
    const { positions } = readJson(source);
    const { line, column } = naivePos(source, source.indexOf('"k"'));
    expect([...positions.values()]).toContainEqual({ line, column });
  });

  it("places .tf.json syntax errors at their reference position, including the end of the file", () => {
    for (const source of ['{"a": "😀",\r\n "b": }', '{"a": "😀"\r', "{\r\n"]) {
      const file = parseJson(source, "x.tf.json");
      expect(file.diagnostics.length).toBeGreaterThan(0);
      for (const d of file.diagnostics) {
        expect(d.range.start).toEqual(naivePos(source, d.range.start.offset));
        expect(d.range.end).toEqual(naivePos(source, d.range.end.offset));
      }
    }
  });
});
