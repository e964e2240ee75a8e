import { describe, expect, it } from "vitest";
import { js } from "./helpers.js";

// The parser applies `~` markers to the literal text beside them, as HCL
// does: only the one neighbouring whitespace run (a newline token in a
// heredoc is its own token). Evaluation must not strip a second time.
describe("template strip markers", () => {
  it("strips the whitespace before a ${~ interpolation in a quoted string", () => {
    expect(js('"a   ${~ "b"} c"')).toBe("ab c");
  });

  it("strips the whitespace after a ~} interpolation in a quoted string", () => {
    expect(js('"a ${"b" ~}   c"')).toBe("a bc");
  });

  it("keeps the next heredoc line's indentation after a ~} at the end of a line", () => {
    expect(js('<<EOT\n${"x"~}\n   foo\nEOT\n')).toBe("x   foo\n");
  });
});
