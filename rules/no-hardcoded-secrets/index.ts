import type { Attribute, Body, Expression, ObjectExpr } from "../../src/hcl/ast.js";
import type { Module, Resource } from "../../src/model/types.js";
import { getAttribute, getBlocks, literalString } from "../../src/model/query.js";
import { defineRule } from "../api/rule.js";
import type { ReportDescriptor, RuleContext } from "../api/rule.js";
import { readString } from "../lib/attributes.js";
import { childExpressions } from "../lib/references.js";
import type { SecretNameMatcher } from "../lib/secret-names.js";
import { isEnumLikeValue, secretNameMatcher, SECRET_NAME_OPTIONS_SCHEMA } from "../lib/secret-names.js";
import { attributePathStep } from "../lib/reporting.js";
import { memoOnSyntax } from "../lib/syntax-memo.js";

/** Arguments that hold a secret on one resource type although their name does not say so. */
const SECRET_ARGUMENTS_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  aws_secretsmanager_secret_version: ["secret_string", "secret_binary", "secret_string_wo"],
  google_secret_manager_secret_version: ["secret_data", "secret_data_wo"],
  azurerm_key_vault_secret: ["value", "value_wo"],
  github_actions_secret: ["plaintext_value"],
  github_actions_organization_secret: ["plaintext_value"],
  github_dependabot_secret: ["plaintext_value"],
  github_codespaces_secret: ["plaintext_value"],
};

/** Types whose `data`/`binary_data` maps are secrets, whatever their keys. */
const SECRET_MAP_TYPES = new Set(["kubernetes_secret", "kubernetes_secret_v1"]);

/** Functions that pass a literal through unchanged in meaning: `sensitive("x")` is still hard-coded. */
const PASS_THROUGH_FUNCTIONS = new Set(["sensitive", "nonsensitive", "tostring", "trimspace", "coalesce", "try", "base64encode"]);

/**
 * Literals that point at a secret store instead of holding a secret: ARNs,
 * CloudFormation dynamic references, Key Vault references and URIs, Secret
 * Manager resource names, Vault paths.
 */
