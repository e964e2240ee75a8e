import { describe, expect, it } from "vitest";
import { BaselineError, applyBaseline, parseBaseline, writeBaseline } from "../../src/engine/baseline.js";
import { fingerprintAll, fingerprintBase } from "../../src/engine/fingerprint.js";
import type { FileFinding, Finding } from "../../src/engine/types.js";

function at(line: number) {
  return { start: { line, column: 3, offset: line * 10 }, end: { line, column: 9, offset: line * 10 + 6 } };
}

type Draft = Omit<FileFinding, "fingerprint">;

function draft(ruleId: string, file: string, address: string, attributePath: string, line: number): Draft {
  return { ruleId, severity: "error", message: `${ruleId} at ${address}`, file, range: at(line), address, attributePath, related: [] };
}

/** Fingerprints the drafts in the order given, as the engine does after sorting. */
function finish(drafts: Draft[]): FileFinding[] {
  const prints = fingerprintAll(drafts);
  return drafts.map((d, i) => ({ ...d, fingerprint: prints[i] }));
}

describe("fingerprints", () => {
  it("ignore the position and depend on rule, file, address and attribute path", () => {
    const a = draft("r", "main.tf", "aws_instance.web", "ami", 3);
    const moved = draft("r", "main.tf", "aws_instance.web", "ami", 40);
    expect(fingerprintBase(a)).toBe(fingerprintBase(moved));
    for (const other of [
      draft("r2", "main.tf", "aws_instance.web", "ami", 3),
      draft("r", "other.tf", "aws_instance.web", "ami", 3),
      draft("r", "main.tf", "aws_instance.db", "ami", 3),
      draft("r", "main.tf", "aws_instance.web", "user_data", 3),
    ]) {
      expect(fingerprintBase(other)).not.toBe(fingerprintBase(a));
    }
  });

  it("count findings that share every part", () => {
    const prints = fingerprintAll([draft("r", "f", "a", "p", 1), draft("r", "f", "a", "p", 2), draft("r", "f", "b", "p", 3)]);
    expect(prints[0]).toMatch(/^[0-9a-f]{32}:0$/);
    expect(prints[1]).toBe(prints[0].replace(/:0$/, ":1"));
    expect(prints[2]).toMatch(/:0$/);
    expect(new Set(prints).size).toBe(3);
  });
});

describe("baseline", () => {
  const before = finish([
    draft("image", "main.tf", "aws_instance.web", "ami", 3),
    draft("image", "main.tf", "aws_instance.web", "ami", 9),
    draft("secrets", "vars.tf", "var.password", "default", 2),
  ]);

  it("writes stable, sorted JSON", () => {
    const text = writeBaseline(before);
    expect(writeBaseline([...before].reverse())).toBe(text);
    expect(text.endsWith("\n")).toBe(true);
    const parsed = parseBaseline(text);
    expect(parsed.version).toBe(1);
    expect(parsed.findings.map((f) => f.file)).toEqual(["main.tf", "main.tf", "vars.tf"]);
    expect(parsed.findings[0]).toEqual({
      fingerprint: before[0].fingerprint,
      ruleId: "image",
      file: "main.tf",
      address: "aws_instance.web",
      attributePath: "ami",
      message: "image at aws_instance.web",
    });
  });

  it("keeps known findings matched when their lines move, and reports new ones", () => {
    const text = writeBaseline(before);
    const after = finish([
      draft("image", "main.tf", "aws_instance.web", "ami", 13),
      draft("image", "main.tf", "aws_instance.web", "ami", 19),
      draft("image", "main.tf", "aws_instance.web", "ami", 25),
      draft("image", "main.tf", "aws_instance.api", "ami", 30),
      draft("secrets", "vars.tf", "var.password", "default", 7),
    ]);
    const applied = applyBaseline(after, text);
    expect(applied.map((f) => f.suppressed?.reason ?? "new")).toEqual(["baseline", "baseline", "new", "new", "baseline"]);
    expect(applied[0].suppressed).toEqual({ kind: "external", reason: "baseline" });
  });

  it("leaves findings already suppressed in source alone, and does not write them", () => {
    const commented: Finding = {
      ...before[2],
      suppressed: { kind: "inSource", reason: "test", commentRange: at(1) },
    };
    const findings = [before[0], commented];
    expect(parseBaseline(writeBaseline(findings)).findings).toHaveLength(1);
    const applied = applyBaseline(findings, writeBaseline(before));
    expect(applied[1].suppressed?.kind).toBe("inSource");
  });

  it("rejects what is not a baseline", () => {
    expect(() => applyBaseline(before, "not json")).toThrow(BaselineError);
    expect(() => applyBaseline(before, "{}")).toThrow(/expected an object with a "findings" array/);
    expect(() => applyBaseline(before, '{"version": 9, "findings": []}')).toThrow(/unsupported baseline version 9/);
    expect(() => applyBaseline(before, '{"version": 1, "findings": [3]}')).toThrow(/findings\[0\]/);
  });
});
