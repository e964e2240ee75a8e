import { describe, expect, it } from "vitest";
import type { Attribute, Block, Body, Expression, HclFile } from "../../src/hcl/ast.js";
import { parseJson } from "../../src/hcl/json/index.js";
import { getBlocks, literalString } from "../../src/model/query.js";
import { render } from "../model/render.js";

const parse = (value: unknown, name = "main.tf.json"): HclFile => {
  const f = parseJson(JSON.stringify(value, null, 2), name);
  expect(f.diagnostics).toEqual([]);
  return f;
};
const blocks = (body: Body): Block[] => body.items.filter((i): i is Block => i.type === "Block");
const attr = (body: Body, name: string): Attribute =>
  body.items.find((i): i is Attribute => i.type === "Attribute" && i.name === name) ?? fail(`no argument ${name}`);
const fail = (msg: string): never => {
  throw new Error(msg);
};
const header = (b: Block): string => [b.blockType, ...b.labels.map((l) => l.value)].join(" ");
const items = (body: Body): string[] => body.items.map((i) => (i.type === "Block" ? `block ${header(i)}` : `arg ${i.name}`));
const resourceBody = (value: Record<string, unknown>): Body =>
  blocks(parse({ resource: { t_x: { n: value } } }).body)[0].body;

describe("Terraform JSON: blocks and labels", () => {
  it("unpacks one object level per label, and arrays to keep order", () => {
    const f = parse({
      resource: [{ aws_instance: [{ b: {} }, { a: {} }] }, { aws_s3_bucket: { c: {} } }],
      variable: { x: {}, y: {} },
      locals: [{ l1: 1 }, { l2: 2 }],
    });
    expect(blocks(f.body).map(header)).toEqual([
      "resource aws_instance b",
      "resource aws_instance a",
      "resource aws_s3_bucket c",
      "variable x",
      "variable y",
      "locals",
      "locals",
    ]);
  });

  it("reads an array of bodies as several blocks with the same labels, and null as none", () => {
    const f = parse({ resource: { t_x: { n: [{ a: 1 }, { a: 2 }] } }, output: null, module: { m: null } });
    expect(blocks(f.body).map(header)).toEqual(["resource t_x n", "resource t_x n"]);
  });

  it("keeps provisioners of mixed types in order", () => {
    const body = resourceBody({
      provisioner: [{ "local-exec": { command: "a" } }, { file: { source: "s", destination: "d" } }, { "local-exec": { command: "b" } }],
    });
    expect(blocks(body).map(header)).toEqual(["provisioner local-exec", "provisioner file", "provisioner local-exec"]);
  });

  it("treats '//' properties of bodies and label objects as comments, but not of expression objects", () => {
    const f = parse({
      "//": "generated",
      resource: { "//": "label comment", t_x: { n: { "//": "body comment", tags: { "//": "kept" } } } },
    });
    expect(f.comments.map((c) => [c.style, c.text])).toEqual([
      ["//", "generated"],
      ["//", "label comment"],
      ["//", "body comment"],
    ]);
    expect(f.source.slice(f.comments[0].range.start.offset, f.comments[0].range.end.offset)).toBe('"//": "generated"');
    const body = blocks(f.body)[0].body;
    expect(items(body)).toEqual(["arg tags"]);
    expect(render(attr(body, "tags").expr)).toBe('{// = "kept"}');
  });
});