const SECRET_STORE_REFERENCE = [
  /^arn:/,
  /^\{\{resolve:/,
  /^@Microsoft\.KeyVault\(/i,
  /^https:\/\/[^/]+\.vault\.azure\.net\/secrets\//i,
  /^projects\/[^/]+\/secrets\//,
  /^vault:/,
];

/** Blocks whose arguments are named after tokens but are settings: Cognito's `token_validity_units { access_token = "minutes" }`. */
const SETTINGS_BLOCKS = new Set(["token_validity_units"]);

/**
 * Whether an argument named like a secret is a setting or a reference in its
 * block: `secret` inside a block whose type contains `secret` or ends in
 * `_ref` names a secret (Cloud Run, Cloud Functions), and settings blocks
 * hold units, not tokens.
 */
function notASecretHere(argument: string, parentBlock: string | undefined): boolean {
  if (parentBlock === undefined) return false;
  if (SETTINGS_BLOCKS.has(parentBlock)) return true;
  return argument === "secret" && (parentBlock.includes("secret") || parentBlock.endsWith("_ref"));
}

/** CodeBuild-style `{ name, value, type = "PARAMETER_STORE" }`: the value names a parameter. */
const REFERENCE_VALUE_TYPES = new Set(["PARAMETER_STORE", "SECRETS_MANAGER"]);

/** The literal strings an expression can produce as they are: itself, the branches of a conditional, ... */
function literalPositions(expr: Expression): Expression[] {
  switch (expr.type) {
    case "Template":
      return literalString(expr) !== undefined ? [expr] : [];
    case "Parentheses":
      return literalPositions(expr.expr);
    case "Conditional":
      return [...literalPositions(expr.trueExpr), ...literalPositions(expr.falseExpr)];
    case "FunctionCall":
      return PASS_THROUGH_FUNCTIONS.has(expr.name) ? expr.args.flatMap(literalPositions) : [];
    default:
      return [];
  }
}

/** `sensitive("x")` and `("x")` are the literal `"x"`. */
function unwrapSensitive(expr: Expression): Expression {
  if (expr.type === "Parentheses") return unwrapSensitive(expr.expr);
  if (expr.type === "FunctionCall" && expr.name === "sensitive" && expr.args.length === 1) return unwrapSensitive(expr.args[0]);
  return expr;
}

/** Values that say they are stand-ins: `mock_access_key`, `dummy`, `fake-token`, `placeholder`. */
const PLACEHOLDER = /^(?:mock|dummy|fake|placeholder)(?:[_-][a-z_-]*)?$/i;

/**
 * A literal that holds a secret: non-empty, not a placeholder, not a
 * reference to a secret store, and (unless the argument is a secret by its
 * resource type) not a constant-looking setting.
 */
function holdsSecret(expr: Expression, secretByType = false): boolean {
  const text = literalString(expr)?.trim();
  if (text === undefined || text === "" || PLACEHOLDER.test(text)) return false;
  // A constant-looking value of an argument that is only named like a secret is a setting.
  if (!secretByType && isEnumLikeValue(text)) return false;
  return !SECRET_STORE_REFERENCE.some((re) => re.test(text));
}

function objectKey(expr: Expression): string | undefined {
  if (expr.type === "Variable") return expr.name;
  if (expr.type === "Parentheses") return objectKey(expr.expr);
  return literalString(expr);
}

/** Where findings go: the item's address and resource (the engine finds the file of each reported node). */
interface Site {
  readonly address: string;
  readonly resource?: Resource;
  /** What to call the item in messages: `aws_db_instance.main`, `provider "aws"`, `module.db`. */
  readonly label: string;
}

/** Finds hard-coded secrets in syntax and collects the reports. */
class SecretScanner {
  readonly found: ReportDescriptor[] = [];

  constructor(private readonly matcher: SecretNameMatcher) {}

  /** The literals reported so far: a literal is one problem, however many ways lead to it. */
  private readonly reported = new Set<Expression>();

  private report(site: Site, node: Expression, path: string, where: string): void {
    if (this.reported.has(node)) return;
    this.reported.add(node);
    this.found.push({
      node,
      resource: site.resource,
      address: site.resource ? undefined : site.address,
      attributePath: path,
      message: `${site.label} has a hard-coded secret in ${where}: it ends up in version control, in every plan and in the state. Read it from a secret store (a data source, a sensitive variable without a default set from the environment) instead.`,
    });
  }

  /**
   * A `name = expr` whose name is secret (or `forced`: secret by its resource
   * type): every literal it can produce. `where` names it in the message.
   */
  argument(
    site: Site,
    name: string,
    expr: Expression,
    path: string,
    parentBlock: string | undefined,
    forced = false,
    where: string = path,
  ): void {
    if (!forced && (!this.matcher.match(name) || notASecretHere(name, parentBlock))) return;
    // An argument that is secret by its resource type counts only when it is itself a literal:
    // a fallback in `try(var.x, "admin")` there is often a user name stored as a secret.
    const literals = forced ? literalPositions(expr).filter((l) => l === unwrapSensitive(expr)) : literalPositions(expr);
    for (const literal of literals) {
      if (holdsSecret(literal, forced)) this.report(site, literal, path, where);
    }
  }

  /**
   * Object values inside an expression: secret-named keys, and `{ name =
   * "X_PASSWORD", value = "..." }` pairs. A loop over an explicit stack, in
   * the same order as a recursive walk: a chain like `1 + 1 + ...` nests as
   * deep as it is long, deeper than the call stack goes.
   */
  expression(site: Site, root: Expression, path: string): void {
    const pending: Expression[] = [root];
    for (let expr = pending.pop(); expr !== undefined; expr = pending.pop()) {
      // Most nodes are leaves and references: no child list to build for them.
      if (expr.type === "Literal" || expr.type === "Variable") continue;
      if (expr.type === "GetAttr") {
        pending.push(expr.object);
        continue;
      }
      if (expr.type === "Object") {
        this.object(site, expr, path);
        // Keys are names, looked at by `object`; only the values can hold more objects.
        for (let i = expr.items.length - 1; i >= 0; i--) pending.push(expr.items[i].value);
        continue;
      }
      const children = childExpressions(expr);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
  }

  private object(site: Site, expr: ObjectExpr, path: string): void {
    const byKey = new Map<string, Expression>();
    for (const item of expr.items) {
      const key = objectKey(item.key);
      if (key === undefined) continue;
      byKey.set(key, item.value);
      this.argument(site, key, item.value, attributePathStep(path, key), undefined);
    }
    this.namedPair(site, byKey.get("name"), byKey.get("value"), byKey.get("type"), path);
  }

  private namedPair(site: Site, name: Expression | undefined, value: Expression | undefined, type: Expression | undefined, path: string): void {
    if (!name || !value) return;
    const variable = literalString(name);
    if (variable === undefined || !this.matcher.match(variable)) return;
    const kind = type ? literalString(type) : undefined;
    if (kind !== undefined && REFERENCE_VALUE_TYPES.has(kind.toUpperCase())) return;
    for (const literal of literalPositions(value)) {
      if (holdsSecret(literal)) this.report(site, literal, `${path}.value`, `the value of ${variable}`);
    }
  }

  /** Every argument of a body and of its nested blocks (`dynamic` blocks through their content). */
  body(site: Site, body: Body, path: string, blockType: string | undefined, forcedArguments: readonly string[] = []): void {
    let name: Attribute | undefined;
    let value: Attribute | undefined;
    let type: Attribute | undefined;
    const ciphertext = blockType === "secret" && getAttribute(body, "kms_key_name") !== undefined;
    for (const item of body.items) {
      if (item.type === "Attribute") {
        // Cloud Build's `secret { kms_key_name, secret_env }`: the values are ciphertext of that key, meant to be committed.
        if (ciphertext && item.name === "secret_env") continue;
        // The last of each, as `getAttribute` reads them.
        if (item.name === "name") name = item;
        else if (item.name === "value") value = item;
        else if (item.name === "type") type = item;
        const itemPath = path ? `${path}.${item.name}` : item.name;
        this.argument(site, item.name, item.expr, itemPath, blockType, forcedArguments.includes(item.name));
        this.expression(site, item.expr, itemPath);
      } else if (item.blockType !== "lifecycle") {
        const nestedType = item.blockType === "dynamic" ? item.labels[0]?.value : item.blockType;
        if (!nestedType) continue;
        const nestedPath = path ? `${path}.${nestedType}` : nestedType;
        if (item.blockType !== "dynamic") {
          this.body(site, item.body, nestedPath, nestedType);
          continue;
        }
        for (const nested of getBlocks({ type: "Body", items: [item], range: item.range }, nestedType)) {
          this.body(site, nested.body, nestedPath, nestedType);
        }
      }
    }
    this.namedPair(site, name?.expr, value?.expr, type?.expr, path);
  }

  /** `kubernetes_secret` `data`: every literal value is a secret. */
  secretMap(site: Site, expr: Expression, path: string): void {
    if (expr.type !== "Object") return;
    for (const item of expr.items) {
      const key = objectKey(item.key) ?? "data";
      for (const literal of literalPositions(item.value)) {
        if (holdsSecret(literal, true)) {
          const keyPath = attributePathStep(path, key);
          this.report(site, literal, keyPath, keyPath);
        }
      }
    }
  }
}

/** What one resource or other item of a module holds, in report order. */
interface ItemFindings {
  readonly findings: readonly ReportDescriptor[];
  /** An `aws_ssm_parameter`: its `value` is a secret too when its `type` evaluates to `SecureString`. */
  readonly ssmParameter?: { readonly resource: Resource; readonly findingsIfSecure: readonly ReportDescriptor[] };
}

/**
 * The findings in a module's syntax, which are the same for every instance
 * of the module: only `aws_ssm_parameter`'s `type` is evaluated, per
 * instance, to choose between its two precomputed lists.
 */
const syntaxFindings: (module: Module, matcher: SecretNameMatcher) => readonly ItemFindings[] = memoOnSyntax(scanModule);

function isSecureString(ctx: RuleContext, resource: Resource): boolean {
  const type = readString(ctx, resource.body, "type", resource);
  return type.state === "known" && type.value === "SecureString";
}

function scanModule(module: Module, matcher: SecretNameMatcher): ItemFindings[] {
  const out: ItemFindings[] = [];
  /** Runs `scan` with a fresh scanner and returns what it found. */
  const collect = (scan: (scanner: SecretScanner) => void): ReportDescriptor[] => {
    const scanner = new SecretScanner(matcher);
    scan(scanner);
    return scanner.found;
  };

  for (const resource of module.resources) {
    const site: Site = { address: resource.address, resource, label: resource.address };
    const scanResource = (forced: readonly string[]) =>
      collect((scan) => {
        scan.body(site, resource.body, "", undefined, forced);
        if (SECRET_MAP_TYPES.has(resource.resourceType)) {
          for (const map of ["data", "binary_data"]) {
            const attr = getAttribute(resource.body, map);
            if (attr) scan.secretMap(site, attr.expr, map);
          }
        }
      });
    const forced = SECRET_ARGUMENTS_BY_TYPE[resource.resourceType] ?? [];
    const findings = scanResource(forced);
    if (resource.resourceType === "aws_ssm_parameter") {
      out.push({ findings, ssmParameter: { resource, findingsIfSecure: scanResource([...forced, "value", "value_wo"]) } });
    } else {
      out.push({ findings });
    }
  }
  const rest = collect((scan) => {
    for (const provider of module.providers) {
      const site: Site = { address: `provider.${provider.address}`, label: `provider "${provider.address}"` };
      scan.body(site, provider.body ?? provider.block.body, "", undefined);
    }
    for (const call of module.moduleCalls.values()) {
      const site: Site = { address: call.address, label: call.address };
      for (const [name, attr] of call.arguments) {
        scan.argument(site, name, attr.expr, name, undefined);
        scan.expression(site, attr.expr, name);
      }
    }
    for (const block of [module.terraform.backend, module.terraform.cloud]) {
      if (!block) continue;
      const kind = block.blockType === "backend" ? `backend "${block.labels[0]?.value ?? ""}"` : "cloud";
      scan.body({ address: "terraform", label: `The ${kind} block` }, block.body, block.blockType, block.blockType);
    }
    for (const variable of module.variables.values()) {
      if (!variable.default) continue;
      const site: Site = { address: variable.address, label: variable.address };
      scan.argument(site, variable.name, variable.default.expr, "default", undefined, false, "its default");
      scan.expression(site, variable.default.expr, "default");
    }
    // A local's own name often names a secret (`db_secret_key = "prod-db-credentials"`), so only
    // the objects inside locals are looked at.
    for (const local of module.locals.values()) {
      const site: Site = { address: local.address, label: local.address };
      scan.expression(site, local.attribute.expr, local.name);
    }
  });
  out.push({ findings: rest });
  return out;
}

export default defineRule({
  id: "no-hardcoded-secrets",
  severity: "error",
  category: "secrets",
  roles: ["deployment", "module", "example", "test"],
  summary: "Secrets are not written as literals in Terraform code",
  securitySeverity: 7.5,
  precision: "high",
  optionsSchema: SECRET_NAME_OPTIONS_SCHEMA,
  check(ctx) {
    const matcher = secretNameMatcher({
      extraNames: ctx.options.extraNames,
      allowedNames: ctx.options.allowedNames,
    });
    for (const item of syntaxFindings(ctx.module, matcher)) {
      const ssm = item.ssmParameter;
      const secure = ssm !== undefined && isSecureString(ctx, ssm.resource);
      for (const descriptor of secure ? ssm.findingsIfSecure : item.findings) ctx.report(descriptor);
    }
  },
});
