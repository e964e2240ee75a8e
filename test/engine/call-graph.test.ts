import { describe, expect, it } from "vitest";
import { CallScanMemo, callersFirst, lastUses, mayHoldModuleBlock, scanDirectoryCalls } from "../../src/engine/call-graph.js";
import { localCallTargets } from "../../src/engine/roots.js";
import { MemoryHost, loadModule } from "../../src/model/index.js";
import { defineRule } from "../../rules/api/rule.js";
import { groupPaths, lint } from "../../src/engine/index.js";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docs } from "./helpers.js";

describe("mayHoldModuleBlock", () => {
  it.each([
    ['module "a" {\n}', "labelled block"],
    ["module a {\n}", "bare label"],
    ["module {\n}", "no label (an error, but a block)"],
    ['  module/* c */"a" {}', "comment before the label"],
    ['x = 1\nmodule\t"a" {}', "tab, not first line"],
    ['a {} module "a" {}', "right after a brace (a syntax error, but a parser may recover)"],
    ['/* a\n   b */ module "a" {}', "after a comment that spans lines"],
    ['\uFEFFmodule "a" {}', "after a byte order mark"],
  ])("says yes to %j (%s)", (text) => {
    expect(mayHoldModuleBlock("main.tf", text)).toBe(true);
  });

  it("says yes to a JSON module key, also one spelled with escapes", () => {
    expect(mayHoldModuleBlock("main.tf.json", '{"module": {"a": {"source": "./a"}}}')).toBe(true);
    expect(mayHoldModuleBlock("main.tf.json", '{"\\u006dodule": {"a": {"source": "./a"}}}')).toBe(true);
  });

  it.each([
    ['x = "${path.module}/a"', "path.module"],
    ["# see the sub-modules and modules folder", "longer words"],
    ["module = 1", "an attribute named module"],
    ["module_name = 1\nmy-module = 2", "identifiers containing the word"],
    ["value = module.x.id\nids = [\n  module.y.id,\n]", "references to module outputs"],
    ['description = "the module is called"', "the word inside a line"],
  ])("says no to %j (%s)", (text) => {
    expect(mayHoldModuleBlock("main.tf", text)).toBe(false);
  });
});

describe("scanDirectoryCalls", () => {
  it("finds the same local calls as the full model, override files included", () => {
    const files = {
      "root/main.tf": 'module "a" {\n  source = "../mods/a"\n}\nmodule "r" {\n  source = "hashicorp/x/aws"\n}\n',
      "root/other.tf": 'locals {\n  p = "${path.module}/x"\n}\n',
      "root/b.tf.json": '{"module": {"b": {"source": "./b"}}}',
      "root/override.tf": 'module "a" {\n  source = "../mods/a2"\n}\n',
      "root/terraform.tfvars": 'module = "not a block"\n',
    };
    const host = new MemoryHost(files);
    const scan = scanDirectoryCalls("root", host);
    const full = localCallTargets(loadModule("root", { host }), "root");
    expect(scan.calls).toEqual(full);
    expect([...scan.calls].sort()).toEqual(["mods/a2", "root/b"]);
    expect(scan.configFiles).toEqual(["root/b.tf.json", "root/main.tf", "root/other.tf", "root/override.tf"]);
  });

  it("leaves out unreadable files", () => {
    const host = new MemoryHost({ "m/a.tf": "x = 1\n" });
    const failing = {
      listFiles: () => ["a.tf", "gone.tf"],
      readFile: (p: string) => host.readFile(p),
      fileExists: (p: string) => host.fileExists(p),
      realPath: (p: string) => host.realPath(p),
    };
    expect(scanDirectoryCalls("m", failing).configFiles).toEqual(["m/a.tf"]);
  });
});

describe("CallScanMemo", () => {
  const caller = 'module "a" {\n  source = "../a"\n}\n';

  it("gives a directory's calls again, without parsing, for the same files and texts", () => {
    const memo = new CallScanMemo();
    const host = new MemoryHost({ "root/main.tf": caller, "root/vars.tf": 'variable "x" {}\n' });
    const first = scanDirectoryCalls("root", host, memo);
    const again = scanDirectoryCalls("root", new MemoryHost({ "root/main.tf": caller, "root/vars.tf": 'variable "x" {}\n' }), memo);
    expect(first.calls).toEqual(["a"]);
    // The very list the first scan made: nothing was parsed to make another.
    expect(again.calls).toBe(first.calls);
    expect(again.configFiles).toEqual(["root/main.tf", "root/vars.tf"]);
  });

  it("scans again when a text, a file or the directory differs", () => {
    const memo = new CallScanMemo();
    scanDirectoryCalls("root", new MemoryHost({ "root/main.tf": caller }), memo);
    const changed = scanDirectoryCalls("root", new MemoryHost({ "root/main.tf": caller.replace("../a", "../b") }), memo);
    expect(changed.calls).toEqual(["b"]);
    const added = scanDirectoryCalls("root", new MemoryHost({ "root/main.tf": caller.replace("../a", "../b"), "root/more.tf": 'module "c" {\n  source = "./c"\n}\n' }), memo);
    expect([...added.calls].sort()).toEqual(["b", "root/c"]);
    const renamed = scanDirectoryCalls("root", new MemoryHost({ "root/other.tf": caller.replace("../a", "../b"), "root/more.tf": 'module "c" {\n  source = "./c"\n}\n' }), memo);
    expect(renamed.calls).not.toBe(added.calls);
    expect([...renamed.calls].sort()).toEqual(["b", "root/c"]);
    const elsewhere = scanDirectoryCalls("x/root", new MemoryHost({ "x/root/main.tf": caller }), memo);
    expect(elsewhere.calls).toEqual(["x/a"]);
  });
});

