/**
 * `--shard i/n` and `tfmould merge`: the n shards' findings together are
 * one unsharded run's, exactly, and merging their JSON reports prints what
 * the unsharded run prints, in every format, with its exit code.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/index.js";
import { assignShards, parseShard, shardAutomationId } from "../../src/cli/shard.js";
import { fakeIO } from "./fake-io.js";
import { makeTree, removeTree } from "./tree.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const trees: string[] = [];
afterAll(() => trees.forEach(removeTree));

async function cli(cwd: string, argv: string[], env: Record<string, string> = {}) {
  const io = fakeIO(cwd, { env: { COLUMNS: "120", ...env } });
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** Unsharded runs, each made once per test file. */
const runs = new Map<string, Promise<{ code: number; out: string; err: string }>>();
function unsharded(cwd: string, argv: string[]) {
  const key = JSON.stringify([cwd, argv]);
  let r = runs.get(key);
  if (!r) runs.set(key, (r = cli(cwd, argv)));
  return r;
}

interface Doc {
  findings: Record<string, unknown>[];
  notices: unknown[];
  summary: Record<string, number>;
  shard?: { index: number; count: number; config: string };
}

/** A finding as an unsharded JSON report shows it (without what --shard adds for the merge). */
function plain(f: Record<string, unknown>): string {
  const { attributePath: _a, fingerprint: _f, fix: _x, suppressed, ...rest } = f as { suppressed?: Record<string, unknown> } & Record<string, unknown>;
  const s = suppressed ? { ...suppressed } : undefined;
  if (s) delete s.commentRange;
  return JSON.stringify({ ...rest, ...(s ? { suppressed: s } : {}) });
}

/**
 * Lints `paths` unsharded and in n shards, and checks that the shards'
 * findings together are the unsharded run's and that `merge` prints the
 * unsharded run's report in each format with its exit code.
 */
async function expectShardsJoin(cwd: string, paths: string[], n: number, formats: readonly string[], extra: string[] = [], union: "multiset" | "set" = "multiset"): Promise<void> {
  const args = [...paths, ...extra, "--concurrency", "off"];
  const whole = await unsharded(cwd, [...args, "--format", "json"]);
  const wholeDoc = JSON.parse(whole.out) as Doc;
  const files: string[] = [];
  const found: string[] = [];
  for (let i = 1; i <= n; i++) {
    const r = await cli(cwd, [...args, "--format", "json", "--shard", `${i}/${n}`]);
    expect(r.err).toBe("");
    const doc = JSON.parse(r.out) as Doc;
    expect(doc.shard).toMatchObject({ index: i, count: n });
    found.push(...doc.findings.map(plain));
    // Every part has work: the groups are small enough to spread.
    expect(doc.summary.files, `shard ${i} of ${n}`).toBeGreaterThan(0);
    const file = join(cwd, `.shard-${i}-of-${n}.json`);
    writeFileSync(file, r.out);
    files.push(file);
  }
  // A shared file's finding comes from several shards, each naming its own consumer among the related locations.
  const key = union === "set" ? (f: string) => JSON.stringify({ ...(JSON.parse(f) as object), related: undefined }) : (f: string) => f;
  const joined = union === "set" ? [...new Set(found.map(key))] : found;
  expect(joined.sort(), `${n} shards`).toEqual(wholeDoc.findings.map(plain).map(key).sort());
  for (const name of formats) {
    const single = await unsharded(cwd, [...args, "--format", name]);
    const merged = await cli(cwd, ["merge", ...files, "--format", name, ...(extra.includes("--quiet") ? ["--quiet"] : [])]);
    expect(merged.out, `${n} shards, --format ${name}`).toBe(single.out);
    expect(merged.code).toBe(single.code);
  }
}

