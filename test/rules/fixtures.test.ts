/**
 * The one table-driven test over every rule's fixtures.
 *
 * Layout: `fixtures/rules/<rule-id>/bad/` and `.../good/`. Each entry of
 * those folders is one fixture:
 *
 * - a file (`*.tf`, `*.tf.json`) is a module by itself;
 * - a directory is a multi-file fixture: every file under it is loaded
 *   (paths relative to the fixture directory), each folder holding `.tf`
 *   files is a module (so `modules/web/` under it is a child module called
 *   with `source = "./modules/web"`), `.tfvars` files beside a module are
 *   its variable files, a `.terraform.lock.hcl` is seen by rules, and a
 *   `.tfmould.json` at its top is the config for the run (its `roles`
 *   patterns are relative to the fixture's top, as the files are).
 *
 * A multi-file fixture with a `plan.json` (the output of `terraform show
 * -json`, written beside the configuration it came from) is linted with
 * that plan: the `plan` rules' findings must be at the resources' blocks,
 * marked with expect lines like any other; one at an address alone fails.
 *
 * A single-file fixture may set its config in a comment line:
 * `# fixture-config: {"strict": true}` (the `.tfmould.json` shape).
 *
 * Expected findings are written in the fixture: `# expect: <rule-id>` (or
 * `// expect:`) on the line before the flagged line; the finding's range
 * must start on the next line that is not itself an expect line. Add `@<col>`
 * (`# expect: container-image-pinned@13`) to pin the start column when a line
 * has two findings. Several expects may stack above one line, and one line
 * may list several, separated by commas. The test fails on any missing or
 * extra finding of the fixture's rule; findings of other rules are ignored,
 * except `syntax-error`: a fixture must parse unless it expects one.
 * Suppressed findings do not count. `bad/` fixtures expect at least one
 * finding; `good/` fixtures expect none. Every rule has at least 4 bad and 3
 * good fixtures. All catalog rules run, with the clock at 2026-06-01 (for
 * suppression expiry dates).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { parseConfigText } from "../../src/config/index.js";
import type { LoadedConfig } from "../../src/config/index.js";
import { lint } from "../../src/engine/index.js";
import { parsePlan } from "../../src/plan/index.js";
import type { FileFinding as Finding } from "../../src/engine/index.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fixturesRoot = path.join(repoRoot, "fixtures/rules");
const NOW = new Date("2026-06-01T12:00:00Z");
const MIN_BAD = 4;
const MIN_GOOD = 3;
const knownIds = new Set(rules.map((r) => r.id));

interface Fixture {
  /** `bad/foo.tf` or `bad/with-module` */
  readonly name: string;
  readonly kind: "bad" | "good";
  readonly files: Record<string, string>;
  readonly config: LoadedConfig | undefined;
}

interface Expectation {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly column: number | undefined;
  /** Where the expect comment is, for messages. */
  readonly at: string;
}

const EXPECT_LINE = /^\s*(?:#|\/\/)\s*expect:\s*(.*?)\s*$/;
const CONFIG_LINE = /^\s*#\s*fixture-config:\s*(.*?)\s*$/m;

function listFixtures(ruleId: string, kind: "bad" | "good"): Fixture[] {
  const dir = path.join(fixturesRoot, ruleId, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry): Fixture[] => {
      const full = path.join(dir, entry);
      const name = `${kind}/${entry}`;
      if (statSync(full).isDirectory()) {
        const files = readTree(full);
        const configText = files[".tfmould.json"];
        // The fixture's files are linted as if they sat in the working directory, so its config's
        // relative paths (`roles` patterns, `varFiles`) are resolved there, not in fixtures/.
        const config = configText === undefined ? undefined : { ...parseConfigText(configText, path.join(full, ".tfmould.json")), baseDir: repoRoot };
        return [{ name, kind, files, config }];
      }
      if (!/\.tf(\.json)?$/.test(entry)) return [];
      const text = readFileSync(full, "utf8");
      const header = CONFIG_LINE.exec(text);
      const config = header ? parseConfigText(header[1], `${full} (fixture-config)`) : undefined;
      return [{ name, kind, files: { [entry]: text }, config }];
    });
}

function readTree(root: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(path.join(root, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(path.join(root, rel)).isDirectory()) Object.assign(out, readTree(root, rel));
    else out[rel] = readFileSync(path.join(root, rel), "utf8");
  }
  return out;
}

