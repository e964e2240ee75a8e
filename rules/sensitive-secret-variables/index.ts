import type { Expression } from "../../src/hcl/ast.js";
import type { Module, Output, Variable } from "../../src/model/types.js";
import { blockHeader } from "../../src/model/query.js";
import { fileOfNode } from "../../src/model/index.js";
import { defineRule } from "../api/rule.js";
import { argumentLine, insertIntoBlockFix } from "../lib/fix-edits.js";
import type { RelatedLocation, RuleContext } from "../api/rule.js";
import { asBool } from "../../src/eval/values.js";
import type { Reference } from "../lib/references.js";
import { asReference, childExpressions, localToFollow } from "../lib/references.js";
import type { SecretNameMatcher } from "../lib/secret-names.js";
import {
  SECRET_RESULT_ATTRIBUTES,
  SECRET_RESULT_ATTRIBUTES_BY_TYPE,
  isEncryptedName,
  isIdentifierName,
  secretNameMatcher,
  SECRET_NAME_OPTIONS_SCHEMA,
} from "../lib/secret-names.js";
import { memoOnSyntax } from "../lib/syntax-memo.js";

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

/**
 * Data sources whose attributes hold whatever their input or another
 * configuration put there, with no provider schema to mark a secret in them.
 */
const UNMARKED_DATA_SOURCES = new Set(["external", "terraform_remote_state"]);

/**
 * Where an output's value reads a secret from, which decides whether
 * Terraform already treats the value as sensitive. Since Terraform 0.15 a
 * value read from a sensitive variable or from an attribute the provider's
 * schema marks sensitive carries that mark through every expression (only
 * `nonsensitive()` removes it): a child module's output keeps it, and a root
 * module's output of a marked value is refused without `sensitive = true`.
 * - `marked`: such a value; the output needs nothing.
 * - `variable`: a secret-named variable of the same module that is not
 *   marked sensitive, which the rule reports itself.
 * - `module`: another module's output: marked only if that module marks it.
 * - `unmarked`: anything else that is a secret by its name (a local, a key
 *   of a variable, `each.value.password`, a data source without a schema).
 */
type SecretSource =
  | { readonly kind: "marked" | "unmarked"; readonly what: string; readonly expr: Expression }
  | { readonly kind: "variable"; readonly what: string; readonly expr: Expression; readonly variable: Variable }
  | { readonly kind: "module"; readonly what: string; readonly expr: Expression; readonly moduleName: string };

/** What a reference reads, as a secret source, or undefined when it is not a secret. */
function sourceOf(ref: Reference, module: Module, matcher: SecretNameMatcher): SecretSource | undefined {
  if (SKIPPED_ROOTS.has(ref.root) || readsIdentifier(ref)) return undefined;
  const stepNames = ref.steps.map((s) => (s.kind === "attr" ? s.name : s.kind === "index" ? s.key : undefined));
  const secretIn = (names: readonly (string | undefined)[], resourceType?: string): boolean => {
    const byType = resourceType ? (SECRET_RESULT_ATTRIBUTES_BY_TYPE[resourceType] ?? []) : [];
    return names.some(
      (n) => n !== undefined && !isEncryptedName(n) && (matcher.match(n) !== undefined || SECRET_RESULT_ATTRIBUTES.includes(n) || byType.includes(n)),
    );
  };
  const expr = ref.expr;
  // Most references read no secret: what they read is written out only for one that does.
  const what = (): string => render(ref);
  switch (ref.root) {
    case "var": {
      const [first] = stepNames;
      const variable = first === undefined ? undefined : (module.variables.get(`var.${first}`) ?? module.variables.get(first));
      if (variable && declaredSensitive(variable)) return { kind: "marked", what: `the sensitive variable var.${first}`, expr };
      if (variable && variableCarrier(variable, matcher)) return { kind: "variable", what: what(), expr, variable };
      // A `bool`/`number` switch with a secret word in its name is not a secret; a key inside a variable may be.
      return secretIn(variable ? stepNames.slice(1) : stepNames) ? { kind: "unmarked", what: what(), expr } : undefined;
    }
    case "local":
    case "each":
      return secretIn(stepNames) ? { kind: "unmarked", what: what(), expr } : undefined;
    case "module":
      return secretIn(stepNames.slice(1)) ? { kind: "module", what: what(), expr, moduleName: stepNames[0] ?? "" } : undefined;
    case "data": {
      const type = stepNames[0];
      if (!secretIn(stepNames.slice(2), type)) return undefined;
      return { kind: type !== undefined && UNMARKED_DATA_SOURCES.has(type) ? "unmarked" : "marked", what: what(), expr };
    }
    default:
      // A managed resource: a secret attribute is one its provider's schema marks sensitive.
      return secretIn(stepNames.slice(1), ref.root) ? { kind: "marked", what: what(), expr } : undefined;
  }
}

/** Names that point at an object rather than hold its contents, besides ids and ARNs. */
const LOCATOR_NAMES = new Set(["name", "self_link"]);

