import { describe, expect, it } from "vitest";
import { defineRule } from "../../rules/api/rule.js";
import type { Rule } from "../../rules/api/rule.js";
import { rules as registry } from "../../rules/index.js";
import { formatSarif, toSarif } from "../../src/report/sarif.js";
import type { SarifOptions } from "../../src/report/sarif.js";
import { lineHashes } from "../../src/report/line-hash.js";
import { LineHashMemo } from "../../src/report/line-hash-memo.js";
import type { LintResult } from "../../src/engine/types.js";
import { assertValidSarif, githubProblems } from "./sarif-check.js";
import { finding, range, result } from "./make.js";

const CWD = "/work/repo";

/** Formats, parses back and validates: every SARIF log in this file goes through here. */
function sarif(res: LintResult, options: SarifOptions = {}) {
  const text = formatSarif(res, { cwd: CWD, toolVersion: "1.2.3", ...options });
  const log = JSON.parse(text) as ReturnType<typeof toSarif>;
  assertValidSarif(log);
  return log;
}

const secretRule: Rule = defineRule({
  id: "no-hardcoded-secrets",
  severity: "error",
  category: "secrets",
  summary: "No secrets written in code",
  docs: {
    rationale: "Secrets in code end up in state and history.\n\nSecond paragraph.",
    remediation: "Use a secret manager.",
    examples: '```hcl\npassword = "x"\n```',
  },
  securitySeverity: 7.5,
  precision: "medium",
  check() {},
});

