import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatGithub } from "../../src/report/github.js";
import { finding, range, result } from "./make.js";

describe("github format", () => {
  it("writes one workflow command per finding, by severity", () => {
    const res = result([
      finding({ message: "err", range: range(3, 11, 3, 25) }),
      finding({ ruleId: "no-provisioners", severity: "warning", message: "warn", range: range(7, 3, 9, 4) }),
      finding({ ruleId: "create-before-destroy", severity: "note", message: "note", file: "sub/x.tf", range: range(1, 1, 1, 9) }),
    ]);
    expect(formatGithub(res, { cwd: "/r", root: "/r" }).split("\n")).toEqual([
      "::error file=main.tf,line=3,endLine=3,col=11,endColumn=25,title=container-image-pinned::err",
      "::warning file=main.tf,line=7,endLine=9,col=3,endColumn=4,title=no-provisioners::warn",
      "::notice file=sub/x.tf,line=1,endLine=1,col=1,endColumn=9,title=create-before-destroy::note",
      "",
    ]);
  });

  it("escapes data and properties", () => {
    expect(escapeData("100% done\r\nnext: a,b")).toBe("100%25 done%0D%0Anext: a,b");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
    const res = result([finding({ file: "we,ird:name.tf", message: "line one\nline 100%" })]);
    expect(formatGithub(res, { cwd: "/r", root: "/r" })).toBe(
      "::error file=we%2Cird%3Aname.tf,line=3,endLine=3,col=11,endColumn=25,title=container-image-pinned::line one%0Aline 100%25\n",
    );
  });

  it("leaves out suppressed findings and annotates notices", () => {
    const res = result(
      [finding({ suppressed: { kind: "external", reason: "baseline" } })],
      [
        { level: "error", message: "Cannot read file", file: "a.tf" },
        { level: "warning", message: "Not UTF-8", file: "b.tf", range: range(2, 1, 2, 3) },
      ],
    );
    expect(formatGithub(res, { cwd: "/r", root: "/r" })).toBe(
      "::error file=a.tf,title=tfmould::Cannot read file\n::warning file=b.tf,line=2,endLine=2,col=1,endColumn=3,title=tfmould::Not UTF-8\n",
    );
  });

  it("writes nothing for a clean run", () => {
    expect(formatGithub(result([]))).toBe("");
  });
});
