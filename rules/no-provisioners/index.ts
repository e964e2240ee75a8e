import type { Body, Expression, Range } from "../../src/hcl/ast.js";
import { blockHeader, getAttribute } from "../../src/model/query.js";
import type { Connection, Resource } from "../../src/model/types.js";
import { asString } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import type { RuleContext, Severity } from "../api/rule.js";
import { managedResources } from "../lib/instances.js";
import { remoteEffect } from "../lib/local-commands.js";

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

/**
 * What a `local-exec` provisioner's `command` provably does beyond the
 * machine that runs Terraform, as a message phrase; undefined when it only
 * builds, packages, waits or writes local files, is not recognised, or
 * cannot be known. Unknown parts of a partly known command are left blank.
 */
function localExecEffect(ctx: RuleContext, resource: Resource, body: Body): string | undefined {
  const command = getAttribute(body, "command");
  if (!command) return undefined;
  const value = ctx.evaluate(command.expr, resource);
  const text =
    asString(value) ??
    (value.kind === "unknown" && value.pieces ? value.pieces.map((piece) => (piece.known ? piece.text : "…")).join("") : undefined) ??
    writtenText(command.expr);
  if (text === undefined) return undefined;
  const effect = remoteEffect(text);
  if (effect) return `runs a command that ${effect}`;
  // A script in the repository is judged by what it runs; one that cannot be read is not guessed.
  const script = scriptPath(text, interpreterWords(ctx, resource, body));
  if (script === undefined) return undefined;
  const content = asString(ctx.evaluate(fileCall(script, command.expr.range), resource));
  const scriptEffect = content === undefined ? undefined : remoteEffect(content);
  return scriptEffect ? `runs the script ${script}, which ${scriptEffect}` : undefined;
}

/** The known words of a provisioner's `interpreter` list, or an empty list. */
function interpreterWords(ctx: RuleContext, resource: Resource, body: Body): string[] {
  const interpreter = getAttribute(body, "interpreter");
  if (!interpreter) return [];
  const value = ctx.evaluate(interpreter.expr, resource);
  return value.kind === "tuple" ? value.items.map((item) => asString(item) ?? "") : [];
}

/**
 * The shell script a command runs, when it runs one: `./scripts/x.sh arg`,
 * `bash scripts/x.sh`, or a bare path given to a shell `interpreter`
 * (`interpreter = ["/bin/bash"]`, `command = "${path.module}/set.sh"`).
 */
function scriptPath(command: string, interpreter: readonly string[]): string | undefined {
  const words = command.trim().split(/\s+/);
  const shell = (w: string | undefined) => w !== undefined && /^(?:.*\/)?(?:ba|z|da)?sh$/.test(w);
  const first = shell(words[0]) ? words.find((w, i) => i > 0 && !w.startsWith("-")) : words[0];
  // Only paths that stay below the module can be read without a notice about leaving the scan.
  if (first === undefined || first.includes("…") || first.startsWith("/") || first.split("/").includes("..")) return undefined;
  if (/\.(?:sh|bash)$/.test(first)) return first;
  return shell(interpreter[0]) && words.length === 1 && first.includes("/") ? first : undefined;
}

/** `file("<path>")`, to read a script through the evaluator (inside the scanned root only). */
function fileCall(path: string, range: Range): Expression {
  const literal: Expression = { type: "Template", kind: "quoted", heredoc: undefined, parts: [{ type: "TemplateLiteral", value: path, range }], range };
  return { type: "FunctionCall", name: "file", nameRange: range, args: [literal], expandFinal: false, range };
}

/**
 * The text of a quoted string or heredoc as written, each interpolation or
 * directive left blank: what a template says even when the value of its
 * holes differs per instance (`${each.key}`).
 */
function writtenText(expr: Expression): string | undefined {
  if (expr.type !== "Template") return undefined;
  return expr.parts.map((part) => (part.type === "TemplateLiteral" ? part.value : "…")).join("");
}

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
      "configuration-management provisioners (`chef`, `puppet`, `salt-masterless`, `habitat`) as errors.",
      "Provisioners with `when = destroy` are reported too. Every `connection` block, at resource level",
      "or inside a provisioner, is reported at its header with the rule's severity.",
      "",
      "`local-exec` runs on the machine that runs Terraform, so it is judged by its `command`. It is a",
      "warning when the command provably reaches a deployed machine or changes live infrastructure:",
      "",
      "- remote logins and copies: `ssh`, `scp`, `sftp`, `gcloud compute ssh`/`scp`, `az ssh`;",
      "- configuration runs: `ansible`, `ansible-playbook`;",
      "- Kubernetes: `kubectl` (and `oc`) with any subcommand but the reading ones (`get`, `describe`,",
      "  `logs`, `wait`, `config`, `diff`, ...); `helm install`/`upgrade`/`uninstall`/`rollback`;",
      "- cloud CLIs whose operation changes resources: `aws <service> <operation>` with an operation",
      "  such as `create-*`, `update-*`, `delete-*`, `put-*`, `modify-*`, `start-*`, `send-*`, ...;",
      "  `aws s3 rm`/`mv`/`mb`/`rb`, and `aws s3 cp`/`sync` to an `s3://` destination; `gcloud ...` and",
      "  `az ...` with such a verb (`create`, `update`, `delete`, `deploy`, `add-*`, `set`, ...).",
      "  Operations that only write local files are not: `aws eks update-kubeconfig`, `aws configure`,",
      "  `gcloud config`/`auth`, `gcloud container clusters get-credentials`, `az login`,",
      "  `az aks get-credentials`;",
      "- database clients: `psql`, `mysql`, `mariadb`, `mongo`, `mongosh`, `sqlcmd`, `redis-cli`, `cqlsh`;",
      "- `terraform`/`tofu` `apply`, `destroy`, `import`, `state`, `taint`; `curl` with a `POST`, `PUT`,",
      "  `PATCH` or `DELETE` request, and `az rest` with such a `--method`.",
      "",
      "Each simple command of the text counts (lines, `;`, `&&`, `||`, pipes, `$(...)`), after `sudo`,",
      "`env`, `xargs`, `VAR=value` and similar prefixes, also behind a wrapper such as a retry function",
      "(`execute_with_backoff az network ... create`), but not as the text of `echo` or `printf`. A",
      "`local-exec` that only builds or packages on that",
      "machine (`packer build`, `zip`, `docker build`, `sleep`, `echo`, writing a local file,",
      "`terraform fmt`) is not reported by default, and neither is one whose command is not recognised",
      "or cannot be known (`command = var.command`): the rule reports only what provably changes",
      "something, so that the findings are ones people act on. A shell script the command runs",
      "(`./scripts/set_tags.sh`, `bash scripts/x.sh`, or a path given to a shell `interpreter`, such as",
      "`format(\"%s/scripts/x.sh\", path.module)`) is read from the repository, as `file()` would read it,",
      "and judged by the commands in it; a script that cannot be read (missing, generated, outside the",
      "module's folder) is not guessed at. `docker build` and `docker push` publish an artefact and",
      "count as packaging. `--strict` (`\"strict\": true`) reports every `local-exec`, as a",
      "warning. Unknown parts of a partly known command are left out; a template's text is read as",
      "written when its holes differ per instance (`${each.key}`).",
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
        let what = WHAT[type] ?? "changes the resource after it was created";
        if (type === "local-exec") {
          // Only a command that provably reaches out is reported by default (see the docs).
          const effect = localExecEffect(ctx, resource, p.block.body);
          if (effect) what = effect;
          else if (!ctx.strict) return;
        }
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
