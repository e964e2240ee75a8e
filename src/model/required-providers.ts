/**
 * Entries of `terraform { required_providers { ... } }`, in both forms:
 * `aws = { source = "hashicorp/aws", version = "~> 5.0" }` and the legacy
 * `aws = "~> 2.0"` (a version constraint only).
 */
import type { Attribute, Body, Expression } from "../hcl/ast.js";
import { literalString } from "./query.js";
import type { RequiredProvider } from "./types.js";

/** The name an object key stands for: a bare name or a literal string. */
export function objectKeyName(key: Expression): string | undefined {
  if (key.type === "Variable") return key.name;
  if (key.type === "Parentheses") return objectKeyName(key.expr);
  return literalString(key);
}

export function requiredProvider(attr: Attribute): RequiredProvider {
  const expr = attr.expr;
  if (expr.type === "Object") {
    let source: string | undefined;
    let version: string | undefined;
    let versionRange = undefined;
    for (const item of expr.items) {
      const key = objectKeyName(item.key);
      if (key === "source") source = literalString(item.value);
      else if (key === "version") {
        version = literalString(item.value);
        versionRange = item.value.range;
      }
    }
    return { name: attr.name, source, version, attribute: attr, versionRange };
  }
  const version = literalString(expr);
  return {
    name: attr.name,
    source: undefined,
    version,
    attribute: attr,
    versionRange: version !== undefined ? expr.range : undefined,
  };
}

export function requiredProvidersOf(body: Body): RequiredProvider[] {
  return body.items.filter((i): i is Attribute => i.type === "Attribute").map(requiredProvider);
}

/**
 * A provider's source as compared across modules: `hashicorp/<name>` when
 * none is written (Terraform's default), lower case, without the default
 * registry host.
 */
export function providerSourceKey(name: string, source: string | undefined): string {
  return (source ?? `hashicorp/${name}`).toLowerCase().replace(/^registry\.terraform\.io\//, "");
}
