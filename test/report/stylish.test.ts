import { describe, expect, it } from "vitest";
import { formatStylish } from "../../src/report/stylish.js";
import { finding, range, result } from "./make.js";

const ESC = "\u001b[";

describe("stylish format", () => {
  const res = result(
    [
      finding({ message: "Image uses a mutable tag", range: range(3, 11) }),
      finding({ ruleId: "no-provisioners", severity: "warning", message: "Provisioner mutates a running instance", range: range(12, 5) }),
      finding({ file: "db/main.tf", severity: "note", ruleId: "create-before-destroy", message: "Replace before destroy", range: range(1, 1) }),
      finding({ file: "db/main.tf", message: "hidden", suppressed: { kind: "inSource", reason: "x" } }),
    ],
    [{ level: "error", message: "Cannot read file", file: "broken.tf" }],
  );

  it("groups by file with aligned line:col, severity, message and rule id", () => {
    const lines = formatStylish(res, { cwd: "/r", root: "/r" }).split("\n");
    expect(lines).toEqual([
      "broken.tf",
      "  -   error  Cannot read file",
      "",
      "main.tf",
      "   3:11  error    Image uses a mutable tag                container-image-pinned",
      "  12:5   warning  Provisioner mutates a running instance  no-provisioners",
      "",
      "db/main.tf",
      "  1:1  note  Replace before destroy  create-before-destroy",
      "",
      "✖ 3 problems (1 error, 1 warning, 1 note); 1 suppressed, 1 file problem",
      "",
    ]);
  });

  it("names the instances that gave a finding: their number and the first three, or the one", () => {
    const text = (instances: readonly string[]) =>
      formatStylish(result([finding({ message: "Image uses a mutable tag", address: "x.a", instances })]), { cwd: "/r" }).replace(/\s+/g, " ");
    expect(text(["module.a.x.a", "module.b.x.a", "module.c.x.a", "module.d.x.a"])).toContain(
      "(4 instances: module.a.x.a, module.b.x.a, module.c.x.a and 1 more)",
    );
    expect(text(["module.a.x.a"])).toContain("(instance module.a.x.a)");
  });

  it("does not list suppressed findings", () => {
    expect(formatStylish(res, { cwd: "/r" })).not.toContain("hidden");
  });

  it("uses no escape codes unless colour is asked for", () => {
    expect(formatStylish(res, { cwd: "/r" })).not.toContain(ESC);
    const coloured = formatStylish(res, { cwd: "/r", color: true });
    expect(coloured).toContain(`${ESC}31merror`);
    expect(coloured).toContain(`${ESC}33mwarning`);
  });

  it("says so when there is nothing to report", () => {
    const clean = result([], [], { files: ["a.tf", "b.tf"] });
    expect(formatStylish(clean)).toBe("No problems in 2 files.\n");
    const onlySuppressed = result([finding({ suppressed: { kind: "external", reason: "baseline" } })]);
    expect(formatStylish(onlySuppressed)).toBe("No problems in 1 file; 1 suppressed.\n");
  });

  it("keeps each finding on one line", () => {
    const multi = result([finding({ message: "first\nsecond" })]);
    expect(formatStylish(multi, { cwd: "/r", root: "/r" })).toContain("first second");
  });

  it("uses the warning marker when there are no errors", () => {
    const warn = result([finding({ severity: "warning" })]);
    expect(formatStylish(warn).trimEnd().split("\n").pop()).toBe("⚠ 1 problem (0 errors, 1 warning, 0 notes)");
  });
});
