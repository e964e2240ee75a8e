import { describe, expect, it } from "vitest";
import { parse } from "../../src/hcl/index.js";
import { parseExpressionText } from "../../src/hcl/parser.js";
import type { Expression } from "../../src/hcl/ast.js";
import { buildModule } from "../../src/model/index.js";
import {
  asReference,
  functionsCalledIn,
  referencesIn,
  resourceReference,
} from "../../rules/lib/references.js";

function expr(text: string): Expression {
  const { expr, diagnostics } = parseExpressionText(text, "test.tf");
  expect(diagnostics).toEqual([]);
  return expr;
}

function rendered(text: string, module?: ReturnType<typeof buildModule>): string[] {
  return referencesIn(expr(text), module).map((r) =>
    [r.root, ...r.steps.map((s) => (s.kind === "attr" ? s.name : s.kind === "splat" ? "*" : `[${s.key ?? "?"}]`))].join("."),
  );
}

describe("asReference", () => {
  it("reads attribute, index and splat steps", () => {
    const ref = asReference(expr('aws_instance.web[0].tags["Name"]'));
    expect(ref?.root).toBe("aws_instance");
    expect(ref?.steps).toEqual([
      { kind: "attr", name: "web" },
      { kind: "index", key: "0" },
      { kind: "attr", name: "tags" },
      { kind: "index", key: "Name" },
    ]);
    expect(asReference(expr("aws_instance.web[*].id"))?.steps).toEqual([
      { kind: "attr", name: "web" },
      { kind: "splat" },
      { kind: "attr", name: "id" },
    ]);
  });

  it("is undefined for anything that is not a traversal", () => {
    expect(asReference(expr('"text"'))).toBeUndefined();
    expect(asReference(expr("upper(var.x)"))).toBeUndefined();
  });
});

describe("referencesIn", () => {
  it("finds references inside templates, calls, conditionals and index keys", () => {
    expect(rendered('"${var.env}-${upper(local.name)}"')).toEqual(["var.env", "local.name"]);
    expect(rendered("var.on ? aws_lb.a.arn : data.aws_lb.b.arn")).toEqual(["var.on", "aws_lb.a.arn", "data.aws_lb.b.arn"]);
    expect(rendered("aws_subnet.x[var.i].id")).toEqual(["aws_subnet.x.[?].id", "var.i"]);
  });

  it("does not report a for-expression's own iteration variables", () => {
    expect(rendered("[for k, v in var.m : v.name if k != local.skip]")).toEqual(["var.m", "local.skip"]);
  });

  it("follows locals into their definitions, once each, so cycles end", () => {
    const file = parse(
      ['locals {', '  a = "x-${local.b}"', '  b = random_pet.p.id', '  c = local.d', '  d = local.c', "}"].join("\n"),
      "main.tf",
    );
    const module = buildModule([file]);
    expect(rendered("local.a", module)).toEqual(["local.a", "local.b", "random_pet.p.id"]);
    expect(rendered("local.c", module)).toEqual(["local.c", "local.d", "local.c"]);
    expect(rendered("local.a")).toEqual(["local.a"]);
  });
});

describe("functionsCalledIn", () => {
  it("collects nested calls and calls made in locals", () => {
    const module = buildModule([parse('locals {\n  h = md5(file("x"))\n}', "main.tf")]);
    expect([...functionsCalledIn(expr('"${substr(local.h, 0, 8)}"'), module)].sort()).toEqual(["file", "md5", "substr"]);
    expect([...functionsCalledIn(expr('"${substr(local.h, 0, 8)}"'))]).toEqual(["substr"]);
  });
});

describe("resourceReference", () => {
  it("splits a managed resource reference into type, name and first attribute", () => {
    expect(resourceReference(asReference(expr("aws_launch_template.web.latest_version"))!)).toEqual({
      type: "aws_launch_template",
      name: "web",
      attribute: "latest_version",
    });
    expect(resourceReference(asReference(expr("aws_launch_template.web[0].id"))!)?.attribute).toBe("id");
  });

  it("is undefined for variables, locals, data sources and modules", () => {
    for (const text of ["var.x", "local.y", "data.aws_ami.a.id", "module.m.out", "each.key", "count.index"]) {
      expect(resourceReference(asReference(expr(text))!), text).toBeUndefined();
    }
  });
});
