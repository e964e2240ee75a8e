import { describe, expect, it } from "vitest";
import { parse } from "../../src/hcl/index.js";
import { createModuleScope, evaluate, primaryOrigin, toJs } from "../../src/eval/index.js";
import type { Scope, ScopeOptions } from "../../src/eval/index.js";
import { moduleScope, ROOT } from "./helpers.js";

const declaration = 'variable "x" {\n  default = "default"\n}\n';

/** The value of var.x with the given files beside the declaration. */
function x(files: Record<string, string>, options: Partial<ScopeOptions> = {}): unknown {
  const { scope } = moduleScope({ "variables.tf": declaration, ...files }, options);
  return toJs(scope.variable("x"));
}

describe("variable precedence", () => {
  const tfvars = {
    "terraform.tfvars": 'x = "terraform.tfvars"\n',
    "terraform.tfvars.json": '{ "x": "terraform.tfvars.json" }',
    "a.auto.tfvars": 'x = "a.auto.tfvars"\n',
    "b.auto.tfvars.json": '{ "x": "b.auto.tfvars.json" }',
    "c.auto.tfvars": 'x = "c.auto.tfvars"\n',
  };
  const varFiles = [parse('x = "var-file-1"\n', "one.tfvars"), parse('x = "var-file-2"\n', "two.tfvars")];

  it("defaults < terraform.tfvars < terraform.tfvars.json < *.auto.tfvars(.json) lexical < --var-file < --var", () => {
    expect(x({})).toBe("default");
    expect(x({ "terraform.tfvars": tfvars["terraform.tfvars"] })).toBe("terraform.tfvars");
    expect(x({ "terraform.tfvars": tfvars["terraform.tfvars"], "terraform.tfvars.json": tfvars["terraform.tfvars.json"] })).toBe(
      "terraform.tfvars.json",
    );
    expect(x({ ...tfvars, "c.auto.tfvars": "" })).toBe("b.auto.tfvars.json");
    expect(x(tfvars)).toBe("c.auto.tfvars");
    expect(x(tfvars, { varFiles })).toBe("var-file-2");
    expect(x(tfvars, { varFiles, vars: { x: "flag" } })).toBe("flag");
  });

  it("ignores .tfvars files Terraform does not load by itself", () => {
    expect(x({ "prod.tfvars": 'x = "prod"\n' })).toBe("default");
  });

  it("reads TF_VAR_ only when asked, below every tfvars file", () => {
    const env = { TF_VAR_x: "env" };
    expect(x({}, { env })).toBe("default");
    expect(x({}, { env, useEnv: true })).toBe("env");
    expect(x({ "terraform.tfvars": 'x = "file"\n' }, { env, useEnv: true })).toBe("file");
  });

  it("a child module ignores tfvars, flags and the environment", () => {
    expect(x(tfvars, { isRoot: false, vars: { x: "flag" }, useEnv: true, env: { TF_VAR_x: "env" } })).toBe("default");
    expect(x(tfvars, { isRoot: false, moduleArguments: new Map([["x", { kind: "string", value: "arg", origins: [] }]]) })).toBe("arg");
  });

  it("a variable without a value is unknown", () => {
    const { scope } = moduleScope({ "v.tf": 'variable "y" {}\n' });
    expect(scope.variable("y")).toMatchObject({ kind: "unknown", reason: "variable without a value" });
    const child = moduleScope({ "v.tf": 'variable "y" {\n  type = number\n}\n' }, { isRoot: false });
    expect(child.scope.variable("y")).toMatchObject({ kind: "unknown", type: "number", reason: "module argument not set" });
  });
});

