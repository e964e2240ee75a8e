import { blockHeader } from "../src/model/query.js";
import type { Connection } from "../src/model/types.js";
import { defineRule } from "./api/rule.js";
import type { Severity } from "./api/rule.js";
import { managedResources } from "./lib/instances.js";

/** What each provisioner type does to a running machine, for messages. */
const WHAT: Readonly<Record<string, string>> = {
  "remote-exec": "runs commands on the running machine",
  file: "copies files onto the running machine",
  "local-exec": "runs a command on the machine that runs Terraform",
  chef: "configures the running machine with Chef",
  puppet: "configures the running machine with Puppet",
  "salt-masterless": "configures the running machine with Salt",
  habitat: "installs Habitat services on the running machine",
};

export default defineRule({
  id: "no-provisioners",
  severity: "error",
  category: "mutation",
  roles: ["deployment", "module", "example", "test"],
  summary: "Resources are not configured after creation by provisioners or SSH/WinRM connections",
  securitySeverity: 4.0,
  precision: "very-high",
  docs: {
    rationale: [
      "A provisioner changes a machine after Terraform created it: it logs in over SSH or WinRM",
      "(`remote-exec`, `file`) or runs a script beside Terraform (`local-exec`). What ends up running then",
      "depends on the network, the package mirrors and the order things happened in on that day, none of",
      "which is in the plan. A failed provisioner leaves a tainted half-configured resource; a changed one",
      "does not run again on existing resources at all. HashiCorp calls provisioners a last resort.",
      "",
      "Immutable infrastructure does the configuration before deployment: bake it into the image (Packer,",
      "a Dockerfile) and pass what differs per environment as data (user data, metadata, environment",
      "variables, a parameter store). `connection` blocks exist only for provisioners, and they also mean",
      "the machine accepts remote logins.",
    ].join("\n"),
    remediation: [
      "- Move what `remote-exec` and `file` provisioners install or copy into the machine image, and deliver",
      "  per-instance settings through user data, instance metadata or a configuration service.",
      "- Replace `local-exec` with a provider resource that does the same thing declaratively, or run the",
      "  command in the pipeline before or after `terraform apply`.",
      "- Remove `connection` blocks once no provisioner needs them.",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad: the web server is installed after the instance exists",
      'resource "aws_instance" "web" {',
      "  ami           = var.base_ami",
      '  instance_type = "t3.small"',
      "",
      "  connection {",
      '    type        = "ssh"',
      '    user        = "ubuntu"',
      "    host        = self.public_ip",
      "    private_key = file(var.ssh_key_path)",
      "  }",
      "",
      '  provisioner "remote-exec" {',
      '    inline = ["sudo apt-get install -y nginx"]',
      "  }",
      "}",
      "```",
      "",
      "```hcl",
      "# Good: the image already contains nginx (built by Packer); Terraform only launches it",
      'resource "aws_instance" "web" {',
      "  ami           = var.web_ami # built from packer/web.pkr.hcl",
      '  instance_type = "t3.small"',
      "}",
      "```",
    ].join("\n"),
    notes: [
      "Every `provisioner` block of every managed resource (including `null_resource` and",
      "`terraform_data`) is reported at its block header: `remote-exec`, `file` and the legacy",
      "configuration-management provisioners (`chef`, `puppet`, `salt-masterless`, `habitat`) as errors,",
      "`local-exec` as a warning, since it does not touch the deployed machine. Provisioners with",
      "`when = destroy` are reported too. Every `connection` block, at resource level or inside a",
      "provisioner, is reported at its header with the rule's severity.",
      "",
      "A resource whose `count` is known to be 0, or whose `for_each` is a known empty collection, does not",
      "exist and is not reported.",
      "",
      "Nothing here depends on values, so unknown values play no part.",
    ].join("\n"),
  },
  check(ctx) {
    for (const resource of managedResources(ctx)) {
      const connections: { connection: Connection; where: string; path: string }[] = [];
      if (resource.connection) connections.push({ connection: resource.connection, where: resource.address, path: "connection" });
      resource.provisioners.forEach((p, i) => {
        const type = p.provisionerType;
        const severity: Severity = type === "local-exec" ? "warning" : "error";
        const what = WHAT[type] ?? "changes the resource after it was created";
        const advice =
          type === "local-exec"
            ? "use a provider resource or run the command in the pipeline instead"
            : "bake this into the image and pass per-instance settings as user data or metadata";
        ctx.report({
          node: blockHeader(p.block),
          resource,
          attributePath: `provisioner[${i}]`,
          severity,
          message: `${resource.address} has a "${type}" provisioner${p.when === "destroy" ? " (when = destroy)" : ""}, which ${what} outside the plan; ${advice}.`,
        });
        if (p.connection) connections.push({ connection: p.connection, where: `its "${type}" provisioner`, path: `provisioner[${i}].connection` });
      });
      for (const { connection, where, path } of connections) {
        ctx.report({
          node: blockHeader(connection.block),
          resource,
          attributePath: path,
          message: `${resource.address} has a connection block${where === resource.address ? "" : ` in ${where}`}, so Terraform logs in to the machine to change it after creation; remove it together with the provisioners that need it.`,
        });
      }
    }
  },
});
