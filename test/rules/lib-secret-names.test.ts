import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  isEncryptedName,
  isEnumLikeValue,
  isIdentifierName,
  nameWords,
  NON_SECRET_NAMES,
  SECRET_NAME_SUFFIXES,
  secretNameMatcher,
} from "../../rules/lib/secret-names.js";

describe("nameWords", () => {
  it("splits snake, kebab, dotted and camel case into lower-case words", () => {
    expect(nameWords("db_password")).toEqual(["db", "password"]);
    expect(nameWords("DB-PASSWORD")).toEqual(["db", "password"]);
    expect(nameWords("dbPassword")).toEqual(["db", "password"]);
    expect(nameWords("DBPassword")).toEqual(["db", "password"]);
    expect(nameWords("tls.private-key")).toEqual(["tls", "private", "key"]);
    expect(nameWords("__")).toEqual([]);
  });
});

describe("secretNameMatcher", () => {
  const matcher = secretNameMatcher();

  it("matches every catalog suffix on the name's last words", () => {
    expect(matcher.match("password")).toBe("password");
    expect(matcher.match("master_password")).toBe("password");
    expect(matcher.match("admin_passwd")).toBe("passwd");
    expect(matcher.match("webhook_secret")).toBe("secret");
    expect(matcher.match("secret_key")).toBe("secret_key");
    expect(matcher.match("aws_access_key")).toBe("access_key");
    expect(matcher.match("ssh_private_key")).toBe("private_key");
    expect(matcher.match("auth_token")).toBe("token");
    expect(matcher.match("datadog_api_key")).toBe("api_key");
    expect(matcher.match("client_secret")).toBe("client_secret");
  });

  it("matches environment-variable and camel-case spellings", () => {
    expect(matcher.match("DB_PASSWORD")).toBe("password");
    expect(matcher.match("GITHUB_TOKEN")).toBe("token");
    expect(matcher.match("stripeApiKey")).toBe("api_key");
    expect(matcher.match("APIKEY")).toBe("api_key");
    expect(matcher.match("x-api-key")).toBe("api_key");
  });

  it("does not match names whose last part is something else", () => {
    for (const name of [
      "password_length",
      "secret_name",
      "secret_id",
      "secret_arn",
      "token_type",
      "kms_key_id",
      "master_user_secret_kms_key_id",
      "password_reset_required",
      "public_key",
      "key_name",
      "private_key_path",
      "passwords_file",
      "tokenizer",
    ]) {
      expect(matcher.match(name), name).toBeUndefined();
    }
  });

  it("does not match the documented identifier names", () => {
    expect(matcher.match("creation_token")).toBeUndefined();
    expect(matcher.match("client_request_token")).toBeUndefined();
    expect(matcher.match("idempotency_token")).toBeUndefined();
  });

  it("takes extra suffixes and allowed names from options", () => {
    const custom = secretNameMatcher({ extraNames: ["app_key", "pwd"], allowedNames: ["gitlab_runner_token"] });
    expect(custom.match("datadog_app_key")).toBe("app_key");
    expect(custom.match("ADMIN_PWD")).toBe("pwd");
    expect(custom.match("gitlab_runner_token")).toBeUndefined();
    expect(custom.match("GITLAB-RUNNER-TOKEN")).toBeUndefined();
    expect(custom.match("gitlab_token")).toBe("token");
    expect(matcher.match("datadog_app_key")).toBeUndefined();
  });

  it("reports the most specific suffix", () => {
    expect(matcher.match("oauth_client_secret")).toBe("client_secret");
    expect(matcher.match("aws_secret_key")).toBe("secret_key");
  });
});

describe("isEncryptedName", () => {
  it("recognises ciphertext attributes", () => {
    expect(isEncryptedName("encrypted_secret")).toBe(true);
    expect(isEncryptedName("encrypted_ses_smtp_password_v4")).toBe(true);
    expect(isEncryptedName("ci_encrypted_secret")).toBe(true);
    expect(isEncryptedName("secret")).toBe(false);
    expect(isEncryptedName("unencrypted_secret")).toBe(false);
  });
});

describe("secretNameMatcher's quick rejection by last letter", () => {
  /** The matching rule written out plainly, without the matcher's shortcuts. */
  function reference(name: string, extra: readonly string[] = []): string | undefined {
    const words = nameWords(name);
    const allowed = NON_SECRET_NAMES.map((n) => nameWords(n).join("_"));
    if (words.length === 0 || allowed.includes(words.join("_"))) return undefined;
    const suffixes = [...SECRET_NAME_SUFFIXES, ...extra].map(nameWords).sort((a, b) => b.length - a.length);
    for (const suffix of suffixes) {
      const tail = words.slice(words.length - suffix.length);
      if (suffix.length <= words.length && tail.join("_") === suffix.join("_")) return suffix.join("_");
      if (suffix.length > 1 && words[words.length - 1] === suffix.join("")) return suffix.join("_");
    }
    return undefined;
  }

  // Fragments that end names in tricky ways: separators, digits, upper case, and
  // non-ASCII letters whose lower case is ASCII (the Kelvin sign is "k").
  const fragment = fc.constantFrom("pass", "word", "Password", "PASSWD", "token", "Token", "secret", "Key", "key", "api", "access", "db", "_", "-", ".", " ", "2", "\u212a", "\u0130", "é", "ey", "K");
  const name = fc.array(fragment, { maxLength: 6 }).map((parts) => parts.join(""));

  it("answers as the plain rule does", () => {
    const plain = secretNameMatcher();
    const extended = secretNameMatcher({ extraNames: ["pwd", "app_key2"] });
    fc.assert(
      fc.property(name, (n) => {
        expect(plain.match(n)).toBe(reference(n));
        expect(extended.match(n)).toBe(reference(n, ["pwd", "app_key2"]));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("secret names seen on real code (issue 10 §5)", () => {
  const matcher = secretNameMatcher();
  it("judges a write-only argument by its stem", () => {
    expect(matcher.match("password_wo")).toBe("password");
    expect(matcher.match("master_password_wo")).toBe("password");
    expect(matcher.match("client_secret_wo")).toBe("client_secret");
    expect(matcher.match("password_wo_version")).toBeUndefined();
    expect(matcher.match("secret_string_wo")).toBeUndefined();
    expect(matcher.match("wo")).toBeUndefined();
  });

  it("does not take ciphertext, ids or DNS validation tokens for secrets", () => {
    expect(matcher.match("encrypted_password")).toBeUndefined();
    expect(matcher.match("ci_encrypted_secret")).toBeUndefined();
    expect(matcher.match("validation_token")).toBeUndefined();
    expect(matcher.match("secret_arn")).toBeUndefined();
    expect(isIdentifierName("secret_arn")).toBe(true);
    expect(isIdentifierName("id")).toBe(true);
    expect(isIdentifierName("secret_ids")).toBe(true);
    expect(isIdentifierName("secret")).toBe(false);
  });

  it("reads all-capitals constants as settings", () => {
    expect(isEnumLikeValue("NOT_RESTRICTED")).toBe(true);
    expect(isEnumLikeValue("ENABLED")).toBe(true);
    expect(isEnumLikeValue("TLS_1_2")).toBe(true);
    expect(isEnumLikeValue("AKIAIOSFODNN7EXAMPLE")).toBe(false);
    expect(isEnumLikeValue("Not_Restricted")).toBe(false);
    expect(isEnumLikeValue("hunter2")).toBe(false);
    expect(isEnumLikeValue("INTHECLEAR")).toBe(false);
  });
});
