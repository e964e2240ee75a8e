import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import { rules } from "../../rules/index.js";

const rule = rules.find((r) => r.id === "no-hardcoded-secrets")!;

function findings(files: Record<string, string>, options?: Record<string, unknown>) {
  return lint({
    files,
    rules: [rule],
    config: options ? { rules: { "no-hardcoded-secrets": { options } } } : undefined,
  }).findings;
}

describe("no-hardcoded-secrets", () => {
  it("never repeats the secret in the message", () => {
    const [finding] = findings({ "main.tf": 'provider "aws" {\n  secret_key = "wJalrXUtnFEMI/K7MDENG"\n}\n' });
    expect(finding.message).not.toContain("wJalrXUtnFEMI");
    expect(finding.address).toBe("provider.aws");
    expect(finding.range.start).toMatchObject({ line: 2, column: 16 });
  });

  it("reads each instance's own SecureString type, also for a module seen before", () => {
    const files = {
      "main.tf": 'module "secure" {\n  source = "./param"\n  type   = "SecureString"\n}\nmodule "plain" {\n  source = "./param"\n  type   = "String"\n}\n',
      "param/main.tf": 'variable "type" {}\nresource "aws_ssm_parameter" "p" {\n  name  = "db"\n  type  = var.type\n  value = "hunter2-hunter2"\n}\n',
    };
    expect(findings(files).map((f) => `${f.address} ${f.attributePath}`)).toEqual(["module.secure.aws_ssm_parameter.p value"]);
  });

  it("takes extra secret names and allowed names from options", () => {
    const files = {
      "main.tf": `provider "datadog" {
  api_key = "0123456789abcdef"
  app_key = "fedcba9876543210"
}

resource "gitlab_runner" "ci" {
  registration_token = "GR1348941example"
}
`,
    };
    expect(findings(files).map((f) => f.attributePath)).toEqual(["api_key", "registration_token"]);
    expect(
      findings(files, { extraNames: ["app_key"], allowedNames: ["registration_token"] }).map((f) => f.attributePath),
    ).toEqual(["api_key", "app_key"]);
  });

  it("does not report values of .tfvars files, references or templates", () => {
    const files = {
      "main.tf": `variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "main" {
  password = var.db_password
}

resource "aws_db_instance" "other" {
  password = "\${var.db_password}"
}
`,
      "terraform.tfvars": 'db_password = "from-the-tfvars-file"\n',
    };
    expect(findings(files)).toEqual([]);
  });

  it("leaves Cloud Build's KMS-encrypted secret_env alone, but not the same map without the key", () => {
    const trigger = (kms: string) => `resource "google_cloudbuild_trigger" "build" {
  build {
    secret {
${kms}      secret_env = {
        PASSWORD = "ZW5jcnlwdGVkLXBhc3N3b3JkCg=="
      }
    }
  }
}
`;
    expect(findings({ "main.tf": trigger('      kms_key_name = "projects/p/locations/global/keyRings/r/cryptoKeys/k"\n') })).toEqual([]);
    expect(findings({ "main.tf": trigger("") }).map((f) => f.attributePath)).toEqual(["build.secret.secret_env.PASSWORD"]);
  });

  it("reports a literal in a .tf.json file", () => {
    const files = {
      "main.tf.json": JSON.stringify({ resource: { aws_db_instance: { main: { password: "Passw0rd-in-json" } } } }, null, 2),
    };
    const result = findings(files);
    expect(result.map((f) => [f.file, f.address, f.attributePath])).toEqual([["main.tf.json", "aws_db_instance.main", "password"]]);
  });
});

describe("no-hardcoded-secrets: one path per key", () => {
  it("reports a secret-named key of a kubernetes_secret once, at data.password however the key is written", () => {
    const files = {
      "main.tf": `resource "kubernetes_secret" "a" {
  data = {
    password = "s3cr3t-Passw0rd"
  }
}
resource "kubernetes_secret" "b" {
  data = {
    "password" = "s3cr3t-Passw0rd"
    "tls.key"  = "-----BEGIN PRIVATE KEY-----"
  }
}
`,
    };
    expect(findings(files).map((f) => `${f.address} ${f.attributePath}`)).toEqual([
      "kubernetes_secret.a data.password",
      "kubernetes_secret.b data.password",
      'kubernetes_secret.b data["tls.key"]',
    ]);
  });
});
