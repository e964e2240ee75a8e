import { describe, expect, it } from "vitest";
import { createModuleScope, toJs } from "../../src/eval/index.js";
import { loadModule, MemoryHost } from "../../src/model/index.js";
import type { SourceHost } from "../../src/model/host.js";
import { evalLocal, evalWithDiagnostics, js, ROOT } from "./helpers.js";

const hashes: [string, unknown][] = [
  ['md5("hello world")', "5eb63bbbe01eeed093cb22bb8f5acdc3"],
  ['sha1("hello world")', "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"],
  ['sha256("hello world")', "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"],
  ['base64sha256("hello world")', "uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="],
  ['uuidv5("dns", "www.terraform.io")', "a5008fae-b28c-5ba5-96cd-82b4c53552d6"],
  ['uuidv5("url", "https://www.terraform.io/")', "9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5"],
];

describe("hash functions", () => {
  it.each(hashes)("%s", (expr, expected) => {
    expect(js(expr)).toEqual(expected);
  });
});

describe("impure and unsupported functions", () => {
  it.each(["timestamp()", "uuid()", 'bcrypt("x")', "plantimestamp()", 'provider::aws::arn_parse("x")', 'nosuchfunction("x")', 'abspath(".")'])(
    "%s is unknown, never an error or an exception",
    (expr) => {
      const v = evalLocal(expr);
      expect(v.kind).toBe("unknown");
      expect(v.kind === "unknown" && v.error).toBeFalsy();
    },
  );

  it("says why an impure function is unknown", () => {
    const v = evalLocal("timestamp()");
    expect(v.kind === "unknown" && v.reason).toContain("not known before apply");
  });
});

const files = {
  "hello.txt": "Hello World",
  "user_data.sh.tpl": "#!/bin/sh\necho ${name}\n%{ for p in ports ~}\nopen ${p}\n%{ endfor ~}\n",
  "nested.tpl": '${templatefile("hello.txt", {})}',
  "modules/web/script.sh": "child script",
};