describe("variable types and parsing", () => {
  const decls = `
variable "n" {
  type = number
}
variable "b" {
  type = bool
}
variable "l" {
  type = list(string)
}
variable "s" {}
variable "m" {
  type = map(number)
}
variable "o" {
  type = object({ a = string, b = optional(number, 3), c = optional(string) })
  default = { a = "x", extra = true }
}
variable "set" {
  type    = set(string)
  default = ["b", "a", "b"]
}
variable "strict" {
  type     = string
  nullable = false
  default  = "fallback"
}
variable "bad" {
  type    = number
  default = "abc"
}
variable "legacy" {
  type    = "list"
  default = ["a", 1]
}
`;
  const scope = (options: Partial<ScopeOptions> = {}) => moduleScope({ "v.tf": decls }, options).scope;

  it("parses --var text literally for primitive types and as HCL otherwise", () => {
    const s = scope({ vars: { n: "5", b: "true", l: '["a", 1]', s: '["not", "parsed"]', m: "{ a = 1 }" } });
    expect(toJs(s.variable("n"))).toBe(5);
    expect(toJs(s.variable("b"))).toBe(true);
    expect(toJs(s.variable("l"))).toEqual(["a", "1"]);
    expect(toJs(s.variable("s"))).toBe('["not", "parsed"]');
    expect(toJs(s.variable("m"))).toEqual({ a: 1 });
  });

  it("parses TF_VAR_ values the same way", () => {
    const s = scope({ useEnv: true, env: { TF_VAR_l: '["x"]', TF_VAR_n: "7" } });
    expect(toJs(s.variable("l"))).toEqual(["x"]);
    expect(toJs(s.variable("n"))).toBe(7);
  });

  it("fills optional object attributes and drops extra ones", () => {
    expect(toJs(scope().variable("o"))).toEqual({ a: "x", b: 3, c: null });
  });

  it("converts sets and legacy quoted types", () => {
    expect(toJs(scope().variable("set"))).toEqual(["a", "b"]);
    expect(toJs(scope().variable("legacy"))).toEqual(["a", "1"]);
  });

  it("nullable = false gives the default for null", () => {
    const s = moduleScope({ "v.tf": decls, "terraform.tfvars": "strict = null\n" }).scope;
    expect(toJs(s.variable("strict"))).toBe("fallback");
  });

  it("a value that does not fit the type is unknown, with a diagnostic", () => {
    const s = scope();
    expect(s.variable("bad").kind).toBe("unknown");
    expect(s.diagnostics().map((d) => d.summary)).toContain("Invalid value for variable");
    const flagged = scope({ vars: { n: "five" } });
    expect(flagged.variable("n").kind).toBe("unknown");
  });

  it("converts a default once for all scopes of a module, and still reports a bad one in each", () => {
    const { module, host } = moduleScope({ "v.tf": decls });
    const another = (vars?: Record<string, string>) => createModuleScope(module, { host, rootDir: ROOT, isRoot: true, vars });
    const [a, b] = [another(), another()];
    expect(b.variable("o")).toBe(a.variable("o"));
    expect(toJs(b.variable("o"))).toEqual({ a: "x", b: 3, c: null });
    // A value given from outside is converted where it is given.
    expect(toJs(another({ o: '{ a = "y" }' }).variable("o"))).toEqual({ a: "y", b: 3, c: null });
    for (const s of [a, b]) {
      expect(s.variable("bad").kind).toBe("unknown");
      expect(s.diagnostics().map((d) => d.summary)).toContain("Invalid value for variable");
    }
  });

  it("an undeclared variable is an error value", () => {
    expect(scope().variable("nope")).toMatchObject({ kind: "unknown", error: true });
  });
});

describe("origins", () => {
  const files = {
    "variables.tf": 'variable "image" {\n  default = "nginx"\n}\n',
    "main.tf": 'locals {\n  img = var.image\n  tagged = "${var.image}:latest"\n  items = ["a", var.image]\n}\n',
  };

  it("a variable's default literal comes first, then the reference", () => {
    const { scope } = moduleScope(files);
    const v = scope.local("img");
    expect(toJs(v)).toBe("nginx");
    expect(v.origins[0].file).toBe(`${ROOT}/variables.tf`);
    expect(v.origins[0].range.start).toMatchObject({ line: 2, column: 13 });
    expect(v.origins[1].file).toBe(`${ROOT}/main.tf`);
    expect(v.origins[1].range.start).toMatchObject({ line: 2, column: 9 });
  });

  it("a value from a tfvars file points at the tfvars literal", () => {
    const { scope } = moduleScope({ ...files, "terraform.tfvars": 'image = "httpd"\n' });
    const v = scope.local("img");
    expect(toJs(v)).toBe("httpd");
    expect(primaryOrigin(v)).toMatchObject({ file: `${ROOT}/terraform.tfvars`, range: { start: { line: 1, column: 9 } } });
  });

  it("a value from .tfvars.json points into the JSON file", () => {
    const { scope } = moduleScope({ ...files, "terraform.tfvars.json": '{\n  "image": "httpd"\n}\n' });
    const v = scope.local("img");
    expect(toJs(v)).toBe("httpd");
    expect(primaryOrigin(v)?.file).toBe(`${ROOT}/terraform.tfvars.json`);
    expect(primaryOrigin(v)?.range.start.line).toBe(2);
  });

  it("a value from --var has no file origin, so the reference comes first", () => {
    const { scope } = moduleScope(files, { vars: { image: "httpd" } });
    expect(primaryOrigin(scope.local("img"))?.file).toBe(`${ROOT}/main.tf`);
  });

  it("a computed string lists its own expression first, then what it was built from", () => {
    const { scope } = moduleScope(files);
    const v = scope.local("tagged");
    expect(toJs(v)).toBe("nginx:latest");
    expect(v.origins[0]).toMatchObject({ file: `${ROOT}/main.tf`, range: { start: { line: 3, column: 12 } } });
    expect(v.origins.some((o) => o.file === `${ROOT}/variables.tf`)).toBe(true);
  });

  it("list elements keep their own origins", () => {
    const { scope } = moduleScope(files);
    const v = scope.local("items");
    expect(v.kind === "tuple" && primaryOrigin(v.items[0])?.range.start).toMatchObject({ line: 4, column: 12 });
    expect(v.kind === "tuple" && primaryOrigin(v.items[1])?.file).toBe(`${ROOT}/variables.tf`);
  });
});

