import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { XmlWriter, escapeAttribute, escapeText } from "../../src/report/xml.js";
import { parseXml } from "./xml-check.js";

/**
 * What a string reads back as: itself, but for the code points XML 1.0
 * cannot hold (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF;
 * unpaired surrogates), which are written as `\u{hex}`.
 */
function expected(value: string): string {
  let out = "";
  for (const ch of value) {
    const c = ch.codePointAt(0) as number;
    const bad = (c < 0x20 && c !== 0x9 && c !== 0xa && c !== 0xd) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff;
    out += bad ? `\\u{${c.toString(16)}}` : ch;
  }
  return out;
}

/** A document with `value` as an attribute and as text, read back by a conforming parser. */
function roundTrip(value: string): { attribute: string; text: string } {
  const doc = new XmlWriter().open("root").leaf("item", [["value", value]], value).close().toString();
  const item = parseXml(doc).children[0];
  return { attribute: item.attributes.value, text: item.text };
}

/** Terminal-steering characters XML allows; the writer must not leave them raw. */
const STEERING = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe("XML writer", () => {
  it("escapes markup, in attributes quotes and whitespace too", () => {
    expect(escapeAttribute(`a<b>&"c"'d'\te\nf\rg`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#x9;e&#xa;f&#xd;g");
    expect(escapeText(`a<b>&"c"'d'\te\nf\rg`)).toBe(`a&lt;b&gt;&amp;"c"'d'&#x9;e\nf&#xd;g`);
    expect(escapeText("]]>")).toBe("]]&gt;");
  });

  it("writes what XML cannot hold as \\u{…}, terminal controls as references, other planes as they are", () => {
    expect(escapeText("\u0000\u001b\u0008\ufffe\uffff")).toBe("\\u{0}\\u{1b}\\u{8}\\u{fffe}\\u{ffff}");
    expect(escapeText("lone \ud800 and \udc00")).toBe("lone \\u{d800} and \\u{dc00}");
    expect(escapeText("\u007f\u009b\u202e\u2028")).toBe("&#x7f;&#x9b;&#x202e;&#x2028;");
    expect(escapeText("𝄞 😀 \ud83d\ude00")).toBe("𝄞 😀 😀");
    expect(escapeAttribute("plain text é ✓")).toBe("plain text é ✓");
  });

  it("reads back as written: markup, quotes, whitespace, controls, other planes", () => {
    const hard = `<a href="x">&amp;</a> 'q' \t tab\r\nCRLF \u001b[31m \u0000 \u009b \u202e 𝄞😀 \ud800x \ufffe end `;
    const back = roundTrip(hard);
    expect(back.attribute).toBe(expected(hard));
    expect(back.text).toBe(expected(hard));
    expect(back.text).toContain("𝄞😀");
    expect(back.text).toContain("\t tab\r\nCRLF");
  });

  it("reads back any string, unpaired surrogates included (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 10 }), (a, b) => {
        const value = a + b;
        const back = roundTrip(value);
        return back.attribute === expected(value) && back.text === expected(value);
      }),
      { numRuns: 200 },
    );
  });

  it("leaves nothing raw that steers a terminal", () => {
    const doc = new XmlWriter().open("r", [["a", "\u009b\u202e\u2066"]]).leaf("t", [], "\u007f\u2028\u200f").close().toString();
    expect(doc).not.toMatch(STEERING);
    // eslint-disable-next-line no-control-regex -- the characters under test
    expect(doc).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/u);
  });

  it("indents elements, closes what it opens, and refuses a name from data", () => {
    const doc = new XmlWriter().open("a", [["n", 1], ["skip", undefined]]).leaf("b").leaf("c", [], "t").close().toString();
    expect(doc).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a n="1">\n  <b/>\n  <c>t</c>\n</a>\n');
    expect(() => new XmlWriter().open("a").toString()).toThrow(/not closed/);
    expect(() => new XmlWriter().leaf("a b")).toThrow(/not an XML name/);
    expect(() => new XmlWriter().leaf("a", [['x="1"', "v"]])).toThrow(/not an XML name/);
  });
});
