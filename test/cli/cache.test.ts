/**
 * `--cache`: a re-run gives the report a run without the cache gives, and
 * re-lints only the groups of modules whose files changed; a cache that is
 * not exactly this tree's and this version's is ignored with one notice.
 * Which groups were reused is read from the `--debug` line the command
 * prints ("cache: N groups reused, M groups linted").
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { crc32 } from "node:zlib";
import { existsSync, linkSync, lstatSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { run } from "../../src/cli/index.js";
import { fakeIO } from "./fake-io.js";
import { makeTree, removeTree } from "./tree.js";

const trees: string[] = [];
afterAll(() => trees.forEach(removeTree));

const TEMPLATE_PLAIN = '#!/bin/bash\necho "ENVIRONMENT=${environment}" > /etc/app.env\nsystemctl restart app\n';
const TEMPLATE_INSTALLS = '#!/bin/bash\nnpm install -g pm2\nsystemctl restart app\n';

/** Three groups: `a` alone, `b` with the module it calls (and its tfvars), `c` with a template it reads. */
function tree(): string {
  const root = makeTree({
    ".tfmould.json": "{}\n",
    "a/main.tf": 'module "x" {\n  source = "git::https://example.com/x.git"\n}\n',
    "b/main.tf": [
      'variable "tag" {\n  type    = string\n  default = "1.0"\n}',
      'module "m" {\n  source = "./mod"\n}',
      'resource "aws_ecs_task_definition" "web" {\n  family = "web"\n  container_definitions = jsonencode([{ name = "web", image = "registry.example.com/web:${var.tag}" }])\n}',
      "",
    ].join("\n"),
    "b/terraform.tfvars": 'tag = "1.0.1"\n',
    "b/mod/main.tf": 'variable "x" {\n  type    = string\n  default = "y"\n}\n',
    "c/main.tf":
      'resource "aws_launch_template" "app" {\n  name_prefix = "app-"\n  image_id    = "ami-0c7217cdde317cfec"\n  user_data   = base64encode(templatefile("${path.module}/scripts/app.sh.tpl", { environment = "production" }))\n}\n',
    "c/scripts/app.sh.tpl": TEMPLATE_PLAIN,
  });
  trees.push(root);
  return root;
}

interface Outcome {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  /** Groups reused and linted, from the --debug line; undefined without --cache. */
  readonly reused?: number;
  readonly linted?: number;
}

async function cli(cwd: string, argv: readonly string[]): Promise<Outcome> {
  const io = fakeIO(cwd, { env: { COLUMNS: "120" } });
  const code = await run(["--debug", "-f", "json", ...argv], io);
  const m = /cache: (\d+) groups? reused, (\d+) groups? linted/.exec(io.err());
  return { code, out: io.out(), err: io.err(), ...(m ? { reused: Number(m[1]), linted: Number(m[2]) } : {}) };
}

/** A run with the cache, checked against a run without it on the same tree. */
async function cached(cwd: string, argv: readonly string[] = []): Promise<Outcome> {
  const withCache = await cli(cwd, ["--cache", ...argv, "."]);
  const location = argv.indexOf("--cache-location");
  const without = await cli(cwd, [...(location < 0 ? argv : [...argv.slice(0, location), ...argv.slice(location + 2)]), "."]);
  expect(withCache.out).toBe(without.out);
  expect(withCache.code).toBe(without.code);
  return withCache;
}

const ruleIds = (o: Outcome): string[] => (JSON.parse(o.out) as { findings: { ruleId: string; file: string }[] }).findings.map((f) => `${f.ruleId} ${f.file}`);
const notices = (o: Outcome): string[] => o.err.split("\n").filter((l) => l.includes("ignoring"));

