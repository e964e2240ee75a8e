import type { Expression } from "../src/hcl/ast.js";
import type { Module, Output, Variable } from "../src/model/types.js";
import { blockHeader } from "../src/model/query.js";
import { fileOfNode } from "../src/model/index.js";
import { defineRule } from "./api/rule.js";
import type { RuleContext } from "./api/rule.js";
import { asBool } from "../src/eval/values.js";
import type { Reference } from "./lib/references.js";
import { asReference, childExpressions, localToFollow } from "./lib/references.js";
import type { SecretNameMatcher } from "./lib/secret-names.js";
import {
  SECRET_RESULT_ATTRIBUTES,
  SECRET_RESULT_ATTRIBUTES_BY_TYPE,
  isEncryptedName,
  isIdentifierName,
  secretNameMatcher,
  SECRET_NAME_OPTIONS_SCHEMA,
} from "./lib/secret-names.js";
import { memoOnSyntax } from "./lib/syntax-memo.js";

/** Roots of references that cannot lead to a secret by name. */
const SKIPPED_ROOTS = new Set(["count", "path", "terraform", "self"]);

/** `type = bool` / `number` (or a bool/number default): a switch or a size, not a secret. */
function isScalarSwitch(variable: Variable): boolean {
  const type = variable.type?.expr;
  if (type && type.type === "Variable" && (type.name === "bool" || type.name === "number")) return true;
  const def = variable.default?.expr;
  return !type && def !== undefined && def.type === "Literal" && (typeof def.value === "boolean" || typeof def.value === "number");
}

/** Whether a variable is declared with a literal `sensitive = true`. */
function declaredSensitive(variable: Variable | undefined): boolean {
  const expr = variable?.sensitive?.expr;
  return expr !== undefined && expr.type === "Literal" && expr.value === true;
}

/** The secret a reference reads, as `what` for the message, or undefined. */
function secretIn(ref: Reference, module: Module, matcher: SecretNameMatcher): string | undefined {
  if (SKIPPED_ROOTS.has(ref.root)) return undefined;
  const names: string[] = [];
  const stepNames = ref.steps.map((s) => (s.kind === "attr" ? s.name : s.kind === "index" ? s.key : undefined));
  let resourceType: string | undefined;
  if (ref.root === "var" || ref.root === "local" || ref.root === "each") {
    const [first] = stepNames;
    if (ref.root === "var" && first && declaredSensitive(module.variables.get(`var.${first}`) ?? module.variables.get(first))) {
      return `the sensitive variable var.${first}`;
    }
    names.push(...stepNames.filter((n): n is string => n !== undefined));
  } else if (ref.root === "module") {
    names.push(...stepNames.slice(1).filter((n): n is string => n !== undefined));
  } else if (ref.root === "data") {
    resourceType = stepNames[0];
    names.push(...stepNames.slice(2).filter((n): n is string => n !== undefined));
  } else {
    resourceType = ref.root;
    names.push(...stepNames.slice(1).filter((n): n is string => n !== undefined));
  }
  if (readsIdentifier(ref)) return undefined;
  const byType = resourceType ? (SECRET_RESULT_ATTRIBUTES_BY_TYPE[resourceType] ?? []) : [];
  for (const name of names) {
    if (isEncryptedName(name)) continue;
    if (matcher.match(name) || SECRET_RESULT_ATTRIBUTES.includes(name) || byType.includes(name)) return render(ref);
  }
  return undefined;
}

/**
 * Whether the last name a reference reads is an identifier (`id`, `arn`,
 * `*_id`, `*_arn`): `….master_user_secret[0].secret_arn` and
 * `aws_secretsmanager_secret.password.id` point at a secret, they are not one.
 */
function readsIdentifier(ref: Reference): boolean {
  for (let i = ref.steps.length - 1; i >= 0; i--) {
    const step = ref.steps[i];
    if (step.kind === "attr") return isIdentifierName(step.name);
    if (step.kind === "index" && step.key !== undefined && !/^\d+$/.test(step.key)) return isIdentifierName(step.key);
  }
  return false;
}

function render(ref: Reference): string {
  let out = ref.root;
  for (const step of ref.steps) {
    if (step.kind === "attr") out += `.${step.name}`;
    else if (step.kind === "splat") out += "[*]";
    else out += step.key !== undefined ? `[${JSON.stringify(step.key)}]` : "[...]";
  }
  return out;
}