describe("file functions", () => {
  it("reads files inside the scanned root", () => {
    expect(js('file("hello.txt")', files)).toBe("Hello World");
    expect(js('file("${path.module}/hello.txt")', files)).toBe("Hello World");
    expect(js('fileexists("hello.txt")', files)).toBe(true);
    expect(js('fileexists("nope.txt")', files)).toBe(false);
    expect(js('filebase64("hello.txt")', files)).toBe("SGVsbG8gV29ybGQ=");
    expect(js('filemd5("hello.txt")', files)).toBe("b10a8db164e0754105b7a99be72e3fe5");
    expect(js('filesha256("hello.txt")', files)).toBe("a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e");
    expect(js('basename("foo/bar/baz.txt")')).toBe("baz.txt");
    expect(js('dirname("foo/bar/baz.txt")')).toBe("foo/bar");
    expect(js('dirname("baz.txt")')).toBe(".");
  });

  it("renders templatefile with directives, strip markers and variables", () => {
    expect(js('templatefile("user_data.sh.tpl", { name = "web", ports = [80, 443] })', files)).toBe(
      "#!/bin/sh\necho web\nopen 80\nopen 443\n",
    );
  });

  it("keeps the known parts of a template whose variables are partly unknown", () => {
    const v = evalLocal('templatefile("user_data.sh.tpl", { name = var.name, ports = [] })', { ...files, "v.tf": 'variable "name" {}' });
    expect(v.kind === "unknown" && v.pieces).toEqual([{ known: true, text: "#!/bin/sh\necho " }, { known: false }, { known: true, text: "\n" }]);
  });

  it("a template only sees its own variables", () => {
    const v = evalLocal('templatefile("user_data.sh.tpl", { name = "x" })', files);
    expect(v.kind === "unknown" && v.error).toBe(true);
  });

  it("refuses templatefile inside a template, with a diagnostic", () => {
    const { value, diagnostics } = evalWithDiagnostics('templatefile("nested.tpl", {})', files);
    expect(value.kind).toBe("unknown");
    expect(diagnostics.map((d) => d.summary)).toContain("Recursive templatefile call");
  });

  it("a missing file is an error (unknown)", () => {
    const v = evalLocal('file("missing.txt")', files);
    expect(v.kind === "unknown" && v.error).toBe(true);
  });

  it.each(['file("../outside.txt")', 'file("/etc/passwd")', 'fileexists("../../x")', 'templatefile("../t.tpl", {})', 'filebase64("modules/../../x")'])(
    "%s escapes the root: unknown plus a diagnostic",
    (expr) => {
      const { value, diagnostics } = evalWithDiagnostics(expr, files);
      expect(value.kind).toBe("unknown");
      expect(value.kind === "unknown" && value.error).toBeFalsy();
      expect(diagnostics.map((d) => d.summary)).toContain("File outside the scanned directory");
      expect(diagnostics[0].filename).toBe(`${ROOT}/expr.tf`);
    },
  );

  it("a symlink pointing outside the root is not read", () => {
    const memory = new MemoryHost({
      [`${ROOT}/main.tf`]: 'locals {\n  v = file("link.txt")\n  w = file("ok.txt")\n}\n',
      [`${ROOT}/link.txt`]: "secret read through a link",
      [`${ROOT}/ok.txt`]: "fine",
    });
    const host: SourceHost = {
      readFile: (p) => memory.readFile(p),
      listFiles: (d) => memory.listFiles(d),
      fileExists: (p) => memory.fileExists(p),
      realPath: (p) => (p.endsWith("link.txt") ? "/etc/secret" : memory.realPath(p)),
    };
    const module = loadModule(ROOT, { host });
    const scope = createModuleScope(module, { host, rootDir: ROOT, isRoot: true });
    const v = scope.local("v");
    expect(v.kind).toBe("unknown");
    expect(scope.diagnostics().map((d) => d.summary)).toContain("File outside the scanned directory");
    expect(toJs(scope.local("w"))).toBe("fine");
  });

  it("path.module of a child module is relative to the root module", () => {
    const host = new MemoryHost({
      [`${ROOT}/modules/web/main.tf`]: 'locals {\n  p = path.module\n  s = file("${path.module}/script.sh")\n}\n',
      [`${ROOT}/modules/web/script.sh`]: "child script",
    });
    const child = loadModule(`${ROOT}/modules/web`, { host });
    const scope = createModuleScope(child, { host, rootDir: ROOT, isRoot: false, rootModuleDir: ROOT });
    expect(toJs(scope.local("p"))).toBe("modules/web");
    expect(toJs(scope.local("s"))).toBe("child script");
  });
});

describe("fileset and templatestring", () => {
  const tree = {
    "policies/a.json": "{}",
    "policies/b.json": "{}",
    "policies/notes.txt": "",
    "policies/sub/c.json": "{}",
    "top.json": "{}",
  };

  it("lists files of a literal directory that match a pattern", () => {
    expect(js('fileset(path.module, "policies/*.json")', tree)).toEqual(["policies/a.json", "policies/b.json"]);
    expect(js('fileset("${path.module}/policies", "*.{json,txt}")', tree)).toEqual(["a.json", "b.json", "notes.txt"]);
    expect(js('fileset(path.module, "*.json")', tree)).toEqual(["top.json"]);
    expect(js('fileset(path.module, "policies/?.json")', tree)).toEqual(["policies/a.json", "policies/b.json"]);
  });

  it("is unknown for wildcard directories, which the host cannot list", () => {
    expect(evalLocal('fileset(path.module, "**/*.json")', tree).kind).toBe("unknown");
    expect(evalLocal('fileset(path.module, "*/c.json")', tree).kind).toBe("unknown");
  });

  it("does not list outside the scanned root", () => {
    const { value, diagnostics } = evalWithDiagnostics('fileset("..", "*")', tree);
    expect(value.kind).toBe("unknown");
    expect(diagnostics.map((d) => d.summary)).toContain("File outside the scanned directory");
  });

  it("templatestring renders a template held in a string", () => {
    const files = { "l.tf": 'locals {\n  tpl = "Hello, $${name}%%{ if loud }!%%{ endif }"\n}\n' };
    expect(js('templatestring(local.tpl, { name = "you", loud = true })', files)).toBe("Hello, you!");
    const v = evalLocal('templatestring(local.tpl, { name = "you", loud = true })', files);
    expect(v.origins[0].file).toBe(`${ROOT}/expr.tf`);
  });
});