describe("--cache", () => {
  it("reuses every group of an unchanged tree, with the same report", async () => {
    const root = tree();
    const first = await cached(root);
    expect(first).toMatchObject({ reused: 0, linted: 3 });
    expect(existsSync(join(root, ".tfmould-cache"))).toBe(true);
    expect(ruleIds(first)).toContain("module-source-pinned a/main.tf");
    const second = await cached(root);
    expect(second).toMatchObject({ reused: 3, linted: 0 });
    expect(second.out).toBe(first.out);
    expect(notices(second)).toEqual([]);
  });

  it("re-lints only the group of a changed file in a module", async () => {
    const root = tree();
    await cached(root);
    writeFileSync(join(root, "a/main.tf"), 'module "x" {\n  source = "git::https://example.com/x.git?ref=0123456789abcdef0123456789abcdef01234567"\n}\n');
    const after = await cached(root);
    expect(after).toMatchObject({ reused: 2, linted: 1 });
    expect(ruleIds(after)).not.toContain("module-source-pinned a/main.tf");
  });

  it("re-lints a group whose called module changed", async () => {
    const root = tree();
    await cached(root);
    writeFileSync(join(root, "b/mod/main.tf"), 'variable "x" {\n  type = string\n}\nmodule "z" {\n  source = "git::https://example.com/z.git"\n}\n');
    const after = await cached(root);
    expect(after).toMatchObject({ reused: 2, linted: 1 });
    expect(ruleIds(after)).toContain("module-source-pinned b/mod/main.tf");
  });

  it("re-lints the group that reads a changed tfvars file", async () => {
    const root = tree();
    const before = await cached(root);
    expect(ruleIds(before).filter((r) => r.startsWith("container-image-pinned"))).toEqual([]);
    writeFileSync(join(root, "b/terraform.tfvars"), 'tag = "latest"\n');
    const after = await cached(root);
    expect(after).toMatchObject({ reused: 2, linted: 1 });
    expect(ruleIds(after).some((r) => r.startsWith("container-image-pinned b/"))).toBe(true);
  });

  it("re-lints the group that reads a changed template (templatefile)", async () => {
    const root = tree();
    const before = await cached(root);
    expect(ruleIds(before)).not.toContain("no-boot-time-configuration c/scripts/app.sh.tpl");
    writeFileSync(join(root, "c/scripts/app.sh.tpl"), TEMPLATE_INSTALLS);
    const after = await cached(root);
    expect(after).toMatchObject({ reused: 2, linted: 1 });
    expect(ruleIds(after)).toContain("no-boot-time-configuration c/scripts/app.sh.tpl");
  });

  it("re-lints the groups a changed config applies to, and everything for other options", async () => {
    const root = tree();
    await cached(root);
    writeFileSync(join(root, "c/.tfmould.json"), '{ "rules": { "no-boot-time-configuration": "off" } }\n');
    expect(await cached(root)).toMatchObject({ reused: 2, linted: 1 });
    writeFileSync(join(root, ".tfmould.json"), '{ "rules": { "module-source-pinned": "off" } }\n');
    const after = await cached(root);
    expect(after).toMatchObject({ reused: 1, linted: 2 });
    expect(ruleIds(after)).not.toContain("module-source-pinned a/main.tf");
    // Options from the command line: nothing from the cache applies.
    expect(await cached(root, ["--rule", "module-source-pinned=error"])).toMatchObject({ reused: 0, linted: 3 });
  });

  it("re-lints a group when a module appears that calls into it", async () => {
    const root = tree();
    await cached(root);
    makeTreeFile(root, "d/main.tf", 'module "again" {\n  source = "../b/mod"\n}\n');
    const after = await cached(root);
    // d joins b's group: b and d are linted together, a and c come from the cache.
    expect(after).toMatchObject({ reused: 2, linted: 1 });
  });

  it("ignores a cache written by another version, with one notice", async () => {
    const root = tree();
    await cached(root);
    const file = join(root, ".tfmould-cache");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/"version":"[^"]*"/, '"version":"0.0.1-other"'));
    const after = await cached(root);
    expect(after).toMatchObject({ reused: 0, linted: 3 });
    expect(notices(after)).toHaveLength(1);
    expect(notices(after)[0]).toMatch(/written by tfmould 0\.0\.1-other/);
    // Rewritten for this version: the next run reuses it.
    expect(await cached(root)).toMatchObject({ reused: 3, linted: 0 });
  });

  it("ignores a cache of an older layout, with one notice, and rewrites it", async () => {
    const root = tree();
    await cached(root);
    const file = join(root, ".tfmould-cache");
    const text = readFileSync(file, "utf8");
    const layout = /^\{"tfmould-cache":(\d+),/.exec(text);
    expect(layout).not.toBeNull();
    writeFileSync(file, text.replace(layout![0], `{"tfmould-cache":${Number(layout![1]) - 1},`));
    const after = await cached(root);
    expect(after).toMatchObject({ reused: 0, linted: 3 });
    expect(notices(after)).toEqual([expect.stringMatching(/not a tfmould cache of this version/)]);
    expect(await cached(root)).toMatchObject({ reused: 3, linted: 0 });
  });

  it("keeps paths and messages past ASCII as they were, in lines of ASCII and the report's own bytes", async () => {
    const root = makeTreeAt({ "café/main.tf": 'module "x" {\n  source = "git::https://example.com/ü.git"\n}\n' });
    const first = await cached(root);
    expect(ruleIds(first).some((r) => r.includes("café/main.tf"))).toBe(true);
    const bytes = readFileSync(join(root, ".tfmould-cache"));
    // Four lines (header, manifest, index, results), then the report as it was written.
    let end = 0;
    for (let line = 0; line < 4; line++) end = bytes.indexOf(0x0a, end) + 1;
    expect(end).toBeGreaterThan(0);
    expect(bytes.subarray(0, end).every((b) => b < 0x80)).toBe(true);
    expect(bytes.subarray(end).toString("utf8")).toBe(first.out);
    const second = await cached(root);
    expect(second).toMatchObject({ reused: 1, linted: 0 });
    expect(second.out).toBe(first.out);
  });

  it("ignores a corrupt cache, with one notice, and writes a good one", async () => {
    const root = tree();
    await cached(root);
    const file = join(root, ".tfmould-cache");
    // A finding's message edited in place: still JSON, but not what was written.
    writeFileSync(file, readFileSync(file, "utf8").replace('"message":"', '"message":"(edited) '));
    const after = await cached(root);
    expect(after).toMatchObject({ reused: 0, linted: 3 });
    expect(notices(after)).toEqual([expect.stringMatching(/truncated or corrupt/)]);
    expect(after.out).not.toContain("(edited)");
    expect(await cached(root)).toMatchObject({ reused: 3, linted: 0 });
  });

  it("ignores a truncated cache, with one notice", async () => {
    const root = tree();
    await cached(root);
    const file = join(root, ".tfmould-cache");
    const bytes = readFileSync(file);
    for (const length of [bytes.length - 1, Math.floor(bytes.length / 2), 30]) {
      writeFileSync(file, bytes.subarray(0, length));
      const after = await cached(root);
      expect(after).toMatchObject({ reused: 0, linted: 3 });
      expect(notices(after)).toHaveLength(1);
      writeFileSync(file, bytes);
    }
  });

  it("ignores a cache from another tree, with one notice", async () => {
    const one = tree();
    const two = tree();
    await cached(one);
    writeFileSync(join(two, ".tfmould-cache"), readFileSync(join(one, ".tfmould-cache")));
    const after = await cached(two);
    expect(after).toMatchObject({ reused: 0, linted: 3 });
    expect(notices(after)).toEqual([expect.stringMatching(/another directory/)]);
  });

  it("leaves a file that is not a cache as it is, and never follows a link", async () => {
    const root = tree();
    writeFileSync(join(root, "notes.txt"), "mine\n");
    const notCache = await cached(root, ["--cache-location", "notes.txt"]);
    expect(notCache).toMatchObject({ reused: 0, linted: 3 });
    expect(notices(notCache)).toEqual([expect.stringMatching(/not a tfmould cache/)]);
    expect(readFileSync(join(root, "notes.txt"), "utf8")).toBe("mine\n");

    symlinkSync(join(root, "notes.txt"), join(root, "link-cache"));
    const linked = await cached(root, ["--cache-location", "link-cache"]);
    expect(notices(linked)).toEqual([expect.stringMatching(/symbolic link/)]);
    expect(lstatSync(join(root, "link-cache")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, "notes.txt"), "utf8")).toBe("mine\n");
  });

  it("keeps the cache where --cache-location says: a file, or a directory", async () => {
    const root = tree();
    await cached(root, ["--cache-location", "out/my.cache"]);
    expect(existsSync(join(root, "out/my.cache"))).toBe(true);
    expect(await cached(root, ["--cache-location", "out/my.cache"])).toMatchObject({ reused: 3, linted: 0 });
    await cached(root, ["--cache-location", "out/"]);
    expect(existsSync(join(root, "out/.tfmould-cache"))).toBe(true);
    expect(existsSync(join(root, ".tfmould-cache"))).toBe(false);
  });

  it("applies the baseline after the cache", async () => {
    const root = tree();
    await cli(root, ["--write-baseline", "base.json", "."]);
    await cached(root, ["--baseline", "base.json"]);
    const after = await cached(root, ["--baseline", "base.json"]);
    expect(after).toMatchObject({ reused: 3, linted: 0 });
    expect(after.code).toBe(0);
  });

  it("keeps the SARIF line hashes of its findings, and works them out again for a changed file", async () => {
    const root = tree();
    const sarifOf = async (argv: readonly string[]): Promise<string> => {
      const io = fakeIO(root);
      await run(["-f", "sarif", ...argv, "."], io);
      return io.out();
    };
    const hashesIn = (sarif: string): string[] =>
      (JSON.parse(sarif) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }).runs[0].results.map(
        (r) => r.partialFingerprints.primaryLocationLineHash,
      );
    const first = await sarifOf(["--cache"]);
    const hashes = hashesIn(first);
    expect(hashes.length).toBeGreaterThan(0);
    expect(hashes.every((h) => /^[0-9a-f]+:\d+$/.test(h))).toBe(true);
    // The cache holds them, beside the findings they belong to.
    const stored = readFileSync(join(root, ".tfmould-cache"), "utf8");
    for (const h of hashes) expect(stored).toContain(h);
    expect(await sarifOf(["--cache"])).toBe(first);
    // The finding's line changes but stays where it was: its hash is taken of the new text, not the cache's.
    writeFileSync(join(root, "a/main.tf"), 'module "x" {\n  source = "git::https://example.com/z.git"\n}\n');
    const changed = await sarifOf(["--cache"]);
    expect(changed).toBe(await sarifOf([]));
    expect(hashesIn(changed)).not.toEqual(hashes);
  });

  it("keeps its own file out of the tree the lint sees, however a path names it", async () => {
    const root = makeTreeAt({
      "main.tf": [
        'resource "docker_container" "a" {',
        '  name  = "a"',
        '  image = fileexists("${path.module}/.tfmould-cache") ? "nginx:latest" : "nginx:1.25.3"',
        "}",
        'resource "docker_container" "b" {',
        '  name  = "b"',
        '  image = fileexists("${path.module}/sub/../.tfmould-cache") ? "nginx:latest" : "nginx:1.25.3"',
        "}",
        "",
      ].join("\n"),
      "sub/keep.txt": "",
    });
    const first = await cli(root, ["--cache", "."]);
    expect(existsSync(join(root, ".tfmould-cache"))).toBe(true);
    expect(ruleIds(first).filter((r) => r.startsWith("container-image-pinned"))).toEqual([]);
    // The next run would find the file the first one wrote (and lint again, with other images), were it not kept out.
    const second = await cli(root, ["--cache", "."]);
    expect(second).toMatchObject({ reused: 1, linted: 0 });
    expect(second.out).toBe(first.out);
  });

  it("refuses a cache location that is the report's", async () => {
    const root = tree();
    const io = fakeIO(root);
    expect(await run(["--cache", "--cache-location", "r.json", "-o", "r.json", "."], io)).toBe(2);
    expect(io.err()).toMatch(/same file/);
    expect(await run(["--cache-location", "x", "."], fakeIO(root))).toBe(2);
  });
});

