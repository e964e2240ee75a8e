import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import { rules } from "../../rules/index.js";

const rule = rules.find((r) => r.id === "prevent-destroy-stateful")!;

const source = `
resource "aws_fsx_lustre_file_system" "scratch" {
  storage_capacity = 1200
  subnet_ids       = ["subnet-0123456789abcdef0"]
}

resource "aws_instance" "web" {
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"
}
`;

describe("prevent-destroy-stateful options", () => {
  it("treats extraStatefulTypes as stateful, with only prevent_destroy counting", () => {
    const withOption = lint({
      files: { "main.tf": source },
      rules: [rule],
      config: { roles: { ".": "deployment" }, rules: { "prevent-destroy-stateful": { options: { extraStatefulTypes: ["aws_fsx_lustre_file_system"] } } } },
    });
    expect(withOption.findings.map((f) => [f.address, f.range.start.line])).toEqual([["aws_fsx_lustre_file_system.scratch", 2]]);

    const without = lint({ files: { "main.tf": source }, rules: [rule], config: { roles: { ".": "deployment" } } });
    expect(without.findings).toEqual([]);
  });

  it("rejects an option that is not a list of resource types", () => {
    expect(() =>
      lint({
        files: { "main.tf": source },
        rules: [rule],
        config: { rules: { "prevent-destroy-stateful": { options: { extraStatefulTypes: "aws_fsx" } } } },
      }),
    ).toThrow(/extraStatefulTypes/);
  });

  it("does not report an own protection or prevent_destroy it cannot know", () => {
    const result = lint({
      files: {
        "main.tf": `
variable "protect" {
  type = bool
}

resource "aws_dynamodb_table" "t" {
  name                        = "t"
  hash_key                    = "id"
  deletion_protection_enabled = var.protect

  attribute {
    name = "id"
    type = "S"
  }
}
`,
      },
      rules: [rule],
      config: { roles: { ".": "deployment" } },
    });
    expect(result.findings).toEqual([]);
  });
});
