/**
 * Reads a built-in rule's `rules/<id>/README.md`: its title, its summary,
 * its fixed sections and its tested examples, and says where it disagrees
 * with the rule's code. The docs generator and the tests use it; the
 * runtime never reads a README (it gets the sections from
 * `rules/docs.generated.ts`).
 */
import * as path from "node:path";
import type { ModuleRole, Rule, RuleDocs } from "../rules/api/rule.js";
import { MODULE_ROLES } from "../rules/api/rule.js";

/** The sections every rule README has, in this order, with the `RuleDocs` field each fills. */
export const README_SECTIONS = [
  { key: "flags", title: "What it flags" },
  { key: "rationale", title: "Why" },
  { key: "remediation", title: "How to fix" },
  { key: "examples", title: "Examples" },
  { key: "options", title: "Options" },
  { key: "notes", title: "Notes and heuristics" },
  { key: "roles", title: "Applies to" },
] as const satisfies readonly { key: keyof RuleDocs; title: string }[];

export type SectionKey = (typeof README_SECTIONS)[number]["key"];

/** What an optional section says when a rule has nothing for it. */
export const NONE = "None.";

/** One section of a README: its Markdown body and the line its heading is on. */
export interface ReadmeSection {
  readonly body: string;
  /** 1-based line of the `## ` heading. */
  readonly line: number;
  /** 1-based line of the body's first line. */
  readonly bodyLine: number;
}

export interface RuleReadme {
  /** The file, for messages. */
  readonly file: string;
  readonly title: string;
  readonly summary: string;
  /** 1-based line of the summary. */
  readonly summaryLine: number;
  readonly sections: Readonly<Record<SectionKey, ReadmeSection>>;
}

/** A README that cannot be read as a rule README, located at a line. */
export class ReadmeError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = "ReadmeError";
  }
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * Splits a README into title, summary and sections.
 * @throws ReadmeError when the title, the summary or a section is missing, unknown, repeated or out of order.
 */
export function parseRuleReadme(text: string, file: string): RuleReadme {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  // Headings inside code fences are code, not headings.
  const headings: { level: number; title: string; line: number }[] = [];
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const f = FENCE.exec(line);
    if (f && (fence === undefined || (f[1][0] === fence[0] && f[1].length >= fence.length && line.trim() === f[1]))) {
      fence = fence === undefined ? f[1] : undefined;
      return;
    }
    if (fence !== undefined) return;
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) headings.push({ level: h[1].length, title: h[2], line: i + 1 });
  });
  if (fence !== undefined) throw new ReadmeError(file, lines.length, "a code block is not closed");

  const first = headings[0];
  if (!first || first.level !== 1 || lines.slice(0, first.line - 1).some((l) => l.trim() !== "")) {
    throw new ReadmeError(file, 1, "the README must start with `# <rule-id>`");
  }
  const rest = headings.slice(1);
  const stray = rest.find((h) => h.level === 1);
  if (stray) throw new ReadmeError(file, stray.line, `a second title "# ${stray.title}"; sections are "## " headings`);
  const sections = rest.filter((h) => h.level === 2);
  const firstSection = sections[0];
  const summary = lines
    .slice(first.line, firstSection ? firstSection.line - 1 : lines.length)
    .join("\n")
    .trim();
  if (summary === "") throw new ReadmeError(file, first.line + 1, "no summary line under the title");
  const summaryLine = first.line + 1 + lines.slice(first.line).findIndex((l) => l.trim() !== "");
  if (summary.includes("\n")) throw new ReadmeError(file, summaryLine + 1, "the summary under the title must be one line");

  const found = {} as Record<SectionKey, ReadmeSection>;
  sections.forEach((h, i) => {
    const expected = README_SECTIONS[i];
    if (!expected) throw new ReadmeError(file, h.line, `unexpected section "## ${h.title}" after "## ${README_SECTIONS[README_SECTIONS.length - 1].title}"`);
    if (h.title !== expected.title) {
      throw new ReadmeError(file, h.line, `expected "## ${expected.title}" here, found "## ${h.title}" (sections: ${sectionList()})`);
    }
    const end = sections[i + 1]?.line ?? lines.length + 1;
    const body = lines.slice(h.line, end - 1).join("\n").trim();
    if (body === "") throw new ReadmeError(file, h.line, `section "## ${h.title}" is empty (write "${NONE}" when there is nothing to say)`);
    const bodyLine = h.line + 1 + lines.slice(h.line, end - 1).findIndex((l) => l.trim() !== "");
    found[expected.key] = { body, line: h.line, bodyLine };
  });
  if (sections.length < README_SECTIONS.length) {
    const missing = README_SECTIONS[sections.length];
    throw new ReadmeError(file, lines.length, `missing section "## ${missing.title}" (sections: ${sectionList()})`);
  }
  return { file, title: first.title, summary, summaryLine, sections: found };
}

