/**
 * Issue 16 §4 and §6: output files cannot be turned against the user (a
 * linted file, a device, a FIFO, a link, a pseudo file system), and the small
 * edges of names and encodings.
 */
import { afterEach, describe, expect, it } from "vitest";
import { execFileSync, spawn } from "node:child_process";
import { closeSync, linkSync, lstatSync, openSync, readFileSync, readdirSync, readlinkSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/index.js";
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK } from "../../src/cli/exit-codes.js";
import { parseBaseline } from "../../src/engine/baseline.js";
import { normalizePath } from "../../src/engine/file-names.js";
import { fakeIO } from "../cli/fake-io.js";
import { makeTree, removeTree } from "../cli/tree.js";

const roots: string[] = [];
function tree(files: Record<string, string | Buffer>, links: Record<string, string> = {}): string {
  const root = makeTree(files, links);
  roots.push(root);
  return root;
}
afterEach(() => roots.splice(0).forEach(removeTree));

async function cli(cwd: string, ...argv: string[]) {
  const io = fakeIO(cwd);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** A parse error, so every report has a finding in it. */
const BROKEN = "locals {\n";
const linux = process.platform === "linux";

/** Runs a system tool that makes a special file; false when this system does not allow it. */
function made(tool: string, ...args: string[]): boolean {
  try {
    execFileSync(tool, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("-o and --write-baseline never overwrite a file being linted", () => {
  for (const option of ["-o", "--write-baseline"]) {
    it(`${option} main.tf: exit 2, one line, main.tf untouched`, async () => {
      const root = tree({ "main.tf": BROKEN, "vars.tfvars": 'a = "b"\n', ".tfmould.json": "{}" });
      for (const target of ["main.tf", "./vars.tfvars", ".tfmould.json"]) {
        const r = await cli(root, option, target, ".");
        expect(r.code, target).toBe(EXIT_ERROR);
        expect(r.err).toMatch(new RegExp(`^tfmould: refusing to write ${option} \\S+: it is one of the files being linted; name another file\\n$`, "u"));
      }
      expect(readFileSync(join(root, "main.tf"), "utf8")).toBe(BROKEN);
      expect(readFileSync(join(root, "vars.tfvars"), "utf8")).toBe('a = "b"\n');
      expect(readFileSync(join(root, ".tfmould.json"), "utf8")).toBe("{}");
    });
  }

  it("under another name: a hard link or a symbolic link to a linted file", async () => {
    const root = tree({ "mod/main.tf": BROKEN }, { "link.txt": "mod/main.tf" });
    linkSync(join(root, "mod/main.tf"), join(root, "hard.txt"));
    for (const target of ["hard.txt", "link.txt"]) {
      const r = await cli(root, "-o", target, "mod");
      expect(r.code, target).toBe(EXIT_ERROR);
      expect(r.err).toContain("it is one of the files being linted");
    }
    expect(readFileSync(join(root, "mod/main.tf"), "utf8")).toBe(BROKEN);
    expect(lstatSync(join(root, "link.txt")).isSymbolicLink()).toBe(true);
  });

  it("under another name: a symbolic link to a linted file with no other hard link", async () => {
    // One link: the real paths tell, as when the target is reached through a linked directory.
    const root = tree({ "mod/main.tf": BROKEN }, { "link.txt": "mod/main.tf", "dirlink": "mod" });
    for (const target of ["link.txt", "dirlink/main.tf"]) {
      const r = await cli(root, "-o", target, "mod");
      expect(r.code, target).toBe(EXIT_ERROR);
      expect(r.err).toContain("it is one of the files being linted");
    }
    expect(readFileSync(join(root, "mod/main.tf"), "utf8")).toBe(BROKEN);
  });

  it("a linted file that is a symbolic link, under another name, to the target", async () => {
    const root = tree({ "mod/report.txt": BROKEN, "mod/main.tf": "locals {}\n" }, { "mod/other.tf": "report.txt" });
    const r = await cli(root, "-o", "mod/report.txt", "mod");
    expect(r.code).toBe(EXIT_ERROR);
    expect(r.err).toContain("it is one of the files being linted");
    expect(readFileSync(join(root, "mod/report.txt"), "utf8")).toBe(BROKEN);
  });

  it("still writes a new file, replaces an old report and updates the baseline it read", async () => {
    const root = tree({ "main.tf": BROKEN, "report.json": "old" });
    expect((await cli(root, "-f", "json", "-o", "report.json", ".")).code).toBe(EXIT_FINDINGS);
    expect(JSON.parse(readFileSync(join(root, "report.json"), "utf8"))).toHaveProperty("findings");
    expect((await cli(root, "--write-baseline", "b.json", ".")).code).toBe(EXIT_OK);
    expect((await cli(root, "--baseline", "b.json", "--write-baseline", "b.json", ".")).code).toBe(EXIT_OK);
    expect(readdirSync(root).sort()).toEqual(["b.json", "main.tf", "report.json"]);
  });
});

describe("output targets that are not regular files", () => {
  it.skipIf(!linux)("a FIFO is written to, not replaced", async (ctx) => {
    const root = tree({ "main.tf": BROKEN });
    const fifo = join(root, "report.fifo");
    if (!made("mkfifo", fifo)) ctx.skip();
    const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "inherit"] });
    let received = "";
    reader.stdout.on("data", (chunk: Buffer) => (received += chunk.toString("utf8")));
    const done = new Promise<boolean>((resolve) => reader.on("close", () => resolve(true)));
    const r = await cli(root, "-o", fifo, ".");
    // Had the FIFO been replaced, the reader would wait for a writer forever.
    const closed = await Promise.race([done, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000))]);
    if (!closed) reader.kill();
    expect(closed).toBe(true);
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(received).toContain("syntax-error");
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it.skipIf(!linux)("a character device is written to: /dev/full fails with one line and stays a device", async (ctx) => {
    const root = tree({ "main.tf": BROKEN });
    // Copies of /dev/full and /dev/null (same device numbers), so a failure cannot damage the real ones.
    const full = join(root, "full");
    const nul = join(root, "null");
    if (!made("mknod", "-m", "666", full, "c", "1", "7") || !made("mknod", "-m", "666", nul, "c", "1", "3")) ctx.skip();
    const r = await cli(root, "-o", full, ".");
    expect(r.code).toBe(EXIT_ERROR);
    expect(r.err).toBe(`tfmould: cannot write ${full}: no space left on device (ENOSPC)\n`);
    expect(lstatSync(full).isCharacterDevice()).toBe(true);
    expect((await cli(root, "--write-baseline", nul, ".")).code).toBe(EXIT_OK);
    expect(lstatSync(nul).isCharacterDevice()).toBe(true);
    expect(readdirSync(root).sort()).toEqual(["full", "main.tf", "null"]);
  });

  it.skipIf(!linux)("a descriptor alias (/proc/self/fd/N) is written through, like a shell's >", async () => {
    const root = tree({ "main.tf": BROKEN, "captured.txt": "" });
    const captured = join(root, "captured.txt");
    const before = statSync(captured).ino;
    const fd = openSync(captured, "r+");
    try {
      expect((await cli(root, "-o", `/proc/self/fd/${fd}`, ".")).code).toBe(EXIT_FINDINGS);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(captured, "utf8")).toContain("syntax-error");
    expect(statSync(captured).ino).toBe(before);
  });

  it("a symbolic link to a regular file, or to nothing, is refused and left as it is", async () => {
    const root = tree({ "repo/main.tf": BROKEN, "home/.profile": "PATH=/usr/bin\n" }, { "repo/report.txt": "../home/.profile", "repo/dangling.txt": "../home/new-file" });
    for (const target of ["report.txt", "dangling.txt"]) {
      const r = await cli(join(root, "repo"), "-o", target, ".");
      expect(r.code, target).toBe(EXIT_ERROR);
      expect(r.err).toMatch(new RegExp(`^tfmould: cannot write ${target.replace(".", "\\.")}: it is a symbolic link.*\\n$`, "u"));
      expect(lstatSync(join(root, "repo", target)).isSymbolicLink()).toBe(true);
    }
    expect(readFileSync(join(root, "home/.profile"), "utf8")).toBe("PATH=/usr/bin\n");
    expect(readdirSync(join(root, "home"))).toEqual([".profile"]);
    expect(readlinkSync(join(root, "repo/report.txt"))).toBe("../home/.profile");
  });

  it.skipIf(!linux)("a path on /proc or /sys fails at once with one line", async () => {
    const root = tree({ "main.tf": BROKEN });
    for (const target of ["/proc/self/tfmould/report.txt", "/proc/report.txt", "/proc/self/comm", "/sys/report.txt"]) {
      const started = Date.now();
      const r = await cli(root, "-o", target, ".");
      expect(r.code, target).toBe(EXIT_ERROR);
      expect(r.err, target).toMatch(/^tfmould: cannot write \S+: \S+ is on the (proc|sysfs) pseudo file system, which holds no ordinary files\n$/u);
      expect(Date.now() - started).toBeLessThan(5000);
    }
  }, 20_000);

  it("a directory is refused with one line", async () => {
    const root = tree({ "main.tf": BROKEN, "out/keep": "x" });
    const r = await cli(root, "-o", "out", ".");
    expect(r).toMatchObject({ code: EXIT_ERROR, err: "tfmould: cannot write out: it is a directory\n" });
  });
});

describe("small edges (§6)", () => {
  it("a baseline with a UTF-8 byte order mark is read, as a config with one is", async () => {
    const root = tree({ "main.tf": BROKEN });
    expect((await cli(root, "--write-baseline", "b.json", ".")).code).toBe(EXIT_OK);
    const text = readFileSync(join(root, "b.json"), "utf8");
    writeFileSync(join(root, "b.json"), `\uFEFF${text}`);
    const r = await cli(root, "--baseline", "b.json", ".");
    expect(r).toMatchObject({ code: EXIT_OK, err: "" });
    expect(parseBaseline(`\uFEFF${text}`).findings).toHaveLength(1);
  });
});

describe("display names (§6)", () => {
  it("turn only the platform's separator into /: a backslash is part of a POSIX file name", () => {
    expect(normalizePath("back\\slash.tf", "/")).toBe("back\\slash.tf");
    expect(normalizePath("./mods/a\\b/main.tf", "/")).toBe("mods/a\\b/main.tf");
    expect(normalizePath("mods\\web\\main.tf", "\\")).toBe("mods/web/main.tf");
    expect(normalizePath(".\\mods\\", "\\")).toBe("mods");
    expect(normalizePath(".", "/")).toBe("");
    expect(normalizePath("a//b/../c/", "/")).toBe("a/c");
  });
});
