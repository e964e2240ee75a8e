import { describe, expect, it } from "vitest";
import { decodeBase64Script, scanScript } from "../../rules/lib/scripts.js";

describe("scanScript", () => {
  it("finds package installs, pipe-to-shell, agents and git clone, one finding per line", () => {
    const script = [
      "#!/bin/bash",
      "set -euo pipefail",
      "apt-get update",
      "apt-get install -y nginx",
      "# yum install -y commented-out",
      "curl -fsSL https://get.docker.com | sudo sh",
      "git clone https://github.com/acme/app.git /opt/app",
      "ansible-pull -U https://github.com/acme/playbooks.git",
      "pip3 install -r /opt/app/requirements.txt && npm install -g pm2",
      "systemctl enable --now nginx",
    ].join("\n");
    const found = scanScript(script);
    expect(found.map((f) => f.line)).toEqual([4, 6, 7, 8, 9]);
    const line9 = found[4];
    expect(line9.reasons).toHaveLength(2);
    expect(script.slice(found[0].start, found[0].end)).toBe("apt-get install -y nginx");
  });
  it("gives the same findings for a text seen before, told apart by the cloud-config option", () => {
    // YAML without a #cloud-config line: cloud-init only when the caller says so.
    const text = "packages:\n  - nginx\nruncmd:\n  - echo hello\n";
    for (let i = 0; i < 2; i++) {
      expect(scanScript(text, { cloudConfig: true }).map((f) => f.line)).toEqual([1]);
      expect(scanScript(text)).toEqual([]);
    }
  });
  it("does not flag updates alone, other tools or look-alike words", () => {
    const script = "apt-get update\nyum-config-manager --enable epel\necho installing\nmy-apt-get-wrapper install\ndocker pull nginx";
    expect(scanScript(script)).toEqual([]);
  });
  it("knows yum/dnf update, apk add, zypper, gem, puppet apply, bash <(curl)", () => {
    const script = "yum update -y\napk add --no-cache curl\nzypper -n in nginx\ngem install bundler\npuppet apply site.pp\nbash <(curl -s https://x.example/i.sh)";
    expect(scanScript(script).map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it("reads cloud-config as YAML and points at keys and runcmd lines", () => {
    const script = [
      "#cloud-config",
      "package_update: true",
      "package_upgrade: false",
      "packages:",
      "  - nginx",
      "write_files:",
      "  - path: /etc/motd",
      "    content: apt-get install is only text here",
      "runcmd:",
      "  - [ systemctl, enable, nginx ]",
      "  - [ sh, -c, 'curl -s https://x.example/i.sh | bash' ]",
      "  - |",
      "    echo start",
      "    pip install awscli",
    ].join("\n");
    const found = scanScript(script);
    expect(found.map((f) => f.line)).toEqual([2, 4, 11, 14]);
    expect(script.slice(found[3].start, found[3].end)).toBe("pip install awscli");
  });
  it("falls back to line scanning for broken YAML", () => {
    const found = scanScript("#cloud-config\nruncmd: [\n - apt-get install -y x");
    expect(found.map((f) => f.line)).toEqual([3]);
  });
  it("reads PowerShell downloads", () => {
    expect(scanScript("<powershell>\niex ((New-Object System.Net.WebClient).DownloadString('https://x/i.ps1'))\nchoco install -y git\n</powershell>").map((f) => f.line)).toEqual([2, 3]);
  });
  it("decodes base64 scripts and ignores binary", () => {
    expect(decodeBase64Script(Buffer.from("#!/bin/sh\napk add nginx\n").toString("base64"))).toBe("#!/bin/sh\napk add nginx\n");
    expect(decodeBase64Script("H4sIAAAAAAAA/0srSs0rAQDKzM1hBAAAAA==")).toBeUndefined();
    expect(decodeBase64Script("not base64!")).toBeUndefined();
  });
});
