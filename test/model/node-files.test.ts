import { describe, expect, it } from "vitest";
import { loadModule } from "../../src/model/load.js";
import { MemoryHost } from "../../src/model/memory-host.js";
import { fileOfNode } from "../../src/model/node-files.js";
import { getAttribute } from "../../src/model/query.js";

function twoFiles() {
  const host = new MemoryHost();
  host.set("m/a.tf", 'resource "aws_instance" "a" {\n  ami = "x"\n}\n');
  host.set("m/b.tf", 'resource "aws_instance" "b" {\n  ami = "x"\n}\n');
  const module = loadModule("m", { host });
  const ami = (address: string) => {
    const attr = getAttribute(module.resourcesByAddress.get(address)!.body, "ami")!;
    return attr.expr;
  };
  return { module, ami };
}

describe("fileOfNode", () => {
  it("finds the file of nodes at the same offsets in different files, also when asked again", () => {
    const { module, ami } = twoFiles();
    for (let round = 0; round < 2; round++) {
      expect(fileOfNode(module, ami("aws_instance.a"))?.filename).toBe("m/a.tf");
      expect(fileOfNode(module, ami("aws_instance.b"))?.filename).toBe("m/b.tf");
    }
  });

  it("gives undefined, every time, for an object that only shares a node's range", () => {
    const { module, ami } = twoFiles();
    const copy = { range: ami("aws_instance.a").range };
    expect(fileOfNode(module, copy)).toBeUndefined();
    expect(fileOfNode(module, copy)).toBeUndefined();
    expect(fileOfNode(module, ami("aws_instance.a"))?.filename).toBe("m/a.tf");
  });

  it("answers per module: a node of one module is in no file of another", () => {
    const first = twoFiles();
    const second = twoFiles();
    const node = first.ami("aws_instance.a");
    expect(fileOfNode(first.module, node)?.filename).toBe("m/a.tf");
    expect(fileOfNode(second.module, node)).toBeUndefined();
  });
});
