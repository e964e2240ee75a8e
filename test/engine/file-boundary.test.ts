/**
 * Terraform's file functions may read anywhere inside the scanned
 * repository, not only under the module's own folder: a module under
 * `modules/` reading `../../templates/x` is read, without a notice
 * (issue 10 §3). Outside the repository stays unread.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { lint } from "../../src/engine/index.js";

describe("file functions read inside the scanned repository", () => {
  const root = mkdtempSync(path.join(tmpdir(), "tfmould-boundary-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (rel: string, text: string): void => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  mkdirSync(path.join(root, "repo/.git"), { recursive: true });
  write("repo/templates/boot.sh.tpl", "#!/bin/bash\napt-get install -y ${package}\n");
  write("repo/scripts/boot.sh", "#!/bin/bash\nyum install -y httpd\n");
  write("outside.sh", "#!/bin/bash\napt-get install -y curl\n");
  write(
    "repo/modules/vm/main.tf",
    'resource "aws_instance" "templated" {\n  ami       = "ami-0c7217cdde317cfec"\n' +
      '  user_data = templatefile("${path.module}/../../templates/boot.sh.tpl", { package = "nginx" })\n}\n' +
      'resource "aws_instance" "plain" {\n  ami       = "ami-0c7217cdde317cfec"\n' +
      // The script's name found by fileset over the repository's scripts folder.
      '  user_data = file("${path.module}/../../scripts/${one(fileset("${path.module}/../../scripts", "*.sh"))}")\n}\n' +
      'resource "aws_instance" "escaping" {\n  ami       = "ami-0c7217cdde317cfec"\n' +
      '  user_data = file("${path.module}/../../../outside.sh")\n}\n',
  );
  const boot = rules.filter((r) => r.id === "no-boot-time-configuration");

  it("reads ../templates and ../scripts of the repository, with no notice, and refuses what lies outside it", () => {
    const result = lint({ paths: ["modules/vm"], cwd: path.join(root, "repo"), rules: boot });
    const found = result.findings.filter((f) => f.ruleId === "no-boot-time-configuration");
    expect(found.map((f) => f.address).sort()).toEqual(["aws_instance.plain", "aws_instance.templated"]);
    const notices = result.notices.map((n) => n.message);
    expect(notices.filter((m) => m.includes("boot.sh"))).toEqual([]);
    expect(notices.filter((m) => m.includes("outside.sh"))).toHaveLength(1);
  });
});