describe("--shard i/n", () => {
  it("refuses i/n outside 1 ≤ i ≤ n with one line, exit 2", async () => {
    const root = makeTree({ "main.tf": 'resource "x" "y" {}\n' });
    trees.push(root);
    for (const bad of ["0/3", "4/3", "a/b", "1/0", "1", "2/"]) {
      const r = await cli(root, ["--shard", bad]);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toBe(`tfmould: --shard expects i/n, the i-th of n parts with i from 1 to n (e.g. 2/4), got "${bad}"\n`);
    }
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect((await cli(root, ["--shard", "1/2", "--write-baseline", "b.json"])).err).toBe("tfmould: --write-baseline writes the whole scan's findings: run it without --shard\n");
  });

  it("names each shard's SARIF run tfmould/<category>/shard-i-of-n/", async () => {
    expect(shardAutomationId({ index: 2, count: 4 }, undefined)).toBe("tfmould/shard-2-of-4/");
    const r = await cli(REPO, ["fixtures/example", "--format", "sarif", "--shard", "1/2", "--sarif-category", "prod"]);
    const log = JSON.parse(r.out) as { runs: { automationDetails: { id: string } }[] };
    expect(log.runs[0].automationDetails.id).toBe("tfmould/prod/shard-1-of-2/");
  });

  it("on the fixtures: the shards' findings are the unsharded run's, and merge prints its report", async () => {
    const paths = ["fixtures/example", "fixtures/e2e/app", "fixtures/e2e/broken", "fixtures/rules", "fixtures/model", "fixtures/eval"];
    const cwd = makeTree({});
    trees.push(cwd);
    // The reports are written to a folder of their own; the lint runs in the repository.
    for (const n of [1, 2, 3, 5]) {
      const files: string[] = [];
      const whole = await unsharded(REPO, [...paths, "--concurrency", "off", "--format", "json"]);
      const union: string[] = [];
      for (let i = 1; i <= n; i++) {
        const r = await cli(REPO, [...paths, "--concurrency", "off", "--format", "json", "--shard", `${i}/${n}`]);
        union.push(...(JSON.parse(r.out) as Doc).findings.map(plain));
        files.push(join(cwd, `${i}.json`));
        writeFileSync(files[i - 1], r.out);
      }
      expect(union.sort(), `${n} shards`).toEqual((JSON.parse(whole.out) as Doc).findings.map(plain).sort());
      for (const name of ["json", "stylish", "sarif", "github"]) {
        const single = await unsharded(REPO, [...paths, "--concurrency", "off", "--format", name]);
        const merged = await cli(REPO, ["merge", ...files, "--format", name]);
        expect(merged.out, `${n} shards, ${name}`).toBe(single.out);
        expect(merged.code).toBe(single.code);
      }
    }
  });

  it("merge prints the CI formats (gitlab, junit, checkstyle, compact) as one run does", async () => {
    const paths = ["fixtures/example", "fixtures/e2e/app", "fixtures/e2e/broken", "--concurrency", "off"];
    // The reports are written to a folder of their own; the lint runs in the repository.
    const dir = makeTree({});
    trees.push(dir);
    const files: string[] = [];
    for (let i = 1; i <= 3; i++) {
      files.push(join(dir, `${i}.json`));
      writeFileSync(files[i - 1], (await cli(REPO, [...paths, "--format", "json", "--shard", `${i}/3`])).out);
    }
    for (const name of ["gitlab", "junit", "checkstyle", "compact"]) {
      const single = await unsharded(REPO, [...paths, "--format", name]);
      const merged = await cli(REPO, ["merge", ...files, "--format", name]);
      expect(merged.out, name).toBe(single.out);
      expect(merged.code).toBe(single.code);
    }
  });

  it("on a generated tree of 500 modules that call one another across directories, for n = 1…7", async () => {
    const root = makeTree(generatedTree(500));
    trees.push(root);
    for (let n = 1; n <= 7; n++) await expectShardsJoin(root, ["."], n, n % 2 === 1 ? ["json", "sarif"] : ["stylish", "json"]);
  });

  it("keeps once a finding that several shards make in a variable file they share, as one run does", async () => {
    const stack = (name: string) => `variable "tag" {\n  type = string\n}\nresource "docker_container" "c" {\n  name  = "${name}"\n  image = "nginx:\${var.tag}"\n}\n`;
    const root = makeTree({ "common.tfvars": 'tag = "latest"\n', ...Object.fromEntries(["a", "b", "c", "d"].map((d) => [`${d}/main.tf`, stack(d)])) });
    trees.push(root);
    const whole = JSON.parse((await cli(root, [".", "--var-file", "common.tfvars", "--format", "json"])).out) as Doc;
    expect(whole.findings.filter((f) => f.file === "common.tfvars")).toHaveLength(1);
    for (const n of [2, 3]) await expectShardsJoin(root, ["."], n, ["json", "sarif", "stylish"], ["--var-file", "common.tfvars"], "set");
  });

  it("reports a suppression in a shared variable file as unused only when no shard used it, as one run does", async () => {
    const stack = (name: string, image: boolean) =>
      `variable "tag" {\n  type = string\n}\n` +
      (image ? `resource "docker_container" "c" {\n  name  = "${name}"\n  image = "nginx:\${var.tag}"\n}\n` : `resource "aws_instance" "vm" {\n  ami = "ami-1"\n}\n`);
    const root = makeTree({
      "common.tfvars": '# tfmould-ignore: container-image-pinned -- pinned by the release job\ntag = "latest" # tfmould-ignore: no-provisioners -- hides nothing anywhere\n',
      ...Object.fromEntries(["a", "b", "c", "d"].map((d, i) => [`${d}/main.tf`, stack(d, i === 0)])),
    });
    trees.push(root);
    const whole = JSON.parse((await cli(root, [".", "--var-file", "common.tfvars", "--format", "json"])).out) as Doc;
    expect(whole.findings.filter((f) => f.ruleId === "unused-suppression")).toHaveLength(1);
    for (const n of [2, 3, 4]) {
      const files: string[] = [];
      for (let i = 1; i <= n; i++) {
        files.push(join(root, `u${i}.json`));
        writeFileSync(files[i - 1], (await cli(root, [".", "--var-file", "common.tfvars", "--format", "json", "--shard", `${i}/${n}`])).out);
      }
      for (const name of ["json", "stylish"]) {
        const single = await cli(root, [".", "--var-file", "common.tfvars", "--format", name]);
        expect((await cli(root, ["merge", ...files, "--format", name])).out, `${n} shards, ${name}`).toBe(single.out);
      }
    }
  });

  it("keeps nearly every group in its part when unrelated directories are added", async () => {
    const files = generatedTree(200);
    const root = makeTree(files);
    trees.push(root);
    const partOf = async (): Promise<Map<string, number>> => {
      const out = new Map<string, number>();
      for (let i = 1; i <= 4; i++) {
        const doc = JSON.parse((await cli(root, [".", "--format", "json", "--shard", `${i}/4`])).out) as Doc & { shard: { files: string[] } };
        for (const file of doc.shard.files) out.set(file, i);
      }
      return out;
    };
    const before = await partOf();
    for (const dir of ["aaa/new", "loose/l050x", "stacks/team1/zz", "zzz/new"]) {
      const abs = join(root, dir);
      mkdirSync(abs, { recursive: true });
      writeFileSync(join(abs, "main.tf"), `resource "aws_instance" "n" {\n  ami = "ami-2"\n}\n`);
    }
    const after = await partOf();
    const moved = [...before].filter(([file, part]) => after.get(file) !== part);
    expect(before.size).toBeGreaterThan(250);
    expect(moved.length, moved.map(([f]) => f).join(" ")).toBeLessThanOrEqual(before.size * 0.05);
  });

  it("combines with --baseline and --quiet", async () => {
    const root = makeTree(generatedTree(40));
    trees.push(root);
    expect((await cli(root, [".", "--write-baseline", "base.json", "--concurrency", "off"])).code).toBeLessThan(2);
    // Half the findings accepted: drop every other line of the baseline.
    const base = JSON.parse(readFileSync(join(root, "base.json"), "utf8")) as { findings: unknown[] };
    writeFileSync(join(root, "base.json"), JSON.stringify({ ...base, findings: base.findings.filter((_, i) => i % 2 === 0) }));
    await expectShardsJoin(root, ["."], 3, ["json", "stylish"], ["--baseline", "base.json"]);
    await expectShardsJoin(root, ["."], 2, ["json"], ["--quiet"]);
  });
});

