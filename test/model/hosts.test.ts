import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DiskHost } from "../../src/model/disk-host.js";
import { isIgnoredFile, isOverrideFile } from "../../src/model/files.js";
import { loadModule } from "../../src/model/load.js";
import { MemoryHost } from "../../src/model/memory-host.js";

describe("MemoryHost", () => {
  const host = new MemoryHost({ "a/main.tf": "x", "./a/b.tf": "y", "a\\sub\\c.tf": "z", "top.tf": "t" });

  it("lists the files directly inside a directory, normalizing paths", () => {
    expect(host.listFiles("a")).toEqual(["b.tf", "main.tf"]);
    expect(host.listFiles("./a/")).toEqual(["b.tf", "main.tf"]);
    expect(host.listFiles("a/sub")).toEqual(["c.tf"]);
    expect(host.listFiles("")).toEqual(["top.tf"]);
    expect(host.listFiles("nope")).toEqual([]);
  });

  it("reads, checks and resolves paths", () => {
    expect(host.readFile("a/sub/../b.tf")).toBe("y");
    expect(host.readFile("a/none.tf")).toBeUndefined();
    expect(host.fileExists("a/main.tf")).toBe(true);
    expect(host.fileExists("a")).toBe(false);
    expect(host.realPath("a/./main.tf")).toBe("a/main.tf");
    expect(host.realPath("a")).toBe("a");
    expect(host.realPath("b")).toBeUndefined();
  });
});

describe("DiskHost and loadModule on the disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "tfmould-model-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "sub.tf"));
  writeFileSync(join(dir, "main.tf"), 'variable "a" {}\n');
  writeFileSync(join(dir, ".hidden.tf"), 'variable "hidden" {}\n');
  writeFileSync(join(dir, "backup.tf~"), 'variable "backup" {}\n');
  writeFileSync(join(dir, "bad.tf"), Buffer.from([0x76, 0xff, 0xfe, 0x0a]));
  writeFileSync(join(dir, "x.auto.tfvars"), 'a = "x"\n');
  writeFileSync(join(dir, "notes.txt"), "not terraform");
  symlinkSync(join(dir, "main.tf"), join(dir, "link.tf"));

  it("lists regular files and links to them, not directories", () => {
    const host = new DiskHost();
    expect(host.listFiles(dir)).toEqual([".hidden.tf", "backup.tf~", "bad.tf", "link.tf", "main.tf", "notes.txt", "x.auto.tfvars"]);
    expect(host.listFiles(join(dir, "missing"))).toEqual([]);
    expect(host.fileExists(join(dir, "sub.tf"))).toBe(false);
    expect(host.realPath(join(dir, "link.tf"))).toBe(host.realPath(join(dir, "main.tf")));
    expect(host.readFile(join(dir, "bad.tf"))).toBeUndefined();
  });

  it("skips hidden files and backups, reports unreadable files, and reads tfvars apart", () => {
    const m = loadModule(dir);
    expect(m.files.map((f) => f.filename)).toEqual([join(dir, "link.tf"), join(dir, "main.tf")]);
    expect(m.varFiles.map((f) => f.filename)).toEqual([join(dir, "x.auto.tfvars")]);
    expect(m.diagnostics.map((d) => [d.summary, d.filename])).toEqual([
      ["Failed to read file", join(dir, "bad.tf")],
      ["Duplicate variable declaration", join(dir, "main.tf")],
    ]);
  });
});

describe("file names", () => {
  it("knows override files and ignored files", () => {
    expect(["override.tf", "override.tf.json", "a_override.tf", "dir/b_override.tf.json"].every(isOverrideFile)).toBe(true);
    expect(["overrides.tf", "override_a.tf", "aoverride.tf", "main.tf"].some(isOverrideFile)).toBe(false);
    expect([".x.tf", "x.tf~", "#x.tf#"].every(isIgnoredFile)).toBe(true);
    expect(isIgnoredFile("x.tf")).toBe(false);
  });
});