describe("locals", () => {
  it("are evaluated lazily in dependency order", () => {
    const { scope } = moduleScope({
      "a.tf": 'locals {\n  a = "${local.b}-a"\n}\n',
      "b.tf": 'locals {\n  b = "${local.c}-b"\n  c = upper("c")\n}\n',
    });
    expect(toJs(scope.local("a"))).toBe("C-b-a");
  });

  it("a cycle is a diagnostic and unknown, not a hang", () => {
    const { scope } = moduleScope({ "a.tf": "locals {\n  a = local.b\n  b = local.c\n  c = local.a\n  d = local.d\n  ok = 1\n}\n" });
    expect(scope.local("a").kind).toBe("unknown");
    expect(scope.local("d").kind).toBe("unknown");
    expect(toJs(scope.local("ok"))).toBe(1);
    const cycles = scope.diagnostics().filter((d) => d.summary === "Cycle in local values");
    expect(cycles.length).toBe(2);
    expect(cycles[0].detail).toContain("local.a → local.b → local.c → local.a");
    expect(cycles[0].filename).toBe(`${ROOT}/a.tf`);
    // asking again reports nothing new
    scope.local("b");
    expect(scope.diagnostics().filter((d) => d.summary === "Cycle in local values").length).toBe(2);
  });

  it("a long chain of locals is capped with a diagnostic", () => {
    const lines = Array.from({ length: 600 }, (_, i) => `  l${i} = local.l${i + 1}`).join("\n");
    const { scope } = moduleScope({ "chain.tf": `locals {\n${lines}\n  l600 = "end"\n}\n` });
    expect(scope.local("l0").kind).toBe("unknown");
    expect(scope.diagnostics().map((d) => d.summary)).toContain("Expression nested too deeply");
    expect(toJs(scope.local("l590"))).toBe("end");
  });
});

describe("withBindings", () => {
  const file = parse('a = "${ingress}-y"\n', "t.tf");
  const attr = file.body.items[0];
  const expr = attr.type === "Attribute" ? attr.expr : undefined;

  it("binds extra names such as a dynamic block iterator", () => {
    const { scope } = moduleScope({ "m.tf": "" });
    const bound = scope.withBindings(new Map([["ingress", { kind: "string", value: "x", origins: [] }]]));
    expect(expr).toBeDefined();
    if (!expr) return;
    expect(toJs(evaluate(expr, bound))).toBe("x-y");
    expect(evaluate(expr, scope).kind).toBe("unknown");
  });

  it("evaluate gives unknown, not an exception, for a scope it did not make", () => {
    const { scope } = moduleScope({ "m.tf": "" });
    const fake: Scope = { ...scope, variable: scope.variable, local: scope.local, withBindings: scope.withBindings, diagnostics: scope.diagnostics };
    if (!expr) return;
    expect(evaluate(expr, fake)).toMatchObject({ kind: "unknown" });
  });
});

describe("JSON configuration", () => {
  it("evaluates variables and locals written in .tf.json", () => {
    const { scope } = moduleScope({
      "main.tf.json": JSON.stringify({
        variable: { tag: { default: "1.0" }, raw: { default: "${not.a.template}" } },
        locals: { image: "nginx:${var.tag}", n: 3, list: ["a", "${upper(\"b\")}"] },
      }),
    });
    expect(toJs(scope.local("image"))).toBe("nginx:1.0");
    expect(toJs(scope.local("n"))).toBe(3);
    expect(toJs(scope.local("list"))).toEqual(["a", "B"]);
    expect(toJs(scope.variable("raw"))).toBe("${not.a.template}");
    expect(primaryOrigin(scope.variable("tag"))?.file).toBe(`${ROOT}/main.tf.json`);
  });
});
