import { defineRule } from "./api/rule.js";

// Placeholder until the rule is written: metadata only, no check yet.
export default defineRule({
  id: "separate-data-volumes",
  severity: "warning",
  category: "state",
  summary: "TODO",
  docs: { rationale: "TODO", remediation: "TODO", examples: "TODO" },
  check() {},
});
