import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../../src/eval/functions/index.js";
import { evalLocal } from "./helpers.js";

const names = [...FUNCTIONS.keys()];

const leaf = fc.oneof(
  fc.constantFrom("null", "true", "false", "0", "-1", "1.5", "1e3", '""', '"a"', '"1"', '"10.0.0.0/8"', '"%s %d %v"', "var.u", "var.s", "local.c", "[]", "{}"),
  fc.integer({ min: -5, max: 40 }).map(String),
  fc.string({ maxLength: 6 }).map((s) => JSON.stringify(s).replace(/\$\{/g, "$${").replace(/%\{/g, "%%{")),
);

const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom(...names), fc.array(tie("e"), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(", ")})`),
    fc.tuple(tie("e"), fc.constantFrom("+", "-", "*", "/", "%", "==", "!=", "<", ">=", "&&", "||"), tie("e")).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie("e"), tie("e"), tie("e")).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
    fc.array(tie("e"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
    fc.tuple(tie("e"), tie("e")).map(([k, v]) => `{ (${k}) = ${v} }`),
    fc.tuple(tie("e"), tie("e")).map(([c, v]) => `[for x in ${c} : ${v}]`),
    fc.tuple(tie("e"), tie("e")).map(([c, k]) => `{ for k, x in ${c} : k => ${k}... }`),
    fc.tuple(tie("e"), tie("e")).map(([c, i]) => `${c}[${i}]`),
    tie("e").map((c) => `${c}[*].a`),
    tie("e").map((c) => `"x\${${c}}%{ if ${c} }y%{ endif }"`),
    tie("e").map((c) => `!${c}`),
  ),
})).e;

const files = { "v.tf": 'variable "u" {}\nvariable "s" {\n  default = ["a", "b"]\n}\nlocals {\n  c = { a = 1, b = [2, 3] }\n}\n' };

describe("robustness", () => {
  it("evaluate never throws and always returns a value", () => {
    fc.assert(
      fc.property(expression, (text) => {
        const v = evalLocal(text, files);
        expect(["null", "bool", "number", "string", "tuple", "object", "unknown"]).toContain(v.kind);
        expect(Array.isArray(v.origins)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