/**
 * The first reference to a secret in an output's value, following locals.
 * `nonsensitive(...)` is a deliberate decision and is not looked into.
 */
function findSecretReference(
  expr: Expression,
  module: Module,
  matcher: SecretNameMatcher,
): { what: string; expr: Expression } | undefined {
  const seenLocals = new Set<string>();
  // A loop over an explicit stack, in the order of a recursive walk: an
  // expression can nest deeper than the call stack goes (`1 + 1 + ...`).
  const search = (root: Expression): { what: string; expr: Expression } | undefined => {
    const pending: Expression[] = [root];
    for (let e = pending.pop(); e !== undefined; e = pending.pop()) {
      if (e.type === "FunctionCall" && e.name === "nonsensitive") continue;
      const ref = asReference(e);
      // `….master_user_secret[0].secret_arn`: the whole reference reads an ARN, and the shorter
      // references inside it are only the way there.
      if (ref && readsIdentifier(ref)) continue;
      if (ref) {
        const what = secretIn(ref, module, matcher);
        if (what) return { what, expr: e };
        const local = localToFollow(ref, module, seenLocals);
        // A secret reached through a local is reported at the local's use in the output.
        if (local && search(local)) return { what: `${render(ref)} (which reads a secret)`, expr: e };
      }
      const children = childExpressions(e);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
    return undefined;
  };
  return search(expr);
}

/** A variable or output that carries a secret, found in the module's syntax. */
interface Carrier {
  readonly item: Variable | Output;
  /** `Variable "x" has a secret-like name`, `Output "y" exposes ...`. */
  readonly what: string;
  /** Where an output reads the secret. */
  readonly secretExpr: Expression | undefined;
}

function variableCarrier(variable: Variable, matcher: SecretNameMatcher): Carrier | undefined {
  if (!matcher.match(variable.name) || isEncryptedName(variable.name) || isScalarSwitch(variable)) return undefined;
  return { item: variable, what: `Variable "${variable.name}" has a secret-like name`, secretExpr: undefined };
}

function outputCarrier(module: Module, output: Output, matcher: SecretNameMatcher): Carrier | undefined {
  if (matcher.match(output.name) && !isEncryptedName(output.name)) {
    return { item: output, what: `Output "${output.name}" has a secret-like name`, secretExpr: undefined };
  }
  if (!output.value) return undefined;
  const found = findSecretReference(output.value.expr, module, matcher);
  return found ? { item: output, what: `Output "${output.name}" exposes ${found.what}`, secretExpr: found.expr } : undefined;
}

/**
 * The carriers of a module, variables first, per matcher: they depend on
 * syntax alone, so every instance of the module shares them; only whether
 * each one is marked sensitive is evaluated per instance.
 */
const carriersOf = memoOnSyntax((module: Module, matcher: SecretNameMatcher): readonly Carrier[] => {
  const found = [
    ...[...module.variables.values()].map((v) => variableCarrier(v, matcher)),
    ...[...module.outputs.values()].map((o) => outputCarrier(module, o, matcher)),
  ];
  return found.filter((c): c is Carrier => c !== undefined);
});

function reportUnlessSensitive(ctx: RuleContext, item: Variable | Output, what: string, secretExpr: Expression | undefined): void {
  const related = secretExpr
    ? [{ file: (fileOfNode(ctx.module, secretExpr) ?? item.file).filename, range: secretExpr.range, message: "The secret is read here." }]
    : undefined;
  const kind = item.address.startsWith("var.") ? "the variable" : "the output";
  if (!item.sensitive) {
    ctx.report({
      node: blockHeader(item.block),
      address: item.address,
      related,
      message: `${what} but is not marked sensitive: its value is shown in plan and apply output and in logs. Add sensitive = true to ${kind}.`,
    });
    return;
  }
  const value = ctx.evaluate(item.sensitive.expr);
  if (asBool(value) !== false) return;
  const expr = item.sensitive.expr;
  ctx.report({
    node: expr,
    address: item.address,
    attributePath: "sensitive",
    value,
    related,
    message: `${what} but sets sensitive = false: its value is shown in plan and apply output and in logs. Set sensitive = true.`,
    fix:
      expr.type === "Literal" && expr.value === false
        ? {
            description: "Set sensitive = true",
            file: (fileOfNode(ctx.module, expr) ?? item.file).filename,
            replacements: [{ range: expr.range, text: "true" }],
          }
        : undefined,
  });
}

export default defineRule({
  id: "sensitive-secret-variables",
  severity: "warning",
  category: "secrets",
  roles: ["deployment", "module", "example", "test"],
  summary: "Variables and outputs that carry secrets are marked sensitive",
  securitySeverity: 5.0,
  precision: "medium",
  optionsSchema: SECRET_NAME_OPTIONS_SCHEMA,
  docs: {
    rationale: [
      "Plans and applies run in CI and their output is kept in logs, pull request comments and build",
      "artefacts. A variable or output that carries a secret without `sensitive = true` is printed",
      "there in clear text on every change. Marking it sensitive redacts it in the CLI output and makes",
      "Terraform track the secret through every expression that uses it.",
    ].join("\n"),
    remediation: [
      "Add `sensitive = true` to the variable or output. For an output that exists only to hand a",
      "secret to a person, prefer writing the secret to a secret store from Terraform and outputting",
      "its ARN or name instead.",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad",
      'variable "db_password" {',
      "  type = string",
      "}",
      "",
      'output "admin_token" {',
      "  value = random_password.admin.result",
      "}",
      "```",
      "",
      "```hcl",
      "# Good",
      'variable "db_password" {',
      "  type      = string",
      "  sensitive = true",
      "}",
      "",
      'output "admin_token" {',
      "  value     = random_password.admin.result",
      "  sensitive = true",
      "}",
      "```",
    ].join("\n"),
    notes: [
      "Secret-like names are matched as in `no-hardcoded-secrets` (the name's last words:",
      "`password`, `passwd`, `secret`, `secret_key`, `access_key`, `private_key`, `token`, `api_key`,",
      "`client_secret`; not `password_length`, `secret_name`, `token_type`, `validation_token`, ...). A",
      "write-only name (`db_password_wo`) is judged by its stem, and a name with the word `encrypted` is",
      "ciphertext, not a secret.",
      "",
      "- Variables with a secret-like name, unless declared `type = bool` or `type = number` (or",
      "  without a type and with a bool or number default): those are switches and sizes",
      "  (`create_password`, `password_length`-like names that happen to end in a secret word).",
      "- Outputs with a secret-like name.",
      "- Outputs whose value reads a secret: an attribute or key with a secret-like name",
      "  (`aws_db_instance.main.password`, `aws_iam_access_key.ci.secret`, `module.db.master_password`,",
      "  `var.api_token`), a variable declared `sensitive = true`, or a known secret result attribute",
      "  (`random_password.*.result`, `tls_private_key.*.private_key_pem`, `*.private_key_openssh`,",
      "  `*.kube_config_raw`, `*.primary_connection_string`, `*.ses_smtp_password_v4`, ...), also",
      "  through locals. Names with the word `encrypted` (PGP-encrypted results) are not secrets.",
      "  `nonsensitive(...)` is a deliberate decision and is not looked into. A resource's own name",
      "  (`aws_secretsmanager_secret.db_password.arn`) does not count: only what is read from it. What is",
      "  read last decides: an id or ARN (`id`, `arn`, `*_id`, `*_arn`, as in",
      "  `aws_db_instance.x.master_user_secret[0].secret_arn`) points at a secret and is not one; a DNS",
      "  `validation_token` is published in a TXT record.",
      "",
      "Without `sensitive`: reported at the block header, with the secret's reference as a related",
      "location. `sensitive = false`: reported at the value, with a fix when it is a literal.",
      "",
      "Options: `extraNames` and `allowedNames`, as in `no-hardcoded-secrets`.",
    ].join("\n"),
  },
  check(ctx) {
    const matcher = secretNameMatcher({
      extraNames: ctx.options.extraNames,
      allowedNames: ctx.options.allowedNames,
    });
    for (const { item, what, secretExpr } of carriersOf(ctx.module, matcher)) reportUnlessSensitive(ctx, item, what, secretExpr);
  },
});
