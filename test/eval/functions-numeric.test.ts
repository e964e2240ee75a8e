import { describe, expect, it } from "vitest";
import { evalLocal, js } from "./helpers.js";

const cases: [string, unknown][] = [
  ["abs(-12.4)", 12.4],
  ["abs(0)", 0],
  ["ceil(5.1)", 6],
  ["ceil(5)", 5],
  ["floor(4.9)", 4],
  ["floor(-4.1)", -5],
  ["log(16, 2)", 4],
  ["pow(3, 2)", 9],
  ["pow(4, 0.5)", 2],
  ["signum(-13)", -1],
  ["signum(0)", 0],
  ["signum(344)", 1],
  ["max(12, 54, 3)", 54],
  ["max([12, 54, 3]...)", 54],
  ["min(12, 54, 3)", 3],
  ['min("4", 5)', 4],
  ['parseint("100", 10)', 100],
  ['parseint("FF", 16)', 255],
  ['parseint("-10", 16)', -16],
  ['parseint("1011111011101111", 2)', 48879],
  ['parseint("aA", 62)', 656],
];

describe("numeric functions", () => {
  it.each(cases)("%s", (expr, expected) => {
    expect(js(expr)).toEqual(expected);
  });

  it("log(50, 10)", () => {
    expect(js("log(50, 10)")).toBeCloseTo(1.69897, 5);
  });

  it.each(['parseint("12", 2)', 'parseint("1", 1)', 'parseint("", 10)', "max()", 'abs("x")', "log(-1, 10)"])(
    "%s is an error, so unknown",
    (expr) => {
      const v = evalLocal(expr);
      expect(v.kind === "unknown" && v.error).toBe(true);
    },
  );
});
