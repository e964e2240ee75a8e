/**
 * Issue 16 §3: rules run in linear time on their input and never overflow
 * the stack, so a hostile file neither hangs the run nor hides the module's
 * other findings behind an internal error.
 */
import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import { scanScript } from "../../rules/lib/scripts.js";

describe("boot script scans are linear", () => {
  it("a command word repeated on one long line, with no verb after it", () => {
    for (const word of ["apt-get ", "curl ", "git ", "npm -g ", "iwr "]) {
      const text = `#!/bin/bash\n${word.repeat(300_000)}\n`;
      expect(scanScript(text, { cloudConfig: false })).toEqual([]);
    }
  }, 10_000);

  it("still finds an install a long way into a command", () => {
    const text = `#!/bin/bash\napt-get -y -o Dpkg::Options::="--force-confdef" -o Dpkg::Options::="--force-confold" install nginx\n`;
    expect(scanScript(text, { cloudConfig: false }).map((f) => f.line)).toEqual([2]);
  });

  it("a 2.4 MB user_data is linted in seconds, with the module's other findings", () => {
    const script = `#!/bin/bash\n${"apt-get ".repeat(300_000)}\n`;
    const result = lint({
      files: {
        "main.tf": `resource "aws_instance" "i" {\n  ami       = "ami-1"\n  user_data = <<EOF\n${script}EOF\n}\n`,
        "db.tf": 'resource "aws_db_instance" "d" {\n  password = "hunter2hunter2"\n}\n',
      },
    });
    expect(result.notices.filter((n) => n.level === "error")).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toContain("no-hardcoded-secrets");
  }, 20_000);
});

describe("expression walks do not overflow the stack", () => {
  it("a 5,000-term sum in a local hides none of the module's findings", () => {
    const sum = Array.from({ length: 5000 }, () => "1").join(" + ");
    const result = lint({
      files: {
        "main.tf": `locals {\n  x = ${sum}\n}\nvariable "db_password" {\n  default = local.x\n}\noutput "token" {\n  value = local.x\n}\n`,
        "db.tf": 'resource "aws_db_instance" "d" {\n  password = "hunter2hunter2"\n}\n',
      },
    });
    expect(result.notices.filter((n) => n.level === "error")).toEqual([]);
    const rules = result.findings.map((f) => f.ruleId);
    expect(rules).toContain("no-hardcoded-secrets");
    expect(rules.filter((r) => r === "sensitive-secret-variables")).toHaveLength(2);
  }, 20_000);
});
