import { defineRule } from "../api/rule.js";

/**
 * Reported by the engine, not by a check: it knows which suppression
 * comments hid a finding (src/engine/apply-suppressions.ts).
 */
export default defineRule({
  id: "unused-suppression",
  severity: "warning",
  category: "engine",
  roles: ["deployment", "module", "example", "test", "fixture"],
  summary: "Every tfmould-ignore comment hides a finding, names known rules and is well formed",
  precision: "very-high",
  docs: {
    rationale: [
      "A suppression is a recorded decision to accept one finding. Once the code changes so that the finding",
      "is gone, a leftover comment silently accepts the next, unrelated problem of that rule in the same",
      "block. Reporting suppressions that hide nothing keeps every exception current and deliberate; an expiry",
      "date (`until`) turns temporary exceptions into reminders.",
    ].join("\n"),
    remediation: [
      "Remove the comment (or the rule id from it) when nothing is left to hide. Fix the rule id when it is",
      "misspelled. For an expired suppression, fix the finding it was hiding, or renew the date with a reason.",
      "",
      "The forms tfmould reads, in a `#`, `//` or `/* */` comment:",
      "",
      "- `tfmould-ignore: <rule-id>[, <rule-id>...] -- <reason>` on its own line directly above a block or",
      "  attribute (other comment lines may sit between them, blank lines may not), or at the end of the",
      "  first line of a block or attribute. It covers that block or attribute and everything inside it:",
      "  nested and `dynamic` blocks, and every `count`/`for_each` instance. Above a `module` block it also",
      "  covers findings inside the module that its arguments cause (the finding then points at the argument).",
      "- `tfmould-ignore-file: <rule-id>[, ...] -- <reason>` before the first block covers the whole file.",
      "- In a `.tf.json` file, the same text goes in a `\"//\"` property (Terraform's JSON comment): inside a",
      "  block's object it covers that block; `tfmould-ignore-file` goes outside every block.",
      "- `all` in place of the ids covers every rule except this one.",
      "- `-- until YYYY-MM-DD: <reason>` makes it stop working after that day (UTC).",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad: the instance has no provisioner any more, so the comment hides nothing",
      "# tfmould-ignore: no-provisioners -- bootstrap until the image pipeline exists",
      'resource "aws_instance" "web" {',
      "  ami = var.web_ami",
      "}",
      "```",
      "",
      "```hcl",
      "# Good: the comment hides a real finding, says why, and expires",
      "# tfmould-ignore: no-ssh-access -- until 2027-01-31: break-glass access for the migration",
      'resource "aws_instance" "bastion" {',
      "  ami      = var.bastion_ami",
      '  key_name = "ops"',
      "}",
      "```",
    ].join("\n"),
    notes: [
      "Reported at the rule id in the comment (or the whole comment, for a malformed one):",
      "",
      "- a rule id that hid no finding of that rule in what the comment covers;",
      "- a suppression whose `until` date has passed (it no longer hides anything, so the findings are back);",
      "- a rule id that no rule has;",
      "- a malformed comment: no `:` after `tfmould-ignore`, no rule ids, an id that is not kebab-case, or an",
      "  `until` that is not followed by a real date;",
      "- a `tfmould-ignore` followed by a blank line or the end of the file, and a `tfmould-ignore-file` after",
      "  the first block.",
      "",
      "A suppression of a rule that is turned off in the configuration is not reported: whether it would",
      "hide something cannot be known. `tfmould-ignore: all` hides every rule but this one; to hide these",
      "findings, name `unused-suppression` explicitly (a comment never hides its own report).",
    ].join("\n"),
  },
  check() {
    // The engine reports these itself (src/engine/apply-suppressions.ts).
  },
});
