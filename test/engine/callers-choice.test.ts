/**
 * A reusable module's variable defaults are its callers' choice (issue 10
 * §2), and one problem at one place is one finding, whatever number of
 * instances reach it (§4).
 */
import { describe, expect, it } from "vitest";
import { rules } from "../../rules/index.js";
import { lint } from "../../src/engine/index.js";
import type { FileFinding } from "../../src/engine/index.js";
import { format } from "../../src/report/index.js";
import type { JsonReport, SarifLog } from "../../src/report/index.js";

const imagePinned = rules.filter((r) => r.id === "container-image-pinned");

/** A reusable module at the repository's top: an image variable whose default floats. */
const moduleFiles = {
  "variables.tf": 'variable "image" {\n  type    = string\n  default = "nginx:latest"\n}\n',
  "main.tf": 'resource "docker_container" "web" {\n  name  = "web"\n  image = var.image\n}\n',
};

function findings(files: Record<string, string>, config?: object): FileFinding[] {
  return lint({ files, rules: imagePinned, ...(config ? { config } : {}) }).findings.filter((f) => f.ruleId === "container-image-pinned");
}

describe("a reusable module's variable defaults", () => {
  it("give no finding when no scanned caller is in view", () => {
    expect(findings(moduleFiles)).toEqual([]);
  });

  it("give a finding at the default when a scanned caller keeps it, with that caller related", () => {
    const found = findings({ ...moduleFiles, "examples/basic/main.tf": 'module "app" {\n  source = "../.."\n}\n' });
    expect(found).toHaveLength(1);
    const [f] = found;
    expect([f.file, f.range.start.line]).toEqual(["variables.tf", 3]);
    expect(f.address).toBe("module.app.docker_container.web");
    expect(f.related).toContainEqual(expect.objectContaining({ file: "main.tf", message: "consumed here" }));
    expect(f.related).toContainEqual(expect.objectContaining({ file: "examples/basic/main.tf", message: "module.app keeps this default" }));
  });

  it("give no finding when every scanned caller sets the value", () => {
    const caller = 'module "app" {\n  source = "../.."\n  image  = "nginx:1.27.0"\n}\n';
    expect(findings({ ...moduleFiles, "examples/basic/main.tf": caller })).toEqual([]);
  });

  it("point at the caller's literal when a caller sets a floating value", () => {
    const caller = 'module "app" {\n  source = "../.."\n  image  = "nginx"\n}\n';
    const found = findings({ ...moduleFiles, "examples/basic/main.tf": caller });
    expect(found.map((f) => `${f.file}:${f.range.start.line}`)).toEqual(["examples/basic/main.tf:3"]);
  });

  it("are the values applied when the module is itself a deployment", () => {
    const found = findings(moduleFiles, { roles: { ".": "deployment" } });
    expect(found.map((f) => `${f.file}:${f.range.start.line}`)).toEqual(["variables.tf:3"]);
  });

  it("are reported under an example's own variables, which are the values it applies", () => {
    const example = {
      "examples/basic/variables.tf": moduleFiles["variables.tf"],
      "examples/basic/main.tf": moduleFiles["main.tf"],
    };
    expect(findings(example).map((f) => `${f.file}:${f.range.start.line}`)).toEqual(["examples/basic/variables.tf:3"]);
  });
});

describe("one finding per problem at one place", () => {
  const files = {
    ...moduleFiles,
    "examples/fleet/main.tf": [
      'module "blue" {\n  source = "../.."\n}\n',
      'module "green" {\n  source = "../.."\n}\n',
      'module "canary" {\n  source   = "../.."\n  for_each = toset(["a", "b"])\n}\n',
    ].join(""),
  };

  it("lists every instance that reaches it", () => {
    const found = findings(files);
    expect(found).toHaveLength(1);
    expect(found[0].address).toBe("module.blue.docker_container.web");
    expect(found[0].instances).toEqual([
      "module.blue.docker_container.web",
      'module.canary["a"].docker_container.web',
      'module.canary["b"].docker_container.web',
      "module.green.docker_container.web",
    ]);
    const callers = found[0].related.filter((r) => r.message.endsWith("keeps this default")).map((r) => r.message);
    // One block makes both canary instances: it is named once, as it is written.
    expect(callers.sort()).toEqual(["module.blue keeps this default", "module.canary keeps this default", "module.green keeps this default"]);
  });

  it("shows the instances in the JSON report, SARIF properties and stylish output", () => {
    const result = lint({ files, rules: imagePinned });
    const json = JSON.parse(format(result, "json")) as JsonReport;
    expect(json.findings[0].instances).toHaveLength(4);
    const sarif = JSON.parse(format(result, "sarif")) as SarifLog;
    expect(sarif.runs[0].results?.[0].properties?.instances).toHaveLength(4);
    const stylish = format(result, "stylish", { color: false, width: 200 });
    expect(stylish).toContain('(4 instances: module.blue.docker_container.web, module.canary["a"].docker_container.web, module.canary["b"].docker_container.web and 1 more)');
  });

  it("keeps one instance's finding apart when its values differ", () => {
    const withOverride = { ...files, "examples/fleet/main.tf": files["examples/fleet/main.tf"] + 'module "pinned" {\n  source = "../.."\n  image  = "nginx"\n}\n' };
    const found = findings(withOverride);
    expect(found.map((f) => `${f.file}:${f.range.start.line}`).sort()).toEqual(["examples/fleet/main.tf:13", "variables.tf:3"]);
    expect(found.find((f) => f.file === "examples/fleet/main.tf")?.instances).toBeUndefined();
  });
});