describe("Terraform JSON: nested blocks inside resources (heuristic)", () => {
  const body = resourceBody({
    root_block_device: { volume_size: 20 },
    ingress: [{ from_port: 22 }, { from_port: 443 }],
    tags: { name: "web" },
    labels: { env: "prod" },
    metadata: { Name: "web", "kubernetes.io/role": "x" },
    for_each: { a: { b: 1 } },
    environment: { variables: { db_host: "x" } },
    empty_list: [],
    strings: ["a"],
    mixed: [{ a: 1 }, 2],
    count: 1,
  });

  it("reads an object (or array of objects) of snake_case keys as nested blocks", () => {
    expect(items(body)).toEqual([
      "block root_block_device",
      "block ingress",
      "block ingress",
      "arg tags",
      "arg labels",
      "arg metadata",
      "arg for_each",
      "block environment",
      "arg empty_list",
      "arg strings",
      "arg mixed",
      "arg count",
    ]);
    const env = blocks(body).find((b) => b.blockType === "environment")!;
    expect(items(env.body)).toEqual(["arg variables"]);
  });

  it("reads dynamic blocks, seen through getBlocks", () => {
    const b = resourceBody({
      dynamic: { setting: { for_each: "${var.s}", iterator: "s", content: { name: "${s.key}", nested: { x: 1 } } } },
    });
    const [dyn] = blocks(b);
    expect(header(dyn)).toBe("dynamic setting");
    const seen = getBlocks(b, "setting");
    expect(seen).toHaveLength(1);
    expect(seen[0].dynamic?.iterator).toBe("s");
    expect(render(seen[0].dynamic?.forEach?.expr)).toBe("var.s");
    expect(items(seen[0].body)).toEqual(["arg name", "block nested"]);
  });

  it("reads arguments of modules, variables and outputs as arguments even when they are objects", () => {
    const f = parse({
      module: { m: { source: "./m", settings: { a_b: 1 } } },
      variable: { v: { default: { a_b: 1 } } },
      output: { o: { value: { a_b: 1 } } },
    });
    expect(blocks(f.body).map((b) => items(b.body))).toEqual([["arg source", "arg settings"], ["arg default"], ["arg value"]]);
  });

  it("reads provider nested blocks and their map arguments", () => {
    const f = parse({ provider: { aws: { region: "x", default_tags: { tags: { team: "a" } }, assume_role: { role_arn: "r" } } } });
    const p = blocks(f.body)[0];
    expect(items(p.body)).toEqual(["arg region", "block default_tags", "block assume_role"]);
    expect(items(blocks(p.body)[0].body)).toEqual(["arg tags"]);
  });
});

