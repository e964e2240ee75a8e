import { describe, expect, it } from "vitest";
import { createModuleScope, evaluate, toJs } from "../../src/eval/index.js";
import type { Expression } from "../../src/hcl/ast.js";
import { getAttribute } from "../../src/model/query.js";
import { stringValue } from "../../src/eval/values.js";
import { hostWith, moduleScope, ROOT } from "./helpers.js";
import { loadModule } from "../../src/model/index.js";

// evaluate() remembers results per module instance; these check what the key must include.

const FILES = {
  "main.tf": [
    'variable "tag" {\n  default = "1.0"\n}',
    'resource "aws_instance" "web" {\n  ami = "ami-${var.tag}"\n  name = iterator\n}',
  ].join("\n"),
};

function ami(files: Record<string, string> = FILES) {
  const { module, scope, host } = moduleScope(files);
  const web = module.resourcesByAddress.get("aws_instance.web");
  const attr = (name: string): Expression => {
    const a = web ? getAttribute(web.body, name) : undefined;
    if (!a) throw new Error(`no ${name}`);
    return a.expr;
  };
  return { module, scope, host, attr };
}

describe("remembered results", () => {
  it("give the same value when asked again", () => {
    const { scope, attr } = ami();
    const first = evaluate(attr("ami"), scope);
    expect(toJs(first)).toBe("ami-1.0");
    expect(evaluate(attr("ami"), scope)).toEqual(first);
  });

  it("belong to one module instance: another instance of the same module has its own values", () => {
    const { module, host, scope, attr } = ami();
    expect(toJs(evaluate(attr("ami"), scope))).toBe("ami-1.0");
    const other = createModuleScope(module, {
      host,
      rootDir: ROOT,
      isRoot: false,
      moduleArguments: new Map([["tag", stringValue("2.0")]]),
    });
    expect(toJs(evaluate(attr("ami"), other))).toBe("ami-2.0");
    expect(toJs(evaluate(attr("ami"), scope))).toBe("ami-1.0");
  });

  it("are not used for names bound by the caller", () => {
    const { scope, attr } = ami();
    expect(evaluate(attr("name"), scope).kind).toBe("unknown");
    const bound = scope.withBindings(new Map([["iterator", stringValue("x")]]));
    expect(toJs(evaluate(attr("name"), bound))).toBe("x");
    const other = scope.withBindings(new Map([["iterator", stringValue("y")]]));
    expect(toJs(evaluate(attr("name"), other))).toBe("y");
    expect(evaluate(attr("name"), scope).kind).toBe("unknown");
  });

  it("keep the file an expression outside the module's files was evaluated as written in", () => {
    const host = hostWith({
      "a.tf": 'resource "aws_instance" "a" {\n  ami = "x"\n}',
      "b.tf": 'resource "aws_instance" "b" {\n  ami = "x"\n}',
    });
    const module = loadModule(ROOT, { host });
    const scope = createModuleScope(module, { host, rootDir: ROOT, isRoot: true });
    const a = module.resourcesByAddress.get("aws_instance.a");
    const b = module.resourcesByAddress.get("aws_instance.b");
    if (!a || !b) throw new Error("no resources");
    // A synthesized expression is in no file: its origin is the resource's file.
    const zero = { line: 1, column: 1, offset: 0 };
    const synthetic: Expression = { type: "Literal", value: true, raw: "true", range: { start: zero, end: zero } };
    expect(evaluate(synthetic, scope, a).origins[0]?.file).toBe(a.file.filename);
    expect(evaluate(synthetic, scope, b).origins[0]?.file).toBe(b.file.filename);
  });
});
