/**
 * Checks every SARIF log the tests produce: the official SARIF 2.1.0 schema
 * (draft-04, through ajv-draft-04) and GitHub code scanning's own rules.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import AjvDraft04 from "ajv-draft-04";
import type { ErrorObject } from "ajv";

// A CommonJS module: under NodeNext its class is the `default` of the default import.
const Ajv = AjvDraft04.default;

const require = createRequire(import.meta.url);
const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as object;
// The schema has a language pattern that is only valid without the `u` flag.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
const validate = ajv.compile(schema);

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`).join("\n");
}

interface Region {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
interface Loc {
  id?: number;
  physicalLocation?: { artifactLocation?: { uri?: string; uriBaseId?: string }; region?: Region };
}

function checkLocation(loc: Loc, where: string, problems: string[]): void {
  const art = loc.physicalLocation?.artifactLocation;
  const uri = art?.uri;
  if (typeof uri !== "string") {
    problems.push(`${where}: no uri`);
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith("/")) problems.push(`${where}: uri not relative: ${uri}`);
  if (uri.includes("\\")) problems.push(`${where}: backslash in uri: ${uri}`);
  if (/[ #?%](?![0-9A-F]{2})/.test(uri.replace(/%[0-9A-F]{2}/g, ""))) problems.push(`${where}: uri not percent-encoded: ${uri}`);
  if (art?.uriBaseId !== "%SRCROOT%") problems.push(`${where}: uriBaseId is not %SRCROOT%`);
  const r = loc.physicalLocation?.region;
  if (r) {
    for (const k of ["startLine", "startColumn", "endLine", "endColumn"] as const) {
      if (typeof r[k] !== "number" || (r[k] as number) < 1) problems.push(`${where}: region.${k} missing or < 1`);
    }
    if ((r.endLine ?? 0) < (r.startLine ?? 0)) problems.push(`${where}: region ends before it starts`);
    if (r.endLine === r.startLine && (r.endColumn ?? 0) < (r.startColumn ?? 0)) problems.push(`${where}: endColumn < startColumn`);
  }
}

/** GitHub code scanning's constraints beyond the schema; returns the problems found. */
export function githubProblems(log: unknown): string[] {
  const problems: string[] = [];
  const runs = (log as { runs?: unknown[] }).runs ?? [];
  if (runs.length !== 1) problems.push(`expected one run, got ${runs.length}`);
  for (const run of runs as Record<string, unknown>[]) {
    const tool = run.tool as { driver: { rules?: Record<string, unknown>[] }; extensions?: { name?: string; rules?: Record<string, unknown>[] }[] };
    const rules = tool.driver.rules ?? [];
    const ids = rules.map((r) => r.id as string);
    if (new Set(ids).size !== ids.length) problems.push("duplicate rule ids in driver.rules");
    // Plugins' rules are described in their extensions, which results name by index.
    const extensions = tool.extensions ?? [];
    const extensionIds = extensions.map((e) => (e.rules ?? []).map((r) => r.id as string));
    const allIds = [...ids, ...extensionIds.flat()];
    if (new Set(allIds).size !== allIds.length) problems.push("a rule id is described twice across driver and extensions");
    extensions.forEach((e, i) => {
      if (typeof e.name !== "string" || e.name === "") problems.push(`extensions[${i}]: no name`);
      for (const id of extensionIds[i]) if (!id.startsWith(`${e.name}/`)) problems.push(`extensions[${i}]: rule ${id} is not in ${String(e.name)}'s namespace`);
    });
    for (const rule of [...rules, ...extensions.flatMap((e) => e.rules ?? [])]) {
      const props = (rule.properties ?? {}) as Record<string, unknown>;
      const sev = props["security-severity"];
      if (sev !== undefined) {
        if (typeof sev !== "string" || !/^\d+(\.\d+)?$/.test(sev) || Number(sev) > 10) problems.push(`rule ${String(rule.id)}: security-severity ${String(sev)} is not a string 0.0-10.0`);
        if (!(props.tags as string[] | undefined)?.includes("security")) problems.push(`rule ${String(rule.id)}: security-severity without the security tag`);
      }
      if (((props.tags as unknown[] | undefined) ?? []).length > 20) problems.push(`rule ${String(rule.id)}: more than 20 tags`);
      if (!(rule.help as { text?: string } | undefined)?.text) problems.push(`rule ${String(rule.id)}: no help.text`);
    }
    const results = (run.results ?? []) as Record<string, unknown>[];
    if (results.length > 25_000) problems.push("more than 25,000 results");
    results.forEach((res, i) => {
      const where = `results[${i}]`;
      const idx = res.ruleIndex as number;
      const component = (res.rule as { index?: number; toolComponent?: { index?: number; name?: string } } | undefined)?.toolComponent;
      if (component === undefined) {
        if (ids[idx] !== res.ruleId) problems.push(`${where}: ruleIndex ${idx} does not point at ${String(res.ruleId)}`);
      } else {
        const e = component.index !== undefined ? extensions[component.index] : undefined;
        if (!e || e.name !== component.name) problems.push(`${where}: rule.toolComponent does not name an extension`);
        else if (extensionIds[component.index as number][idx] !== res.ruleId) problems.push(`${where}: ruleIndex ${idx} does not point at ${String(res.ruleId)} in ${String(e.name)}`);
        if ((res.rule as { index?: number }).index !== idx) problems.push(`${where}: rule.index differs from ruleIndex`);
      }
      if (!["error", "warning", "note"].includes(res.level as string)) problems.push(`${where}: bad level`);
      const locs = (res.locations ?? []) as Loc[];
      if (locs.length !== 1) problems.push(`${where}: expected one location`);
      locs.forEach((l, j) => checkLocation(l, `${where}.locations[${j}]`, problems));
      const related = (res.relatedLocations ?? []) as Loc[];
      if (related.length > 1000) problems.push(`${where}: more than 1000 related locations`);
      related.forEach((l, j) => checkLocation(l, `${where}.relatedLocations[${j}]`, problems));
      const fp = res.partialFingerprints as Record<string, string> | undefined;
      if (!fp || !fp["tfmould/v1"]) problems.push(`${where}: no tfmould/v1 fingerprint`);
      if (fp?.primaryLocationLineHash !== undefined && !/^[0-9a-f]{1,16}:\d+$/.test(fp.primaryLocationLineHash)) problems.push(`${where}: malformed primaryLocationLineHash`);
    });
  }
  return problems;
}

/**
 * Asserts that a SARIF log (object or JSON text) is valid against the official
 * schema and GitHub's constraints; throws with every problem listed.
 */
export function assertValidSarif(log: unknown): void {
  const value = typeof log === "string" ? (JSON.parse(log) as unknown) : log;
  if (!validate(value)) throw new Error(`SARIF schema violations:\n${describeErrors(validate.errors)}`);
  const problems = githubProblems(value);
  if (problems.length) throw new Error(`GitHub code scanning constraints violated:\n${problems.join("\n")}`);
}
