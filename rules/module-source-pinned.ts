import { defineRule } from "./api/rule.js";

// Placeholder until the rule is written: metadata only, no check yet.
export default defineRule({
  id: "module-source-pinned",
  severity: "error",
  category: "versioning",
  summary: "TODO",
  docs: { rationale: "TODO", remediation: "TODO", examples: "TODO" },
  check() {},
});
