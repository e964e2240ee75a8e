/**
 * Attribute paths in the one form that baselines, fingerprints and
 * de-duplication compare: `data.password` however the key was written
 * (`data.password`, `data["password"]`, `data = { "password" = … }`), and
 * `data["tls.crt"]` for a key that is not an identifier. The engine puts every
 * rule's path in this form; rules building paths step by step use
 * `attributePathStep`.
 */

/** A key that can follow a `.` in an attribute path: an HCL identifier. */
const PATH_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * An attribute path with one more key, in the one form baselines,
 * fingerprints and de-duplication compare: `data.password` for a key that is
 * an identifier, however it was written (`data.password`, `data["password"]`,
 * `data = { "password" = … }`), and `data["tls.crt"]` for any other key.
 */
export function attributePathStep(path: string, key: string): string {
  if (PATH_IDENTIFIER.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * An attribute path in that same form: `data["password"]` and
 * `data.password` both give `data.password`; indexes (`[0]`) and keys that
 * are not identifiers stay in brackets.
 */
export function normalAttributePath(path: string): string {
  return path.replace(/\["((?:[^"\\]|\\.)*)"\]/g, (whole: string, inner: string, offset: number) => {
    let key: unknown;
    try {
      key = JSON.parse(`"${inner}"`);
    } catch {
      return whole;
    }
    return typeof key === "string" && PATH_IDENTIFIER.test(key) ? `${offset === 0 ? "" : "."}${key}` : whole;
  });
}
