/**
 * Issue 16 §6: a config nested 100,000 deep, or with an exclude pattern too
 * costly to match, is a config error (exit 2, one line naming the file and
 * the place), not an internal error.
 */
import { afterEach, describe, expect, it } from "vitest";
import { join } from "node:path";
import { run } from "../../src/cli/index.js";
import { EXIT_ERROR } from "../../src/cli/exit-codes.js";
import { ConfigError, loadConfigFile } from "../../src/config/index.js";
import { fakeIO } from "../cli/fake-io.js";
import { makeTree, removeTree } from "../cli/tree.js";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

const DEPTH = 100_000;

describe("a deeply nested config", () => {
  for (const [name, open, close] of [
    ["arrays", "[", "]"],
    ["objects", '{"a":', "}"],
  ] as const) {
    it(`of ${name} is a config error naming the file`, async () => {
      const text = `{"vars":{"x":${open.repeat(DEPTH)}${open === "[" ? "" : "1"}${close.repeat(DEPTH)}}}`;
      const root = makeTree({ "main.tf": "locals {}\n", ".tfmould.json": text });
      roots.push(root);
      expect(() => loadConfigFile(join(root, ".tfmould.json"))).toThrow(ConfigError);
      const io = fakeIO(root);
      expect(await run(["."], io)).toBe(EXIT_ERROR);
      expect(io.err()).toMatch(/^tfmould: \S*\.tfmould\.json\b[^\n]*\n$/u);
      expect(io.err()).not.toContain("internal error");
    });
  }
});

describe("an exclude pattern the matcher refuses", () => {
  it("is a config error at the pattern, not an exclusion that silently matches nothing", async () => {
    const long = "a".repeat(10_000);
    const root = makeTree({ "main.tf": "locals {}\n", ".tfmould.json": `{\n  "exclude": ["examples/**", "${long}"]\n}\n` });
    roots.push(root);
    expect(() => loadConfigFile(join(root, ".tfmould.json"))).toThrow(/exclude\[1\]/);
    const io = fakeIO(root);
    expect(await run(["."], io)).toBe(EXIT_ERROR);
    expect(io.err()).toMatch(/^tfmould: \S*\.tfmould\.json:2:\d+[^\n]*exclude\[1\][^\n]*\n$/u);
  });
});