describe("--cache: the report given again", () => {
  const againLine = /cache: \d+ groups? reused, 0 groups linted, the report given again/;
  const givenAgain = (o: Outcome): boolean => againLine.test(o.err);

  /** The cache file with its report part replaced by `text`, under checksums that match. */
  function forgeReport(file: string, text: string): void {
    const bytes = readFileSync(file);
    let end = 0;
    for (let line = 0; line < 4; line++) end = bytes.indexOf(0x0a, end) + 1;
    const lines = bytes.subarray(0, end).toString("latin1").split("\n");
    const head = JSON.parse(lines[0]) as { checksums: Record<string, string> };
    head.checksums.report = crc32(Buffer.from(text, "utf8")).toString(16);
    writeFileSync(file, Buffer.concat([Buffer.from([JSON.stringify(head), ...lines.slice(1)].join("\n"), "latin1"), Buffer.from(text, "utf8")]));
  }

  it("gives the kept report, and the exit code, when nothing it depends on changed", async () => {
    const root = tree();
    const first = await cached(root);
    expect(givenAgain(first)).toBe(false);
    const second = await cached(root);
    expect(givenAgain(second)).toBe(true);
    expect(second.out).toBe(first.out);
    expect(second.code).toBe(first.code);
    // What is given is the kept report itself: the findings are not read or reported again.
    forgeReport(join(root, ".tfmould-cache"), "kept\n");
    const forged = await cli(root, ["--cache", "."]);
    expect(givenAgain(forged)).toBe(true);
    expect(forged.out).toBe("kept\n");
  });

  it("gives the kept report to a run with another thread count, or without --debug: neither changes a report", async () => {
    const root = tree();
    const first = await cached(root);
    const threads = await cli(root, ["--cache", "--concurrency", "2", "."]);
    expect(givenAgain(threads)).toBe(true);
    expect(threads.out).toBe(first.out);
    forgeReport(join(root, ".tfmould-cache"), "kept\n");
    const io = fakeIO(root, { env: { COLUMNS: "120" } });
    expect(await run(["-f", "json", "--cache", "."], io)).toBe(first.code);
    expect(io.out()).toBe("kept\n");
  });

  it("makes the report anew when the kept one holds what would steer a terminal (a cache that came with the tree)", async () => {
    const root = tree();
    const first = await cached(root);
    forgeReport(join(root, ".tfmould-cache"), "\u001b]0;pwned\u0007\u001b[2J");
    const forged = await cli(root, ["--cache", "."]);
    expect(givenAgain(forged)).toBe(false);
    expect(forged.out).toBe(first.out);
    // The colour codes of a coloured stylish report are its own: it is given again.
    const coloured = async (): Promise<Outcome> => {
      const io = fakeIO(root, { env: { COLUMNS: "120", FORCE_COLOR: "1" } });
      const code = await run(["--debug", "-f", "stylish", "--cache", "."], io);
      return { code, out: io.out(), err: io.err() };
    };
    const kept = await coloured();
    expect(kept.out).toContain("\u001b[");
    const again = await coloured();
    expect(givenAgain(again)).toBe(true);
    expect(again.out).toBe(kept.out);
  });

  it("makes the report again when a file, an option, the layout, the baseline or the paths changed", async () => {
    const root = tree();
    await cli(root, ["--write-baseline", "base0.json", "."]);
    writeFileSync(join(root, "base.json"), '{"version":1,"findings":[]}\n');
    type Run = { readonly argv: readonly string[]; readonly env?: Record<string, string> };
    const once = async (r: Run, cache: boolean): Promise<Outcome> => {
      const io = fakeIO(root, { env: { COLUMNS: "120", ...r.env } });
      const code = await run(["--debug", "-f", "json", ...r.argv, ...(cache ? ["--cache"] : []), "."], io);
      return { code, out: io.out(), err: io.err() };
    };
    const plain: Run = { argv: [] };
    // Each: the run whose report is kept, what changes, and the run after it.
    const changes: [string, Run, () => void, Run][] = [
      ["a file linted", plain, () => writeFileSync(join(root, "a/main.tf"), 'module "x" {\n  source = "git::https://example.com/y.git"\n}\n'), plain],
      ["the format", plain, () => undefined, { argv: ["-f", "sarif"] }],
      ["--quiet", plain, () => undefined, { argv: ["--quiet"] }],
      ["the width of stylish output", { argv: ["-f", "stylish"] }, () => undefined, { argv: ["-f", "stylish"], env: { COLUMNS: "100" } }],
      ["colour", { argv: ["-f", "stylish"] }, () => undefined, { argv: ["-f", "stylish"], env: { FORCE_COLOR: "1" } }],
      ["the baseline's text", { argv: ["--baseline", "base.json"] }, () => writeFileSync(join(root, "base.json"), readFileSync(join(root, "base0.json"))), { argv: ["--baseline", "base.json"] }],
      ["a new module", plain, () => makeTreeFile(root, "d/main.tf", 'module "y" {\n  source = "git::https://example.com/y.git"\n}\n'), plain],
    ];
    for (const [what, kept, change, next] of changes) {
      await once(kept, true);
      expect(givenAgain(await once(kept, true)), what).toBe(true);
      change();
      const after = await once(next, true);
      expect(givenAgain(after), what).toBe(false);
      const without = await once(next, false);
      expect(after.out, what).toBe(without.out);
      expect(after.code, what).toBe(without.code);
      expect(givenAgain(await once(next, true)), what).toBe(true);
    }
  });

  it("makes the report again once a suppression's expiry date has passed", async () => {
    const root = makeTreeAt({
      "main.tf": '# tfmould-ignore: module-source-pinned -- until 2030-01-31: moved to the registry soon\nmodule "x" {\n  source = "git::https://example.com/x.git"\n}\n',
    });
    const before = await cached(root);
    expect(ruleIds(before)).not.toContain("unused-suppression main.tf");
    expect(givenAgain(await cached(root))).toBe(true);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2030-02-01T00:00:00Z"));
      const after = await cached(root);
      expect(givenAgain(after)).toBe(false);
      expect(ruleIds(after)).toContain("unused-suppression main.tf");
    } finally {
      vi.useRealTimers();
    }
  });

  it("writes the kept report where -o says, unless that file became another name of a file it read", async () => {
    const root = tree();
    const report = join(root, "r.json");
    const first = await cli(root, ["--cache", "-o", "r.json", "."]);
    const written = readFileSync(report, "utf8");
    expect(JSON.parse(written)).toHaveProperty("findings");
    writeFileSync(report, "stale\n");
    const again = await cli(root, ["--cache", "-o", "r.json", "."]);
    expect(givenAgain(again)).toBe(true);
    expect(again.code).toBe(first.code);
    expect(readFileSync(report, "utf8")).toBe(written);

    const linted = join(root, "a/main.tf");
    const text = readFileSync(linted, "utf8");
    rmSync(report);
    linkSync(linted, report);
    const hardLinked = await cli(root, ["--cache", "-o", "r.json", "."]);
    expect(givenAgain(hardLinked)).toBe(false);
    expect(hardLinked.code).toBe(2);
    expect(hardLinked.err).toMatch(/refusing to write -o r\.json/);
    expect(readFileSync(linted, "utf8")).toBe(text);
  });

  it("says again that the warnings were too many, with the same exit code", async () => {
    const root = tree();
    const first = await cached(root, ["--max-warnings", "0"]);
    expect(first.err).toMatch(/more than the maximum of 0/);
    const again = await cached(root, ["--max-warnings", "0"]);
    expect(givenAgain(again)).toBe(true);
    expect(again.code).toBe(first.code);
    expect(again.err.match(/more than the maximum of 0/g)).toHaveLength(1);
  });
});

