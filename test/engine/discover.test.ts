/**
 * The engine's discovery, which `lint({ paths })` and the command share, and
 * `lintModules`, the command's entry after discovery, which walks nothing.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { PathError, discover, lint, lintModules } from "../../src/engine/index.js";

const root = mkdtempSync(path.join(tmpdir(), "tfmould-discover-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const [rel, text] of Object.entries({
  "top/main.tf": 'resource "aws_instance" "a" {\n  ami = "ami-1"\n}\n',
  "top/sub/main.tf": 'resource "aws_instance" "b" {\n  ami = "ami-2"\n}\n',
  "top/.terraform/modules/m/main.tf": 'resource "aws_instance" "c" {\n  ami = "ami-3"\n}\n',
})) {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

describe("discovery", () => {
  it("finds every module directory below a path, never entering .terraform/", () => {
    const found = discover(["top"], { cwd: root });
    expect(found.modules.map((m) => path.relative(root, m.dir))).toEqual(["top", path.join("top", "sub")]);
    expect(lint({ paths: ["top"], cwd: root }).files).toEqual(["top/main.tf", "top/sub/main.tf"]);
  });

  it("lintModules lints the directories given, nothing below them", () => {
    expect(lintModules({ paths: ["top"], cwd: root }).files).toEqual(["top/main.tf"]);
  });

  it("throws a PathError for a missing path, or notices it when asked", () => {
    expect(() => discover(["nope"], { cwd: root })).toThrow(PathError);
    const found = discover(["nope", "top"], { cwd: root, missingPaths: "notice" });
    expect(found.notices).toEqual([{ level: "error", message: "no such file or directory: nope" }]);
    expect(found.modules).toHaveLength(2);
  });
});
