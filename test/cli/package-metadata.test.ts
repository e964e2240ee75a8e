/** What the package says about itself: licence, where it lives, and a README about the project only. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const REPOSITORY = "https://github.com/tfmould/tfmould";

describe("package metadata", () => {
  it("has an MIT LICENSE that matches package.json", () => {
    const license = read("LICENSE");
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} the tfmould authors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
    expect((JSON.parse(read("package.json")) as { license: string }).license).toBe("MIT");
  });

  it("names its repository, home page and issue tracker", () => {
    const pkg = JSON.parse(read("package.json")) as Record<string, unknown>;
    expect(pkg.repository).toEqual({ type: "git", url: `git+${REPOSITORY}.git` });
    expect(pkg.homepage).toBe(`${REPOSITORY}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY}/issues` });
    expect(read("README.md")).toContain(REPOSITORY);
  });

  it("has a README that speaks of the project, not of the notes or issues it was built from", () => {
    const readme = read("README.md");
    expect(readme).not.toMatch(/\bthe issue'?s?\b/i);
    expect(readme).not.toMatch(/\btarget (?:for|of) the end-to-end|20 MB\/s/i);
    expect(readme).not.toMatch(/development machine|earlier that day|latest engine change/i);
  });
});
