import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/eval/index.js";
import { isOrderDependent, readValue, readsDuring } from "../../src/eval/scope.js";
import type { Scope } from "../../src/eval/index.js";
import { identicalValues, stringValue } from "../../src/eval/values.js";
import { getAttribute } from "../../src/model/query.js";
import type { Module } from "../../src/model/types.js";
import { moduleScope } from "./helpers.js";

// readsDuring must see every variable a value depends on, also when the value
// (or a local it uses) was computed and cached before the record was opened:
// the engine replays a rule's reports on another instance when they are equal.

const MAIN = `variable "name" {
  default = "web"
}
variable "size" {
  default = 2
}
variable "unused" {
  default = "x"
}
locals {
  prefix = "\${var.name}-app"
  tags   = { Name = local.prefix }
}
resource "aws_instance" "web" {
  count = var.size
  ami   = "ami-123"
  slot  = count.index
  name  = local.prefix
  path  = "\${path.module}/boot.sh"
  boot  = file("boot.sh")
}
`;

function setup(): { module: Module; scope: Scope; attr: (name: string) => Parameters<typeof evaluate>[0] } {
  const { module, scope } = moduleScope({ "main.tf": MAIN, "boot.sh": "#!/bin/sh\n" }, { tracksReads: true });
  const web = module.resourcesByAddress.get("aws_instance.web");
  if (!web) throw new Error("no aws_instance.web");
  const attr = (name: string) => {
    const a = getAttribute(web.body, name);
    if (!a) throw new Error(`no ${name}`);
    return a.expr;
  };
  return { module, scope, attr };
}

function keysRead(scope: Scope, work: () => void): string[] {
  return [...readsDuring(scope, work).keys].sort();
}

describe("readsDuring", () => {
  it("sees variables read directly and through locals, once each", () => {
    const { scope, attr } = setup();
    expect(keysRead(scope, () => evaluate(attr("name"), scope))).toEqual(["name"]);
    expect(keysRead(scope, () => scope.local("tags"))).toEqual(["name"]);
    expect(keysRead(scope, () => evaluate(attr("ami"), scope))).toEqual([]);
  });

  it("sees the variables of cached locals and remembered results again", () => {
    const { scope, attr } = setup();
    // Computed and cached outside any record...
    scope.local("tags");
    evaluate(attr("name"), scope);
    // ...and still reported by records that use the cached values.
    expect(keysRead(scope, () => scope.local("prefix"))).toEqual(["name"]);
    expect(keysRead(scope, () => scope.local("tags"))).toEqual(["name"]);
    expect(keysRead(scope, () => evaluate(attr("name"), scope))).toEqual(["name"]);
  });

  it("sees what a resource's count read when it is evaluated with its resource, also from the cache", () => {
    const { module, scope, attr } = setup();
    const web = module.resourcesByAddress.get("aws_instance.web");
    // `slot` has one value per instance: the instances are worked out (and cached) first.
    expect(keysRead(scope, () => evaluate(attr("slot"), scope, web))).toEqual(["size"]);
    expect(keysRead(scope, () => evaluate(attr("slot"), scope, web))).toEqual(["size"]);
    expect(keysRead(scope, () => evaluate(attr("ami"), scope, web))).toEqual([]);
  });

  it("nests: an outer record also sees what inner ones read", () => {
    const { scope, attr } = setup();
    let inner: readonly string[] = [];
    const outer = readsDuring(scope, () => {
      scope.variable("unused");
      inner = readsDuring(scope, () => evaluate(attr("name"), scope)).keys;
    });
    expect(inner).toEqual(["name"]);
    expect([...outer.keys].sort()).toEqual(["name", "unused"]);
  });

  it("counts path.* and file paths as things read, with values that say where they point", () => {
    const { scope, attr } = setup();
    const pathKeys = keysRead(scope, () => evaluate(attr("path"), scope));
    const fileKeys = keysRead(scope, () => evaluate(attr("boot"), scope));
    expect(pathKeys).toHaveLength(1);
    expect(fileKeys).toHaveLength(1);
    expect(pathKeys[0]).not.toBe(fileKeys[0]);
    expect(readValue(scope, pathKeys[0]).kind).toBe("string");
    expect(identicalValues(readValue(scope, "name"), scope.variable("name"))).toBe(true);
  });

  it("records nothing in a scope made without tracksReads, and says the work cannot be replayed", () => {
    const { scope } = moduleScope({ "main.tf": MAIN });
    const reads = readsDuring(scope, () => scope.local("tags"));
    expect(reads).toEqual({ keys: [], orderDependent: true });
  });

  it("reports a cycle of locals as order-dependent", () => {
    const { scope } = moduleScope({ "main.tf": "locals {\n  a = local.b\n  b = local.a\n}\n" }, { tracksReads: true });
    expect(isOrderDependent(scope)).toBe(false);
    const reads = readsDuring(scope, () => scope.local("a"));
    expect(reads.orderDependent).toBe(true);
    expect(isOrderDependent(scope)).toBe(true);
  });
});

describe("identicalValues", () => {
  const at = (offset: number) => ({ file: "a.tf", range: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 2, offset: offset + 1 } } });

  it("tells values apart by contents and by origin, unlike Terraform's ==", () => {
    expect(identicalValues(stringValue("a", [at(0)]), stringValue("a", [at(0)]))).toBe(true);
    expect(identicalValues(stringValue("a", [at(0)]), stringValue("b", [at(0)]))).toBe(false);
    expect(identicalValues(stringValue("a", [at(0)]), stringValue("a", [at(5)]))).toBe(false);
    expect(identicalValues(stringValue("a", [at(0)]), stringValue("a"))).toBe(false);
  });

  it("compares unknowns by type, reason and known pieces, and objects in key order", () => {
    const { scope: one } = moduleScope({ "main.tf": 'variable "v" {}\nlocals {\n  o = { a = 1, b = 2 }\n  p = { b = 2, a = 1 }\n}\n' });
    expect(identicalValues(one.variable("v"), one.variable("v"))).toBe(true);
    const { scope: two } = moduleScope({ "main.tf": 'variable "v" {\n  type = string\n}\n' });
    expect(identicalValues(one.variable("v"), two.variable("v"))).toBe(false);
    expect(identicalValues(one.local("o"), one.local("p"))).toBe(false);
  });
});