describe("tfmould merge", () => {
  it("refuses reports of other configs, versions and incomplete sets with one line, exit 2", async () => {
    const root = makeTree(generatedTree(12));
    trees.push(root);
    const shard = async (i: number, n: number, extra: string[] = []) => {
      const r = await cli(root, [".", "--format", "json", "--shard", `${i}/${n}`, ...extra]);
      const file = join(root, `s${i}-${n}${extra.length ? "x" : ""}.json`);
      writeFileSync(file, r.out);
      return file;
    };
    const [a, b, c] = [await shard(1, 2), await shard(2, 2), await shard(2, 2, ["--strict"])];
    const merge = (...files: string[]) => cli(root, ["merge", ...files]);
    expect((await merge(a, b)).code).not.toBe(2);
    const other = await merge(a, c);
    expect(other).toMatchObject({ code: 2, out: "" });
    expect(other.err).toMatch(/^tfmould: merge: .* were linted with different configs or options; merge the shards of one run\n$/);
    expect((await merge(a)).err).toBe("tfmould: merge: shard 2 of 2 is missing; merge the reports of every shard\n");
    expect((await merge(a, a)).err).toMatch(/are both shard 1 of 2/);
    const threeWay = await shard(1, 3);
    expect((await merge(a, threeWay)).err).toMatch(/is a shard of 2 and .* a shard of 3/);
    const old = join(root, "old.json");
    writeFileSync(old, readFileSync(b, "utf8").replace(/"version": "[^"]*"/, '"version": "0.0.1"'));
    expect((await merge(a, old)).err).toMatch(/was written by tfmould .* and .* by tfmould 0\.0\.1; merge the shards of one run\n$/);
    const unsharded = join(root, "whole.json");
    writeFileSync(unsharded, (await cli(root, [".", "--format", "json"])).out);
    expect((await merge(unsharded)).err).toMatch(/is not the report of a sharded run/);
    expect((await merge(join(root, "nope.json"))).err).toMatch(/^tfmould: merge: cannot read .*nope\.json: no such file\n$/);
    expect((await merge("--frob", a)).err).toBe("tfmould: merge: unknown option --frob (see tfmould merge --help)\n");
    expect((await merge(a, "--format")).err).toBe("tfmould: merge: option --format needs a value\n");
    expect((await merge()).err).toMatch(/^tfmould: merge: name the JSON reports of the shards/);
    expect((await cli(root, ["merge", "--help"])).out).toMatch(/^Usage: tfmould merge <report\.json>\.\.\. \[options\]\n/);
  });

  it("with --partial, turns one shard's JSON report into its own report in another format", async () => {
    const root = makeTree(generatedTree(30));
    trees.push(root);
    for (const i of [1, 2, 3]) {
      const json = join(root, `p${i}.json`);
      writeFileSync(json, (await cli(root, [".", "--format", "json", "--shard", `${i}/3`])).out);
      for (const name of ["sarif", "stylish"]) {
        const own = await cli(root, [".", "--format", name, "--shard", `${i}/3`, "--sarif-category", "prod"]);
        expect(await cli(root, ["merge", "--partial", json, "--format", name, "--sarif-category", "prod"])).toEqual(own);
      }
      expect((await cli(root, ["merge", json])).code).toBe(2);
    }
  });

  it("exits as one run would with --max-warnings", async () => {
    const root = makeTree({ "a/main.tf": 'resource "aws_instance" "a" {\n  ami = "ami-123"\n}\n', "b/main.tf": 'resource "aws_instance" "b" {\n  ami = "ami-456"\n}\n' });
    trees.push(root);
    const files: string[] = [];
    for (let i = 1; i <= 2; i++) {
      files.push(join(root, `${i}.json`));
      writeFileSync(files[i - 1], (await cli(root, [".", "--format", "json", "--shard", `${i}/2`])).out);
    }
    const single = await cli(root, [".", "--max-warnings", "0"]);
    const merged = await cli(root, ["merge", ...files, "--max-warnings", "0"]);
    expect(merged).toEqual(single);
  });
});

describe("assignShards", () => {
  const units = Array.from({ length: 400 }, (_, i) => ({ key: `stacks/s${i}`, weight: 500 + ((i * 7919) % 3000) }));

  it("balances bytes and keeps most groups where they were when unrelated directories are added", () => {
    for (const n of [2, 4, 7]) {
      const before = assignShards(units, n);
      const loads = new Array<number>(n).fill(0);
      before.forEach((s, i) => (loads[s] += units[i].weight));
      const total = loads.reduce((a, b) => a + b, 0);
      expect(Math.max(...loads)).toBeLessThanOrEqual((total / n) * 1.1 + 3500);
      const after = assignShards([...units, ...Array.from({ length: 8 }, (_, i) => ({ key: `new/d${i}`, weight: 1500 }))], n);
      const moved = before.filter((s, i) => after[i] !== s).length;
      expect(moved, `${n} shards`).toBeLessThanOrEqual(units.length * 0.05);
    }
  });

  it("is the same whatever order the groups come in", () => {
    const a = assignShards(units, 5);
    const reversed = assignShards([...units].reverse(), 5).reverse();
    expect(reversed).toEqual(a);
  });
});

/**
 * A monorepo of `count` small modules: reusable modules under `modules/`
 * in families (some calling others of their family), stacks under
 * `stacks/<team>/` calling one to three modules of one family (with `count`
 * and `for_each`), so that a family and its stacks are one group; standalone
 * roots; findings of several rules and syntax errors; a nested config; and
 * a module outside every group's directories called by two families' stacks,
 * which joins their groups.
 */
function generatedTree(count: number): Record<string, string> {
  let seed = 7;
  const random = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % k;
  };
  const files: Record<string, string> = {};
  const reusable = Math.max(4, Math.floor(count * 0.3));
  const stacks = Math.max(4, Math.floor(count * 0.5));
  const loose = Math.max(0, count - reusable - stacks);
  const families = Math.max(2, Math.floor(reusable / 5));
  const pad = (i: number) => String(i).padStart(3, "0");
  /** Module `k` of family `f`. */
  const member = (f: number, k: number) => Math.min(reusable - 1, f + families * k);
  const familySize = (f: number) => Math.floor((reusable - 1 - f) / families) + 1;
  for (let i = 0; i < reusable; i++) {
    const f = i % families;
    const k = Math.floor(i / families);
    const calls = k > 0 && random(3) === 0 ? `module "inner" {\n  source = "../m${pad(member(f, random(k)))}"\n  tag    = var.tag\n}\n` : "";
    files[`modules/m${pad(i)}/main.tf`] =
      `variable "tag" {\n  type = string\n}\n${calls}` +
      (random(3) === 0
        ? `resource "docker_container" "c" {\n  name  = "c${i}"\n  image = "nginx:\${var.tag}"\n}\n`
        : `resource "aws_instance" "vm" {\n  ami           = "ami-${pad(i)}"\n  instance_type = "t3.micro"\n  user_data     = "#!/bin/sh\\napt-get install -y nginx"\n}\n`);
  }
  for (let i = 0; i < stacks; i++) {
    const f = random(families);
    const calls: string[] = [];
    for (let c = 0; c <= random(3); c++) {
      const target = member(f, random(familySize(f)));
      const tag = random(2) === 0 ? "latest" : `1.${c}.0`;
      const meta = random(4) === 0 ? `  count  = 2\n` : random(4) === 0 ? `  for_each = toset(["a", "b"])\n` : "";
      calls.push(`module "m${c}" {\n  source = "../../../modules/m${pad(target)}"\n${meta}  tag    = "${tag}"\n}\n`);
    }
    const dir = `stacks/team${i % 3}/s${pad(i)}`;
    files[`${dir}/main.tf`] =
      `terraform {\n  required_version = "~> 1.6.0"\n}\n${calls.join("")}` +
      (random(5) === 0 ? `resource "aws_instance" "bastion" {\n  ami      = "ami-1"\n  key_name = "ops"\n  provisioner "local-exec" {\n    command = "echo hi"\n  }\n}\n` : "");
    if (random(4) === 0) files[`${dir}/terraform.tfvars`] = `region = "eu-west-1"\n`;
  }
  files["stacks/team1/.tfmould.json"] = JSON.stringify({ rules: { "dependency-lock-file": "off", "no-ssh-access": "error" } });
  // Called from two stacks of different families, in no scanned directory: it joins their groups.
  files["shared/net/main.tf"] = 'resource "aws_security_group" "ssh" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n';
  for (const i of [1, 2]) files[`stacks/team${i % 3}/s${pad(i)}/net.tf`] = 'module "net" {\n  source = "../../../shared/net"\n}\n';
  files[".tfmould.json"] = JSON.stringify({ exclude: ["shared/**"] });
  for (let i = 0; i < loose; i++) {
    files[`loose/l${pad(i)}/main.tf`] =
      random(6) === 0 ? `locals {\n  broken = \n` : `resource "aws_db_instance" "db${i}" {\n  engine   = "postgres"\n  password = "hunter2-${i}"\n}\n`;
  }
  return files;
}
