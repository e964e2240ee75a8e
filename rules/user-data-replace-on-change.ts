import { defineRule } from "./api/rule.js";

// Placeholder until the rule is written: metadata only, no check yet.
export default defineRule({
  id: "user-data-replace-on-change",
  severity: "warning",
  category: "mutation",
  summary: "TODO",
  docs: { rationale: "TODO", remediation: "TODO", examples: "TODO" },
  check() {},
});
