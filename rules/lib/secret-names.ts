/**
 * Which names hold secrets. A name is matched on its last part: it is split
 * into words (`_`, `-`, `.`, spaces and camelCase boundaries), and it is
 * secret when its words end with the words of a secret suffix, so
 * `db_password` and `dbPassword` are secret while `password_length`,
 * `secret_name`, `secret_id`, `token_type` and `kms_key_id` are not. A
 * write-only argument (`password_wo`) is judged by its stem; a name with the
 * word `encrypted` is ciphertext and never secret.
 */
import type { RuleOptionsSchema } from "../api/rule.js";

/** The secret suffixes of the catalog, in words joined by `_`. */
export const SECRET_NAME_SUFFIXES: readonly string[] = [
  "password",
  "passwd",
  "secret",
  "secret_key",
  "access_key",
  "private_key",
  "token",
  "api_key",
  "client_secret",
];

/**
 * Names that end like a secret but are not one: idempotency tokens that AWS
 * APIs take as plain identifiers.
 */
export const NON_SECRET_NAMES: readonly string[] = [
  "creation_token",
  "client_token",
  "client_request_token",
  "idempotency_token",
  "continuation_token",
  "next_token",
  // Published as a DNS TXT record to prove ownership of a domain.
  "validation_token",
];

/** The last word of Terraform's write-only arguments (`password_wo`), which are never stored in state. */
const WRITE_ONLY_WORD = "wo";

/**
 * Whether a name read from a resource (the last step of a reference) names an
 * identifier or a pointer rather than a secret: `id`, `arn`, `*_id`, `*_arn`
 * (and their plurals), so `aws_db_instance.x.master_user_secret[0].secret_arn`
 * reads no secret.
 */
export function isIdentifierName(name: string): boolean {
  let verdict = identifierNames.get(name);
  if (verdict === undefined) {
    const words = nameWords(name);
    const last = words[words.length - 1];
    verdict = last === "id" || last === "ids" || last === "arn" || last === "arns";
    identifierNames.set(name, verdict);
  }
  return verdict;
}

/** Names are few and asked about for every reference: each verdict is worked out once. */
const identifierNames = new Map<string, boolean>();

/** One-word settings values, in capitals: `ENABLED`, `NONE`. */
const SETTING_WORDS = new Set([
  "ENABLED",
  "DISABLED",
  "NONE",
  "ALL",
  "ANY",
  "TRUE",
  "FALSE",
  "ON",
  "OFF",
  "YES",
  "NO",
  "DEFAULT",
  "REQUIRED",
  "OPTIONAL",
  "RESTRICTED",
  "UNRESTRICTED",
  "ALLOW",
  "DENY",
  "AUTO",
  "MANUAL",
]);

/**
 * A value that reads like a setting, not a secret: an all-capitals constant
 * of several words whose first word is letters only (`NOT_RESTRICTED`,
 * `SECRETS_MANAGER`), or a one-word setting (`ENABLED`, `NONE`). A key such as
 * `AKIAIOSFODNN7EXAMPLE` (digits in its first word) or a one-word capitals
 * password (`INTHECLEAR`) stays a secret.
 */
export function isEnumLikeValue(text: string): boolean {
  return /^[A-Z]+(?:_[A-Z0-9]+)+$/.test(text) || SETTING_WORDS.has(text);
}

/** Splits a name into lower-case words: `dbPassword` and `DB-PASSWORD` both give `db`, `password`. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Options that extend or narrow the name lists. */
export interface SecretNameOptions {
  /** More suffixes, e.g. `app_key`, `pwd`. */
  readonly extraNames?: readonly string[];
  /** Whole names never treated as secrets, e.g. `ssh_public_token`. */
  readonly allowedNames?: readonly string[];
}

/** The options schema both secret rules take (`extraNames`, `allowedNames`). */
export const SECRET_NAME_OPTIONS_SCHEMA = {
  type: "object",
  properties: {
    extraNames: {
      type: "array",
      items: { type: "string", minLength: 1 },
      uniqueItems: true,
      description: "More secret name suffixes, e.g. app_key or pwd.",
    },
    allowedNames: {
      type: "array",
      items: { type: "string", minLength: 1 },
      uniqueItems: true,
      description: "Whole names that are never treated as secrets.",
    },
  },
  additionalProperties: false,
} as const satisfies RuleOptionsSchema;

/** A compiled matcher for secret names. */
export interface SecretNameMatcher {
  /** The suffix a name matched, or undefined when the name is not secret. */
  match(name: string): string | undefined;
}

function wordsKey(name: string): string {
  return nameWords(name).join("_");
}