/** The `# expect:` lines of every file of a fixture. */
function expectations(fixture: Fixture): { expected: Expectation[]; errors: string[] } {
  const expected: Expectation[] = [];
  const errors: string[] = [];
  for (const [file, text] of Object.entries(fixture.files)) {
    const lines = text.split(/\r\n|\n|\r/);
    lines.forEach((line, index) => {
      const match = EXPECT_LINE.exec(line);
      if (!match) return;
      let target = index + 1;
      while (target < lines.length && EXPECT_LINE.test(lines[target])) target++;
      for (const item of match[1].split(",").map((s) => s.trim())) {
        const m = /^([a-z0-9-]+)(?:@(\d+))?$/.exec(item);
        const at = `${file}:${index + 1}`;
        if (!m) errors.push(`${at}: cannot read "expect: ${match[1]}" (expected <rule-id> or <rule-id>@<column>)`);
        else if (!knownIds.has(m[1])) errors.push(`${at}: unknown rule "${m[1]}" in expect`);
        else expected.push({ ruleId: m[1], file, line: target + 1, column: m[2] ? Number(m[2]) : undefined, at });
      }
    });
  }
  return { expected, errors };
}

function describeFinding(f: Finding): string {
  return `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}: ${f.message}`;
}

/** Pairs expectations with findings (column-pinned ones first); returns what is left on either side. */
function compare(expected: readonly Expectation[], findings: readonly Finding[]): { missing: Expectation[]; extra: Finding[] } {
  const left = [...findings];
  const missing: Expectation[] = [];
  const ordered = [...expected].sort((a, b) => (a.column === undefined ? 1 : 0) - (b.column === undefined ? 1 : 0));
  for (const e of ordered) {
    const i = left.findIndex(
      (f) =>
        f.ruleId === e.ruleId &&
        f.file === e.file &&
        f.range.start.line === e.line &&
        (e.column === undefined || f.range.start.column === e.column),
    );
    if (i === -1) missing.push(e);
    else left.splice(i, 1);
  }
  return { missing, extra: left };
}

function runFixture(ruleId: string, fixture: Fixture): string[] {
  const { expected, errors } = expectations(fixture);
  const planText = fixture.files["plan.json"];
  const plan = planText === undefined ? undefined : parsePlan(planText, `${fixture.name}/plan.json`);
  const result = lint({ files: fixture.files, config: fixture.config, now: NOW, cwd: repoRoot, ...(plan ? { plan } : {}) });
  const checked = new Set([ruleId, "syntax-error"]);
  const relevant = expected.filter((e) => checked.has(e.ruleId));
  const all = result.findings.filter((f) => checked.has(f.ruleId) && !f.suppressed);
  const findings = all.filter((f): f is Finding => f.file !== undefined);
  const problems = [...errors, ...all.filter((f) => f.file === undefined).map((f) => `unexpected at the address alone: ${f.address} ${f.ruleId}: ${f.message}`)];
  if (fixture.kind === "bad" && !relevant.some((e) => e.ruleId === ruleId)) {
    problems.push(`a bad fixture must expect at least one ${ruleId} finding`);
  }
  if (fixture.kind === "good" && relevant.some((e) => e.ruleId === ruleId)) {
    problems.push(`a good fixture must not expect ${ruleId} findings`);
  }
  const { missing, extra } = compare(relevant, findings);
  for (const m of missing) {
    problems.push(`missing: ${m.ruleId} on ${m.file}:${m.line}${m.column !== undefined ? `:${m.column}` : ""} (expect at ${m.at})`);
  }
  for (const f of extra) problems.push(`unexpected: ${describeFinding(f)}`);
  for (const n of result.notices.filter((n) => n.level === "error")) problems.push(`error notice: ${n.message}`);
  return problems;
}

const table = rules.map((rule) => ({
  rule,
  bad: listFixtures(rule.id, "bad"),
  good: listFixtures(rule.id, "good"),
}));

describe("rule fixtures", () => {
  it(`every rule has at least ${MIN_BAD} bad and ${MIN_GOOD} good fixtures`, () => {
    const short = table
      .filter((t) => t.bad.length < MIN_BAD || t.good.length < MIN_GOOD)
      .map((t) => `${t.rule.id}: ${t.bad.length}/${MIN_BAD} bad, ${t.good.length}/${MIN_GOOD} good`);
    expect(short, `rules with too few fixtures under fixtures/rules/<id>/{bad,good}/:\n${short.join("\n")}`).toEqual([]);
  });

  it("has no fixture folder for an unknown rule", () => {
    const folders = existsSync(fixturesRoot)
      ? readdirSync(fixturesRoot).filter((d) => statSync(path.join(fixturesRoot, d)).isDirectory())
      : [];
    expect(folders.filter((d) => !knownIds.has(d))).toEqual([]);
  });

  for (const { rule, bad, good } of table) {
    const fixtures = [...bad, ...good];
    if (fixtures.length === 0) continue;
    describe(rule.id, () => {
      it.each(fixtures.map((f) => [f.name, f] as const))("%s", (_name, fixture) => {
        const problems = runFixture(rule.id, fixture);
        expect(problems, `fixtures/rules/${rule.id}/${fixture.name}:\n  ${problems.join("\n  ")}`).toEqual([]);
      });
    });
  }
});