function sectionList(): string {
  return README_SECTIONS.map((s) => s.title).join(", ");
}

/** How a role is named in prose. */
const ROLE_WORDS: Readonly<Record<ModuleRole, RegExp>> = {
  deployment: /\bdeployments?\b/i,
  module: /\bmodules?\b/i,
  example: /\bexamples?\b/i,
  test: /\btests?\b/i,
  fixture: /\bfixtures?\b/i,
};

/**
 * Where a README disagrees with its rule's code: the title is not the id,
 * the summary is not the code's, the options section does not name every
 * option (or names options the rule does not have), the roles section does
 * not name every role the rule applies to; or where its examples cannot be
 * run as tests (see `examplesOf`). Empty when all is well.
 */
export function readmeProblems(rule: Rule, readme: RuleReadme): string[] {
  const problems: string[] = [];
  const at = (section: ReadmeSection): string => `${readme.file}:${section.line}`;
  if (readme.title !== rule.id) problems.push(`${readme.file}:1: the title is "${readme.title}", the rule's id is "${rule.id}"`);
  if (readme.summary !== rule.summary) {
    problems.push(`${readme.file}:${readme.summaryLine}: the summary is "${readme.summary}", the rule's code says "${rule.summary}"`);
  }
  const options = Object.keys(rule.optionsSchema?.properties ?? {});
  const optionsText = readme.sections.options.body;
  if (options.length === 0 && optionsText !== NONE) {
    problems.push(`${at(readme.sections.options)}: the rule has no options, so the section must say "${NONE}"`);
  }
  for (const name of options) {
    if (!optionsText.includes(`\`${name}\``)) problems.push(`${at(readme.sections.options)}: option \`${name}\` is not described`);
  }
  const roles = rule.roles ?? MODULE_ROLES;
  const rolesText = readme.sections.roles.body;
  if (roles.length < MODULE_ROLES.length || !/\bevery module role\b/i.test(rolesText)) {
    for (const role of roles) {
      if (!ROLE_WORDS[role].test(rolesText)) problems.push(`${at(readme.sections.roles)}: the rule applies to the role "${role}", which the section does not name`);
    }
  }
  if (roles.length < MODULE_ROLES.length && /\bevery module role\b/i.test(rolesText)) {
    problems.push(`${at(readme.sections.roles)}: says "every module role", but the rule applies only to ${roles.join(", ")}`);
  }
  for (const key of ["flags", "rationale", "remediation", "examples"] as const) {
    if (readme.sections[key].body === NONE) problems.push(`${at(readme.sections[key])}: this section cannot be "${NONE}"`);
  }
  try {
    examplesOf(readme);
  } catch (error) {
    if (!(error instanceof ReadmeError)) throw error;
    problems.push(error.message);
  }
  return problems;
}

/** The README's sections as `RuleDocs`, leaving out optional ones that say "None.". */
export function readmeDocs(readme: RuleReadme, link: (target: string) => string): RuleDocs {
  const body = (key: SectionKey): string | undefined => {
    const text = readme.sections[key].body;
    return text === NONE ? undefined : rewriteLinks(text, link);
  };
  return {
    flags: body("flags"),
    rationale: body("rationale") ?? "",
    remediation: body("remediation") ?? "",
    examples: body("examples") ?? "",
    options: body("options"),
    notes: body("notes"),
    roles: body("roles"),
  };
}

/**
 * Rewrites the targets of relative Markdown links (`[text](../../docs/x.md#a)`),
 * outside code, with `link`, which gets the target resolved to a path from
 * the repository root (`docs/x.md#a`). Absolute URLs and `#anchors` stay.
 */
export function rewriteLinks(markdown: string, link: (target: string) => string, from = "rules/_"): string {
  let fence: string | undefined;
  return markdown
    .split("\n")
    .map((line) => {
      const f = FENCE.exec(line);
      if (f && (fence === undefined || (f[1][0] === fence[0] && line.trim() === f[1]))) {
        fence = fence === undefined ? f[1] : undefined;
        return line;
      }
      if (fence !== undefined) return line;
      return line.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#") || target.startsWith("/")) return whole;
        return `](${link(path.posix.normalize(path.posix.join(from, target)))})`;
      });
    })
    .join("\n");
}

/**
 * The marker that says a line of a bad example is where a finding starts:
 * `# ← <rule-id>` (or `// ← <rule-id>`) at the end of the line; several
 * ids are separated by commas, and `×2` after an id expects two findings of
 * it on the line. It is removed before the example is linted.
 */
