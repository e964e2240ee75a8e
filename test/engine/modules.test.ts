import { describe, expect, it } from "vitest";
import { defineRule } from "../../rules/api/rule.js";
import unusedSuppression from "../../rules/unused-suppression/index.js";
import { lint } from "../../src/engine/index.js";
import { isRootModule, isUnderModulesFolder } from "../../src/engine/roots.js";
import { getAttribute } from "../../src/model/query.js";
import { buildModule } from "../../src/model/index.js";
import { parse } from "../../src/hcl/index.js";
import { docs, spyRule } from "./helpers.js";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { localSourceDir } from "../../src/eval/modules.js";

/** Flags `image` attributes of resources whose evaluated value is "latest". */
const latestRule = defineRule({
  id: "latest-image",
  severity: "error",
  category: "versioning",
  summary: "no latest",
  docs,
  check(ctx) {
    for (const resource of ctx.module.resources) {
      const attr = getAttribute(resource.body, "image");
      if (!attr) continue;
      const value = ctx.evaluate(attr.expr, resource);
      if (value.kind === "string" && value.value === "latest") {
        ctx.report({ node: attr.expr, resource, value, message: "image is latest", attributePath: "image" });
      }
    }
  },
});

const childModule = `variable "image" {
  type = string
}

resource "x" "from_caller" {
  image = var.image
}

resource "x" "literal" {
  image = "latest"
}
`;