describe("Terraform JSON: strings", () => {
  const locals = (value: Record<string, unknown>): Body => blocks(parse({ locals: value }).body)[0].body;
  const expr = (value: unknown): Expression => attr(locals({ x: value }), "x").expr;

  it("parses strings as templates", () => {
    expect(render(expr("${var.a}"))).toBe("var.a");
    const t = expr("${var.a}");
    expect(t.type === "Template" && t.parts.length).toBe(1);
    expect(render(expr("a-${var.b}-c"))).toBe('"a-${var.b}-c"');
    expect(render(expr("%{if var.x}yes%{else}no%{endif}"))).toBe('"%{if var.x}yes%{else}no%{endif}"');
    expect(render(expr("%{for s in var.l}${s},%{endfor}"))).toBe('"%{for s in var.l}${s},%{endfor}"');
    expect(literalString(expr("$${not} %%{this}"))).toBe("${not} %{this}");
    expect(literalString(expr("plain \\ text"))).toBe("plain \\ text");
  });

  it("parses keys of expression objects as templates too", () => {
    const o = expr({ "${var.k}": 1, plain: 2 });
    if (o.type !== "Object") throw new Error("not an object");
    expect(o.items.map((i) => render(i.key))).toEqual(["var.k", '"plain"']);
  });

  it("takes strings literally where Terraform does", () => {
    const f = parse({
      variable: { v: { type: "map(string)", default: { a: "${not.a.template}" }, description: "${d}" } },
      output: { o: { value: "${var.v}", description: "${d}" } },
      module: { m: { source: "./${x}", version: "${y}" } },
      provider: { aws: { alias: "${a}", region: "${var.r}" } },
      terraform: { required_version: "${v}", backend: { s3: { key: "${k}" } } },
      resource: { t_x: { n: { connection: { type: "${t}", host: "${h}" } } } },
    });
    const [v, o, m, p, t, r] = blocks(f.body);
    expect(render(attr(v.body, "type").expr)).toBe("map(string)");
    expect(render(attr(v.body, "default").expr)).toBe('{a = "${not.a.template}"}');
    const def = attr(v.body, "default").expr;
    expect(def.type === "Object" && literalString(def.items[0].value)).toBe("${not.a.template}");
    expect(literalString(attr(v.body, "description").expr)).toBe("${d}");
    expect(render(attr(o.body, "value").expr)).toBe("var.v");
    expect(literalString(attr(o.body, "description").expr)).toBe("${d}");
    expect(literalString(attr(m.body, "source").expr)).toBe("./${x}");
    expect(literalString(attr(m.body, "version").expr)).toBe("${y}");
    expect(literalString(attr(p.body, "alias").expr)).toBe("${a}");
    expect(render(attr(p.body, "region").expr)).toBe("var.r");
    expect(literalString(attr(t.body, "required_version").expr)).toBe("${v}");
    expect(literalString(attr(blocks(t.body)[0].body, "key").expr)).toBe("${k}");
    const conn = blocks(r.body)[0];
    expect(literalString(attr(conn.body, "type").expr)).toBe("${t}");
    expect(render(attr(conn.body, "host").expr)).toBe("h");
  });

  it("parses expression strings as native expressions, with ranges inside the quotes", () => {
    const f = parse({
      resource: {
        t_x: {
          n: {
            provider: "aws.west",
            depends_on: ["t_y.a", "module.m"],
            lifecycle: { ignore_changes: ["tags[\"Name\"]", "ami"], replace_triggered_by: ["t_y.a.id"] },
            provisioner: [{ "local-exec": { when: "destroy", on_failure: "continue", command: "x" } }],
          },
          m: { lifecycle: { ignore_changes: "all" } },
        },
      },
      module: { m: { source: "./m", providers: { aws: "aws.west", "aws.east": "aws.e" } } },
      moved: { from: "t_x.old", to: "t_x.n" },
      import: { to: "t_x.n", id: "i-${1}" },
    });
    const [n, mm, mod, moved, imp] = blocks(f.body);
    const provider = attr(n.body, "provider").expr;
    expect(provider.type).toBe("GetAttr");
    expect(f.source.slice(provider.range.start.offset, provider.range.end.offset)).toBe("aws.west");
    expect(render(attr(n.body, "depends_on").expr)).toBe("[t_y.a, module.m]");
    const lc = blocks(n.body)[0];
    expect(render(attr(lc.body, "ignore_changes").expr)).toBe('[tags["Name"], ami]');
    expect(render(attr(lc.body, "replace_triggered_by").expr)).toBe("[t_y.a.id]");
    const prov = blocks(n.body)[1];
    expect(attr(prov.body, "when").expr).toMatchObject({ type: "Variable", name: "destroy" });
    expect(attr(prov.body, "on_failure").expr).toMatchObject({ type: "Variable", name: "continue" });
    expect(attr(blocks(mm.body)[0].body, "ignore_changes").expr).toMatchObject({ type: "Variable", name: "all" });
    expect(render(attr(mod.body, "providers").expr)).toBe("{aws = aws.west, aws.east = aws.e}");
    expect(render(attr(moved.body, "from").expr)).toBe("t_x.old");
    expect(render(attr(imp.body, "to").expr)).toBe("t_x.n");
    expect(render(attr(imp.body, "id").expr)).toBe('"i-${1}"');
  });
});

describe("variable definitions files (.tfvars.json)", () => {
  it("reads every top-level property as an argument with a literal value", () => {
    const f = parse({ region: "${not_a_template}", zones: ["a", "${b}"], tags: { resource: { x: 1 } }, n: 1.5, on: true, none: null }, "prod.tfvars.json");
    expect(items(f.body)).toEqual(["arg region", "arg zones", "arg tags", "arg n", "arg on", "arg none"]);
    expect(literalString(attr(f.body, "region").expr)).toBe("${not_a_template}");
    expect(render(attr(f.body, "zones").expr)).toBe('["a", "${b}"]');
    const zones = attr(f.body, "zones").expr;
    expect(zones.type === "Tuple" && literalString(zones.items[1])).toBe("${b}");
    expect(render(attr(f.body, "tags").expr)).toBe("{resource = {x = 1}}");
    expect(render(attr(f.body, "none").expr)).toBe("null");
  });
});
