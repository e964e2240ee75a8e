/** The README's "Writing a rule" shows the fixture plugin as it is, so the code there is the code these tests run. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const REPO = join(import.meta.dirname, "../..");
const readme = readFileSync(join(REPO, "README.md"), "utf8");
const section = readme.slice(readme.indexOf("\n## Writing a rule\n"), readme.indexOf("\n## Programmatic API\n"));
// The JavaScript is fenced with four backticks: the rule's docs hold fenced examples of their own.
const blocks = [...section.matchAll(/^(`{3,})(\w+)\n([\s\S]*?)^\1$/gm)].map((m) => ({ lang: m[2], text: m[3] }));

describe("README: Writing a rule", () => {
  it("shows the fixture plugin's rule, index and tests verbatim", () => {
    const js = blocks.filter((b) => b.lang === "js").map((b) => b.text);
    const fixture = (file: string) => readFileSync(join(REPO, "fixtures/plugins/acme", file), "utf8");
    expect(js).toEqual([fixture("rules/no-public-buckets.js"), fixture("index.js"), fixture("test/rules.test.js")]);
  });

  it("shows a config that is valid, naming the plugin by a relative path", () => {
    const json = blocks.find((b) => b.lang === "json");
    const config = JSON.parse(json?.text ?? "{}") as { plugins?: string[] };
    expect(config.plugins).toEqual(["./lint/index.js"]);
  });
});
