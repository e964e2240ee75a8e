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

  it("points at the first offending line of a file() script, relating the argument and the other lines", () => {
    const files = {
      "main.tf": ['resource "aws_instance" "web" {', '  user_data = file("${path.module}/boot.sh")', "}"].join("\n"),
      "boot.sh": "#!/bin/sh\nset -e\ncurl -sSL https://example.com/install.sh | sh\necho ok\n  yum install -y jq\n",
    };
    const [f, ...rest] = findings(files);
    expect(rest).toEqual([]);
    expect([f.file, f.range.start.line]).toEqual(["boot.sh", 3]);
    expect(covered(files, f)).toBe("curl -sSL https://example.com/install.sh | sh");
    expect(f.message).toContain('from file("boot.sh")');
    expect(f.message).toContain("line 3 ");
    expect(f.message).toContain("line 5 ");
    const [argument, other, ...more] = f.related;
    expect(more).toEqual([]);
    expect(argument.message).toBe("used as user_data of aws_instance.web");
    expect([argument.file, argument.range.start.line, argument.range.start.column]).toEqual(["main.tf", 2, 15]);
    expect([other.file, other.range.start.line, other.range.start.column]).toEqual(["boot.sh", 5, 3]);
    expect(other.message).toContain("`yum install`");
  });

  it("points into the file read by filebase64()", () => {
    const files = {
      "main.tf": ['resource "aws_launch_template" "web" {', '  user_data = filebase64("scripts/boot.sh")', "}"].join("\n"),
      "scripts/boot.sh": "#!/bin/sh\napk add nginx\n",
    };
    const [f] = findings(files);
    expect([f.file, f.range.start.line]).toEqual(["scripts/boot.sh", 2]);
    expect(covered(files, f)).toBe("apk add nginx");
    expect(f.related.map((r) => [r.file, r.range.start.line])).toEqual([["main.tf", 2]]);
  });

  it("maps a templatefile() script to the template's lines, an interpolated line to its ${...}", () => {
    const files = {
      "main.tf": [
        'resource "aws_instance" "web" {',
        '  user_data = templatefile("boot.sh.tpl", { setup = "pip install flask", tools = ["jq", "git"] })',
        "}",
      ].join("\n"),
      "boot.sh.tpl": ["#!/bin/sh", "echo start", "  ${setup}", "%{ for t in tools ~}", "apt-get install -y ${t}", "%{ endfor ~}"].join("\n"),
    };
    const [f, ...rest] = findings(files);
    expect(rest).toEqual([]);
    expect([f.file, f.range.start.line]).toEqual(["boot.sh.tpl", 3]);
    expect(covered(files, f)).toBe("${setup}");
    // Template lines, not rendered lines: the loop renders two lines from line 5.
    expect(f.message).toContain("line 3 installs packages at boot (`pip install`)");
    expect(f.message).toContain("line 5 installs packages at boot (`apt-get install`)");
    expect(f.message).not.toContain("rendered");
    expect(f.related.map((r) => [r.file, r.range.start.line])).toEqual([
      ["main.tf", 2],
      ["boot.sh.tpl", 5],
    ]);
  });

  it("keeps a finding at a script line hidden by a suppression on the argument", () => {
    const files = {
      "main.tf": [
        'resource "aws_instance" "web" {',
        "  # tfmould-ignore: no-boot-time-configuration -- baked next sprint",
        '  user_data = file("boot.sh")',
        "}",
      ].join("\n"),
      "boot.sh": "#!/bin/sh\nyum install -y nginx\n",
    };
    const result = lint({ files, rules: [rule] });
    const [f] = result.findings.filter((x) => x.ruleId === rule.id);
    expect([f.file, f.range?.start.line]).toEqual(["boot.sh", 2]);
    expect(f.suppressed).toBeDefined();
    expect(result.findings.filter((x) => x.ruleId === "unused-suppression")).toEqual([]);
  });

  it("gives one finding for a module's script however many instances read it", () => {
    const files = {
      "main.tf": ['module "a" {', '  source = "./modules/vm"', "}", 'module "b" {', '  source = "./modules/vm"', "}"].join("\n"),
      "modules/vm/main.tf": ['resource "aws_instance" "vm" {', '  user_data = file("${path.module}/boot.sh")', "}"].join("\n"),
      "modules/vm/boot.sh": "#!/bin/sh\nyum install -y nginx\n",
    };
    const found = findings(files).filter((f) => f.file === "modules/vm/boot.sh");
    expect(found).toHaveLength(1);
    expect(found[0].range.start.line).toBe(2);
    // The instances its callers make; the module linted by itself is how it was read, not an instance.
    expect(found[0].instances).toEqual(["module.a.aws_instance.vm", "module.b.aws_instance.vm"]);
  });

  it("gives one finding for a script that several arguments read, relating every reader", () => {
    const files = {
      "main.tf": [
        'resource "aws_instance" "a" {',
        '  user_data = file("boot.sh")',
        "}",
        'resource "aws_launch_template" "b" {',
        '  user_data = filebase64("boot.sh")',
        "}",
      ].join("\n"),
      "boot.sh": "#!/bin/sh\nyum install -y nginx\n",
    };
    const [f, ...rest] = findings(files);
    expect(rest).toEqual([]);
    expect([f.file, f.range.start.line, f.address]).toEqual(["boot.sh", 2, "aws_instance.a"]);
    expect(f.related.map((r) => [r.file, r.range.start.line, r.message])).toEqual([
      ["main.tf", 2, "used as user_data of aws_instance.a"],
      ["main.tf", 5, "used as user_data of aws_launch_template.b"],
    ]);
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
