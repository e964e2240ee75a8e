/** Display names: paths relative to the working directory, `/`-separated, the same whichever way they are worked out. */
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { FileNames, normalizePath } from "../../src/engine/file-names.js";

describe("FileNames.display", () => {
  it("names a path as path.relative and normalising do, inside, beside and above the working directory", () => {
    const files = ["/w/repo/main.tf", "/w/repo/modules/x/main.tf", "/w/repo", "/w/other/a.tf", "/elsewhere/b.tf", "/w", "/", "/w/repo/../repo/c.tf", "/w//repo/d.tf", "/w/repo/e/"];
    for (const cwd of ["/w/repo", "/w/repo/", "/", "/w/./repo"]) {
      const names = new FileNames(cwd, false);
      for (const file of files) {
        const expected = normalizePath(path.relative(cwd, file).split(path.sep).join("/")) || ".";
        expect(names.display(file), `${file} from ${cwd}`).toBe(expected);
      }
    }
    expect(new FileNames("/w/repo", false).display("/w/other/a.tf")).toBe("../other/a.tf");
  });
});