describe("module instances", () => {
  const files = {
    "main.tf": `provider "aws" {}

module "a" {
  source = "./modules/app"
  image  = "latest"
}

module "b" {
  source = "./modules/app"
  image  = "v1.2.3"
}

# tfmould-ignore: latest-image -- module c is being retired
module "c" {
  source = "./modules/app"
  image  = "latest"
}
`,
    "modules/app/main.tf": childModule,
  };

  it("gives one finding per offending call, at the caller's literal, with the child's attribute related", () => {
    const result = lint({ files, rules: [latestRule, unusedSuppression] });
    expect(result.notices).toEqual([]);
    const shown = result.findings.map((f) => ({
      at: `${f.file}:${f.range.start.line}:${f.range.start.column}`,
      address: f.address,
      related: f.related.map((r) => `${r.file}:${r.range.start.line} ${r.message}`),
      suppressed: f.suppressed?.reason,
    }));
    expect(shown).toEqual([
      { at: "main.tf:5:12", address: "module.a.x.from_caller", related: ["modules/app/main.tf:6 consumed here"], suppressed: undefined },
      {
        at: "main.tf:16:12",
        address: "module.c.x.from_caller",
        related: ["modules/app/main.tf:6 consumed here"],
        suppressed: "module c is being retired",
      },
      // The literal inside the child is one finding, however many instances see it.
      { at: "modules/app/main.tf:10:11", address: "x.literal", related: [], suppressed: undefined },
    ]);
  });

  it("lists the instances callers make, not the module read by itself", () => {
    const result = lint({ files, rules: [latestRule] });
    const literal = result.findings.find((f) => f.address === "x.literal");
    // Module c's instance is suppressed there, and a suppressed instance stays out of an unsuppressed finding.
    expect(literal?.instances).toEqual(["module.a.x.literal", "module.b.x.literal"]);
    // One caller: its instance is still named.
    const one = lint({ files: { "main.tf": 'module "a" {\n  source = "./modules/app"\n  image  = "v1"\n}\n', "modules/app/main.tf": childModule }, rules: [latestRule] });
    expect(one.findings.map((f) => [f.address, f.instances])).toEqual([["x.literal", ["module.a.x.literal"]]]);
    // No caller: the module read by itself is the only instance, and none is listed.
    const alone = lint({ files: { "main.tf": childModule }, rules: [latestRule] });
    expect(alone.findings.map((f) => [f.address, f.instances])).toEqual([["x.literal", undefined]]);
  });

  /** Reports every `image` that is not "v1", quoting the value it evaluated to. */
  const quotingRule = defineRule({
    id: "quoting",
    severity: "warning",
    category: "versioning",
    summary: "quotes the value",
    docs,
    check(ctx) {
      for (const resource of ctx.module.resources) {
        const attr = getAttribute(resource.body, "image");
        const value = attr && ctx.evaluate(attr.expr, resource);
        if (!attr || !value || (value.kind === "string" && value.value === "v1")) continue;
        const text = value.kind === "string" ? value.value : "(not known)";
        ctx.report({ node: attr, resource, message: `image is ${text}`, attributePath: "image" });
      }
    },
  });

  it("leaves out what the module read by itself says where its callers say something else", () => {
    const module = 'variable "tag" {\n  default = "edge"\n}\n\nresource "x" "app" {\n  image = "app-${var.tag}"\n}\n';
    const result = lint({
      files: { "main.tf": 'provider "p" {}\nmodule "a" {\n  source = "./modules/app"\n  tag    = "1.2"\n}\n', "modules/app/main.tf": module },
      rules: [quotingRule],
    });
    // Read by itself, the module's default gives "app-edge"; its only caller gives "app-1.2": one finding, the caller's.
    expect(result.findings.map((f) => [f.address, f.message])).toEqual([["module.a.x.app", "image is app-1.2"]]);
    // With no caller, the module read by itself is all there is.
    const alone = lint({ files: { "modules/app/main.tf": module }, rules: [quotingRule] });
    expect(alone.findings.map((f) => [f.address, f.message])).toEqual([["x.app", "image is app-edge"]]);
  });

  it("lists an instance whose address ends like another's (module.a.x and module.b.module.a.x)", () => {
    const result = lint({
      files: {
        "main.tf": 'provider "p" {}\nmodule "a" {\n  source = "./modules/app"\n}\nmodule "b" {\n  source = "./modules/wrap"\n}\n',
        "modules/wrap/main.tf": 'module "a" {\n  source = "../app"\n}\n',
        "modules/app/main.tf": 'resource "x" "app" {\n  image = "latest"\n}\n',
      },
      rules: [latestRule],
    });
    expect(result.findings.map((f) => [f.address, f.instances])).toEqual([["x.app", ["module.a.x.app", "module.b.module.a.x.app"]]]);
  });

  it("reads a directory once however a call spells it (./modules/app/ and ./modules/app)", () => {
    const seen = new Map<string, object>();
    const spy = spyRule((ctx) => {
      if (ctx.modulePath !== "") seen.set(ctx.modulePath, ctx.module);
    });
    const dir = mkdtempSync(path.join(tmpdir(), "tfmould-spelling-"));
    try {
      mkdirSync(path.join(dir, "modules/app"), { recursive: true });
      writeFileSync(path.join(dir, "main.tf"), 'module "a" {\n  source = "./modules/app/"\n}\nmodule "b" {\n  source = "./modules/app"\n}\n');
      writeFileSync(path.join(dir, "modules/app/main.tf"), 'resource "x" "app" {}\n');
      lint({ paths: [dir], cwd: dir, rules: [spy] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect([...seen.keys()].sort()).toEqual(["module.a", "module.b"]);
    expect(seen.get("module.a")).toBe(seen.get("module.b"));
    expect(localSourceDir("/r/examples/x", "../../")).toBe("/r");
    expect(localSourceDir("/r", "./modules/app/")).toBe("/r/modules/app");
    expect(localSourceDir("/r", "../..")).toBe("/");
  });

  it("tells rules which instance is a root module", () => {
    const seen: string[] = [];
    const spy = spyRule((ctx) => seen.push(`${ctx.module.dir || "."}|${ctx.modulePath}|${ctx.isRootModule}`));
    lint({ files, rules: [spy] });
    expect(seen).toEqual([
      ".||true",
      "modules/app|module.a|false",
      "modules/app|module.b|false",
      "modules/app|module.c|false",
      // Scanned on its own too, but it is called by another scanned module: a child.
      "modules/app||false",
    ]);
  });
});

describe("evaluation problems", () => {
  it("are warning notices, once however many instances meet them", () => {
    const result = lint({
      files: {
        "main.tf": 'module "a" {\n  source = "./child"\n}\nmodule "b" {\n  source = "./child"\n}\n',
        "child/main.tf": 'resource "x" "y" {\n  image = file("/etc/hostname")\n}\n',
      },
      rules: [latestRule],
    });
    expect(result.findings).toEqual([]);
    expect(result.notices).toEqual([
      {
        level: "warning",
        message: expect.stringMatching(/^File outside the scanned directory: /),
        file: "child/main.tf",
        range: expect.objectContaining({ start: expect.objectContaining({ line: 2 }) }),
      },
    ]);
  });
});

describe("the root module heuristic", () => {
  const model = (text: string) => buildModule([parse(text, "main.tf")]);

  it("a backend, a cloud block or a provider configuration makes a root module", () => {
    expect(isRootModule(model('terraform {\n  backend "s3" {}\n}\n'), { called: false, dir: "envs/prod" })).toBe(true);
    expect(isRootModule(model("terraform {\n  cloud {}\n}\n"), { called: false, dir: "." })).toBe(true);
    expect(isRootModule(model('provider "aws" {}\n'), { called: false, dir: "." })).toBe(true);
  });

  it("neither a backend nor a provider: not a root module", () => {
    expect(isRootModule(model('resource "x" "y" {}\n'), { called: false, dir: "." })).toBe(false);
  });

  it("called by another scanned module: a child, even with a backend", () => {
    expect(isRootModule(model('terraform {\n  backend "s3" {}\n}\n'), { called: true, dir: "." })).toBe(false);
  });

  it("under a modules/ folder: a child unless it has a backend", () => {
    expect(isRootModule(model('provider "aws" {}\n'), { called: false, dir: "modules/vpc" })).toBe(false);
    expect(isRootModule(model('terraform {\n  backend "local" {}\n}\n'), { called: false, dir: "modules/vpc" })).toBe(true);
    expect(isUnderModulesFolder("infra/modules/vpc/sub")).toBe(true);
    expect(isUnderModulesFolder("modules")).toBe(false);
    expect(isUnderModulesFolder("my-modules/x")).toBe(false);
  });

  it("sees calls between scanned directories through local sources", () => {
    const seen: string[] = [];
    const spy = defineRule({
      id: "spy",
      severity: "note",
      category: "state",
      summary: "spy",
      docs,
      check(ctx) {
        if (ctx.modulePath === "") seen.push(`${ctx.module.dir}|${ctx.isRootModule}`);
      },
    });
    lint({
      files: {
        "live/main.tf": 'terraform {\n  backend "s3" {}\n}\nmodule "net" {\n  source = "../shared/net"\n}\n',
        "shared/net/main.tf": 'provider "aws" {}\n',
        "other/main.tf": 'provider "aws" {}\n',
      },
      rules: [spy],
    });
    expect(seen).toEqual(["live|true", "other|true", "shared/net|false"]);
  });
});
