/**
 * `fileset` patterns come from the scanned repository: matching a file
 * name takes time linear in the name, whatever the pattern.
 */
import { describe, expect, it } from "vitest";
import { toJs } from "../../src/eval/index.js";
import { evalWithDiagnostics } from "../eval/helpers.js";

const NAMES = {
  [`files/${"a".repeat(60)}b`]: "x",
  [`files/${"a".repeat(60)}`]: "x",
  "files/main.tf": "x",
};

describe("fileset on hostile patterns", () => {
  it("a pattern of eight *a matches in linear time", () => {
    const { value, diagnostics } = evalWithDiagnostics(`fileset(path.module, "files/*a*a*a*a*a*a*a*a")`, NAMES);
    expect(toJs(value)).toEqual([`files/${"a".repeat(60)}`]);
    expect(diagnostics).toEqual([]);
  }, 5000);

  it("the same with classes, ? and alternatives", () => {
    const { value } = evalWithDiagnostics(`fileset(path.module, "files/{*a*a*a*a*a*a*a*[a],main.tf}?")`, {
      ...NAMES,
      [`files/${"a".repeat(60)}bc`]: "x",
    });
    expect(toJs(value)).toEqual([`files/${"a".repeat(60)}`, `files/${"a".repeat(60)}b`]);
  }, 5000);
});
