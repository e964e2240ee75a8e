/**
 * Stylish output in a terminal's width: the first sentence leads with the
 * rule id on the first line, the advice follows with a hanging indent, and
 * no line is longer than the width unless one word is.
 */
import { describe, expect, it } from "vitest";
import { formatStylish, splitFirstSentence } from "../../src/report/stylish.js";
import { stylishWidth } from "../../src/cli/run.js";
import { fakeIO } from "../cli/fake-io.js";
import { finding, range, result } from "./make.js";

/** Messages as rules write them (150 to 280 characters), with the rule ids that are the longest. */
const LONG = [
  finding({
    ruleId: "database-deletion-protection",
    severity: "warning",
    range: range(43, 1),
    address: "aws_db_instance.main",
    message: "aws_db_instance.main has no deletion_protection (the provider default is false): any plan or console action can delete the database. Set deletion_protection = true.",
  }),
  finding({
    ruleId: "no-hardcoded-secrets",
    range: range(49, 25),
    address: "aws_db_instance.main",
    message:
      "aws_db_instance.main has a hard-coded secret in password: it ends up in version control, in every plan and in the state. Read it from a secret store (a data source, a sensitive variable without a default set from the environment) instead.",
  }),
  finding({
    ruleId: "provider-version-pinned",
    severity: "warning",
    range: range(113, 1),
    address: "provider.aws",
    message:
      'Provider "aws" (used by aws_launch_template.web) has no required_providers entry, so Terraform guesses its source and takes any version; add aws = { source = "<namespace>/aws", version = ">= X.Y" } to terraform { required_providers }.',
  }),
  finding({
    ruleId: "container-image-pinned",
    file: "modules/web/main.tf",
    range: range(6, 11),
    address: 'module.web["blue"].docker_container.this',
    message: 'docker_container.this: Image "ghcr.io/acme/frontend:latest" uses the floating tag "latest"; pin a version tag or an @sha256 digest.',
  }),
  finding({
    ruleId: "asg-instance-refresh",
    file: "modules/web/main.tf",
    range: range(28, 1),
    address: "module.web.aws_autoscaling_group.web",
    message: 'The group uses a launch template but has no instance_refresh block: add instance_refresh { strategy = "Rolling" }.',
  }),
  finding({
    ruleId: "no-boot-time-configuration",
    file: "modules/web/main.tf",
    severity: "warning",
    range: range(22, 5),
    message: "aws_launch_template.web's boot script installs packages from https://example.com/a/very/long/url/that/cannot/be/broken/anywhere/because/it/has/no/spaces/at/all/in/it/whatsoever/x.sh at boot; bake it into the image.",
  }),
];
const NOTICE = { level: "warning" as const, message: "The file could not be read: it is larger than the 16 MiB limit (--max-file-size), so nothing in it was checked and its findings are missing.", file: "big.tf" };
const res = result(LONG, [NOTICE]);

/** The report's lines for each finding: from its position line to the next position line, file name or blank line. */
function blocks(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split("\n")) {
    if (/^ +\d+:\d+ /.test(line) || /^ +- /.test(line)) out.push([line]);
    else if (/^ {4,}\S/.test(line)) out[out.length - 1].push(line);
  }
  return out;
}

describe.each([80, 120])("stylish at %i columns", (width) => {
  const text = formatStylish(res, { cwd: "/r", root: "/r", width });
  const findings = blocks(text).filter((b) => !/^ +- /.test(b[0]));

  it("has no line longer than the width, except for a word that is", () => {
    for (const line of text.split("\n")) {
      if ([...line].length <= width) continue;
      expect(line.trim().split(/\s+/).some((word) => word.length > width / 2)).toBe(true);
    }
  });

  it("shows each rule id on the first line of its finding, and the finding's whole message", () => {
    expect(findings).toHaveLength(LONG.length);
    const byLine = [...LONG].sort((a, b) => a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line);
    for (const block of findings) {
      const id = byLine.find((f) => block[0].trimEnd().endsWith(f.ruleId))?.ruleId;
      expect(id, block[0]).toBeDefined();
      const f = LONG.find((x) => x.ruleId === id)!;
      const words = block
        .join(" ")
        .replace(/^ +\d+:\d+ +\w+ +/, "")
        .split(/\s+/)
        .filter((w) => w !== id && w !== "");
      const message = f.address.startsWith("module.") ? f.message.replace(/^docker_container\.this/, f.address) : f.message;
      const expected = message.split(/\s+/);
      // The instance address is added when the message does not start with it.
      if (f.ruleId === "asg-instance-refresh") expected.splice(expected.indexOf("add"), 0, `(${f.address})`);
      expect(words.sort()).toEqual(expected.sort());
    }
  });

  it("leads with the first sentence and puts the advice on the lines below, under the message", () => {
    const secret = findings.find((b) => b.join("\n").includes("no-hardcoded-secrets"))!;
    expect(secret[0]).toMatch(/^ +49:25 +error +(?:aws_db_instance\.main has a hard-coded secret in password: +)?no-hardcoded-secrets$/);
    const indent = secret[0].indexOf(width >= 120 ? "aws_db_instance" : "no-hardcoded");
    for (const line of secret.slice(1)) expect(line.length - line.trimStart().length).toBe(indent);
    expect(secret.at(-1)).toMatch(/instead\.$/);
  });

  it("shows a module instance's whole address", () => {
    expect(text).toContain('module.web["blue"].docker_container.this: Image');
    expect(text).toContain("(module.web.aws_autoscaling_group.web)");
  });

  it("wraps notices too", () => {
    const notice = blocks(text).find((b) => /^ +- /.test(b[0]))!;
    expect(notice.length).toBeGreaterThan(1);
    expect(notice[0]).toMatch(/^ {2}-\s+warning {2}The file could not be read/);
  });
});

