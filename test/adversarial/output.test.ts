/**
 * Issue 16 §4: what a hostile repository puts in its values and file names
 * never reaches a terminal or a log raw, whatever the format.
 */
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../../src/cli/index.js";
import { EXIT_ERROR } from "../../src/cli/exit-codes.js";
import type { LintResult } from "../../src/engine/types.js";
import { format } from "../../src/report/index.js";
import type { FormatName } from "../../src/report/index.js";
import { jsonSafe, steersDisplay, visible } from "../../src/report/safe-text.js";
import { fakeIO } from "../cli/fake-io.js";
import { makeTree, removeTree } from "../cli/tree.js";
import { finding, range, result } from "../report/make.js";

/** Clear screen, a window title (OSC … BEL), a C1 CSI, DEL, a NUL, a tab, the separators and a bidi override. */
const HOSTILE = "a\u001b[2Jb\u001b]0;pwned\u0007c\u009b31md\u007fe\u0000f\tg\u2028h\u2029i\u202ej\u2066k";
/** Everything a text report must not contain raw (its own line feeds aside). */
// eslint-disable-next-line no-control-regex -- the characters under test
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** What JSON.stringify leaves raw and must still be escaped. */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

function hostileResult(): LintResult {
  const file = `evil\u001b]8;;https://x.test\u0007name\u202e.tf`;
  return result(
    [
      finding({ file, message: `Image "${HOSTILE}" uses the floating tag "latest"`, related: [{ file, range: range(1, 1), message: HOSTILE }] }),
      finding({ file, message: HOSTILE, severity: "warning", suppressed: { kind: "inSource", reason: HOSTILE } }),
    ],
    [{ level: "error", message: `cannot read ${HOSTILE}`, file }],
  );
}

describe("control characters from scanned data", () => {
  it("are shown as \\u{…} in the text formats, coloured or not", () => {
    for (const [name, color] of [
      ["stylish", false],
      ["stylish", true],
      ["github", false],
      ["compact", false],
    ] as const) {
      const text = format(hostileResult(), name, { cwd: "/work", root: "/work", color });
      // The only escape sequences left are the colours stylish adds itself.
      // eslint-disable-next-line no-control-regex -- stylish's own colour codes
      const own = color ? text.replace(/\u001b\[\d+m/g, "") : text;
      expect(own, `${name} color=${color}`).not.toMatch(RAW_CONTROL);
      expect(text).toContain("a\\u{1b}[2Jb\\u{1b}]0;pwned\\u{7}c\\u{9b}31md\\u{7f}e\\u{0}f\\u{9}g\\u{2028}h\\u{2029}i\\u{202e}j\\u{2066}k");
      expect(text).toContain("evil\\u{1b}]8;;https");
      expect(text).toContain("name\\u{202e}.tf");
    }
  });

  it("keep GitHub's own line-break encoding in annotations", () => {
    const text = format(result([finding({ message: "one\ntwo\u001b" })]), "github", { cwd: "/work", root: "/work" });
    expect(text).toContain("::one%0Atwo\\u{1b}\n");
  });

  it("are escaped in JSON and SARIF, C1, separators and bidi included, and read back unchanged", () => {
    for (const name of ["json", "sarif", "gitlab"] as FormatName[]) {
      const text = format(hostileResult(), name, { cwd: "/work", root: "/work", readSource: () => undefined });
      expect(text, name).not.toMatch(RAW_IN_JSON);
      // C0 is JSON.stringify's job; only the structure's own line feeds are raw.
      // eslint-disable-next-line no-control-regex -- the characters under test
      expect(text, name).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/u);
      expect(text).toContain("\\u009b");
      expect(text).toContain("\\u202e");
      const messages = JSON.stringify(JSON.parse(text));
      expect(messages).toContain(JSON.stringify(HOSTILE).slice(1, -1));
    }
  });

  it("are never in a report tfmould made: a report read back that holds one is made anew (steersDisplay)", () => {
    for (const [name, colour] of [
      ["stylish", false],
      ["stylish", true],
      ["github", false],
      ["compact", false],
      ["json", false],
      ["sarif", false],
    ] as const) {
      const text = format(hostileResult(), name, { cwd: "/work", root: "/work", color: colour, readSource: () => undefined });
      expect(steersDisplay(text, { colour }), `${name} colour=${colour}`).toBe(false);
    }
    expect(steersDisplay(`report ${HOSTILE}\n`, { colour: true })).toBe(true);
    // Colour codes are a report's own only where colour was asked for.
    expect(steersDisplay("\u001b[31merror\u001b[39m\n", { colour: true })).toBe(false);
    expect(steersDisplay("\u001b[31merror\u001b[39m\n", { colour: false })).toBe(true);
    expect(steersDisplay("\u001b]0;title\u0007\n", { colour: true })).toBe(true);
  });

  it("are written visibly by one rule: every unsafe code point as \\u{hex}, clean text untouched", () => {
    expect(visible("plain back\\slash.tf ✓")).toBe("plain back\\slash.tf ✓");
    expect(visible("\u001b\u0085\u200f")).toBe("\\u{1b}\\u{85}\\u{200f}");
    expect(visible("a\r\nb\u0007", { keepNewlines: true })).toBe("a\r\nb\\u{7}");
    expect(jsonSafe('{"a":"\u0085\u2028"}')).toBe('{"a":"\\u0085\\u2028"}');
    expect(JSON.parse(jsonSafe(JSON.stringify({ a: HOSTILE })))).toEqual({ a: HOSTILE });
    // Characters past the BMP (surrogate pairs, U+10202E among them) and escaped lone surrogates are left
    // as they are; the unsafe characters beside them are escaped.
    expect(jsonSafe('{"a":"\u{1f600}\u2028\u{10202e}\\ud800\u202d"}')).toBe('{"a":"\u{1f600}\\u2028\u{10202e}\\ud800\\u202d"}');
  });
});

describe("the command's stderr lines", () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach(removeTree));

  it("escape control characters in the paths and values they quote", async () => {
    const root = makeTree({ "main.tf": "locals {}\n" });
    roots.push(root);
    for (const argv of [
      ["--config", "evil\u001b]0;title\u0007.json", "."],
      ["--baseline", "evil\u001b[2J\u009b.json", "."],
      ["--rule", "x\u001b[2J=error", "."],
    ]) {
      const io = fakeIO(root);
      expect(await run(argv, io)).toBe(EXIT_ERROR);
      const err = io.err();
      expect(err, argv.join(" ")).toMatch(/^tfmould: .*\n$/u);
      expect(err, argv.join(" ")).not.toMatch(RAW_CONTROL);
      expect(err).toContain("\\u{1b}");
    }
  });

  it("--print-config escapes what JSON.stringify leaves raw in the scanned config's values", async () => {
    const root = makeTree({ "main.tf": "locals {}\n", ".tfmould.json": '{"vars":{"x":"\\u009b2J\\u202e\\u2028\\u001b"}}' });
    roots.push(root);
    const io = fakeIO(root);
    await run(["--print-config", "."], io);
    expect(io.out()).not.toMatch(RAW_IN_JSON);
    expect(io.out()).toContain("\\u009b2J\\u202e\\u2028\\u001b");
    expect(JSON.stringify(JSON.parse(io.out()))).toContain("\u009b2J\u202e\u2028");
  });
});
