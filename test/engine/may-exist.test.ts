/**
 * A resource switched off only by a reusable module's own default may
 * exist: checks that do not depend on values run on it; a caller's value
 * (or a deployment's) decides for real (issue 10 §3).
 */
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { lint } from "../../src/engine/index.js";

const provisioners = rules.filter((r) => r.id === "no-provisioners");

const moduleFiles = {
  "variables.tf": 'variable "create" {\n  type    = bool\n  default = false\n}\n',
  "main.tf":
    'resource "aws_instance" "bastion" {\n  count = var.create ? 1 : 0\n  ami   = "ami-0c7217cdde317cfec"\n' +
    '  provisioner "remote-exec" {\n    inline = ["sudo apt-get install -y nginx"]\n  }\n}\n',
};

function addresses(files: Record<string, string>): string[] {
  const found = lint({ files, rules: provisioners }).findings.filter((f) => f.ruleId === "no-provisioners");
  return found.flatMap((f) => f.instances ?? [f.address]).sort();
}

describe("resources that may exist", () => {
  it("are checked in a reusable module whose own default switches them off", () => {
    expect(addresses(moduleFiles)).toEqual(["aws_instance.bastion"]);
  });

  it("are not checked through a deployment that keeps the switch off, and are through one that turns it on", () => {
    const keeps = 'terraform {\n  backend "s3" {}\n}\nmodule "off" {\n  source = "./mod"\n}\n';
    const on = 'terraform {\n  backend "s3" {}\n}\nmodule "on" {\n  source = "./mod"\n  create = true\n}\n';
    const prefixed = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([k, v]) => [`mod/${k}`, v]));
    // The module is also analysed on its own (role module, called): through its caller only.
    expect(addresses({ ...prefixed(moduleFiles), "main.tf": keeps })).toEqual([]);
    expect(addresses({ ...prefixed(moduleFiles), "main.tf": on })).toEqual(["module.on.aws_instance.bastion"]);
  });

  it("are not checked in a deployment whose own default switches them off", () => {
    expect(addresses({ ...moduleFiles, "backend.tf": 'terraform {\n  backend "s3" {}\n}\n' })).toEqual([]);
  });
});
