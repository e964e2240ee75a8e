import { defineRule } from "./api/rule.js";

// Placeholder until the rule is written: metadata only, no check yet.
export default defineRule({
  id: "asg-instance-refresh",
  severity: "warning",
  category: "lifecycle",
  summary: "TODO",
  docs: { rationale: "TODO", remediation: "TODO", examples: "TODO" },
  check() {},
});
