/** `lintAndFix` over paths on disk: the fixed texts come back, the files stay as they are. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lintAndFix } from "../../src/index.js";
import { makeTree, removeTree } from "../cli/tree.js";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

describe("lintAndFix({ paths })", () => {
  it("returns the fixed texts of the files under the paths and writes nothing", () => {
    const db = 'resource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n';
    const root = makeTree({
      ".git/HEAD": "ref: refs/heads/main\n",
      "stack/main.tf": `module "db" {\n  source = "../modules/db"\n}\n\n${db}`,
      "modules/db/main.tf": db,
    });
    roots.push(root);
    const out = lintAndFix({ paths: ["stack"], cwd: root, fixRules: ["database-deletion-protection"] });
    expect(Object.keys(out.fixed)).toEqual(["stack/main.tf"]);
    expect(out.fixed["stack/main.tf"]).toContain('  engine = "postgres"\n  deletion_protection = true\n}\n');
    expect(out.original["stack/main.tf"]).toBe(readFileSync(join(root, "stack/main.tf"), "utf8"));
    expect(readFileSync(join(root, "modules/db/main.tf"), "utf8")).toBe(db);
    // The module outside the paths keeps its finding; the fixed file has none left.
    expect(out.result.findings.filter((f) => f.ruleId === "database-deletion-protection").map((f) => f.file)).toEqual(["modules/db/main.tf"]);
  });
});
