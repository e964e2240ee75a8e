import { describe, expect, it } from "vitest";
import { isEncryptedName, nameWords, secretNameMatcher } from "../../rules/lib/s-secret-names.js";

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
