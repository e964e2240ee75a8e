import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createModuleScope, instantiateModules, primaryOrigin, toJs } from "../../src/eval/index.js";
import { DiskHost, loadModule } from "../../src/model/index.js";

const project = fileURLToPath(new URL("../../fixtures/eval/project", import.meta.url));

describe("a project on disk", () => {
  const host = new DiskHost();
  const root = loadModule(project, { host });
  const { instances, diagnostics } = instantiateModules(root, { host, rootDir: project });
  const byPath = new Map(instances.map((i) => [i.modulePath, i]));
  const rootScope = instances[0].scope;

  it("resolves variables from tfvars files, locals, templates and functions", () => {
    expect(toJs(rootScope.variable("replicas"))).toBe(3);
    expect(toJs(rootScope.local("image"))).toBe("nginx:1.25.3");
    expect(toJs(rootScope.local("public_ports"))).toEqual([80]);
    expect(toJs(rootScope.local("user_data"))).toBe("#!/bin/sh\nopen-port 80\n");
    expect(toJs(rootScope.local("subnets"))).toEqual(["10.0.0.0/24", "10.0.1.0/24"]);
    expect(primaryOrigin(rootScope.variable("image_tag"))?.file).toBe(join(project, "prod.auto.tfvars"));
  });

  it("instantiates the local module once per for_each key, not the registry one", () => {
    expect(instances.map((i) => i.modulePath)).toEqual(["", 'module.app["api"]', 'module.app["web"]']);
    expect(diagnostics).toEqual([]);
    const web = byPath.get('module.app["web"]');
    expect(web && toJs(web.scope.local("container"))).toEqual({ name: "web", image: "nginx:1.25.3", port: 80 });
    expect(web && toJs(web.scope.local("script"))).toBe("exec app\n");
    const image = web?.scope.variable("image");
    expect(image && primaryOrigin(image)?.file).toBe(join(project, "main.tf"));
    expect(instances.flatMap((i) => i.scope.diagnostics())).toEqual([]);
  });
});

describe("the file sandbox on disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "tfmould-eval-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("does not follow a symlink out of the scanned root", () => {
    const rootDir = join(dir, "root");
    mkdirSync(rootDir);
    writeFileSync(join(dir, "secret.txt"), "outside");
    writeFileSync(join(rootDir, "inside.txt"), "inside");
    symlinkSync(join(dir, "secret.txt"), join(rootDir, "link.txt"));
    writeFileSync(join(rootDir, "main.tf"), 'locals {\n  a = file("inside.txt")\n  b = file("link.txt")\n  c = file("../secret.txt")\n  d = fileexists("link.txt")\n}\n');
    const host = new DiskHost();
    const module = loadModule(rootDir, { host });
    const scope = createModuleScope(module, { host, rootDir, isRoot: true });
    expect(toJs(scope.local("a"))).toBe("inside");
    expect(scope.local("b").kind).toBe("unknown");
    expect(scope.local("c").kind).toBe("unknown");
    expect(scope.local("d").kind).toBe("unknown");
    expect(scope.diagnostics().filter((d) => d.summary === "File outside the scanned directory").length).toBe(3);
  });
});
