import { describe, expect, it } from "vitest";
import type { Diagnostic, HclFile } from "../../src/hcl/ast.js";
import { parseJson } from "../../src/hcl/json/index.js";

const at = (f: HclFile, d: Diagnostic): string => f.source.slice(d.range.start.offset, d.range.end.offset);
const errors = (src: string, name = "x.tf.json") => {
  const f = parseJson(src, name);
  return f.diagnostics.map((d) => [d.summary, at(f, d), `${d.range.start.line}:${d.range.start.column}`]);
};

describe("JSON syntax errors are located", () => {
  it.each([
    ['{"a": 1,}', ["Trailing comma in object", ",", "1:8"]],
    ['{"a": [1,]}', ["Trailing comma in array", ",", "1:9"]],
    ['{"a" 1}', ["Missing property value colon", "1", "1:6"]],
    ['{"a" = 1}', ["Missing property value colon", "=", "1:6"]],
    ['{"a": }', ["Missing JSON value", "}", "1:7"]],
    ['{"a"}', ["Missing object value", "}", "1:5"]],
    ["{a: 1}", ["Invalid object property name", "a", "1:2"]],
    ['{"a": 1 "b": 2}', ["Missing property separator comma", '"b"', "1:9"]],
    ['{"a": [1 2]}', ["Missing array separator comma", "2", "1:10"]],
    ['{"a": [1}', ["Mismatched brackets", "}", "1:9"]],
    ['{"a": 1]', ["Mismatched braces", "]", "1:8"]],
    ['{"a": tru}', ["Invalid JSON keyword", "tru", "1:7"]],
    ['{"a": True}', ["Invalid JSON keyword", "True", "1:7"]],
    ['{"a": NaN}', ["Invalid JSON keyword", "NaN", "1:7"]],
    ['{"a": 01}', ["Invalid JSON number", "01", "1:7"]],
    ['{"a": 1.}', ["Invalid JSON number", "1.", "1:7"]],
    ['{"a": "\\x"}', ["Invalid JSON string", "\\x", "1:8"]],
    ['{"a": "\\u12"}', ["Invalid JSON string", "\\u", "1:8"]],
    ['{"a": "x\ty"}', ["Invalid JSON string", "\t", "1:9"]],
    ['{"a": @}', ["Invalid start of value", "@", "1:7"]],
    ['{"a": 1} x', ["Extraneous data after value", "x", "1:10"]],
    ["", ["Missing value", "", "1:1"]],
    ['{"a": {"b": 1}', ["Unclosed object", "{", "1:1"]],
    ['{"a": [1, 2', ["Unclosed array", "[", "1:7"]],
  ])("%s", (src, expected) => {
    expect(errors(src)[0]).toEqual(expected);
  });

  it("reports an unterminated string at its line and keeps reading the next lines", () => {
    const src = '{\n  "a": "open,\n  "b": 1\n}';
    const f = parseJson(src, "x.tf.json");
    expect(f.diagnostics[0].summary).toBe("Invalid JSON string");
    expect(f.diagnostics[0].range.start).toEqual({ line: 2, column: 8, offset: 9 });
    expect(f.diagnostics[0].range.end.line).toBe(2);
  });

  it("recovers to report more than the first error, and still returns what it could read", () => {
    const src = '{\n  "variable": {"a": {"default": 1,}},\n  "locals": {"x": [1 2]},\n  "output": {"o": {"value": "${1}"}}\n}';
    const f = parseJson(src, "x.tf.json");
    expect(f.diagnostics.map((d) => [d.summary, d.range.start.line])).toEqual([
      ["Trailing comma in object", 2],
      ["Missing array separator comma", 3],
    ]);
    expect(f.body.items.map((i) => (i.type === "Block" ? i.blockType : i.name))).toEqual(["variable", "locals", "output"]);
  });

  it("reports a top level that is not an object", () => {
    expect(errors("[1]")).toEqual([["Incorrect JSON value type", "[1]", "1:1"]]);
  });

  it("reports block values of the wrong type", () => {
    expect(errors('{"resource": {"a": {"b": 1}}}')).toEqual([["Incorrect JSON value type", "1", "1:26"]]);
    expect(errors('{"resource": {"a": 1}}')).toEqual([["Incorrect JSON value type", "1", "1:20"]]);
    expect(errors('{"resource": {}}')).toEqual([["Missing block label", "{}", "1:14"]]);
  });

  it("puts template and expression errors inside the string, past its escapes", () => {
    const src = '{"locals": {"a": "\\u0041${1 +}"}, "variable": {"v": {"type": "list(string"}}}';
    const f = parseJson(src, "x.tf.json");
    expect(f.diagnostics.length).toBeGreaterThanOrEqual(2);
    for (const d of f.diagnostics) {
      const inside = (s: string) => d.range.start.offset >= src.indexOf(s) && d.range.end.offset <= src.indexOf(s) + s.length;
      expect(inside('"\\u0041${1 +}"') || inside('"list(string"')).toBe(true);
    }
  });
});