const matchers = new Map<string, SecretNameMatcher>();

/** A matcher for the catalog's lists plus options; one per distinct options, shared across modules. */
export function secretNameMatcher(options: SecretNameOptions = {}): SecretNameMatcher {
  const key = JSON.stringify([options.extraNames ?? [], options.allowedNames ?? []]);
  let matcher = matchers.get(key);
  if (!matcher) matchers.set(key, (matcher = buildMatcher(options)));
  return matcher;
}

function buildMatcher(options: SecretNameOptions): SecretNameMatcher {
  const suffixes = [...SECRET_NAME_SUFFIXES, ...(options.extraNames ?? [])]
    .map((s) => nameWords(s))
    .filter((w) => w.length > 0)
    // Longest first, so the reported suffix is the most specific one.
    .sort((a, b) => b.length - a.length);
  const allowed = new Set([...NON_SECRET_NAMES, ...(options.allowedNames ?? [])].map(wordsKey));
  // Argument names repeat endlessly across a code base; remember each verdict.
  const verdicts = new Map<string, string | undefined>();
  const matchUncached = (name: string): string | undefined => {
    let words = nameWords(name);
    if (words.length === 0 || allowed.has(words.join("_"))) return undefined;
    // Ciphertext (`encrypted_password`, `ci_encrypted_secret`) is not a secret in clear.
    if (words.includes("encrypted")) return undefined;
    // A write-only argument (`password_wo`, `secret_string_wo`) holds what its stem names.
    if (words.length > 1 && words[words.length - 1] === WRITE_ONLY_WORD) {
      words = words.slice(0, -1);
      if (allowed.has(words.join("_"))) return undefined;
    }
    for (const suffix of suffixes) {
      if (endsWithWords(words, suffix)) return suffix.join("_");
      // Run-together spellings of multi-word suffixes: `apikey`, `SECRETKEY`.
      if (suffix.length > 1 && words[words.length - 1] === suffix.join("")) return suffix.join("_");
    }
    return undefined;
  };
  // A secret name's last word ends like a suffix's last word (or is `wo`), so most names are
  // ruled out by their last letter alone, before the verdict map has to hash them.
  const finalCodes = new Set(suffixes.map((words) => words[words.length - 1].charCodeAt(words[words.length - 1].length - 1)));
  finalCodes.add(WRITE_ONLY_WORD.charCodeAt(WRITE_ONLY_WORD.length - 1));
  return {
    match(name: string): string | undefined {
      const last = lastWordCharCode(name);
      if (last !== undefined && !finalCodes.has(last)) return undefined;
      if (verdicts.has(name)) return verdicts.get(name);
      const verdict = matchUncached(name);
      verdicts.set(name, verdict);
      return verdict;
    },
  };
}

/**
 * The char code of the last character of a name's last word as `nameWords`
 * gives it: its last ASCII letter or digit, lower-cased. Undefined when the
 * name has none, or a non-ASCII character comes after it (lower-casing
 * such a character can produce ASCII letters).
 */
function lastWordCharCode(name: string): number | undefined {
  for (let i = name.length - 1; i >= 0; i--) {
    const c = name.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return c;
    if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  }
  return undefined;
}

function endsWithWords(words: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length > words.length) return false;
  const offset = words.length - suffix.length;
  return suffix.every((w, i) => words[offset + i] === w);
}

/**
 * Attribute names that hold a secret in provider results although their name
 * does not end like one (`tls_private_key.private_key_pem`).
 */
export const SECRET_RESULT_ATTRIBUTES: readonly string[] = [
  "private_key_pem",
  "private_key_pem_pkcs8",
  "private_key_openssh",
  "ses_smtp_password_v4",
  "kube_config_raw",
  "kube_admin_config_raw",
  "connection_string",
  "primary_connection_string",
  "secondary_connection_string",
];

/**
 * Result attributes that are secret only on one resource or data source type
 * (`random_password.result`, a secret store's payload); their providers mark
 * them sensitive.
 */
export const SECRET_RESULT_ATTRIBUTES_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  random_password: ["result", "bcrypt_hash"],
  aws_secretsmanager_secret_version: ["secret_string", "secret_binary"],
  aws_ssm_parameter: ["value"],
  google_secret_manager_secret_version: ["secret_data"],
  azurerm_key_vault_secret: ["value"],
};

/** `encrypted_secret`, `ci_encrypted_password`: ciphertext, not a secret in clear. */
export function isEncryptedName(name: string): boolean {
  // Only a name with those letters in it can have the word.
  return /encrypted/i.test(name) && nameWords(name).includes("encrypted");
}
