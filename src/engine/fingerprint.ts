/**
 * Line-independent finding fingerprints: a hash of the rule, file, resource
 * address and attribute path, plus a counter telling apart findings that share
 * all four. Used by `Finding.fingerprint`, the baseline and SARIF.
 */
import * as crypto from "node:crypto";

type OneShotHash = (algorithm: string, data: string, encoding: "hex") => string;
// `crypto.hash` (Node >= 20.12) hashes in one call, several times faster than createHash for short inputs.
const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash;
const sha256 = (text: string): string =>
  oneShot ? oneShot("sha256", text, "hex") : crypto.createHash("sha256").update(text).digest("hex");

/** The identity of a finding that survives lines moving. */
export interface FingerprintParts {
  readonly ruleId: string;
  /** Undefined (hashed as "") for a finding at a resource address only. */
  readonly file?: string | undefined;
  readonly address: string;
  readonly attributePath: string;
}

/** Hash of the parts (32 hex digits); the same for findings that differ only in position. */
export function fingerprintBase(parts: FingerprintParts): string {
  const text = [parts.ruleId, parts.file ?? "", parts.address, parts.attributePath].join("\u0000");
  return sha256(text).slice(0, 32);
}

/**
 * Fingerprints for findings in report order: `<base>:<n>`, where `n` counts
 * earlier findings with the same base (0 for the first).
 */
export function fingerprintAll(findings: readonly FingerprintParts[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = fingerprintBase(f);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n}`;
  });
}
