/**
 * Issue 14: the CI formats carry markup characters, quotes, control
 * characters and characters outside the Basic Multilingual Plane from
 * messages and file names without breaking their documents: the XML ones
 * parse back (with a conforming parser) to the same text, GitLab's JSON to
 * the same strings, and nothing reaches a log raw that would steer it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/index.js";
import { EXIT_FINDINGS } from "../../src/cli/exit-codes.js";
import type { LintResult } from "../../src/engine/types.js";
import { format } from "../../src/report/index.js";
import type { GitlabIssue } from "../../src/report/index.js";
import { fakeIO } from "../cli/fake-io.js";
import { makeTree, removeTree } from "../cli/tree.js";
import { finding, range, result } from "../report/make.js";
import { childrenNamed, parseXml } from "../report/xml-check.js";

/** Markup, both quotes, an entity look-alike, a CDATA end, C0 (ESC, NUL, BS, tab), C1 CSI, DEL, bidi, separators, astral characters. */
const NASTY = `<b a="1" c='2'>&amp; ]]> \u001b[2J\u0000\u0008\t\u009b\u007f \u202e\u2066 \u2028 𝄞😀`;
const FILE = `dir/<x&y> "q" 'a' \u001b]0;t\u0007 😀.tf`;

/** The text after XML: the characters XML 1.0 cannot hold shown as `\u{…}`, all else as it was. */
// eslint-disable-next-line no-control-regex -- the characters under test
const inXml = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
/** Raw in a document, these would act on a terminal or a log viewer. */
// eslint-disable-next-line no-control-regex -- the characters under test
const STEERING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

function hostile(): LintResult {
  return result(
    [
      finding({ file: FILE, message: NASTY, range: range(2, 3) }),
      finding({ file: FILE, ruleId: "no-provisioners", severity: "warning", message: `second ${NASTY}`, range: range(5, 1) }),
    ],
    [{ level: "error", message: `cannot read ${NASTY}`, file: FILE }],
  );
}

describe("CI formats with hostile text", () => {
  it("junit parses back to the messages and paths", () => {
    const text = format(hostile(), "junit", { cwd: "/w", root: "/w" });
    expect(text.replace(/\n/g, "")).not.toMatch(STEERING);
    expect(text).toContain("𝄞😀");
    const suites = childrenNamed(parseXml(text), "testsuite");
    expect(suites.map((s) => s.attributes.name)).toEqual([inXml(FILE)]);
    const cases = childrenNamed(suites[0], "testcase");
    expect(cases.map((c) => [c.attributes.name, c.attributes.classname, c.attributes.file, c.children[0].name])).toEqual([
      ["tfmould", inXml(FILE), inXml(FILE), "error"],
      ["container-image-pinned", inXml(FILE), inXml(FILE), "failure"],
      ["no-provisioners", inXml(FILE), inXml(FILE), "failure"],
    ]);
    // The tab is in the message: a failure's message attribute keeps it, and its text is one line per finding.
    expect(cases[1].children[0].attributes.message).toBe(inXml(NASTY));
    expect(cases[1].children[0].text).toBe(inXml(`${FILE}:2:3: error: ${NASTY} [container-image-pinned]`));
    expect(cases[0].children[0].attributes.message).toBe(inXml(`cannot read ${NASTY}`));
  });

  it("checkstyle parses back to the messages and paths", () => {
    const text = format(hostile(), "checkstyle", { cwd: "/w", root: "/w" });
    expect(text.replace(/\n/g, "")).not.toMatch(STEERING);
    const files = childrenNamed(parseXml(text), "file");
    expect(files.map((f) => f.attributes.name)).toEqual([inXml(FILE)]);
    expect(files[0].children.map((e) => e.attributes.message)).toEqual([`cannot read ${NASTY}`, NASTY, `second ${NASTY}`].map(inXml));
  });

  it("gitlab parses back to exactly the messages and paths", () => {
    const text = format(hostile(), "gitlab", { cwd: "/w", root: "/w" });
    expect(text.replace(/\n/g, "")).not.toMatch(STEERING);
    const issues = JSON.parse(text) as GitlabIssue[];
    expect(issues.map((i) => [i.description, i.location.path])).toEqual([
      [`cannot read ${NASTY}`, FILE],
      [NASTY, FILE],
      [`second ${NASTY}`, FILE],
    ]);
  });

  it("compact shows every steering character as \\u{…} and keeps the rest", () => {
    const text = format(hostile(), "compact", { cwd: "/w", root: "/w" });
    const lines = text.split("\n");
    expect(lines).toHaveLength(4);
    expect(text.replace(/\n/g, "")).not.toMatch(STEERING);
    expect(lines[1]).toBe(
      `dir/<x&y> "q" 'a' \\u{1b}]0;t\\u{7} 😀.tf:2:3: error: <b a="1" c='2'>&amp; ]]> \\u{1b}[2J\\u{0}\\u{8}\\u{9}\\u{9b}\\u{7f} \\u{202e}\\u{2066} \\u{2028} 𝄞😀 [container-image-pinned]`,
    );
  });
});

describe("CI formats from the command, on a file named with markup and astral characters", () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach(removeTree));

  it("write reports that read back to the file's name and the finding's line", async () => {
    const name = `a&b<c>'d'"e" 😀.tf`;
    const root = makeTree({ [name]: 'resource "docker_container" "web" {\n  image = "nginx:latest"\n}\n' });
    roots.push(root);
    for (const [fmt, out] of [
      ["junit", "r/junit.xml"],
      ["checkstyle", "r/checkstyle.xml"],
      ["gitlab", "r/gl-code-quality-report.json"],
      ["compact", "r/compact.txt"],
    ] as const) {
      const io = fakeIO(root);
      expect(await run([".", "--format", fmt, "-o", out], io)).toBe(EXIT_FINDINGS);
      expect(io.out()).toBe("");
      const text = readFileSync(join(root, out), "utf8");
      if (fmt === "junit") {
        const tc = childrenNamed(childrenNamed(parseXml(text), "testsuite")[0], "testcase").find((c) => c.attributes.name === "container-image-pinned");
        expect(tc?.attributes.file).toBe(name);
        expect(tc?.children[0].text).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2:\\d+: error: `));
      } else if (fmt === "checkstyle") {
        const file = childrenNamed(parseXml(text), "file")[0];
        expect(file.attributes.name).toBe(name);
        expect(file.children.find((e) => e.attributes.source === "container-image-pinned")?.attributes.line).toBe("2");
      } else if (fmt === "gitlab") {
        const issue = (JSON.parse(text) as GitlabIssue[]).find((i) => i.check_name === "container-image-pinned");
        expect(issue?.location).toEqual({ path: name, lines: { begin: 2 } });
      } else {
        expect(text).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2:\\d+: error: .* \\[container-image-pinned\\]$`, "m"));
      }
    }
  });
});
