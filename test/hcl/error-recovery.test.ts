/**
 * After a syntax error the parser recovers the way hclsyntax does, so it
 * reports the errors Terraform reports and no cascade of its own. Each case
 * here is an error set that once differed from hclsyntax's; the expected set
 * is checked against `@cdktf/hcl2json` too, so the expectations cannot drift
 * from the oracle. Positions are line:column of the error's start.
 */
import { parse as hcl2json } from "@cdktf/hcl2json";
import { describe, expect, it } from "vitest";
import { parseHclMessage } from "../../bench/error-agreement.js";
import { parseNative } from "../../src/hcl/parser.js";

const ours = (src: string): string[] =>
  parseNative(src, "main.tf")
    .diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.summary}`)
    .sort();

async function theirs(src: string): Promise<string[]> {
  try {
    await hcl2json("main.tf", src);
    return [];
  } catch (e) {
    const message = (e as Error).message;
    const keys = parseHclMessage(message);
    if (keys === undefined) return [`not a syntax error: ${message}`];
    return keys.map((k) => `${k.line}:${k.column} ${k.summary}`).sort();
  }
}

const CASES: readonly (readonly [name: string, src: string, errors: readonly string[]])[] = [
  // Recovery mode is never left once entered, so an unclosed block after an error is not reported again.
  ["no Unclosed configuration block after an error inside the block", "a {\n  b = 1 2\n", ["2:9 Missing newline after argument"]],
  ["no Unclosed configuration block after an error in an expression", "a {\n b = [\n}\nc {\n", ["3:1 Invalid expression"]],
  ["only the innermost of nested unclosed blocks", "a {\n  b {\n", ["2:5 Unclosed configuration block"]],
  ["only the innermost of three unclosed blocks", "a {\n  b {\n    c {\n      d = 1\n", ["3:7 Unclosed configuration block"]],
  // The rest of the file gives no findings once a top-level item has failed.
  ["no Argument or block definition required after Missing newline", "a = 1 2\nb = 3\n}\n", ["1:7 Missing newline after argument"]],
  ["nothing after a stray closing brace at the top level", "}\na = \n", ["1:1 Argument or block definition required"]],
  ["nothing after a failed expression", "a = 1 +\nb = [1 2]\nc = )\nd = 4\n", ["1:8 Invalid expression"]],
  ["no Invalid argument name after a failed block", "a {\n  b = (\n}\n\"c\" = 1\n", ["3:1 Invalid expression"]],
  // hclsyntax reports a missing bracket where its recovery stopped (its diagnostic aliases the token it recovers to).
  ["Missing close bracket on index at the bracket recovered to", "a = b[c d]\n", ["1:10 Missing close bracket on index"]],
  ["Missing close bracket on index at the end of the file", "a = b[c d\n", ["2:1 Missing close bracket on index"]],
  ["Missing close bracket on splat index at the bracket recovered to", "a = b[*c]\n", ["1:9 Missing close bracket on splat index"]],
  // In an attribute-only splat, a bad step is blamed on the splat's star.
  ["Invalid legacy index syntax in a splat at its star", "a = b.*.c.0.1\n", ["1:7 Invalid legacy index syntax"]],
  ["Invalid attribute name in a splat at its star", 'a = b.*.c."x"\n', ["1:7 Invalid attribute name"]],
  ["Invalid legacy index syntax in a nested splat at its star", "a = b[*].c.*.0.1\n", ["1:12 Invalid legacy index syntax"]],
  ["no later bad-token errors once in recovery mode", "a {\n  b = 1 2\n}\nc = [1 2]\n", ["2:9 Missing newline after argument"]],
  [
    "only the unconditional errors once in recovery mode",
    "a {\n  b = 1 2\n}\nc {\n  d = (\n}\n",
    ["2:9 Missing newline after argument", "6:1 Unbalanced parentheses"],
  ],
  // hclsyntax's scanner gives up inside a heredoc at a lone CR (the rest of the file is one invalid token) and at a final "$" or "%".
  ["one Invalid character for the lone CRs of a heredoc", "a = <<EOT\nx\ry\rz\r", ["2:2 Invalid character", "2:2 Unterminated template string"]],
  ["Invalid character for a heredoc's final $", "a = <<EOT\nab$", ["2:3 Invalid character", "2:3 Unterminated template string"]],
  ["Invalid character for a heredoc's final %", "a = <<EOT\n$$%", ["2:3 Invalid character", "2:3 Unterminated template string"]],
  // Names are Unicode 9.0 identifiers, as in hclsyntax's scanner: newer identifier characters are invalid.
  ["a zero-width joiner is not part of a name", "a\u200db = 1\n", ["1:1 Argument or block definition required", "1:2 Invalid character"]],
  ["a CJK Extension F ideograph cannot start a name", "\u{2ceb0} = 1\n", ["1:1 Argument or block definition required", "1:1 Invalid character"]],
  ["a CJK Extension F ideograph cannot continue a name", "a\u{2ceb0} = 1\n", ["1:1 Argument or block definition required", "1:2 Invalid character"]],
];

/** Errors hclsyntax reports whatever the recovery state: these were right before and must stay. */
const KEPT: readonly (readonly [name: string, src: string, errors: readonly string[]])[] = [
  ["Attribute redefined after an error in another block", "a {\n  b = 1 2\n}\nc {\n  d = 1\n  d = 2\n}\n", ["2:9 Missing newline after argument", "6:3 Attribute redefined"]],
  ["Attribute redefined next to an error in the same body", "a = 1\na = 2\nb = 1 2\n", ["2:1 Attribute redefined", "3:7 Missing newline after argument"]],
];

describe("error recovery as in hclsyntax", () => {
  it.each([...CASES, ...KEPT])("%s", async (_name, src, errors) => {
    expect(await theirs(src)).toEqual([...errors].sort());
    expect(ours(src)).toEqual([...errors].sort());
  });

  it("still reads the names of Unicode 9.0", () => {
    expect(ours("\u00e9t\u00e9 = 1\na\u0301 = 2\n\u{2a700} = 3\n")).toEqual([]);
  });

  it("keeps the tree after the point where hclsyntax stops", () => {
    const f = parseNative('}\nresource "a" "b" {\n  x = 1\n}\nc = 2\n', "main.tf");
    expect(f.diagnostics).toHaveLength(1);
    expect(f.body.items.map((i) => (i.type === "Block" ? i.blockType : i.name))).toEqual(["resource", "c"]);
  });
});
