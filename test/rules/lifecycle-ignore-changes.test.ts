import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import { rules } from "../../rules/index.js";

const rule = rules.find((r) => r.id === "lifecycle-ignore-changes")!;

const source = `resource "aws_ecs_service" "api" {
  name            = "api"
  task_definition = "api:42"

  lifecycle {
    ignore_changes = [desired_count, task_definition]
  }
}
`;

describe("lifecycle-ignore-changes options", () => {
  it("reports the extraAttributes too, at the list element", () => {
    const result = lint({
      files: { "main.tf": source },
      rules: [rule],
      config: { rules: { "lifecycle-ignore-changes": { options: { extraAttributes: ["task_definition"] } } } },
    });
    expect(result.findings.map((f) => [f.range.start.line, f.range.start.column, f.range.end.column, f.attributePath])).toEqual([
      [6, 38, 53, "lifecycle.ignore_changes[1]"],
    ]);
    expect(result.findings[0].message).toContain("task_definition");
  });

  it("leaves them alone by default", () => {
    expect(lint({ files: { "main.tf": source }, rules: [rule] }).findings).toEqual([]);
  });

  it("makes ignore_changes = all an error and an image attribute a warning", () => {
    const result = lint({
      files: {
        "main.tf": `resource "aws_instance" "a" {
  lifecycle {
    ignore_changes = all
  }
}

resource "aws_instance" "b" {
  lifecycle {
    ignore_changes = [ami]
  }
}
`,
      },
      rules: [rule],
    });
    expect(result.findings.map((f) => [f.address, f.severity])).toEqual([
      ["aws_instance.a", "error"],
      ["aws_instance.b", "warning"],
    ]);
  });
});
