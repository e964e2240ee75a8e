import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { HclFile, Range } from "../../src/hcl/ast.js";
import { parseJson } from "../../src/hcl/json/index.js";

const inside = (f: HclFile, r: Range): boolean =>
  r.start.offset >= 0 && r.start.offset <= r.end.offset && r.end.offset <= f.source.length;

/** A small seeded generator, so that a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the JSON reader never throws", () => {
  it("reads 10,000 levels of nested arrays and objects", () => {
    const depth = 10_000;
    const arrays = parseJson(`{"locals": {"deep": ${"[".repeat(depth)}1${"]".repeat(depth)}}}`, "a.tf.json");
    expect(arrays.diagnostics).toEqual([]);
    const objects = parseJson(`{"resource": {"t_x": {"n": ${'{"a": '.repeat(depth)}1${"}".repeat(depth)}}}}`, "b.tf.json");
    expect(objects.diagnostics).toEqual([]);
    const unclosed = parseJson(`{"locals": {"deep": ${"[{\"a\": ".repeat(depth)}`, "c.tf.json");
    expect(unclosed.diagnostics.map((d) => d.summary)).toContain("Unclosed object");
  });

  it("reads NUL bytes, lone surrogates, a BOM and garbage", () => {
    for (const src of ["\u0000\u0000{", '{"a\u0000": "\ud800"}', "\ufeff{}", "}}}]]]", '{"a": "\\ud83d"}', "{{{{", '"']) {
      const f = parseJson(src, "x.tf.json");
      for (const d of f.diagnostics) expect(inside(f, d.range)).toBe(true);
    }
  });

  it("reads a large generated file", () => {
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < 20_000; i++) {
      resources[`r${i}`] = { ami: `ami-${i}`, tags: { Name: `n${i}` }, user_data: "echo ${var.x} \u00e9", ebs_block_device: [{ volume_size: i }] };
    }
    const src = JSON.stringify({ resource: { aws_instance: resources } });
    expect(src.length).toBeGreaterThan(2_000_000);
    const f = parseJson(src, "big.tf.json");
    expect(f.diagnostics).toEqual([]);
    expect(f.body.items).toHaveLength(20_000);
  });

  it("returns located diagnostics for thousands of random mutations of valid files", () => {
    const dirs = ["full-json", "overrides"].map((d) => fileURLToPath(new URL(`../../fixtures/model/${d}/`, import.meta.url)));
    const seeds = dirs.flatMap((d) =>
      readdirSync(d)
        .filter((n) => n.endsWith(".json"))
        .map((n) => readFileSync(d + n, "utf8")),
    );
    const alphabet = ['"', "{", "}", "[", "]", ":", ",", "\\", "$", "{", "%", "\n", "\u0000", "é", "😀", "1", "e", "-", " "];
    const rand = prng(20240601);
    let failures = 0;
    for (let round = 0; round < 3000; round++) {
      let src = seeds[round % seeds.length];
      const edits = 1 + Math.floor(rand() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rand() * (src.length + 1));
        const kind = rand();
        if (kind < 0.4) src = src.slice(0, at) + src.slice(at + 1 + Math.floor(rand() * 8));
        else if (kind < 0.8) src = src.slice(0, at) + alphabet[Math.floor(rand() * alphabet.length)] + src.slice(at);
        else src = src.slice(0, at);
      }
      const f = parseJson(src, round % 5 === 0 ? "x.tfvars.json" : "x.tf.json");
      for (const d of f.diagnostics) if (!inside(f, d.range)) failures++;
    }
    expect(failures).toBe(0);
  });
});