describe("stylish at 120 columns", () => {
  it("lines the rule ids of a file up in one column", () => {
    const text = formatStylish(res, { cwd: "/r", root: "/r", width: 120 });
    const mainTf = text.split("\n\n")[1].split("\n");
    expect(mainTf[0]).toBe("main.tf");
    const firsts = mainTf.filter((l) => /^ +\d+:\d+ /.test(l));
    expect(firsts).toHaveLength(3);
    expect(new Set(firsts.map((l) => l.search(/\S+$/)))).toEqual(new Set([120 - "database-deletion-protection".length]));
  });
});

describe("stylish in any width", () => {
  it("places the rule ids alike in every file: all beside the message, or all leading it", () => {
    const styles = new Set<string>();
    for (let width = 60; width <= 130; width++) {
      const text = formatStylish(res, { cwd: "/r", root: "/r", width });
      const firsts = blocks(text)
        .filter((b) => !/^ +- /.test(b[0]))
        .map((b) => b[0]);
      expect(firsts).toHaveLength(LONG.length);
      const leads = new Set(firsts.map((l) => /^ +\d+:\d+ +\w+ +[a-z-]+$/.test(l)));
      expect(leads.size, `width ${width}:\n${firsts.join("\n")}`).toBe(1);
      styles.add([...leads].join());
    }
    // Both layouts occur in that range of widths, so the check above compares something.
    expect(styles).toEqual(new Set(["true", "false"]));
  });
});

describe("the first sentence of a message", () => {
  it.each([
    ["A b c. D e.", "A b c.", "D e."],
    ["x.y has a secret in password: it ends up in the state.", "x.y has a secret in password:", "it ends up in the state."],
    ['docker_container.this: Image "a:latest" uses the tag "latest"; pin it.', 'docker_container.this: Image "a:latest" uses the tag "latest";', "pin it."],
    ['Value "a. b: c; d" is wrong; fix it.', 'Value "a. b: c; d" is wrong;', "fix it."],
    ["It has no bound (e.g. ~> 1.0; or = 1.2.3), so anything goes.", "It has no bound (e.g. ~> 1.0; or = 1.2.3),", "so anything goes."],
    ["cap it, e.g. 1.5. Then run it.", "cap it, e.g. 1.5.", "Then run it."],
    ["A provisioner, which runs commands, is bad.", "A provisioner,", "which runs commands, is bad."],
    ["No sentence ends here", "No sentence ends here", ""],
    ["Ends at the end.", "Ends at the end.", ""],
  ])("%j", (message, head, rest) => {
    expect(splitFirstSentence(message)).toEqual({ head, rest });
  });
});

describe("the width the command lays stylish output out in", () => {
  const io = (isTTY: boolean, columns: number | undefined, env: Record<string, string> = {}) => {
    const base = fakeIO("/", { env });
    return { ...base, stdout: { write: base.stdout.write, isTTY, columns } };
  };
  it("is the terminal's, else COLUMNS, else 80", () => {
    expect(stylishWidth(io(true, 132), true)).toBe(132);
    expect(stylishWidth(io(true, 132, { COLUMNS: "100" }), false)).toBe(100);
    expect(stylishWidth(io(false, undefined, { COLUMNS: "100" }), true)).toBe(100);
    expect(stylishWidth(io(false, undefined, { COLUMNS: "wide" }), true)).toBe(80);
    expect(stylishWidth(io(false, undefined), true)).toBe(80);
  });
});
