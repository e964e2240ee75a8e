/**
 * Arguments set in override files: findings, fixes and model errors point
 * into the file that holds the argument, never at the same line and column
 * of the resource's own file. `main.tf` is padded so that the override's
 * positions are also valid positions in it, which is what hid these.
 */
import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import type { FileFinding as Finding } from "../../src/engine/index.js";

const PADDING = Array.from({ length: 12 }, (_, i) => `# padding line ${i + 1} of main.tf, long enough to hold any column`).join("\n");

function run(main: string, override: string): Finding[] {
  return [...lint({ files: { "main.tf": `${PADDING}\n${main}`, "main_override.tf": override } }).findings];
}

function only(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

describe("arguments from override files", () => {
  it("user-data-replace-on-change inserts its fix after user_data, in the file that sets it", () => {
    const [finding] = only(
      run('resource "aws_instance" "web" {\n  ami = "ami-1"\n}\n', 'resource "aws_instance" "web" {\n  user_data = "ROLE=web"\n}\n'),
      "user-data-replace-on-change",
    );
    expect(finding.file).toBe("main.tf");
    expect(finding.fix?.file).toBe("main_override.tf");
    expect(finding.fix?.replacements[0].range.start).toMatchObject({ line: 2, column: 25 });
  });

  it("fixes a false flag written in the override file", () => {
    const [finding] = only(
      run(
        'resource "aws_instance" "web" {\n  ami = "ami-1"\n  user_data = "ROLE=web"\n}\n',
        'resource "aws_instance" "web" {\n  user_data_replace_on_change = false\n}\n',
      ),
      "user-data-replace-on-change",
    );
    expect(finding).toMatchObject({ file: "main_override.tf", range: { start: { line: 2, column: 33 } } });
    expect(finding.fix).toMatchObject({ file: "main_override.tf", replacements: [{ text: "true" }] });
  });

  it("fixes a mutable ECR repository set in the override file", () => {
    const [finding] = only(
      run('resource "aws_ecr_repository" "app" {\n  name = "app"\n}\n', 'resource "aws_ecr_repository" "app" {\n  image_tag_mutability = "MUTABLE"\n}\n'),
      "ecr-tag-immutability",
    );
    expect(finding.file).toBe("main_override.tf");
    expect(finding.fix?.file).toBe("main_override.tf");
  });

  it("no-ssh-access points at the open source inside an ingress list written in the override file", () => {
    const findings = only(
      run(
        'resource "aws_security_group" "web" {\n  name = "web"\n}\n',
        [
          'resource "aws_security_group" "web" {',
          "  ingress = [{",
          '    from_port = 22, to_port = 22, protocol = "tcp"',
          '    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]',
          "    description = null, ipv6_cidr_blocks = null, prefix_list_ids = null, security_groups = null, self = null",
          "  }]",
          "}",
          "",
        ].join("\n"),
      ),
      "no-ssh-access",
    );
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.file).toBe("main_override.tf");
    expect(findings.map((f) => `${f.range.start.line}:${f.range.start.column}`)).toContain("4:34");
  });

  it("reports a duplicate connection block in the override file where it is", () => {
    const errors = only(
      run(
        'resource "aws_instance" "web" {\n  ami = "ami-1"\n}\n',
        'resource "aws_instance" "web" {\n  connection {\n    host = "a"\n  }\n  connection {\n    host = "b"\n  }\n}\n',
      ),
      "syntax-error",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: "main_override.tf", range: { start: { line: 5, column: 3 } } });
    expect(errors[0].message).toContain("main_override.tf:2");
  });
});
