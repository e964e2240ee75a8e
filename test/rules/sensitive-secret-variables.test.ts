import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import { rules } from "../../rules/index.js";

const rule = rules.find((r) => r.id === "sensitive-secret-variables")!;

describe("sensitive-secret-variables", () => {
  it("offers a fix for a literal sensitive = false", () => {
    const source = 'variable "api_token" {\n  type      = string\n  sensitive = false\n}\n';
    const [finding] = lint({ files: { "main.tf": source }, rules: [rule] }).findings;
    expect(finding.fix?.replacements).toEqual([
      { range: expect.objectContaining({ start: expect.objectContaining({ line: 3, column: 15 }) }), text: "true" },
    ]);
  });

  it("evaluates sensitive for each instance of a module", () => {
    const files = {
      "main.tf": 'module "a" {\n  source = "./out"\n  hide   = true\n}\nmodule "b" {\n  source = "./out"\n  hide   = false\n}\n',
      "out/main.tf": 'variable "hide" {\n  type = bool\n}\noutput "api_token" {\n  value     = "x"\n  sensitive = var.hide\n}\n',
    };
    const found = lint({ files, rules: [rule] }).findings.map((f) => `${f.address}: ${f.message.split(":")[0]}`);
    expect(found).toEqual(['module.b.output.api_token: Output "api_token" has a secret-like name but sets sensitive = false']);
  });

  it("takes extra secret names and allowed names from options", () => {
    const source = 'variable "admin_pwd" {\n  type = string\n}\n\nvariable "runner_token" {\n  type = string\n}\n';
    const names = (options?: Record<string, unknown>) =>
      lint({
        files: { "main.tf": source },
        rules: [rule],
        config: options ? { rules: { "sensitive-secret-variables": { options } } } : undefined,
      }).findings.map((f) => f.address);
    expect(names()).toEqual(["var.runner_token"]);
    expect(names({ extraNames: ["pwd"], allowedNames: ["runner_token"] })).toEqual(["var.admin_pwd"]);
  });

  it("does not count a resource's own name as the secret it exposes", () => {
    const source = `resource "aws_secretsmanager_secret" "db_password" {
  name = "prod/db"
}

output "db_password_arn" {
  value = aws_secretsmanager_secret.db_password.arn
}
`;
    expect(lint({ files: { "main.tf": source }, rules: [rule] }).findings).toEqual([]);
  });

  it("reports a variable once, with the outputs that only pass it on as related locations", () => {
    const files = {
      "modules/mysql/variables.tf": 'variable "mysql_password" {\n  type = string\n}\n',
      "modules/mysql/outputs.tf":
        'locals {\n  config = templatefile("x.tpl", { password = var.mysql_password })\n}\noutput "cloud_config" {\n  value = local.config\n}\noutput "password" {\n  value = var.mysql_password\n}\n',
    };
    const findings = lint({ files, rules: [rule] }).findings;
    expect(findings.map((f) => f.address)).toEqual(["var.mysql_password"]);
    expect(findings[0].related?.map((r) => `${r.file}:${r.range.start.line} ${r.message}`)).toEqual([
      'modules/mysql/outputs.tf:4 Output "cloud_config" passes the value on: once the variable is sensitive, the output keeps the mark.',
      'modules/mysql/outputs.tf:7 Output "password" passes the value on: once the variable is sensitive, the output keeps the mark.',
    ]);
  });

  it("in a deployment, says that Terraform will ask for sensitive = true on the output that passes the variable on", () => {
    const files = { "main.tf": 'variable "api_token" {\n  type = string\n}\noutput "token" {\n  value = var.api_token\n}\n' };
    const [finding, ...rest] = lint({ files, rules: [rule], config: { roles: { ".": "deployment" } } }).findings;
    expect(rest).toEqual([]);
    expect(finding.related?.map((r) => r.message)).toEqual([
      'Output "token" passes the value on: once the variable is sensitive, Terraform requires sensitive = true on this output too.',
    ]);
  });

  it("still reports the output on its own when it also shows a secret the variable does not cover", () => {
    const files = {
      "main.tf": 'variable "api_token" {\n  type = string\n}\noutput "tokens" {\n  value = [var.api_token, module.legacy.token]\n}\nmodule "legacy" {\n  source = "acme/legacy/aws"\n  version = "1.0.0"\n}\n',
    };
    const found = lint({ files, rules: [rule] }).findings.map((f) => `${f.address}: ${f.message}`);
    expect(found).toEqual([
      expect.stringMatching(/^var\.api_token: Variable "api_token" has a secret-like name but is not marked sensitive/),
      'output.tokens: Output "tokens" exposes module.legacy.token but is not marked sensitive: unless module "legacy" marks that output sensitive, Terraform shows the value in clear text wherever it is used (plan and apply output, logs). Add sensitive = true to the output.',
    ]);
  });

  it("does not report outputs of values the provider or a sensitive variable marks, and says what is true of the rest", () => {
    const files = {
      "main.tf": `variable "db" {
  type = object({ password = string })
}
resource "azurerm_redis_cache" "redis" {}
output "primary_access_key" {
  value = azurerm_redis_cache.redis.primary_access_key
}
output "redis" {
  value = "\${azurerm_redis_cache.redis.hostname}:\${azurerm_redis_cache.redis.primary_access_key}"
}
output "db_password" {
  value = var.db.password
}
`,
    };
    const found = lint({ files, rules: [rule] }).findings.map((f) => f.message);
    expect(found).toEqual([
      'Output "db_password" exposes var.db.password but is not marked sensitive: nothing marks the value it reads, so Terraform shows it in clear text wherever it is used (plan and apply output, logs). Add sensitive = true to the output.',
    ]);
  });
});