export const FINDING_MARKER = /\s*(?:#|\/\/)\s*←\s*(\S.*?)\s*$/;

const MARKER_ITEM = /^([a-z0-9-]+(?:\/[a-z0-9-]+)?)(?:\s*×\s*([1-9]))?$/;

/** A finding a bad example expects: where it starts, and its rule. */
export interface ExpectedFinding {
  readonly file: string;
  /** 1-based line in the file. */
  readonly line: number;
  readonly ruleId: string;
}

/**
 * One tested example of a rule README: a fenced `hcl` block marked `bad` or
 * `good`, or several such blocks in a row that each name their file
 * (`file=main.tf`, then `file=.terraform.lock.hcl`): one module of those files.
 */
export interface Example {
  readonly verdict: "bad" | "good";
  /** `role=<role>`: the module role the example is linted in (default `deployment`). */
  readonly role: ModuleRole;
  /** The example's files by name (`file=<name>`, default `main.tf`), markers removed. */
  readonly files: Readonly<Record<string, string>>;
  /** The findings the markers expect. */
  readonly expected: readonly ExpectedFinding[];
  /** 1-based line of the (first) opening fence in the README. */
  readonly line: number;
}

/** What the info string of a tested example may say besides its language and verdict. */
const EXAMPLE_ATTRIBUTES = ["role", "file"] as const;

/**
 * The tested examples of a README's "Examples" section: every `hcl` block
 * there must be marked `bad` or `good` (```` ```hcl bad role=module ````);
 * blocks in other languages are illustrations and are not run.
 * @throws ReadmeError for an unmarked `hcl` block, an unknown word in an info string or a marker, a marker in a good example or a bad example without one.
 */
export function examplesOf(readme: RuleReadme): Example[] {
  const section = readme.sections.examples;
  const lines = section.body.split("\n");
  const examples: { verdict: "bad" | "good"; role: ModuleRole; files: Record<string, string>; expected: ExpectedFinding[]; line: number; named: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*(\S*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    const close = lines.findIndex((l, j) => j > i && l.trim() === fence);
    const next = close === -1 ? lines.length : close;
    const at = section.bodyLine + i;
    const body = lines.slice(i + 1, next);
    i = next;
    if (open[2] !== "hcl") continue;
    const words = open[3].split(/\s+/).filter(Boolean);
    const verdicts = words.filter((w) => w === "bad" || w === "good");
    if (verdicts.length !== 1) {
      throw new ReadmeError(readme.file, at, "mark each hcl example `bad` or `good` (```hcl bad): every example is run as a test");
    }
    const attributes: Record<string, string> = {};
    for (const word of words.filter((w) => w !== "bad" && w !== "good")) {
      const kv = /^([a-z]+)=(\S+)$/.exec(word);
      if (!kv || !(EXAMPLE_ATTRIBUTES as readonly string[]).includes(kv[1])) {
        throw new ReadmeError(readme.file, at, `unknown "${word}" after \`\`\`hcl (expected bad or good, ${EXAMPLE_ATTRIBUTES.map((a) => `${a}=…`).join(", ")})`);
      }
      attributes[kv[1]] = kv[2];
    }
    const role = attributes.role ?? "deployment";
    if (!(MODULE_ROLES as readonly string[]).includes(role)) {
      throw new ReadmeError(readme.file, at, `unknown role "${role}" (expected one of ${MODULE_ROLES.join(", ")})`);
    }
    const verdict = verdicts[0] as "bad" | "good";
    const file = attributes.file ?? "main.tf";
    const named = attributes.file !== undefined;
    const previous = examples[examples.length - 1];
    const joins = named && previous !== undefined && previous.named && previous.verdict === verdict && previous.role === role && !(file in previous.files);
    const example = joins ? previous : { verdict, role: role as ModuleRole, files: {}, expected: [], line: at, named };
    const expected: ExpectedFinding[] = [];
    const code = body.map((text, k) => {
      const marker = FINDING_MARKER.exec(text);
      if (!marker) return text;
      for (const item of marker[1].split(",").map((s) => s.trim())) {
        const m = MARKER_ITEM.exec(item);
        if (!m) throw new ReadmeError(readme.file, at + 1 + k, `cannot read the marker "${item}" (expected # ← <rule-id>, or <rule-id> ×2)`);
        for (let n = 0; n < Number(m[2] ?? 1); n++) expected.push({ file, line: k + 1, ruleId: m[1] });
      }
      return text.slice(0, marker.index);
    });
    if (verdict === "good" && expected.length > 0) throw new ReadmeError(readme.file, at + expected[0].line, "a good example marks a finding");
    example.files[file] = code.join("\n") + "\n";
    example.expected.push(...expected);
    if (!joins) examples.push(example);
  }
  for (const example of examples) {
    if (example.verdict === "bad" && example.expected.length === 0) {
      throw new ReadmeError(readme.file, example.line, "a bad example marks no finding (end each flagged line with `# ← <rule-id>`)");
    }
  }
  return examples.map(({ named: _named, ...example }) => example);
}
