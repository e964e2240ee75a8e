import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { tuningFlags } from "../../bin/v8-flags.js";

describe("tuningFlags", () => {
  it("sets both settings on Node 20's V8, and only the inlining limit on V8s without the tick count", () => {
    expect(tuningFlags("11.3.244.8-node.38", [])).toEqual(["--max-inlined-bytecode-size=30", "--ticks-before-optimization=16"]);
    // Node 21, 22, 24: an unknown flag would be printed as an error on every run.
    for (const v8 of ["11.8.172.17-node.20", "12.4.254.21-node.57", "13.6.233.17-node.63"]) {
      expect(tuningFlags(v8, [])).toEqual(["--max-inlined-bytecode-size=30"]);
    }
    expect(tuningFlags("10.2.154.26-node.26", [])).toContain("--ticks-before-optimization=16");
  });

  it("leaves a flag that node's command line gives, in either spelling, and only that flag", () => {
    expect(tuningFlags("11.3.244.8", ["--max-inlined-bytecode-size=460"])).toEqual(["--ticks-before-optimization=16"]);
    expect(tuningFlags("11.3.244.8", ["--ticks_before_optimization=3"])).toEqual(["--max-inlined-bytecode-size=30"]);
    // A longer flag that starts with the same words is another flag.
    expect(tuningFlags("12.4.254.21", ["--max-inlined-bytecode-size-small=10"])).toEqual(["--max-inlined-bytecode-size=30"]);
  });

  it("gives only flags this node's V8 knows", () => {
    const known = execFileSync(process.execPath, ["--v8-options"], { encoding: "utf8" });
    const flags = tuningFlags(process.versions.v8, []);
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(known).toContain(`  ${flag.slice(0, flag.indexOf("="))} (`);
  });
});
