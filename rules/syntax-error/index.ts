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
  check() {
    // The engine reports parse and model diagnostics itself (src/engine/lint.ts).
  },
});
