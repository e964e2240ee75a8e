import { describe, expect, it } from "vitest";
import type { Attribute, Block, Expression, HclFile, Node, Pos, Range } from "../../src/hcl/ast.js";
import { parseJson } from "../../src/hcl/json/index.js";

const slice = (f: HclFile, r: Range): string => f.source.slice(r.start.offset, r.end.offset);

/** Line and column of an offset, computed the slow, obvious way. */
function expectedPos(src: string, offset: number): Pos {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = src[i];
    if (c === "\n" || (c === "\r" && src[i + 1] !== "\n")) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...src.slice(lineStart, offset)].length + 1, offset };
}

/** Every range in a tree. */
function allRanges(root: unknown): Range[] {
  const out: Range[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) {
      stack.push(...v);
      continue;
    }
    const o = v as Record<string, unknown>;
    if ("start" in o && "end" in o && typeof (o.start as Pos).offset === "number") {
      out.push(o as unknown as Range);
      continue;
    }
    stack.push(...Object.values(o));
  }
  return out;
}

const block = (f: HclFile, i = 0): Block => f.body.items[i] as Block;
const attr = (b: { body: { items: readonly Node[] } }, name: string): Attribute =>
  b.body.items.find((x): x is Attribute => x.type === "Attribute" && x.name === name)!;

describe("JSON ranges", () => {
  const src = [
    "{",
    '  "resource": {',
    '    "aws_instance": {',
    '      "web": {',
    '        "ami": "ami-1",',
    '        "count": 2,',
    '        "tags": {"Name": "x", "Team": null},',
    '        "list": [true, -1.5e3, "s"],',
    '        "user_data": "echo ${var.a} é\\u00e9 \\"q\\" ${upper(var.b)}",',
    '        "root_block_device": {"volume_size": 20}',
    "      }",
    "    }",
    "  }",
    "}",
  ].join("\r\n");
  const f = parseJson(src, "main.tf.json");
  const web = block(f);

  it("parses without diagnostics", () => {
    expect(f.diagnostics).toEqual([]);
    expect(f.syntax).toBe("json");
  });

  it("gives every node a range whose line and column agree with its offset", () => {
    const ranges = allRanges(f.body);
    expect(ranges.length).toBeGreaterThan(40);
    for (const r of ranges) {
      expect(r.start).toEqual(expectedPos(src, r.start.offset));
      expect(r.end).toEqual(expectedPos(src, r.end.offset));
      expect(r.start.offset).toBeLessThanOrEqual(r.end.offset);
    }
  });

  it("slices blocks, labels, attributes and values to their text", () => {
    expect(slice(f, web.typeRange)).toBe('"resource"');
    expect(web.labels.map((l) => [l.value, slice(f, l.range)])).toEqual([
      ["aws_instance", '"aws_instance"'],
      ["web", '"web"'],
    ]);
    expect(slice(f, web.openBraceRange)).toBe("{");
    expect(slice(f, web.closeBraceRange)).toBe("}");
    expect(slice(f, web.body.range).startsWith('{\r\n        "ami"')).toBe(true);
    expect(slice(f, web.range).startsWith('"resource": {')).toBe(true);
    expect(slice(f, attr(web, "ami").range)).toBe('"ami": "ami-1"');
    expect(slice(f, attr(web, "ami").nameRange)).toBe('"ami"');
    expect(slice(f, attr(web, "ami").expr.range)).toBe('"ami-1"');
    expect(slice(f, attr(web, "count").expr.range)).toBe("2");
    const list = attr(web, "list").expr;
    expect(list.type).toBe("Tuple");
    if (list.type !== "Tuple") return;
    expect(list.items.map((i) => slice(f, i.range))).toEqual(["true", "-1.5e3", '"s"']);
    expect(list.items.map((i) => (i.type === "Literal" ? i.value : i.type))).toEqual([true, -1500, "Template"]);
    const tags = attr(web, "tags").expr;
    if (tags.type !== "Object") throw new Error("tags is not an object");
    expect(tags.items.map((i) => [slice(f, i.range), slice(f, i.key.range), slice(f, i.value.range)])).toEqual([
      ['"Name": "x"', '"Name"', '"x"'],
      ['"Team": null', '"Team"', "null"],
    ]);
  });

  it("maps template parts and interpolated expressions back through JSON escapes", () => {
    const ud = attr(web, "user_data").expr;
    if (ud.type !== "Template") throw new Error("user_data is not a template");
    expect(slice(f, ud.range)).toBe('"echo ${var.a} é\\u00e9 \\"q\\" ${upper(var.b)}"');
    expect(ud.parts.map((p) => [p.type, slice(f, p.range)])).toEqual([
      ["TemplateLiteral", "echo "],
      ["TemplateInterpolation", "${var.a}"],
      ["TemplateLiteral", ' é\\u00e9 \\"q\\" '],
      ["TemplateInterpolation", "${upper(var.b)}"],
    ]);
    expect(ud.parts[2].type === "TemplateLiteral" && ud.parts[2].value).toBe(' éé "q" ');
    const call = ud.parts[3].type === "TemplateInterpolation" ? ud.parts[3].expr : undefined;
    expect(call?.type).toBe("FunctionCall");
    if (call?.type !== "FunctionCall") return;
    expect(slice(f, call.nameRange)).toBe("upper");
    expect(slice(f, call.args[0].range)).toBe("var.b");
    expect(call.range.start).toEqual(expectedPos(src, src.indexOf("upper(")));
  });

  it("counts columns in code points after astral characters and combining marks", () => {
    const s = '{"locals": {"a": "😀e\u0301 ${x}", "b": "${y}"}}';
    const g = parseJson(s, "l.tf.json");
    expect(g.diagnostics).toEqual([]);
    const locals = block(g);
    const a = attr(locals, "a").expr;
    if (a.type !== "Template") throw new Error("not a template");
    const x: Expression | undefined = a.parts[1].type === "TemplateInterpolation" ? a.parts[1].expr : undefined;
    expect(x && slice(g, x.range)).toBe("x");
    // `{"locals": {"a": "` is 18 code points; then 😀 (1), e (1), U+0301 (1), space, `${` → x at column 25.
    expect(x?.range.start).toEqual({ line: 1, column: 25, offset: s.indexOf("${x}") + 2 });
    const y = attr(locals, "b").expr;
    // One column per code point: the emoji's two UTF-16 units count once.
    const yOffset = s.indexOf('"${y}"');
    expect(y.range.start).toEqual({ line: 1, column: yOffset + 1 - 1, offset: yOffset });
  });

  it("keeps ranges exact after lone CR line breaks and tabs", () => {
    const s = '{\r\t"variable":\r\t{"v": {"default": "x"}}}';
    const g = parseJson(s, "v.tf.json");
    const v = block(g);
    expect(v.typeRange.start).toEqual({ line: 2, column: 2, offset: 3 });
    const d = attr(v, "default");
    expect(d.range.start).toEqual(expectedPos(s, s.indexOf('"default"')));
    expect(slice(g, d.range)).toBe('"default": "x"');
  });
});
