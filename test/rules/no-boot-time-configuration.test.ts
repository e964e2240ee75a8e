import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import type { FileFinding as Finding } from "../../src/engine/index.js";
import rule from "../../rules/no-boot-time-configuration/index.js";

function findings(files: Record<string, string>): Finding[] {
  return lint({ files, rules: [rule] }).findings.filter((f) => f.ruleId === rule.id);
}

/** The source text a single-line finding covers. */
function covered(files: Record<string, string>, f: Finding): string {
  expect(f.range.start.line).toBe(f.range.end.line);
  const line = files[f.file].split(/\r?\n/)[f.range.start.line - 1];
  return [...line].slice(f.range.start.column - 1, f.range.end.column - 1).join("");
}

describe("no-boot-time-configuration ranges inside scripts", () => {
  it("covers exactly the offending line of an indented heredoc", () => {
    const files = {
      "main.tf": [
        'resource "aws_instance" "web" {',
        "  user_data = <<-EOT",
        "    #!/bin/bash",
        '    echo "cost: $${PRICE}" > /etc/motd',
        "      apt-get install -y nginx   ",
        "    systemctl start nginx",
        "  EOT",
        "}",
      ].join("\n"),
    };
    const [f, ...rest] = findings(files);
    expect(rest).toEqual([]);
    expect([f.range.start.line, f.range.start.column]).toEqual([5, 7]);
    expect(covered(files, f)).toBe("apt-get install -y nginx");
    expect(f.message).toContain("`apt-get install`");
  });

  it("finds the line inside a quoted string with escaped newlines", () => {
    const files = {
      "main.tf": ['resource "aws_instance" "batch" {', '  user_data = "#!/bin/sh\\necho \\"start\\"\\nyum install -y awscli\\n"', "}"].join("\n"),
    };
    const [f] = findings(files);
    expect(covered(files, f)).toBe("yum install -y awscli");
  });

  it("counts columns in code points and handles CRLF files", () => {
    const files = {
      "main.tf": ['resource "aws_instance" "web" {', "  user_data = <<EOT", "#!/bin/bash", "echo \"héllo 🚀\"; gem install bundler", "EOT", "}"].join("\r\n"),
    };
    const [f] = findings(files);
    expect(f.range.start.line).toBe(4);
    expect(f.range.start.column).toBe(1);
    expect(covered(files, f)).toBe('echo "héllo 🚀"; gem install bundler');
  });

  it("points at the attribute for file() and relates the script's lines", () => {
    const files = {
      "main.tf": ['resource "aws_instance" "web" {', '  user_data = file("${path.module}/boot.sh")', "}"].join("\n"),
      "boot.sh": "#!/bin/sh\nset -e\ncurl -sSL https://example.com/install.sh | sh\n",
    };
    const [f] = findings(files);
    expect(f.file).toBe("main.tf");
    expect(covered(files, f)).toBe('file("${path.module}/boot.sh")');
    expect(f.message).toContain("line 3");
    expect(f.related).toEqual([expect.objectContaining({ file: "boot.sh", range: expect.objectContaining({ start: expect.objectContaining({ line: 3, column: 1 }) }) })]);
  });

  it("decodes a base64 literal", () => {
    const script = Buffer.from("#!/bin/sh\napk add nginx\n").toString("base64");
    const files = { "main.tf": ['resource "aws_launch_template" "web" {', `  user_data = "${script}"`, "}"].join("\n") };
    const [f] = findings(files);
    expect(f.message).toContain("`apk add`");
    expect(f.range.start.line).toBe(2);
  });

  it("maps lines produced by template directives back to their source line, once", () => {
    const files = {
      "main.tf": [
        'resource "aws_instance" "web" {',
        "  user_data = <<-EOT",
        "    #!/bin/bash",
        '    %{~ for pkg in ["nginx", "jq"] ~}',
        "    apt-get install -y ${pkg}",
        "    %{~ endfor ~}",
        '    %{ if false }curl -s https://x.example/i.sh | sh%{ endif }',
        "  EOT",
        "}",
      ].join("\n"),
    };
    const found = findings(files);
    expect(found.map((f) => [f.range.start.line, f.range.start.column])).toEqual([[5, 5]]);
    expect(covered(files, found[0])).toBe("apt-get install -y ${pkg}");
  });

  it("does not flag unknown holes or settings-only scripts", () => {
    const files = {
      "main.tf": [
        'variable "setup" {}',
        'resource "aws_instance" "web" {',
        "  user_data = <<-EOT",
        "    #!/bin/bash",
        "    ${var.setup}",
        "    echo ready",
        "  EOT",
        "}",
      ].join("\n"),
    };
    expect(findings(files)).toEqual([]);
  });
});
