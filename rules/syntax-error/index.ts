import { defineRule } from "../api/rule.js";

/**
 * Reported by the engine, not by a check: every diagnostic of the parser
 * (native HCL and Terraform JSON) and every structural error of the model
 * (duplicate resources, variables, outputs...) becomes one finding.
 */
export default defineRule({
  id: "syntax-error",
  severity: "error",
  category: "engine",
  roles: ["deployment", "module", "example", "test", "fixture"],
  summary: "Every configuration file parses, and every block is defined once",
  precision: "very-high",
  docs: {
    rationale: [
      "A file that does not parse cannot be planned: Terraform stops before it does anything. Worse for a",
      "linter, the part of the file after the error cannot be checked, so other rules may miss real problems",
      "in it. tfmould reports each parse error where it is, keeps the part of the tree it could read, and",
      "goes on checking every other file of the module.",
      "",
      "Definitions Terraform rejects when it loads a module (two `resource` blocks with the same type and",
      "name, two variables or outputs with the same name, a duplicate `module` call) are reported under this",
      "rule as well: they are errors in the configuration's structure, not in its practice.",
    ].join("\n"),
    remediation: [
      "Fix the file at the reported position; the message says what was expected there, in the wording of",
      "HCL's own diagnostics. For a duplicate definition, rename or remove one of the two blocks.",
      "`terraform validate` reports the same errors.",
    ].join("\n"),
    examples: [
      "```hcl",
      "# Bad: the block is never closed, and the string is unterminated",
      'resource "aws_instance" "web" {',
      '  ami = "ami-0123456789abcdef0',
      "```",
      "",
      "```hcl",
      "# Good",
      'resource "aws_instance" "web" {',
      '  ami = "ami-0123456789abcdef0"',
      "}",
      "```",
    ].join("\n"),
    notes: [
      "One finding per diagnostic, with the diagnostic's range (never the whole file). An HCL warning is",
      "reported with the severity `warning` unless the rule's severity is configured. A configuration file",
      "that cannot be read as UTF-8 text (binary, another encoding) is one finding at its first line, as",
      "Terraform cannot load it either.",
      "Turning the rule off hides parse errors but does not make the unreadable part of a file checkable.",
      "",
      "In a fixture folder (`testdata/`, `fixtures/`: snippets that are never loaded together) each file",
      "is checked on its own: a block declared twice in one file is reported, the same block in two",
      "snippet files is not.",
    ].join("\n"),
  },
  check() {
    // The engine reports parse and model diagnostics itself (src/engine/lint.ts).
  },
});
