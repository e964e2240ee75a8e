/**
 * The suppression edit: applied to the text, the engine must no longer
 * report the finding, and must report nothing new (no unused or malformed
 * suppression, no syntax error).
 */
import { describe, expect, it } from "vitest";
import { lint } from "../../src/engine/index.js";
import type { FileFinding as Finding } from "../../src/engine/index.js";
import { REASON_PLACEHOLDER, suppressionInsertion } from "../../src/lsp/suppress.js";

function findings(name: string, text: string): Finding[] {
  return lint({ files: { [name]: text } }).findings.filter((f) => f.suppressed === undefined) as Finding[];
}

/** Suppresses the first finding of `ruleId` and returns the edited text, checking what the engine says of it. */
function suppressed(name: string, text: string, ruleId: string): string {
  const before = findings(name, text);
  const target = before.find((f) => f.ruleId === ruleId);
  if (!target) throw new Error(`no ${ruleId} finding in ${JSON.stringify(before.map((f) => f.ruleId))}`);
  const insertion = suppressionInsertion(target, text, name);
  expect(insertion).toBeDefined();
  const edited = text.slice(0, insertion?.offset) + insertion?.text + text.slice(insertion?.offset);
  const after = findings(name, edited).map((f) => f.ruleId);
  const expected = before.map((f) => f.ruleId);
  expected.splice(expected.indexOf(ruleId), 1);
  expect(after.sort()).toEqual(expected.sort());
  return edited;
}

const INSTANCE = `resource "aws_instance" "app" {
  ami           = "ami-0c7217cdde317cfec"
  instance_type = "t3.small"
  user_data     = "#!/bin/sh\\necho hi\\n"
}
`;

describe("suppressionInsertion", () => {
  it("puts a # comment with the reason placeholder on the line above, indented like it", () => {
    const text = `locals {\n  x = 1\n}\n\n${INSTANCE}`;
    const edited = suppressed("main.tf", text, "user-data-replace-on-change");
    expect(edited).toContain(`}\n\n# tfmould-ignore: user-data-replace-on-change -- ${REASON_PLACEHOLDER}\nresource "aws_instance" "app" {`);
  });

  it("goes above the attribute holding a heredoc when the finding is inside it (where a comment would be heredoc text)", () => {
    const text = `resource "aws_instance" "app" {\n  user_data = <<-EOT\n    #!/bin/sh\n    docker run nginx:latest\n  EOT\n}\n`;
    const at = text.indexOf("nginx:latest");
    const pos = (offset: number) => ({ line: 4, column: offset - text.lastIndexOf("\n", offset), offset });
    const finding = { ruleId: "container-image-pinned", range: { start: pos(at), end: pos(at + 12) } } as unknown as Finding;
    const insertion = suppressionInsertion(finding, text, "main.tf");
    expect(insertion).toEqual({ offset: text.indexOf("  user_data"), text: `  # tfmould-ignore: container-image-pinned -- ${REASON_PLACEHOLDER}\n` });
  });

  it("adds a \"//\" property first in the block's object in Terraform JSON", () => {
    const text = JSON.stringify(
      { resource: { aws_instance: { app: { ami: "ami-0c7217cdde317cfec", instance_type: "t3.small", user_data: "#!/bin/sh\necho hi\n" } } } },
      null,
      2,
    );
    const edited = suppressed("main.tf.json", text, "user-data-replace-on-change");
    expect(JSON.parse(edited).resource.aws_instance.app["//"]).toBe(`tfmould-ignore: user-data-replace-on-change -- ${REASON_PLACEHOLDER}`);
  });

  it("writes CRLF in a CRLF file", () => {
    const edited = suppressed("main.tf", INSTANCE.replace(/\n/g, "\r\n"), "user-data-replace-on-change");
    expect(edited.startsWith(`# tfmould-ignore: user-data-replace-on-change -- ${REASON_PLACEHOLDER}\r\n`)).toBe(true);
  });
});
