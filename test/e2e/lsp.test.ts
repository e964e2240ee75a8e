/**
 * End to end: `tfmould lsp` as a child process, driven by a real JSON-RPC
 * client over stdio (test/e2e/lsp-client.ts). Positions expected here are
 * worked out from the texts with JavaScript's own UTF-16 string indexes,
 * not from anything the server computes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic, Range } from "vscode-languageserver-protocol/node";
import { REPO, ensureBuilt } from "./build.js";
import { LspClient } from "./lsp-client.js";

const TERRAFORM = `terraform {
  required_version = ">= 1.6.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
`;

const INSTANCE = `resource "aws_instance" "app" {
  ami           = "ami-0c7217cdde317cfec"
  instance_type = "t3.small"
  user_data     = "#!/bin/sh\\necho hi\\n"
}
`;

const dirs: string[] = [];
const clients: LspClient[] = [];

function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "tfmould-lsp-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function client(cwd: string, args?: readonly string[]): LspClient {
  const c = new LspClient(cwd, args);
  clients.push(c);
  return c;
}

const uriOf = (dir: string, name: string): string => pathToFileURL(join(dir, name)).href;
const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code)).sort();

/** The range of the `nth` occurrence of `needle` in `text`, in 0-based lines and UTF-16 characters. */
function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in text`);
  const pos = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split(/\r\n|\n/).length - 1;
    return { line, character: offset - (Math.max(before.lastIndexOf("\n"), -1) + 1) };
  };
  return { start: pos(at), end: pos(at + needle.length) };
}

beforeAll(() => ensureBuilt());
afterEach(() => {
  for (const c of clients.splice(0)) c.kill();
});
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("tfmould lsp", () => {
  it("initializes, publishes a module's findings on open with code, link, source and related locations, and exits 0 after shutdown", async () => {
    const main = `${TERRAFORM}\nresource "aws_ecr_repository" "repo" {\n  name                 = "repo"\n  image_tag_mutability = var.mutability\n}\n`;
    const variables = `variable "mutability" {\n  type    = string\n  default = "MUTABLE"\n}\n`;
    // A lock file makes the directory a deployment, whose variable defaults are its own values.
    const dir = tempDir({ "main.tf": main, "variables.tf": variables, ".terraform.lock.hcl": "" });
    const c = client(dir);
    const init = await c.initialize(pathToFileURL(dir).href);
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.codeActionProvider).toBeTruthy();
    expect(init.serverInfo?.name).toBe("tfmould");

    await c.open(uriOf(dir, "variables.tf"), variables);
    const [finding] = (await c.current(uriOf(dir, "variables.tf"))).filter((d) => d.code === "ecr-tag-immutability");
    expect(finding.source).toBe("tfmould");
    expect(finding.codeDescription?.href).toMatch(/docs\/rules\/ecr-tag-immutability\.md$/);
    expect(finding.range).toEqual(rangeOf(variables, '"MUTABLE"'));
    expect(finding.relatedInformation?.[0].location).toEqual({ uri: uriOf(dir, "main.tf"), range: rangeOf(main, "var.mutability") });
    expect(await c.stop()).toBe(0);
  });

  it("maps ranges to UTF-16 characters on lines with non-ASCII text and astral characters", async () => {
    const main = `${TERRAFORM}\nresource "aws_ecs_task_definition" "web" {\n  family                = "wéb"\n  container_definitions = jsonencode([{ name = "wéb😀", image = "nginx:latest" }])\n}\n`;
    const dir = tempDir({ "main.tf": main });
    const c = client(dir);
    await c.initialize();
    await c.open(uriOf(dir, "main.tf"), main);
    const pinned = (await c.current(uriOf(dir, "main.tf"))).find((d) => d.code === "container-image-pinned");
    expect(pinned?.range).toEqual(rangeOf(main, '"nginx:latest"'));
  });

  it("lints the buffers as the editor holds them: an unsaved file changes another open file's diagnostics, and edits are debounced into a new publication", async () => {
    const dir = tempDir({ "main.tf": INSTANCE });
    const c = client(dir);
    await c.initialize();
    const main = uriOf(dir, "main.tf");
    await c.open(main, INSTANCE);
    expect(codes(await c.current(main))).toContain("provider-version-pinned");

    // versions.tf exists only in the editor.
    await c.open(uriOf(dir, "versions.tf"), TERRAFORM);
    const withVersions = await c.diagnostics(main, (p) => !codes(p.diagnostics).includes("provider-version-pinned"));
    expect(codes(withVersions.diagnostics)).toContain("user-data-replace-on-change");

    // An incremental edit to main.tf: the finding goes with the user_data line.
    const line = rangeOf(INSTANCE, '  user_data     = "#!/bin/sh\\necho hi\\n"\n');
    await c.change(main, [{ range: line, text: "" }]);
    const after = await c.current(main);
    expect(codes(after)).not.toContain("user-data-replace-on-change");

    // Closing versions.tf (never saved): main.tf is linted against the disk again.
    await c.close(uriOf(dir, "versions.tf"));
    await c.diagnostics(main, (p) => codes(p.diagnostics).includes("provider-version-pinned"));
    const cleared = await c.diagnostics(uriOf(dir, "versions.tf"));
    expect(cleared.diagnostics).toEqual([]);
    expect(await c.stop()).toBe(0);
  });

  it("debounces typing: a burst of changes is linted once, for the last version", async () => {
    const dir = tempDir({ "main.tf": INSTANCE });
    const c = client(dir);
    await c.initialize();
    const uri = uriOf(dir, "main.tf");
    await c.open(uri, INSTANCE);
    await c.current(uri);
    const before = c.published.length;
    let last = 1;
    for (let i = 0; i < 5; i++) last = await c.change(uri, [{ range: rangeOf(INSTANCE, "t3.small"), text: i % 2 ? "t3.small" : "t3.large" }]);
    await c.current(uri);
    const mine = c.published.slice(before).filter((p) => p.uri === uri);
    // On a loaded machine a lint may slip in between; never one per keystroke.
    expect(mine.length).toBeLessThanOrEqual(2);
    expect(mine[mine.length - 1].version).toBe(last);
  });

  it("asks to watch Terraform files when the editor can, and lints open modules again when one changes on disk", async () => {
    const dir = tempDir({ "main.tf": INSTANCE });
    const c = client(dir);
    await c.initialize(null, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    const uri = uriOf(dir, "main.tf");
    await c.open(uri, INSTANCE);
    expect(codes(await c.current(uri))).toContain("provider-version-pinned");
    await expect.poll(() => c.registrations.map((r) => r.method)).toContain("workspace/didChangeWatchedFiles");
    const watchers = (c.registrations[0].registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern);
    expect(watchers.some((g) => g.includes("tfvars"))).toBe(true);

    writeFileSync(join(dir, "versions.tf"), TERRAFORM);
    await c.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(dir, "versions.tf"), type: 1 }] });
    await c.diagnostics(uri, (p) => !codes(p.diagnostics).includes("provider-version-pinned"));
  });

  it("offers the rule's fix, which removes the finding once applied", async () => {
    const text = TERRAFORM + INSTANCE;
    const dir = tempDir({ "main.tf": text });
    const c = client(dir);
    await c.initialize();
    const uri = uriOf(dir, "main.tf");
    await c.open(uri, text);
    const finding = (await c.current(uri)).find((d) => d.code === "user-data-replace-on-change") as Diagnostic;
    const actions = await c.codeActions(uri, finding.range, [finding]);
    const fix = actions.find((a) => a.isPreferred);
    expect(fix?.title).toMatch(/user_data_replace_on_change/);
    await c.apply(fix?.edit ?? {});
    expect(c.text(uri)).toContain("user_data_replace_on_change = true");
    const after = await c.current(uri);
    expect(codes(after)).not.toContain("user-data-replace-on-change");
    expect(codes(after)).not.toContain("syntax-error");
  });

  it("offers a suppression with a reason, which the suppression parser accepts: the finding goes and nothing else appears", async () => {
    const text = TERRAFORM + INSTANCE.replace("resource", "# a comment\nresource").replace(/^/gm, (m) => m);
    const dir = tempDir({ "main.tf": text });
    const c = client(dir);
    await c.initialize(null, { workspace: { workspaceEdit: { documentChanges: true } } });
    const uri = uriOf(dir, "main.tf");
    await c.open(uri, text);
    const before = await c.current(uri);
    const finding = before.find((d) => d.code === "user-data-replace-on-change") as Diagnostic;
    const actions = await c.codeActions(uri, finding.range, [finding]);
    const suppress = actions.find((a) => a.title === "Suppress user-data-replace-on-change with a reason");
    expect(suppress?.edit?.documentChanges).toBeDefined();
    await c.apply(suppress?.edit ?? {});
    expect(c.text(uri)).toMatch(/\n# tfmould-ignore: user-data-replace-on-change -- [^\n]+\nresource "aws_instance"/);
    const after = await c.current(uri);
    expect(codes(after)).toEqual(codes(before).filter((code) => code !== "user-data-replace-on-change"));
  });

  it("shows a finding about a script file's line at the argument that reads it, where a suppression hides it", async () => {
    const text = TERRAFORM + INSTANCE.replace('"#!/bin/sh\\necho hi\\n"', 'file("${path.module}/boot.sh")') + "\n";
    const script = "#!/bin/sh\necho start\nyum install -y nginx\n";
    const dir = tempDir({ "main.tf": text, "boot.sh": script });
    const c = client(dir);
    await c.initialize(null, { workspace: { workspaceEdit: { documentChanges: true } } });
    const uri = uriOf(dir, "main.tf");
    await c.open(uri, text);
    const finding = (await c.current(uri)).find((d) => d.code === "no-boot-time-configuration") as Diagnostic;
    expect(finding.range).toEqual(rangeOf(text, 'file("${path.module}/boot.sh")'));
    expect(finding.relatedInformation?.[0].location).toEqual({ uri: uriOf(dir, "boot.sh"), range: rangeOf(script, "yum install -y nginx") });
    const actions = await c.codeActions(uri, finding.range, [finding]);
    const suppress = actions.find((a) => a.title === "Suppress no-boot-time-configuration with a reason");
    await c.apply(suppress?.edit ?? {});
    expect(codes(await c.current(uri))).not.toContain("no-boot-time-configuration");
  });

  it("suppresses a finding inside a nested block with the comment indented like its line", async () => {
    const text = `${TERRAFORM}\nresource "aws_ecs_task_definition" "web" {\n  family = "web"\n  container_definitions = jsonencode([\n    {\n      name  = "web"\n      image = "nginx:latest"\n    }\n  ])\n}\n`;
    const dir = tempDir({ "main.tf": text });
    const c = client(dir);
    await c.initialize();
    const uri = uriOf(dir, "main.tf");
    await c.open(uri, text);
    const finding = (await c.current(uri)).find((d) => d.code === "container-image-pinned") as Diagnostic;
    const suppress = (await c.codeActions(uri, finding.range, [finding])).find((a) => a.title.startsWith("Suppress"));
    await c.apply(suppress?.edit ?? {});
    expect(c.text(uri)).toContain(`\n      # tfmould-ignore: container-image-pinned -- `);
    expect(codes(await c.current(uri))).not.toContain("container-image-pinned");
  });

  it("shows the rule's summary and a link to its docs on hover over a finding, and nothing elsewhere", async () => {
    const text = TERRAFORM + INSTANCE;
    const dir = tempDir({ "main.tf": text });
    const c = client(dir);
    await c.initialize();
    const uri = uriOf(dir, "main.tf");
    await c.open(uri, text);
    const finding = (await c.current(uri)).find((d) => d.code === "user-data-replace-on-change") as Diagnostic;
    const hover = await c.hover(uri, finding.range.start);
    const value = (hover?.contents as { value: string }).value;
    expect(value).toContain("user-data-replace-on-change");
    expect(value).toContain("docs/rules/user-data-replace-on-change.md");
    expect(value.length).toBeGreaterThan("user-data-replace-on-change".length * 3);
    expect(await c.hover(uri, { line: 1, character: 2 })).toBeNull();
  });

  it("reports a syntax error while typing and keeps serving", async () => {
    const dir = tempDir();
    const c = client(dir);
    await c.initialize();
    const uri = uriOf(dir, "main.tf");
    await c.open(uri, TERRAFORM);
    expect(codes(await c.current(uri))).not.toContain("syntax-error");
    await c.change(uri, [{ range: rangeOf(TERRAFORM, "}\n", 2), text: 'resource "aws_instance" "x" {\n  ami = \n' }]);
    const broken = await c.current(uri);
    expect(codes(broken)).toContain("syntax-error");
    expect(await c.hover(uri, { line: 0, character: 0 })).toBeNull();
    expect(await c.stop()).toBe(0);
  });

  it("lints a document outside any folder, and an untitled buffer alone", async () => {
    const dir = tempDir();
    const c = client(tempDir(), ["--lsp"]);
    await c.initialize(null);
    const file = uriOf(dir, "solo.tf");
    await c.open(file, INSTANCE);
    expect(codes(await c.current(file))).toContain("user-data-replace-on-change");
    await c.open("untitled:Untitled-1", INSTANCE);
    expect(codes(await c.current("untitled:Untitled-1"))).toContain("user-data-replace-on-change");
    expect(await c.stop()).toBe(0);
  });

  it("keeps CRLF line endings: ranges count lines as the editor does, and the suppression comment ends in CRLF", async () => {
    const text = (TERRAFORM + INSTANCE).replace(/\n/g, "\r\n");
    const dir = tempDir({ "main.tf": text });
    const c = client(dir);
    await c.initialize();
    const uri = uriOf(dir, "main.tf");
    await c.open(uri, text);
    const finding = (await c.current(uri)).find((d) => d.code === "user-data-replace-on-change") as Diagnostic;
    expect(finding.range).toEqual(rangeOf(text, 'resource "aws_instance" "app"'));
    const suppress = (await c.codeActions(uri, finding.range, [finding])).find((a) => a.title.startsWith("Suppress"));
    await c.apply(suppress?.edit ?? {});
    expect(c.text(uri)).toMatch(/\r\n# tfmould-ignore: user-data-replace-on-change -- [^\r\n]+\r\nresource/);
    expect(c.text(uri).replace(/\r\n/g, "")).not.toContain("\n");
    expect(codes(await c.current(uri))).not.toContain("user-data-replace-on-change");
  });

  it("uses the nearest .tfmould.json for severities, and the buffer of an open config", async () => {
    const dir = tempDir({ "main.tf": TERRAFORM + INSTANCE, ".tfmould.json": JSON.stringify({ rules: { "user-data-replace-on-change": "note" } }) });
    const c = client(dir);
    await c.initialize();
    const uri = uriOf(dir, "main.tf");
    await c.open(uri, TERRAFORM + INSTANCE);
    const note = (await c.current(uri)).find((d) => d.code === "user-data-replace-on-change");
    expect(note?.severity).toBe(3);
    const config = uriOf(dir, ".tfmould.json");
    await c.open(config, JSON.stringify({ rules: { "user-data-replace-on-change": "off" } }), "json");
    await c.diagnostics(uri, (p) => !codes(p.diagnostics).includes("user-data-replace-on-change"));
    await c.change(config, [{ text: "{ not json" }]);
    const broken = await c.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === undefined && /cannot lint/.test(typeof d.message === "string" ? d.message : d.message.value)));
    expect(broken.diagnostics).toHaveLength(1);
    expect(await c.stop()).toBe(0);
  });

  it("publishes for .tfvars and .tf.json documents, and their suppressions are accepted", async () => {
    const main = `resource "aws_ecr_repository" "repo" {\n  name                 = "repo"\n  image_tag_mutability = var.mutability\n}\n\nvariable "mutability" {\n  type = string\n}\n`;
    const tfvars = `# per environment\nmutability = "MUTABLE"\n`;
    const json = `{\n  "resource": {\n    "aws_instance": {\n      "app": {\n        "ami": "ami-0c7217cdde317cfec",\n        "user_data": "#!/bin/sh\\necho hi\\n"\n      }\n    }\n  }\n}\n`;
    const dir = tempDir({ "main.tf": main, "terraform.tfvars": tfvars, "inst.tf.json": json, ".terraform.lock.hcl": "" });
    const c = client(dir);
    await c.initialize();
    const vars = uriOf(dir, "terraform.tfvars");
    await c.open(vars, tfvars, "terraform-vars");
    const ecr = (await c.current(vars)).find((d) => d.code === "ecr-tag-immutability") as Diagnostic;
    expect(ecr.range).toEqual(rangeOf(tfvars, '"MUTABLE"'));
    const suppressVar = (await c.codeActions(vars, ecr.range, [ecr])).find((a) => a.title.startsWith("Suppress"));
    await c.apply(suppressVar?.edit ?? {});
    expect(c.text(vars)).toMatch(/^# per environment\n# tfmould-ignore: ecr-tag-immutability -- [^\n]+\nmutability/);
    expect(codes(await c.current(vars))).toEqual([]);

    const inst = uriOf(dir, "inst.tf.json");
    await c.open(inst, json, "json");
    const user = (await c.current(inst)).find((d) => d.code === "user-data-replace-on-change") as Diagnostic;
    expect(user.range.start).toEqual(rangeOf(json, '"app"').start);
    const suppressJson = (await c.codeActions(inst, user.range, [user])).find((a) => a.title.startsWith("Suppress"));
    await c.apply(suppressJson?.edit ?? {});
    expect(JSON.parse(c.text(inst)).resource.aws_instance.app["//"]).toMatch(/^tfmould-ignore: user-data-replace-on-change -- /);
    expect(codes(await c.current(inst))).not.toContain("user-data-replace-on-change");
  });

  it("runs a config's plugins only when started with --allow-plugins, and says so otherwise", async () => {
    const acme = join(REPO, "fixtures/plugins/acme/index.js");
    const main = readFileSync(join(REPO, "fixtures/plugins/repo/main.tf"), "utf8");
    const dir = tempDir({ "main.tf": main, ".tfmould.json": JSON.stringify({ plugins: [acme] }) });
    mkdirSync(join(dir, ".git"));
    const uri = uriOf(dir, "main.tf");

    const untrusted = client(dir);
    await untrusted.initialize();
    await untrusted.open(uri, main);
    const without = await untrusted.current(uri);
    expect(codes(without).filter((code) => code.startsWith("acme/"))).toEqual([]);
    expect(without.some((d) => /plugins not loaded/.test(typeof d.message === "string" ? d.message : d.message.value))).toBe(true);
    expect(await untrusted.stop()).toBe(0);

    const trusted = client(dir, ["lsp", "--allow-plugins"]);
    await trusted.initialize();
    await trusted.open(uri, main);
    const found = (await trusted.current(uri)).filter((d) => String(d.code).startsWith("acme/"));
    expect(found.map((d) => d.range.start.line + 1)).toContain(7);
    const hover = await trusted.hover(uri, found[0].range.start);
    expect((hover?.contents as { value: string }).value).toContain(String(found[0].code));
    expect(await trusted.stop()).toBe(0);
  });

  it("exits 1 when told to exit without a shutdown first", async () => {
    const c = client(tempDir());
    await c.initialize();
    await c.connection.sendNotification("exit");
    expect(await c.exited).toBe(1);
  });
});
