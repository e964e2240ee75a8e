/** Terraform's numeric functions. */
import { EvalError } from "../internal.js";
import { numberValue } from "../values.js";
import type { FunctionTable } from "./registry.js";
import { int, num, str } from "./registry.js";

const DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** big.Int.SetString semantics for bases 2 to 62 (case-insensitive up to 36). */
function parseInteger(text: string, base: number): number {
  let s = text;
  let negative = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    negative = s.startsWith("-");
    s = s.slice(1);
  }
  if (s === "") throw new EvalError(`cannot parse "${text}" as a base ${base} integer`);
  let acc = 0n;
  const b = BigInt(base);
  for (const ch of s) {
    let d = DIGITS.indexOf(base <= 36 ? ch.toLowerCase() : ch);
    if (ch === "_") d = -1;
    if (d < 0 || d >= base) throw new EvalError(`cannot parse "${text}" as a base ${base} integer`);
    acc = acc * b + BigInt(d);
  }
  return Number(negative ? -acc : acc);
}

export const numericFunctions: FunctionTable = {
  abs: { params: 1, returns: "number", impl: ([n]) => numberValue(Math.abs(num(n))) },
  ceil: { params: 1, returns: "number", impl: ([n]) => numberValue(Math.ceil(num(n))) },
  floor: { params: 1, returns: "number", impl: ([n]) => numberValue(Math.floor(num(n))) },
  log: {
    params: 2,
    returns: "number",
    impl: ([n, b]) => {
      const r = Math.log(num(n)) / Math.log(num(b));
      if (Number.isNaN(r)) throw new EvalError("logarithm is not defined for these arguments");
      return numberValue(r);
    },
  },
  pow: { params: 2, returns: "number", impl: ([a, b]) => numberValue(Math.pow(num(a), num(b))) },
  signum: { params: 1, returns: "number", impl: ([n]) => numberValue(Math.sign(num(n)) || 0) },
  max: {
    params: 1,
    variadic: true,
    returns: "number",
    impl: (args) => numberValue(Math.max(...args.map((a) => num(a)))),
  },
  min: {
    params: 1,
    variadic: true,
    returns: "number",
    impl: (args) => numberValue(Math.min(...args.map((a) => num(a)))),
  },
  parseint: {
    params: 2,
    returns: "number",
    impl: ([s, b]) => {
      const base = int(b, "base");
      if (base < 2 || base > 62) throw new EvalError("base must be a whole number between 2 and 62");
      return numberValue(parseInteger(str(s), base));
    },
  },
};