/**
 * Whether the last name a reference reads is an identifier (`id`, `arn`,
 * `name`, `self_link`, `*_id`, `*_arn`): `….master_user_secret[0].secret_arn`
 * and `aws_secretsmanager_secret.password.id` point at a secret, they are not one.
 */
function readsIdentifier(ref: Reference): boolean {
  for (let i = ref.steps.length - 1; i >= 0; i--) {
    const step = ref.steps[i];
    const name = step.kind === "attr" ? step.name : step.kind === "index" && step.key !== undefined && !/^\d+$/.test(step.key) ? step.key : undefined;
    if (name !== undefined) return isIdentifierName(name) || LOCATOR_NAMES.has(name);
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
 * Every secret an output's value reads, following locals: a secret reached
 * through a local is given at the local's use in the output.
 * `nonsensitive(...)` is a deliberate decision and is not looked into.
 */
function secretSources(expr: Expression, module: Module, matcher: SecretNameMatcher): SecretSource[] {
  const seenLocals = new Set<string>();
  // A loop over an explicit stack, in the order of a recursive walk: an
  // expression can nest deeper than the call stack goes (`1 + 1 + ...`).
  const search = (root: Expression): SecretSource[] => {
    const found: SecretSource[] = [];
    const pending: Expression[] = [root];
    for (let e = pending.pop(); e !== undefined; e = pending.pop()) {
      if (e.type === "FunctionCall" && e.name === "nonsensitive") continue;
      const ref = asReference(e);
      // `….master_user_secret[0].secret_arn`: the whole reference reads an ARN, and the shorter
      // references inside it are only the way there.
      if (ref && readsIdentifier(ref)) continue;
      if (ref) {
        const local = localToFollow(ref, module, seenLocals);
        const inner = local ? search(local) : [];
        if (inner.length > 0) {
          for (const source of inner) found.push({ ...source, what: `${render(ref)} (which reads ${source.what})`, expr: e });
          continue;
        }
        const source = sourceOf(ref, module, matcher);
        if (source) {
          found.push(source);
          continue;
        }
      }
      const children = childExpressions(e);
      for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
    }
    return found;
  };
  return search(expr);
}

function variableCarrier(variable: Variable, matcher: SecretNameMatcher): boolean {
  return matcher.match(variable.name) !== undefined && !isEncryptedName(variable.name) && !isScalarSwitch(variable);
}

/** An output that may carry a secret, from the module's syntax. */
interface OutputFacts {
  readonly output: Output;
  /** The output's own name is secret-like. */
  readonly secretName: boolean;
  /** Its value is one reference to an identifier (`module.secret.secrets[var.name].id`): whatever the name, not a secret. */
  readonly identifierValue: boolean;
  readonly sources: readonly SecretSource[];
}

/** The variables and outputs of a module that may carry secrets. */
interface Carriers {
  readonly variables: readonly Variable[];
  readonly outputs: readonly OutputFacts[];
}

/**
 * The carriers of a module, per matcher: they depend on syntax alone, so
 * every instance of the module shares them; only whether each one is marked
 * sensitive is evaluated per instance.
 */
const carriersOf = memoOnSyntax((module: Module, matcher: SecretNameMatcher): Carriers => {
  const outputs: OutputFacts[] = [];
  for (const output of module.outputs.values()) {
    const secretName = matcher.match(output.name) !== undefined && !isEncryptedName(output.name);
    const valueRef = output.value ? asReference(output.value.expr) : undefined;
    const sources = output.value ? secretSources(output.value.expr, module, matcher) : [];
    if (secretName || sources.length > 0) {
      outputs.push({ output, secretName, identifierValue: valueRef !== undefined && readsIdentifier(valueRef), sources });
    }
  }
  return { variables: [...module.variables.values()].filter((v) => variableCarrier(v, matcher)), outputs };
});

/** Whether a variable or output is left unmarked: no `sensitive`, or one that evaluates to false. */
function notSensitive(ctx: RuleContext, item: Variable | Output): boolean {
  return !item.sensitive || asBool(ctx.evaluate(item.sensitive.expr)) === false;
}

/** What an unmarked output is reported with, or undefined when it carries no secret that Terraform shows. */
interface OutputVerdict {
  /** `Output "x" exposes var.y`, `Output "x" has a secret-like name`. */
  readonly what: string;
  readonly source: SecretSource | undefined;
}

/**
 * The secret an unmarked output shows, if any: the first source nothing
 * marks; else, for an output named like a secret whose value reads nothing
 * marked (a literal, `random_id.x.b64_url`), its name.
 */
function verdictOf(facts: OutputFacts, reported: ReadonlySet<Variable>): OutputVerdict | "merged" | undefined {
  const { output, sources } = facts;
  const shown = sources.filter((s) => s.kind !== "marked");
  if (shown.length > 0) {
    // One problem, one finding: a variable reported on its own covers the outputs that only pass it on.
    if (shown.every((s) => s.kind === "variable" && reported.has(s.variable))) return "merged";
    const first = shown.find((s) => !(s.kind === "variable" && reported.has(s.variable))) ?? shown[0];
    return { what: `Output "${output.name}" exposes ${first.what}`, source: first };
  }
  if (facts.secretName && !facts.identifierValue && sources.length === 0) {
    return { what: `Output "${output.name}" has a secret-like name`, source: undefined };
  }
  return undefined;
}

/** Why the value is shown, for the message: what a module output depends on, or that nothing marks it. */
function shownBecause(source: SecretSource | undefined): string {
  if (source?.kind === "module") {
    return `unless module "${source.moduleName}" marks that output sensitive, Terraform shows the value in clear text wherever it is used (plan and apply output, logs)`;
  }
  return "nothing marks the value it reads, so Terraform shows it in clear text wherever it is used (plan and apply output, logs)";
}

function relatedRead(ctx: RuleContext, item: Variable | Output, source: SecretSource | undefined): RelatedLocation[] {
  if (!source) return [];
  return [{ file: (fileOfNode(ctx.module, source.expr) ?? item.file).filename, range: source.expr.range, message: "The secret is read here." }];
}

function reportVariable(ctx: RuleContext, variable: Variable, passedOn: readonly Output[]): void {
  const related: RelatedLocation[] = passedOn.map((output) => ({
    file: (fileOfNode(ctx.module, output.block) ?? output.file).filename,
    range: blockHeader(output.block).range,
    message:
      ctx.role === "deployment"
        ? `Output "${output.name}" passes the value on: once the variable is sensitive, Terraform requires sensitive = true on this output too.`
        : `Output "${output.name}" passes the value on: once the variable is sensitive, the output keeps the mark.`,
  }));
  const what = `Variable "${variable.name}" has a secret-like name`;
  const because = "its value is shown in plan and apply output and in logs";
  // In a deployment an output passing on a sensitive variable must say sensitive = true too: marking the variable alone would not plan.
  const fixable = ctx.role !== "deployment" || passedOn.length === 0;
  reportUnmarked(ctx, variable, `${what} but is not marked sensitive: ${because}. Add sensitive = true to the variable.`, `${what} but sets sensitive = false: ${because}. Set sensitive = true.`, related, fixable);
}

function reportOutput(ctx: RuleContext, output: Output, verdict: OutputVerdict): void {
  const because = shownBecause(verdict.source);
  reportUnmarked(
    ctx,
    output,
    `${verdict.what} but is not marked sensitive: ${because}. Add sensitive = true to the output.`,
    `${verdict.what} but sets sensitive = false: ${because}. Set sensitive = true.`,
    relatedRead(ctx, output, verdict.source),
  );
}

/** Reports an item already known to be unmarked: at its header without `sensitive`, at the value of `sensitive = false`. */
function reportUnmarked(
  ctx: RuleContext,
  item: Variable | Output,
  missing: string,
  setFalse: string,
  related: readonly RelatedLocation[],
  fixable = true,
): void {
  const relatedOrNone = related.length > 0 ? related : undefined;
  if (!item.sensitive) {
    const kind = item.address.startsWith("var.") ? "the variable" : "the output";
    const fix = fixable ? insertIntoBlockFix(ctx, item.block, argumentLine("sensitive", "true"), `Add sensitive = true to ${kind}`) : undefined;
    ctx.report({ node: blockHeader(item.block), address: item.address, related: relatedOrNone, message: missing, fix });
    return;
  }
  const expr = item.sensitive.expr;
  ctx.report({
    node: expr,
    address: item.address,
    attributePath: "sensitive",
    value: ctx.evaluate(expr),
    related: relatedOrNone,
    message: setFalse,
    fix:
      fixable && expr.type === "Literal" && expr.value === false
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
  autofix: "Adds `sensitive = true` to the variable or output, or replaces a `sensitive = false` written there",
  optionsSchema: SECRET_NAME_OPTIONS_SCHEMA,
  check(ctx) {
    const matcher = secretNameMatcher({
      extraNames: ctx.options.extraNames,
      allowedNames: ctx.options.allowedNames,
    });
    const carriers = carriersOf(ctx.module, matcher);
    const reported = new Set(carriers.variables.filter((v) => notSensitive(ctx, v)));
    const passedOn = new Map<Variable, Output[]>();
    const outputs: [Output, OutputVerdict][] = [];
    for (const facts of carriers.outputs) {
      if (!notSensitive(ctx, facts.output)) continue;
      const verdict = verdictOf(facts, reported);
      if (verdict === "merged") {
        for (const source of facts.sources) {
          if (source.kind !== "variable") continue;
          const list = passedOn.get(source.variable) ?? [];
          if (!list.includes(facts.output)) list.push(facts.output);
          passedOn.set(source.variable, list);
        }
      } else if (verdict) outputs.push([facts.output, verdict]);
    }
    for (const variable of reported) reportVariable(ctx, variable, passedOn.get(variable) ?? []);
    for (const [output, verdict] of outputs) reportOutput(ctx, output, verdict);
  },
});
