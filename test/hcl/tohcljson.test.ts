/**
 * toHclJson's conversion rules, one by one, with the values hcl2json gives
 * (each was checked against @cdktf/hcl2json; the oracle test repeats that
 * comparison over every fixture).
 */
import { describe, expect, it } from "vitest";
import { parseNative } from "../../src/hcl/parser.js";
import { numberToString, toHclJson } from "../../src/hcl/tohcljson.js";
import { parse } from "../../src/hcl/index.js";

function convert(src: string): unknown {
  return toHclJson(parseNative(src, "main.tf"));
}

describe("bodies and blocks", () => {
  it("nests labels and wraps every block body in an array", () => {
    expect(convert('resource "a" "x" {\n  n = 1\n}\nresource "a" "y" {}\nresource "b" "x" {}\n')).toEqual({
      resource: { a: { x: [{ n: 1 }], y: [{}] }, b: { x: [{}] } },
    });
  });

  it("appends repeated blocks", () => {
    expect(convert("locals {\n  a = 1\n}\nlocals {\n  b = 2\n}\n")).toEqual({ locals: [{ a: 1 }, { b: 2 }] });
  });

  it("lets an attribute replace a block of the same name", () => {
    expect(convert("b {}\nb = 1\n")).toEqual({ b: 1 });
  });

  it("sorts keys as Go does", () => {
    expect(Object.keys(convert("z = 1\na = 2\né = 3\n") as object)).toEqual(["a", "z", "é"]);
  });

  it("throws, as hcl2json rejects, for blocks with and without labels", () => {
    expect(() => convert('b {}\nb "x" {}\n')).toThrow("Unable to convert Block to JSON: b.x");
    expect(() => convert('b "x" {}\nb {}\n')).toThrow("cannot have blocks with and without labels");
  });
});

describe("expressions", () => {
  it("keeps literals and evaluates operators on literals", () => {
    expect(convert("a = 1.50\nb = true\nc = null\nd = -1e3\ne = !false\n")).toEqual({ a: 1.5, b: true, c: null, d: -1000, e: true });
    expect(Object.is((convert("a = -0\n") as { a: number }).a, -0)).toBe(true);
  });

  it("throws for an operator on a literal of the wrong type", () => {
    expect(() => convert("a = -true\n")).toThrow("number required");
    expect(() => convert("a = !1\n")).toThrow("bool required");
    expect(() => convert("a = -null\n")).toThrow("must not be null");
  });

  it("writes other expressions back as ${source}", () => {
    expect(convert('a = var.x\nb = f(1, "s")\nc = x ? y : z\nd = (1)\ne = -x\nf = [for v in l : v]\ng = string\n')).toEqual({
      a: "${var.x}",
      b: '${f(1, "s")}',
      c: "${x ? y : z}",
      d: "${(1)}",
      e: "${-x}",
      f: "${[for v in l : v]}",
      g: "${string}",
    });
  });

  it("converts tuples and objects item by item, the last duplicate key winning", () => {
    expect(convert("a = [1, [x], {b = 2, b = 3}]\n")).toEqual({ a: [1, ["${x}"], { b: 3 }] });
  });

  it("writes object keys: names and references as source, other keys as template parts", () => {
    expect(convert('a = {b = 1, c.d = 2, e[0] = 3, "f" = 4, (g) = 5, h[i] = 6, 7 = 7, null = 8, "${j}-k" = 9, l ? "m" : "n" = 10}\n')).toEqual({
      a: { b: 1, "c.d": 2, "e[0]": 3, f: 4, "${(g)}": 5, "${h[i]}": 6, "7": 7, null: 8, "${j}-k": 9, "%{if l}m%{else}n%{endif}": 10 },
    });
  });

  it("keeps a __proto__ key as an own property", () => {
    const out = convert("__proto__ = 1\n") as object;
    expect(Object.getOwnPropertyNames(out)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

describe("templates", () => {
  it("re-renders interpolations and escapes literal sequences", () => {
    expect(convert('a = "x-${var.y}-$${z}-%%{w}"\n')).toEqual({ a: "x-${var.y}-$${z}-%%{w}" });
  });

  it("converts a lone interpolation as its expression", () => {
    expect(convert('a = "${true}"\nb = "${1.5}"\nc = "${x}"\nd = "${"s"}"\n')).toEqual({ a: true, b: 1.5, c: "${x}", d: "s" });
  });

  it("converts literals inside text to strings", () => {
    expect(convert('a = "${1e3}-${true}-${null}-${0.1}"\n')).toEqual({ a: "1000-true-null-0.1" });
  });

  it("re-renders directives without strip markers, dropping an empty else", () => {
    expect(convert('a = "%{ if c ~} x %{~ else }%{ endif }%{ for k, v in m }${v}%{ endfor }"\n')).toEqual({
      a: "%{if c}x%{endif}%{for k, v in m}${v}%{endfor}",
    });
  });

  it("renders a conditional inside text as an if directive", () => {
    expect(convert('a = "x${c ? "y" : ""}"\n')).toEqual({ a: "x%{if c}y%{endif}" });
  });

  it("drops an if directive whose only content is a null, and rejects such a for directive", () => {
    expect(convert('a = "%{ if c }${null}%{ endif }"\n')).toEqual({ a: "" });
    expect(() => convert('a = "%{ for x in y }${null}%{ endfor }"\n')).toThrow("null value");
  });

  it("applies heredoc indentation", () => {
    expect(convert("a = <<-EOT\n    x\n      ${y}\n    EOT\n")).toEqual({ a: "x\n  ${y}\n" });
  });

  it("replaces lone surrogates with U+FFFD, as text crossing into WebAssembly does", () => {
    expect(convert('a = "x\uD800"\n')).toEqual({ a: "x\uFFFD" });
  });
});

describe("numbers in text", () => {
  it.each([
    ["1", "1"],
    ["1.50", "1.5"],
    ["1e3", "1000"],
    ["1.5e-7", "0.00000015"],
    ["007", "7"],
    ["0.0", "0"],
    ["123456789012345678901234567890", "123456789012345678901234567890"],
  ])("writes %s as %s", (raw, text) => {
    expect(numberToString(raw, Number(raw))).toBe(text);
  });
});

describe("errors", () => {
  it("is synchronous", () => {
    expect(convert("a = 1\n")).not.toBeInstanceOf(Promise);
  });

  it("throws hcl2json's message for a file with syntax errors", () => {
    expect(() => convert("a = [1 2]\n")).toThrow(
      "parse config: [main.tf:1,8-9: Missing item separator; Expected a comma to mark the beginning of the next item.]",
    );
  });

  it("refuses JSON-syntax files", () => {
    expect(() => toHclJson(parse("{}", "main.tf.json"))).toThrow("native HCL syntax only");
  });
});
