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
  check() {
    // The engine reports these itself (src/engine/apply-suppressions.ts).
  },
});
