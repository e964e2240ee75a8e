import { defineRule } from "./api/rule.js";

// Placeholder until the rule is written: metadata only, no check yet.
export default defineRule({
  id: "create-before-destroy-name-conflict",
  severity: "error",
  category: "lifecycle",
  summary: "TODO",
  docs: { rationale: "TODO", remediation: "TODO", examples: "TODO" },
  check() {},
});
