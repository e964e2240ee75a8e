/**
 * `module.<name>` of a local module call: the outputs of its instances,
 * evaluated in their own scopes, keeping the caller's origins (issue 10 §3).
 */
import { describe, expect, it } from "vitest";
import { evaluate, instantiateModules, primaryOrigin, toJs } from "../../src/eval/index.js";
import { isOrderDependent, readsDuring } from "../../src/eval/scope.js";
import type { ScopeReads } from "../../src/eval/scope.js";
import type { Value } from "../../src/eval/index.js";
import { loadModule } from "../../src/model/index.js";
import { hostWith, ROOT } from "./helpers.js";

const svc = {
  "modules/svc/main.tf": 'variable "image" {}\nvariable "name" {\n  default = "svc"\n}\noutput "image" {\n  value = var.image\n}\noutput "id" {\n  value = "${var.name}-id"\n}\n',
};

function rootScope(files: Record<string, string>) {
  const host = hostWith(files);
  const result = instantiateModules(loadModule(ROOT, { host }), { host, rootDir: ROOT });
  return { scope: result.instances[0].scope, instances: result.instances };
}

/** An output of `module.app` (in modules/app/main.tf) evaluated in that instance, with what it read there. */
function appOutput(appMain: string, output: string): { value: Value; reads: ScopeReads } {
  const { instances } = rootScope({ ...svc, "modules/app/main.tf": appMain, "main.tf": 'module "app" {\n  source = "./modules/app"\n  tag    = "1.27"\n}\n' });
  const app = instances.find((i) => i.modulePath === "module.app");
  const expr = app?.module.outputs.get(output)?.value?.expr;
  if (!app || !expr) throw new Error("fixture not loaded");
  let value: Value | undefined;
  const reads = readsDuring(app.scope, () => (value = evaluate(expr, app.scope)));
  if (!value) throw new Error("not evaluated");
  return { value, reads };
}

describe("module outputs", () => {
  it("give a local module's outputs, with the caller's literal as the origin of a value passed in and out", () => {
    const { scope } = rootScope({
      ...svc,
      "main.tf": 'module "svc" {\n  source = "./modules/svc"\n  image  = "nginx:latest"\n}\nlocals {\n  image = module.svc.image\n  all   = module.svc\n}\n',
    });
    const image = scope.local("image");
    expect(toJs(image)).toBe("nginx:latest");
    expect(primaryOrigin(image)).toMatchObject({ file: `${ROOT}/main.tf`, range: { start: { line: 3, column: 12 } } });
    expect(toJs(scope.local("all"))).toEqual({ image: "nginx:latest", id: "svc-id" });
  });

  it("give a list for count, a map for for_each, and unknown for remote sources and unknown counts", () => {
    const { scope } = rootScope({
      ...svc,
      "main.tf":
        'variable "n" {}\n' +
        'module "many" {\n  source = "./modules/svc"\n  count  = 2\n  image  = "app:${count.index}"\n}\n' +
        'module "keyed" {\n  source   = "./modules/svc"\n  for_each = toset(["a", "b"])\n  image    = each.key\n  name     = each.key\n}\n' +
        'module "remote" {\n  source = "acme/svc/aws"\n}\n' +
        'module "unknown" {\n  source = "./modules/svc"\n  count  = var.n\n  image  = "x"\n}\n' +
        "locals {\n  many = module.many[*].image\n  keyed = module.keyed\n  remote = module.remote.image\n  unknown = module.unknown\n}\n",
    });
    expect(toJs(scope.local("many"))).toEqual(["app:0", "app:1"]);
    expect(toJs(scope.local("keyed"))).toEqual({ a: { image: "a", id: "a-id" }, b: { image: "b", id: "b-id" } });
    expect(scope.local("remote").kind).toBe("unknown");
    expect(scope.local("unknown").kind).toBe("unknown");
  });

  it("record what the call's arguments read, so a result is not carried to an instance where they differ", () => {
    const { value, reads } = appOutput('variable "tag" {}\nmodule "svc" {\n  source = "../svc"\n  image  = "nginx:${var.tag}"\n}\noutput "image" {\n  value = module.svc.image\n}\n', "image");
    expect(toJs(value)).toBe("nginx:1.27");
    expect(reads.keys).toContain("tag");
  });

  it("record what every argument reads, also those the outputs read do not use", () => {
    const { value, reads } = appOutput('variable "tag" {}\nmodule "svc" {\n  source = "../svc"\n  image  = "nginx:${var.tag}"\n}\noutput "id" {\n  value = module.svc.id\n}\n', "id");
    expect(toJs(value)).toBe("svc-id");
    expect(reads.keys).toContain("tag");
  });

  it("evaluate an argument when the module first reads it, not before", () => {
    const { instances } = rootScope({
      ...svc,
      "main.tf": 'module "svc" {\n  source = "./modules/svc"\n  image  = file("../outside.txt")\n}\n',
    });
    const [root, svcInstance] = instances;
    // Reading the file is refused with a warning: none until something reads the argument.
    expect(root.scope.diagnostics()).toEqual([]);
    expect(svcInstance.scope.variable("image").kind).toBe("unknown");
    expect(root.scope.diagnostics().map((d) => d.summary)).toEqual(["File outside the scanned directory"]);
  });

  it("give an argument the outputs of a call written after it", () => {
    const { scope } = rootScope({
      ...svc,
      "main.tf":
        'module "front" {\n  source = "./modules/svc"\n  image  = module.back.image\n}\n' +
        'module "back" {\n  source = "./modules/svc"\n  image  = "api:2.1"\n}\n' +
        "locals {\n  front = module.front.image\n}\n",
    });
    expect(toJs(scope.local("front"))).toBe("api:2.1");
    expect(isOrderDependent(scope)).toBe(false);
  });

  it("make an argument that needs itself unknown, and the caller's results order-dependent", () => {
    // A record is open: what module.loop depends on is asked for, its arguments evaluated.
    const { value, reads } = appOutput('variable "tag" {}\nmodule "loop" {\n  source = "../svc"\n  image  = module.loop.image\n}\noutput "image" {\n  value = module.loop.image\n}\n', "image");
    // Stopped at once, not by running out of stack.
    expect(value.kind === "unknown" ? value.reason : value).toBe("module arguments that depend on each other");
    expect(reads.orderDependent).toBe(true);
  });
});