describe("callersFirst", () => {
  it("puts every directory after its callers, and otherwise in name order", () => {
    const calls = new Map<string, string[]>([
      ["modules/a", ["modules/b"]],
      ["modules/b", []],
      ["modules/c", []],
      ["stacks/x", ["modules/a", "modules/c"]],
      ["stacks/y", ["modules/b"]],
    ]);
    expect(callersFirst([...calls.keys()], calls)).toEqual(["stacks/x", "modules/a", "modules/c", "stacks/y", "modules/b"]);
  });

  it("breaks cycles and still lists each directory once", () => {
    const calls = new Map<string, string[]>([
      ["a", ["b"]],
      ["b", ["a", "b"]],
      ["c", ["a"]],
    ]);
    const order = callersFirst([...calls.keys()], calls);
    expect([...order].sort()).toEqual(["a", "b", "c"]);
    expect(order[0]).toBe("c");
  });

  it("ignores calls to directories outside the scan", () => {
    const calls = new Map<string, string[]>([["b", ["elsewhere"]], ["a", []]]);
    expect(callersFirst(["b", "a"], calls)).toEqual(["a", "b"]);
  });
});

describe("lastUses", () => {
  it("keeps a module until the last directory that needs it, directly or through others", () => {
    const order = ["stacks/x", "modules/a", "stacks/y", "modules/b"];
    const calls = new Map<string, string[]>([
      ["stacks/x", ["modules/a"]],
      ["modules/a", ["modules/b"]],
      ["stacks/y", ["modules/a", "outside"]],
      ["modules/b", []],
    ]);
    const last = lastUses(order, calls);
    expect(Object.fromEntries(last)).toEqual({
      "stacks/x": 0,
      "modules/a": 2,
      "stacks/y": 2,
      "modules/b": 3,
      outside: Infinity,
    });
  });
});

describe("lint order", () => {
  const countResources = defineRule({
    id: "count-resources",
    severity: "warning",
    category: "mutation",
    summary: "one finding per resource instance",
    docs,
    check(ctx) {
      for (const r of ctx.module.resources) {
        ctx.report({ node: r.block, resource: r, message: `${ctx.isRootModule ? "root" : "child"} ${ctx.modulePath || "(top)"}` });
      }
    },
  });

  it("knows a module is called even when its caller sorts after it, and drops nothing a later caller needs", () => {
    const shared = 'resource "x" "r" {}\n';
    const files = {
      "a-shared/main.tf": `provider "p" {}\n${shared}`,
      "z-stack1/main.tf": 'provider "p" {}\nmodule "s" {\n  source = "../a-shared"\n}\n',
      "z-stack2/main.tf": 'provider "p" {}\nmodule "t" {\n  source = "../a-shared"\n}\nmodule "u" {\n  source = "../m-nested"\n}\n',
      "m-nested/main.tf": 'module "v" {\n  source = "../a-shared"\n}\n',
    };
    const result = lint({ files, rules: [countResources] });
    const messages = result.findings.map((f) => f.message).sort();
    // a-shared has a provider block but is called, so it is no root; each caller gets its own instance
    // (and the module read by itself, which said something else at the same place, is left out).
    expect(messages).toEqual(["child module.s", "child module.t", "child module.u.module.v", "child module.v"]);
    expect(result.notices).toEqual([]);
  });
});

describe("groupPaths", () => {
  it("keeps modules that call one another together, also through a module outside the paths", () => {
    const root = mkdtempSync(join(tmpdir(), "tfmould-groups-"));
    try {
      const write = (file: string, text: string) => {
        mkdirSync(join(root, file, ".."), { recursive: true });
        writeFileSync(join(root, file), text);
      };
      write("stacks/x/main.tf", 'module "a" {\n  source = "../../modules/a/"\n}\n'); // a trailing slash still names modules/a
      write("stacks/y/main.tf", 'module "o" {\n  source = "../../outside/o"\n}\n');
      write("stacks/z/main.tf", 'resource "x" "y" {}\n');
      write("modules/a/main.tf", 'resource "x" "y" {}\n');
      write("modules/b/main.tf", 'module "o" {\n  source = "../../outside/o"\n}\n');
      write("outside/o/main.tf", 'resource "x" "y" {}\n');
      const paths = ["modules/a", "modules/b", "stacks/x", "stacks/y", "stacks/z/main.tf", "missing"];
      const groups = groupPaths({ paths, cwd: root });
      expect(groups).toEqual([["modules/a", "stacks/x"], ["modules/b", "stacks/y"], ["stacks/z/main.tf"], ["missing"]]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
