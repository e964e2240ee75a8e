import { describe, expect, it } from "vitest";
import { instantiateModules, primaryOrigin, toJs } from "../../src/eval/index.js";
import type { InstantiateOptions } from "../../src/eval/index.js";
import { loadModule } from "../../src/model/index.js";
import type { SourceHost } from "../../src/model/host.js";
import type { Module } from "../../src/model/types.js";
import { hostWith, ROOT } from "./helpers.js";

const child = {
  "modules/web/variables.tf": 'variable "image" {\n  default = "nginx:stable"\n}\nvariable "port" {\n  type = number\n}\n',
  "modules/web/main.tf": 'locals {\n  image = var.image\n  where = path.module\n}\n',
};

function instantiate(files: Record<string, string>, options: Partial<InstantiateOptions> = {}) {
  const host = hostWith(files);
  const loads: string[] = [];
  const load = (dir: string, o: { host: SourceHost }): Module => {
    loads.push(dir);
    return loadModule(dir, o);
  };
  const root = loadModule(ROOT, { host });
  const result = instantiateModules(root, { host, rootDir: ROOT, loadModule: load, ...options });
  return { ...result, loads, byPath: new Map(result.instances.map((i) => [i.modulePath, i])) };
}

describe("instantiateModules", () => {
  it("binds a child's variables to the caller's arguments, keeping the caller's origins", () => {
    const { instances, byPath } = instantiate({
      ...child,
      "main.tf": 'module "web" {\n  source = "./modules/web"\n  image  = "nginx:latest"\n  port   = "8080"\n}\n',
    });
    expect(instances.map((i) => i.modulePath)).toEqual(["", "module.web"]);
    const web = byPath.get("module.web");
    expect(web?.isRoot).toBe(false);
    expect(web?.caller?.name).toBe("web");
    const image = web?.scope.local("image");
    expect(image && toJs(image)).toBe("nginx:latest");
    expect(image && primaryOrigin(image)).toMatchObject({ file: `${ROOT}/main.tf`, range: { start: { line: 3, column: 12 } } });
    expect(image?.origins.some((o) => o.file === `${ROOT}/modules/web/main.tf`)).toBe(true);
    const port = web?.scope.variable("port");
    expect(port && toJs(port)).toBe(8080);
    expect(web && toJs(web.scope.local("where"))).toBe("modules/web");
  });

  it("uses the child's default when the caller does not set an argument", () => {
    const { byPath } = instantiate({ ...child, "main.tf": 'module "web" {\n  source = "./modules/web"\n}\n' });
    const image = byPath.get("module.web")?.scope.local("image");
    expect(image && toJs(image)).toBe("nginx:stable");
    expect(image && primaryOrigin(image)?.file).toBe(`${ROOT}/modules/web/variables.tf`);
    expect(byPath.get("module.web")?.scope.variable("port")).toMatchObject({ kind: "unknown", type: "number" });
  });

  it("loads a directory once however many calls use it", () => {
    const { instances, loads } = instantiate({
      ...child,
      "main.tf": 'module "a" {\n  source = "./modules/web"\n  image = "a"\n}\nmodule "b" {\n  source = "./modules/web/"\n  image = "b"\n}\n',
    });
    expect(instances.map((i) => i.modulePath)).toEqual(["", "module.a", "module.b"]);
    expect(loads.length).toBe(1);
    expect(instances[1].module).toBe(instances[2].module);
    expect(toJs(instances[1].scope.local("image"))).toBe("a");
    expect(toJs(instances[2].scope.local("image"))).toBe("b");
  });

  it("gives one instance per element of a known for_each or count", () => {
    const { instances } = instantiate({
      ...child,
      "main.tf":
        'module "web" {\n  source   = "./modules/web"\n  for_each = { a = "img-a", b = "img-b" }\n  image    = each.value\n}\n' +
        'module "api" {\n  source = "./modules/web"\n  count  = 2\n  image  = "api-${count.index}"\n}\n',
    });
    expect(instances.map((i) => [i.modulePath, i.key, i.modulePath === "" ? "" : toJs(i.scope.local("image"))])).toEqual([
      ["", undefined, ""],
      ['module.web["a"]', "a", "img-a"],
      ['module.web["b"]', "b", "img-b"],
      ["module.api[0]", 0, "api-0"],
      ["module.api[1]", 1, "api-1"],
    ]);
  });

  it("an unknown for_each gives one instance whose instance-dependent arguments are unknown", () => {
    const { instances } = instantiate({
      ...child,
      "main.tf": 'variable "images" {}\nmodule "web" {\n  source   = "./modules/web"\n  for_each = var.images\n  image    = each.value\n}\n',
    });
    expect(instances.map((i) => i.modulePath)).toEqual(["", "module.web"]);
    expect(instances[1].scope.local("image").kind).toBe("unknown");
  });

  it("count = 0 gives no instance", () => {
    const { instances } = instantiate({ ...child, "main.tf": 'module "web" {\n  source = "./modules/web"\n  count = 0\n}\n' });
    expect(instances.length).toBe(1);
  });

  it("names nested instances module.a.module.b", () => {
    const { instances } = instantiate({
      "main.tf": 'module "a" {\n  source = "./a"\n  v = "from-root"\n}\n',
      "a/main.tf": 'variable "v" {}\nmodule "b" {\n  source = "../b"\n  w = "${var.v}+a"\n}\n',
      "b/main.tf": 'variable "w" {}\nlocals {\n  w = var.w\n}\n',
    });
    expect(instances.map((i) => i.modulePath)).toEqual(["", "module.a", "module.a.module.b"]);
    const b = instances[2];
    expect(toJs(b.scope.local("w"))).toBe("from-root+a");
    expect(b.parent?.modulePath).toBe("module.a");
  });

  it("a module that calls itself is a diagnostic, not an endless loop", () => {
    const { instances, diagnostics } = instantiate({
      "main.tf": 'module "loop" {\n  source = "./loop"\n}\n',
      "loop/main.tf": 'module "again" {\n  source = "./"\n}\nmodule "other" {\n  source = "../other"\n}\n',
      "other/main.tf": 'module "back" {\n  source = "../loop"\n}\n',
    });
    expect(instances.map((i) => i.modulePath)).toEqual(["", "module.loop", "module.loop.module.other"]);
    expect(diagnostics.map((d) => d.summary)).toEqual(["Module calls itself", "Module calls itself"]);
    expect(diagnostics[0].filename).toBe(`${ROOT}/loop/main.tf`);
  });

  it("does not fetch registry or git sources, and reports a missing local directory", () => {
    const { instances, diagnostics, loads } = instantiate({
      "main.tf":
        'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\nmodule "git" {\n  source = "git::https://example.com/x.git"\n}\n' +
        'module "gone" {\n  source = "./nowhere"\n}\n',
    });
    expect(instances.length).toBe(1);
    expect(loads).toEqual([`${ROOT}/nowhere`]);
    expect(diagnostics.map((d) => d.summary)).toEqual(["Module directory not found"]);
  });

  it("caps the depth of module calls", () => {
    const files: Record<string, string> = { "main.tf": 'module "m" {\n  source = "./m0"\n}\n' };
    for (let i = 0; i < 6; i++) files[`m${i}/main.tf`] = `module "m" {\n  source = "../m${i + 1}"\n}\n`;
    files["m6/main.tf"] = "";
    const { instances, diagnostics } = instantiate(files, { maxDepth: 3 });
    expect(instances.length).toBe(4);
    expect(diagnostics.map((d) => d.summary)).toEqual(["Module calls nested too deeply"]);
  });

  it("the root reads tfvars and flags; children do not", () => {
    const { byPath } = instantiate(
      {
        ...child,
        "variables.tf": 'variable "image" {}\n',
        "terraform.tfvars": 'image = "from-tfvars"\n',
        "main.tf": 'module "web" {\n  source = "./modules/web"\n  image = var.image\n}\n',
      },
      { vars: { port: "1" } },
    );
    const image = byPath.get("module.web")?.scope.local("image");
    expect(image && toJs(image)).toBe("from-tfvars");
    expect(image && primaryOrigin(image)?.file).toBe(`${ROOT}/terraform.tfvars`);
    expect(byPath.get("module.web")?.scope.variable("port").kind).toBe("unknown");
  });
});
