import { describe, expect, it } from "vitest";
import { evaluate, evaluateInstances, toJs } from "../../src/eval/index.js";
import { getAttribute } from "../../src/model/query.js";
import { moduleScope } from "./helpers.js";

function setup(resourceBody: string, extra: Record<string, string> = {}) {
  const { module, scope } = moduleScope({ "main.tf": `resource "aws_instance" "web" {\n${resourceBody}\n}\n`, ...extra });
  const resource = module.resourcesByAddress.get("aws_instance.web");
  if (!resource) throw new Error("no resource");
  const attr = (name: string) => {
    const a = getAttribute(resource.body, name);
    if (!a) throw new Error(`no attribute ${name}`);
    return a.expr;
  };
  return { scope, resource, attr };
}

describe("count and for_each", () => {
  it("gives one value per counted instance", () => {
    const { scope, resource, attr } = setup('  count = 2\n  name  = "web-${count.index}"\n  ami   = "ami-1"');
    expect(evaluateInstances(attr("name"), scope, resource).map((i) => [i.key, toJs(i.value)])).toEqual([
      [0, "web-0"],
      [1, "web-1"],
    ]);
    expect(evaluate(attr("name"), scope, resource)).toMatchObject({ kind: "unknown", type: "string", reason: "differs between instances" });
    expect(toJs(evaluate(attr("ami"), scope, resource))).toBe("ami-1");
  });

  it("is known when every instance agrees", () => {
    const { scope, resource, attr } = setup('  for_each = { a = "x", b = "x" }\n  image = each.value');
    expect(toJs(evaluate(attr("image"), scope, resource))).toBe("x");
  });

  it("binds each.key and each.value for a set and a map", () => {
    const set = setup('  for_each = toset(["b", "a"])\n  name = "${each.key}=${each.value}"');
    expect(evaluateInstances(set.attr("name"), set.scope, set.resource).map((i) => [i.key, toJs(i.value)])).toEqual([
      ["a", "a=a"],
      ["b", "b=b"],
    ]);
    const map = setup('  for_each = { web = 80, api = 8080 }\n  port = each.value');
    expect(evaluateInstances(map.attr("port"), map.scope, map.resource).map((i) => [i.key, toJs(i.value)])).toEqual([
      ["api", 8080],
      ["web", 80],
    ]);
  });

  it("count = 0 has no instances", () => {
    const { scope, resource, attr } = setup('  count = 0\n  name = "web-${count.index}"\n  ami = "ami-1"');
    expect(evaluateInstances(attr("name"), scope, resource)).toEqual([]);
    expect(evaluate(attr("name"), scope, resource)).toMatchObject({ kind: "unknown", reason: "the resource has no instances" });
    expect(toJs(evaluate(attr("ami"), scope, resource))).toBe("ami-1");
  });

  it("an unknown collection gives one instance with count.index unknown", () => {
    const { scope, resource, attr } = setup('  count = var.n\n  name = "web-${count.index}"', { "v.tf": 'variable "n" {}' });
    const instances = evaluateInstances(attr("name"), scope, resource);
    expect(instances.length).toBe(1);
    expect(instances[0].key).toBeUndefined();
    expect(instances[0].value.kind === "unknown" && instances[0].value.pieces).toEqual([{ known: true, text: "web-" }, { known: false }]);
  });

  it("a map with unknown values still gives one instance per key (Terraform needs only the keys)", () => {
    const { scope, resource, attr } = setup('  for_each = { a = aws_s3_bucket.b.id, c = "x" }\n  name = "${each.key}:${each.value}"');
    const instances = evaluateInstances(attr("name"), scope, resource);
    expect(instances.map((i) => i.key)).toEqual(["a", "c"]);
    expect(toJs(instances[1].value)).toBe("c:x");
    expect(instances[0].value.kind).toBe("unknown");
  });

  it("a list (not a set) for for_each is not iterated, as Terraform rejects it", () => {
    const { scope, resource, attr } = setup('  for_each = ["a"]\n  name = each.key');
    expect(evaluate(attr("name"), scope, resource).kind).toBe("unknown");
  });

  it("count.index without a resource is unknown", () => {
    const { scope, attr } = setup('  count = 2\n  name = "web-${count.index}"');
    expect(evaluate(attr("name"), scope).kind).toBe("unknown");
  });

  it("each.value can reach into objects", () => {
    const { scope, resource, attr } = setup('  for_each = { a = { image = "nginx" } }\n  image = each.value.image');
    const v = evaluate(attr("image"), scope, resource);
    expect(toJs(v)).toBe("nginx");
    expect(v.origins[0].range.start.line).toBe(2);
  });
});
