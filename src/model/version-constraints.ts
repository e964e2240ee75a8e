/**
 * Terraform version constraints (`required_version`, provider `version`,
 * module `version`): a comma-separated list of `operator version` terms,
 * where the operator is one of `=`, `!=`, `>`, `>=`, `<`, `<=`, `~>`, or
 * none (which means `=`).
 */

export type ConstraintOperator = "=" | "!=" | ">" | ">=" | "<" | "<=" | "~>";

/** One term of a constraint. */
export interface ConstraintTerm {
  readonly operator: ConstraintOperator;
  /** The version as written (`1.2.3`, `1.2`, `v1.0.0-beta`). */
  readonly version: string;
  /** Number of dot-separated numeric segments written (`~> 1.2` has 2). */
  readonly segments: number;
}

/** A parsed constraint, or the reason it could not be parsed. */
export type ParsedConstraint =
  | { readonly ok: true; readonly terms: readonly ConstraintTerm[] }
  | { readonly ok: false; readonly error: string };

const TERM = /^(=|!=|>=|<=|>|<|~>)?\s*v?(\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;

/** Parses a constraint string. An empty string is an error (it constrains nothing). */
export function parseVersionConstraint(text: string): ParsedConstraint {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length === 0 || parts.every((p) => p === "")) return { ok: false, error: "empty constraint" };
  const terms: ConstraintTerm[] = [];
  for (const part of parts) {
    const m = TERM.exec(part);
    if (!m) return { ok: false, error: `"${part}" is not a version constraint` };
    const version = m[2];
    const core = version.split(/[-+]/)[0];
    terms.push({ operator: (m[1] ?? "=") as ConstraintOperator, version, segments: core.split(".").length });
  }
  return { ok: true, terms };
}

/**
 * Whether the constraint caps the version from above: an exact version
 * (`=`, or no operator), `<`, `<=`, or `~>` with at least two segments
 * (which lets only the rightmost written segment grow). `~> 1` caps nothing:
 * Terraform reads it as `>= 1`.
 */
export function hasUpperBound(terms: readonly ConstraintTerm[]): boolean {
  return terms.some(
    (t) => t.operator === "=" || t.operator === "<" || t.operator === "<=" || (t.operator === "~>" && t.segments >= 2),
  );
}

/**
 * Whether the constraint admits exactly one version: an `=` (or bare)
 * version term. Other terms beside it cannot widen it.
 */
export function isExactVersion(terms: readonly ConstraintTerm[]): boolean {
  return terms.some((t) => t.operator === "=");
}
