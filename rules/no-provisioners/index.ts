import type { Body, Expression, Range } from "../../src/hcl/ast.js";
import { blockHeader, getAttribute } from "../../src/model/query.js";
import type { Connection, Resource } from "../../src/model/types.js";
import { asString } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import type { RuleContext, Severity } from "../api/rule.js";
import { possibleResources } from "../lib/instances.js";
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

const concerns = (r: Resource): boolean => r.connection !== undefined || r.provisioners.length > 0;

export default defineRule({
  id: "no-provisioners",
  severity: "error",
  category: "mutation",
  roles: ["deployment", "module", "example", "test"],
  summary: "Resources are not configured after creation by provisioners or SSH/WinRM connections",
  securitySeverity: 4.0,
  precision: "very-high",
  concerns,
  check(ctx) {
    for (const resource of possibleResources(ctx, concerns)) {
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
