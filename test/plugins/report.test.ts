/** Plugin rules in reports: SARIF describes each plugin as an extension whose rules its results name. */
import { describe, expect, it } from "vitest";
import { format, lint } from "../../src/index.js";
import type { Plugin, SarifLog } from "../../src/index.js";
import { withPlugins } from "../../src/config/plugins.js";
import { rules as catalog } from "../../rules/index.js";
import { assertValidSarif } from "../report/sarif-check.js";

const { default: acme } = (await import(new URL("../../fixtures/plugins/acme/index.js", import.meta.url).href)) as { default: Plugin };
const CODE = 'resource "aws_s3_bucket_acl" "logs" {\n  bucket = "logs"\n  acl    = "public-read"\n  tags   = { team = "x" }\n}\n';

describe("SARIF with a plugin", () => {
  it("puts the plugin's rules in tool.extensions and points its results there", () => {
    const result = lint({ files: { "main.tf": CODE }, plugins: [acme] });
    const log = JSON.parse(format(result, "sarif", { rules: withPlugins(catalog, [acme]) })) as SarifLog;
    assertValidSarif(log);
    const run = log.runs[0];
    expect(run.tool.extensions?.map((e) => e.name)).toEqual(["acme"]);
    const ext = run.tool.extensions?.[0];
    expect(ext?.rules.map((r) => r.id)).toEqual(["acme/no-public-buckets", "acme/required-tags"]);
    expect(ext?.rules[0]).toMatchObject({ shortDescription: { text: "S3 buckets are never readable by the public" }, properties: { "security-severity": "8.0" } });
    expect(ext?.rules[0].helpUri).toBeUndefined();
    for (const r of run.results.filter((x) => x.ruleId.startsWith("acme/"))) {
      expect(r.rule?.toolComponent).toEqual({ name: "acme", index: 0 });
      expect(ext?.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
    expect(run.results.filter((x) => x.ruleId.startsWith("acme/"))).toHaveLength(2);
    // Built-in rules stay in the driver, and their results name no component.
    expect(run.tool.driver.rules.every((r) => !r.id.includes("/"))).toBe(true);
    expect(run.results.filter((x) => !x.ruleId.includes("/")).every((x) => x.rule === undefined)).toBe(true);
  });

  it("has no extensions without plugins", () => {
    const log = JSON.parse(format(lint({ files: { "main.tf": CODE } }), "sarif")) as SarifLog;
    expect(log.runs[0].tool.extensions).toBeUndefined();
  });
});
