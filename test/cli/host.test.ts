import { afterEach, describe, expect, it } from "vitest";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { discover } from "../../src/cli/discover.js";
import { CliHost } from "../../src/cli/host.js";
import { DirectoryListings } from "../../src/cli/listings.js";
import { makeTree, removeTree } from "./tree.js";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach(removeTree));

/** A tree with files, directories, links to each, a broken link and a lock file. */
function sampleTree(): string {
  const root = makeTree(
    {
      "main.tf": "",
      "notes.txt": "",
      ".terraform.lock.hcl": "",
      "modules/a/main.tf": "",
      "modules/a/x.tfvars": "",
      "elsewhere/b.tf": "",
      ".terraform/providers/p.tf": "",
    },
    {
      "link.tf": "main.tf",
      "broken.tf": "missing.tf",
      "modules/linked": "../elsewhere",
      "modules/a/up.tf": "../../elsewhere/b.tf",
    },
  );
  mkdirSync(join(root, "empty"));
  roots.push(root);
  return root;
}

describe("CliHost with discovery's listings", () => {
  it("answers exactly as the disk does, for listed and unlisted paths alike", async () => {
    const root = sampleTree();
    const listings = new DirectoryListings();
    await discover(["."], { cwd: root, listings });
    const listed = new CliHost(listings);
    // As a worker thread gets them.
    const cloned = new CliHost(DirectoryListings.fromData(structuredClone(listings.toData())));
    const disk = new CliHost();
    // The root and modules/a were read by discovery; elsewhere/ only through a link.
    expect(listings.listing(root)).toBeDefined();
    expect(listings.listing(join(root, "modules/a"))).toBeDefined();

    const names = ["main.tf", "notes.txt", ".terraform.lock.hcl", "link.tf", "broken.tf", "missing.tf", "modules", ".terraform", "empty"];
    const paths = [
      ...names.map((n) => join(root, n)),
      ...["main.tf", "x.tfvars", "up.tf", ".tfmould.json", "nothing"].map((n) => join(root, "modules/a", n)),
      join(root, "modules/linked/b.tf"),
      join(root, "elsewhere/b.tf"),
      `${join(root, "main.tf")}/`,
      `${root}/modules/a/..`,
      `${root}/modules/./a/main.tf`,
      "main.tf",
      join(root, "..", ".tfmould.json"),
    ];
    for (const p of paths) {
      for (const host of [listed, cloned]) {
        expect(host.fileExists(p), p).toBe(disk.fileExists(p));
        expect(host.realPath(p), p).toBe(disk.realPath(p));
      }
    }
    for (const dir of [root, join(root, "modules"), join(root, "modules/a"), join(root, "modules/linked"), join(root, "empty"), join(root, "nope"), `${root}/`]) {
      for (const host of [listed, cloned]) {
        expect(host.listFiles(dir), dir).toEqual(disk.listFiles(dir));
        expect(host.realPath(dir), dir).toBe(disk.realPath(dir));
      }
    }
    expect(listed.listFiles(root)).toEqual([".terraform.lock.hcl", "link.tf", "main.tf", "notes.txt"]);
  });

  it("knows real paths of directories reached through a link to the walk's root", async () => {
    const target = makeTree({ "sub/main.tf": "" });
    const root = makeTree({}, { tree: target });
    roots.push(target, root);
    const listings = new DirectoryListings();
    await discover(["tree"], { cwd: root, listings });
    const listed = new CliHost(listings);
    expect(listings.realPath(join(root, "tree/sub"))).toBeDefined();
    expect(listed.realPath(join(root, "tree/sub"))).toBe(new CliHost().realPath(join(root, "tree/sub")));
  });
});