describe("--cache: the manifest, the short way to the kept report", () => {
  const shortWay = (o: Outcome): boolean => /the report given again, no file or directory it depends on changed/.test(o.err);

  // Files are vouched for by their status only when they last changed seconds before a run: the clock is moved on.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 60_000);
  });
  afterEach(() => vi.useRealTimers());

  it("gives the kept report without walking the tree when nothing changed", async () => {
    const root = tree();
    const first = await cached(root);
    expect(shortWay(first)).toBe(false);
    const second = await cached(root);
    expect(shortWay(second)).toBe(true);
    expect(second.out).toBe(first.out);
    expect(second.code).toBe(first.code);
  });

  it("takes the long way, with the report of a run without the cache, after any change it depends on", async () => {
    const root = tree();
    const mainA = join(root, "a/main.tf");
    const changes: [string, () => void][] = [
      ["a file's text", () => writeFileSync(mainA, 'module "x" {\n  source = "git::https://example.com/y.git"\n}\n')],
      [
        "a file's text, with its size and modification time kept",
        () => {
          const { mtime, size } = statSync(mainA);
          const text = readFileSync(mainA, "utf8").replace("y.git", "z.git");
          expect(text.length).toBe(size);
          writeFileSync(mainA, text);
          utimesSync(mainA, mtime, mtime);
        },
      ],
      ["a new file in a module", () => writeFileSync(join(root, "b/extra.tf"), 'module "e" {\n  source = "git::https://example.com/e.git"\n}\n')],
      ["a template read, removed", () => rmSync(join(root, "c/scripts/app.sh.tpl"))],
      ["a new module", () => makeTreeFile(root, "d/main.tf", 'module "y" {\n  source = "git::https://example.com/y.git"\n}\n')],
      ["a config in a directory walked", () => writeFileSync(join(root, "c/.tfmould.json"), '{ "rules": { "no-boot-time-configuration": "off" } }\n')],
      ["a config's text", () => writeFileSync(join(root, ".tfmould.json"), '{ "rules": { "module-source-pinned": "warning" } }\n')],
    ];
    await cached(root);
    for (const [what, change] of changes) {
      expect(shortWay(await cached(root)), what).toBe(true);
      change();
      // `cached` checks the report against a run without the cache.
      expect(shortWay(await cached(root)), what).toBe(false);
    }
  });

  it("keeps a manifest once the files it names are old enough for their status to vouch for them", async () => {
    vi.setSystemTime(Date.now() - 60_000);
    const root = tree();
    await cached(root);
    // Just written: a manifest would not tell an edit made in the same clock tick.
    const second = await cached(root);
    expect(shortWay(second)).toBe(false);
    expect(second.err).toMatch(/the report given again/);
    vi.setSystemTime(Date.now() + 60_000);
    expect(shortWay(await cached(root))).toBe(false);
    expect(shortWay(await cached(root))).toBe(true);
  });

  it("looks again for the configs it looked for above the paths given", async () => {
    const root = makeTreeAt({ "sub/main.tf": 'module "x" {\n  source = "git::https://example.com/x.git"\n}\n' });
    const argv = ["--cache", "--cache-location", "c.cache", "sub"];
    await cli(root, argv);
    expect(shortWay(await cli(root, argv))).toBe(true);
    writeFileSync(join(root, ".tfmould.json"), '{ "rules": { "module-source-pinned": "off" } }\n');
    const after = await cli(root, argv);
    expect(shortWay(after)).toBe(false);
    expect(ruleIds(after)).toEqual([]);
  });

  it("ignores a cache whose manifest is not one it writes, even under a checksum that matches", async () => {
    const root = tree();
    await cached(root);
    expect(shortWay(await cached(root))).toBe(true);
    const file = join(root, ".tfmould-cache");
    const [head, manifest, ...rest] = readFileSync(file, "latin1").split("\n");
    const forged = JSON.stringify({ ...(JSON.parse(manifest) as object), dirs: [42] });
    const checksums = (JSON.parse(head) as { checksums: Record<string, string> }).checksums;
    const newHead = JSON.stringify({ ...(JSON.parse(head) as object), checksums: { ...checksums, manifest: crc32(Buffer.from(forged, "latin1")).toString(16) } });
    writeFileSync(file, [newHead, forged, ...rest].join("\n"), "latin1");
    const after = await cached(root);
    expect(after).toMatchObject({ reused: 0, linted: 3 });
    expect(notices(after)).toEqual([expect.stringMatching(/corrupt/)]);
  });

  it("keeps no manifest for a tree with a symbolic link, whose target can change unseen", async () => {
    const root = tree();
    await cached(root);
    symlinkSync(join(root, "c/scripts/app.sh.tpl"), join(root, "c/scripts/linked.tpl"));
    expect(shortWay(await cached(root))).toBe(false);
    const again = await cached(root);
    expect(shortWay(again)).toBe(false);
    expect(again.err).toMatch(/the report given again/);
  });

  it("takes the long way once a suppression's expiry date has passed", async () => {
    const root = makeTreeAt({
      "main.tf": '# tfmould-ignore: module-source-pinned -- until 2030-01-31: moved to the registry soon\nmodule "x" {\n  source = "git::https://example.com/x.git"\n}\n',
    });
    await cached(root);
    expect(shortWay(await cached(root))).toBe(true);
    vi.setSystemTime(new Date("2030-02-01T00:00:00Z"));
    const after = await cached(root);
    expect(shortWay(after)).toBe(false);
    expect(ruleIds(after)).toContain("unused-suppression main.tf");
  });

  it("lists again the directories it writes in, and keeps a new manifest when only they changed", async () => {
    const root = tree();
    const argv = ["--cache", "-o", "report.json", "."];
    const first = await cli(root, argv);
    const written = readFileSync(join(root, "report.json"), "utf8");
    // The first run walked the tree before it wrote its report: the next finds a new file, and keeps a new manifest.
    const second = await cli(root, argv);
    expect(shortWay(second)).toBe(false);
    expect(second.err).toMatch(/the report given again/);
    const third = await cli(root, argv);
    expect(shortWay(third)).toBe(true);
    expect(third.code).toBe(first.code);
    expect(readFileSync(join(root, "report.json"), "utf8")).toBe(written);
    writeFileSync(join(root, "notes.txt"), "a new file beside the report\n");
    expect(shortWay(await cli(root, argv))).toBe(false);
  });
});

function makeTreeFile(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function makeTreeAt(files: Record<string, string>): string {
  const root = makeTree(files);
  trees.push(root);
  return root;
}
