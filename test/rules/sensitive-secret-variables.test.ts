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
});