describe("sarif format", () => {
  it("writes the text JSON.stringify gives the log object, whatever the results hold", () => {
    const tricky = 'a "results":["\u0000tfmould:results\u0000"] b';
    const cases: LintResult[] = [
      result([]),
      result([finding(), finding({ message: tricky, address: tricky, file: "x/y z.tf" })], [{ level: "warning", message: tricky, file: "n.tf" }]),
      result([finding({ suppressed: { kind: "inSource", reason: tricky, commentRange: range(1, 1) }, related: [{ file: "b.tf", range: range(2, 3), message: "m" }] })]),
    ];
    const options: SarifOptions = { cwd: CWD, toolVersion: "1.2.3", readSource: () => "x\ny\nz\n", limits: { locationsPerResult: 0 } };
    for (const res of cases) expect(formatSarif(res, options)).toBe(JSON.stringify(toSarif(res, options)) + "\n");
  });

  it("writes the log header, tool, automation details and base ids", () => {
    const log = sarif(result([finding()]));
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({
      name: "tfmould",
      version: "1.2.3",
      semanticVersion: "1.2.3",
      informationUri: "https://github.com/tfmould/tfmould",
    });
    expect(run.automationDetails.id).toBe("tfmould/");
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///work/repo/");
    expect(run.columnKind).toBe("unicodeCodePoints");
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  it("describes every enabled rule, with or without results", () => {
    const enabledRules = registry.map((r) => ({ id: r.id, severity: r.severity }));
    const log = sarif(result([finding()], [], { enabledRules }));
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(registry.map((r) => r.id));
    for (const d of rules) {
      expect(d.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(d.shortDescription.text).not.toBe("");
      expect(d.help.markdown).toContain("[Rule documentation](https://github.com/tfmould/tfmould/blob/main/docs/rules/");
      expect(d.helpUri).toBe(`https://github.com/tfmould/tfmould/blob/main/docs/rules/${d.id}.md`);
      expect(d.properties.tags).toContain("immutable-infrastructure");
    }
  });

  it("gives a rule its help, level, tags, precision and security severity as a string", () => {
    const res = result([finding({ ruleId: "no-hardcoded-secrets" })], [], {
      enabledRules: [{ id: "no-hardcoded-secrets", severity: "warning" }],
    });
    const d = sarif(res, { rules: [secretRule] }).runs[0].tool.driver.rules[0];
    expect(d).toMatchObject({
      id: "no-hardcoded-secrets",
      name: "NoHardcodedSecrets",
      shortDescription: { text: "No secrets written in code" },
      fullDescription: { text: "Secrets in code end up in state and history." },
      defaultConfiguration: { level: "warning" },
      properties: { tags: ["secrets", "immutable-infrastructure", "security"], precision: "medium", "security-severity": "7.5" },
    });
    expect(d.help.text).toContain("Use a secret manager.");
    expect(d.help.markdown).toContain("## How to fix");
    expect(d.help.markdown).toContain('```hcl\npassword = "x"\n```');
  });

  it("leaves out security-severity and the security tag when a rule has none", () => {
    const plain = defineRule({ ...secretRule, id: "plain", securitySeverity: undefined });
    const res = result([finding({ ruleId: "plain" })]);
    const d = sarif(res, { rules: [plain] }).runs[0].tool.driver.rules[0];
    expect(d.properties).not.toHaveProperty("security-severity");
    expect(d.properties.tags).not.toContain("security");
  });

  it("writes results with rule index, level, message, one location and a full region", () => {
    const res = result([
      finding({ ruleId: "b-rule", severity: "warning", range: range(7, 3, 9, 4) }),
      finding({ ruleId: "a-rule", severity: "note" }),
    ], [], { enabledRules: [{ id: "a-rule", severity: "note" }, { id: "b-rule", severity: "warning" }] });
    const run = sarif(res).runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(["a-rule", "b-rule"]);
    expect(run.results[0]).toMatchObject({
      ruleId: "b-rule",
      ruleIndex: 1,
      level: "warning",
      message: { text: res.findings[0].message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "main.tf", uriBaseId: "%SRCROOT%" },
            region: { startLine: 7, startColumn: 3, endLine: 9, endColumn: 4 },
          },
        },
      ],
    });
    expect(run.results[1]).toMatchObject({ ruleId: "a-rule", ruleIndex: 0, level: "note" });
  });

  it("adds a descriptor for a rule that has results but is not in the enabled list", () => {
    const res = result([finding({ ruleId: "internal-error" })], [], { enabledRules: [{ id: "x", severity: "error" }] });
    const run = sarif(res).runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(["x", "internal-error"]);
    expect(run.results[0].ruleIndex).toBe(1);
  });

  it("makes uris relative to the working directory, with / and percent-encoding", () => {
    const res = result([
      finding({ file: "modules/my app/main#1.tf" }),
      finding({ file: "infra/ü.tf" }),
    ]);
    const run = sarif(res, { root: "/work/repo" }).runs[0];
    expect(run.results.map((r) => r.locations[0].physicalLocation?.artifactLocation.uri)).toEqual([
      "modules/my%20app/main%231.tf",
      "infra/%C3%BC.tf",
    ]);
    // Engine paths relative to a scanned sub-directory still come out relative to %SRCROOT%.
    const sub = sarif(result([finding({ file: "main.tf" })]), { root: "/work/repo/infra" }).runs[0];
    expect(sub.results[0].locations[0].physicalLocation?.artifactLocation.uri).toBe("infra/main.tf");
  });

  it("computes primaryLocationLineHash from the file text, as GitHub's upload would", () => {
    const source = 'resource "a" "b" {\n  image = "nginx:latest"\n}\nresource "a" "c" {\n  image = "nginx:latest"\n}\n';
    const res = result([
      finding({ range: range(2, 11, 2, 25), address: "a.b" }),
      finding({ range: range(5, 11, 5, 25), address: "a.c" }),
    ]);
    const run = sarif(res, { readSource: (f) => (f === "main.tf" ? source : undefined) }).runs[0];
    const expected = lineHashes(source, [2, 5]);
    expect(run.results[0].partialFingerprints.primaryLocationLineHash).toBe(expected.get(2));
    expect(run.results[1].partialFingerprints.primaryLocationLineHash).toBe(expected.get(5));
    // Lines 2 and 5 start the same text but differ in what follows within 100 characters.
    expect(run.results[0].partialFingerprints.primaryLocationLineHash).toMatch(/:1$/);
  });

  it("keeps both fingerprints stable when lines are added above", () => {
    const body = 'resource "a" "b" {\n  image = "nginx:latest"\n}\n';
    const before = sarif(result([finding({ range: range(2, 11) })]), { readSource: () => body }).runs[0].results[0];
    const shifted = "# a comment\n\nlocals {}\n" + body;
    const after = sarif(result([finding({ range: range(5, 11) })]), { readSource: () => shifted }).runs[0].results[0];
    expect(before.partialFingerprints.primaryLocationLineHash).toBeDefined();
    expect(after.partialFingerprints).toEqual(before.partialFingerprints);
    expect(after.partialFingerprints["tfmould/v1"]).toBe(finding().fingerprint);
  });

  it("takes a known line hash instead of reading the file, and keeps those it works out", () => {
    const source = 'resource "a" "b" {\n  image = "nginx:latest"\n}\n';
    const known = new LineHashMemo();
    known.set("main.tf", 2, "feedface:1");
    const reads: string[] = [];
    const res = result([finding({ range: range(2, 11) }), finding({ file: "other.tf", range: range(2, 11), address: "a.c" })]);
    const run = sarif(res, { lineHashes: known, readSource: (f) => (reads.push(f), source) }).runs[0];
    expect(run.results[0].partialFingerprints.primaryLocationLineHash).toBe("feedface:1");
    expect(reads).toEqual(["other.tf"]);
    const computed = lineHashes(source, [2]).get(2);
    expect(run.results[1].partialFingerprints.primaryLocationLineHash).toBe(computed);
    expect(known.get("other.tf", 2)).toBe(computed);
    expect(known.added).toBe(2);
  });

  it("leaves primaryLocationLineHash out when the file cannot be read", () => {
    const r = sarif(result([finding()]), { readSource: () => undefined }).runs[0].results[0];
    expect(r.partialFingerprints).toEqual({ "tfmould/v1": finding().fingerprint });
  });

  it("lists related locations with ids and messages", () => {
    const res = result([
      finding({
        related: [
          { file: "variables.tf", range: range(4, 13), message: "default set here" },
          { file: "prod.tfvars", range: range(1, 9), message: "value set here" },
        ],
      }),
    ]);
    const r = sarif(res).runs[0].results[0];
    expect(r.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: "variables.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 4, startColumn: 13, endLine: 4, endColumn: 18 } },
        message: { text: "default set here" },
      },
      {
        id: 2,
        physicalLocation: { artifactLocation: { uri: "prod.tfvars", uriBaseId: "%SRCROOT%" }, region: { startLine: 1, startColumn: 9, endLine: 1, endColumn: 14 } },
        message: { text: "value set here" },
      },
    ]);
  });

  it("writes suppressions: inSource with the justification and comment, external for the baseline", () => {
    const res = result([
      finding({ suppressed: { kind: "inSource", reason: "pinned by the deploy job", commentRange: range(2, 3, 2, 40) } }),
      finding({ address: "x.y", suppressed: { kind: "external", reason: "baseline" } }),
      finding({ address: "x.z" }),
    ]);
    const results = sarif(res).runs[0].results;
    expect(results[0].suppressions).toEqual([
      {
        kind: "inSource",
        status: "accepted",
        justification: "pinned by the deploy job",
        location: { physicalLocation: { artifactLocation: { uri: "main.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 40 } } },
      },
    ]);
    expect(results[1].suppressions).toEqual([{ kind: "external", status: "accepted", justification: "baseline" }]);
    expect(results[2]).not.toHaveProperty("suppressions");
  });

  it("writes fixes as replacements of regions", () => {
    const res = result([
      finding({
        fix: {
          description: "Set prevent_destroy",
          file: "db.tf",
          replacements: [
            { range: range(9, 1, 9, 1), text: "  lifecycle {\n    prevent_destroy = true\n  }\n" },
            { range: range(3, 5, 3, 12), text: "" },
          ],
        },
      }),
    ]);
    const r = sarif(res).runs[0].results[0];
    expect(r.fixes).toEqual([
      {
        description: { text: "Set prevent_destroy" },
        artifactChanges: [
          {
            artifactLocation: { uri: "db.tf", uriBaseId: "%SRCROOT%" },
            replacements: [
              { deletedRegion: { startLine: 9, startColumn: 1, endLine: 9, endColumn: 1 }, insertedContent: { text: "  lifecycle {\n    prevent_destroy = true\n  }\n" } },
              { deletedRegion: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 12 }, insertedContent: { text: "" } },
            ],
          },
        ],
      },
    ]);
  });

  it("turns notices into tool execution notifications and marks the run unsuccessful on errors", () => {
    const res = result([], [
      { level: "error", message: "Cannot read file: permission denied", file: "secret.tf" },
      { level: "warning", message: "Not UTF-8 text; skipped", file: "bin.tf", range: range(1, 1, 1, 2) },
      { level: "warning", message: "Symlink loop at modules/loop" },
    ]);
    const inv = sarif(res).runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toEqual([
      { level: "error", message: { text: "Cannot read file: permission denied" }, locations: [{ physicalLocation: { artifactLocation: { uri: "secret.tf", uriBaseId: "%SRCROOT%" } } }] },
      {
        level: "warning",
        message: { text: "Not UTF-8 text; skipped" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "bin.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } } }],
      },
      { level: "warning", message: { text: "Symlink loop at modules/loop" } },
    ]);
    const onlyWarnings = sarif(result([], [{ level: "warning", message: "w" }])).runs[0].invocations[0];
    expect(onlyWarnings.executionSuccessful).toBe(true);
  });

  it("truncates results past the limit, keeping the most severe, and says so", () => {
    const res = result([
      finding({ address: "n1", severity: "note" }),
      finding({ address: "e1", severity: "error", suppressed: { kind: "external", reason: "baseline" } }),
      finding({ address: "w1", severity: "warning" }),
      finding({ address: "e2", severity: "error" }),
      finding({ address: "w2", severity: "warning" }),
    ]);
    const run = sarif(res, { limits: { resultsPerRun: 3 } }).runs[0];
    expect(run.results.map((r) => r.properties?.address)).toEqual(["w1", "e2", "w2"]);
    const notes = run.invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0].message.text).toContain("5 results exceed code scanning's limit of 3");
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  it("truncates related locations and tags past the limit, and says so", () => {
    const related = Array.from({ length: 5 }, (_, i) => ({ file: "v.tf", range: range(i + 1, 1), message: `m${i}` }));
    const res = result([finding({ related, ruleId: "no-hardcoded-secrets" })]);
    const run = sarif(res, { rules: [secretRule], limits: { locationsPerResult: 2, tagsPerRule: 2 } }).runs[0];
    expect(run.results[0].relatedLocations?.map((l) => l.message?.text)).toEqual(["m0", "m1"]);
    // "security" is kept: code scanning needs it to honour security-severity.
    expect(run.tool.driver.rules[0].properties.tags).toEqual(["secrets", "security"]);
    expect(run.invocations[0].toolExecutionNotifications.map((n) => n.message.text).join("\n")).toMatch(/3 tags[\s\S]*5 related locations/);
  });

  it("clamps degenerate ranges into valid regions", () => {
    const res = result([finding({ range: { start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } } })]);
    const region = sarif(res).runs[0].results[0].locations[0].physicalLocation?.region;
    expect(region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });

  it("writes an empty but valid log for a clean run", () => {
    const log = sarif(result([], [], { enabledRules: [{ id: "container-image-pinned", severity: "error" }] }));
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toHaveLength(1);
  });
});

describe("the SARIF checker itself", () => {
  it("rejects a log that breaks the schema", () => {
    const log = JSON.parse(formatSarif(result([finding()]), { cwd: CWD })) as { runs: { results: { level: string }[] }[] };
    log.runs[0].results[0].level = "fatal";
    expect(() => assertValidSarif(log)).toThrow(/schema/);
  });

  it("reports absolute uris, inconsistent rule indexes and numeric security severity", () => {
    const log = JSON.parse(formatSarif(result([finding({ ruleId: "no-hardcoded-secrets" })]), { cwd: CWD, rules: [secretRule] })) as {
      runs: { tool: { driver: { rules: { properties: Record<string, unknown> }[] } }; results: { ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = "file:///work/repo/main.tf";
    log.runs[0].results[0].ruleIndex = 3;
    log.runs[0].tool.driver.rules[0].properties["security-severity"] = 7.5;
    const problems = githubProblems(log).join("\n");
    expect(problems).toMatch(/uri not relative/);
    expect(problems).toMatch(/ruleIndex 3/);
    expect(problems).toMatch(/security-severity 7.5 is not a string/);
  });
});

describe("module roles in SARIF", () => {
  it("puts the role in each result's properties as moduleRole", () => {
    const log = toSarif(result([finding({ role: "deployment" }), finding({ address: "", file: "b.tf" }), finding({ address: "", role: "test", file: "c.tf" })]));
    assertValidSarif(log);
    expect(log.runs[0].results.map((r) => r.properties)).toEqual([
      { address: "aws_ecs_task_definition.web", moduleRole: "deployment" },
      undefined,
      { moduleRole: "test" },
    ]);
  });
});
