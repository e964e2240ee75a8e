import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DiskHost } from "../../src/model/disk-host.js";
import { ReadBoundary } from "../../src/model/file-access.js";
import { OverlayHost } from "../../src/lsp/overlay-host.js";
import { lintTargetOf } from "../../src/lsp/documents.js";

describe("OverlayHost", () => {
  it("reads open buffers over the disk, lists unsaved files, and refuses buffers outside the boundary", () => {
    const dir = mkdtempSync(join(tmpdir(), "tfmould-overlay-"));
    const other = mkdtempSync(join(tmpdir(), "tfmould-overlay-other-"));
    try {
      writeFileSync(join(dir, "main.tf"), "on disk");
      writeFileSync(join(other, "x.tf"), "elsewhere");
      const boundary = ReadBoundary.forScan([dir], dir);
      const open = new Map([
        [join(dir, "main.tf"), "in the editor"],
        [join(dir, "new.tf"), "not saved"],
        [join(other, "x.tf"), "open elsewhere"],
      ]);
      const host = new OverlayHost(new DiskHost({ boundary }), open, boundary);
      expect(host.readFile(join(dir, "main.tf"))).toBe("in the editor");
      expect(host.readFile(join(dir, "new.tf"))).toBe("not saved");
      expect(host.listFiles(dir)).toEqual(["main.tf", "new.tf"]);
      expect(host.fileExists(join(dir, "new.tf"))).toBe(true);
      expect(host.realPath(join(dir, "new.tf"))).toMatch(/new\.tf$/);
      expect(host.readFile(join(other, "x.tf"))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe("lintTargetOf", () => {
  it("lints Terraform files by their directory, untitled buffers alone, and nothing else", () => {
    expect(lintTargetOf("file:///work/a/main.tf", "terraform")).toEqual({ kind: "directory", dir: "/work/a", path: "/work/a/main.tf" });
    expect(lintTargetOf("file:///work/a/x%20y.tf.json", "json")).toMatchObject({ kind: "directory", path: "/work/a/x y.tf.json" });
    expect(lintTargetOf("file:///work/a/prod.tfvars", "terraform-vars")).toMatchObject({ kind: "directory" });
    expect(lintTargetOf("file:///work/a/README.md", "markdown")).toBeUndefined();
    expect(lintTargetOf("file:///work/a/.tfmould.json", "json")).toBeUndefined();
    expect(lintTargetOf("untitled:Untitled-1", "terraform")).toEqual({ kind: "text", name: "main.tf" });
    expect(lintTargetOf("untitled:Untitled-2", "plaintext")).toBeUndefined();
    expect(lintTargetOf("untitled:/draft/vars.tfvars", "plaintext")).toEqual({ kind: "text", name: "vars.tfvars" });
  });
});
