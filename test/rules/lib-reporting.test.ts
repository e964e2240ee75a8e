import { describe, expect, it } from "vitest";
import { attributePathStep, normalAttributePath } from "../../rules/lib/reporting.js";

describe("attribute paths", () => {
  it("writes identifier keys after a dot and other keys in brackets", () => {
    expect(attributePathStep("data", "password")).toBe("data.password");
    expect(attributePathStep("", "password")).toBe("password");
    expect(attributePathStep("metadata", "ssh-keys")).toBe("metadata.ssh-keys");
    expect(attributePathStep("data", "tls.key")).toBe('data["tls.key"]');
    expect(attributePathStep("data", ".dockerconfigjson")).toBe('data[".dockerconfigjson"]');
  });

  it("gives data.password and data[\"password\"] one form", () => {
    expect(normalAttributePath('data["password"]')).toBe("data.password");
    expect(normalAttributePath("data.password")).toBe("data.password");
    expect(normalAttributePath('["password"]')).toBe("password");
    expect(normalAttributePath('metadata["startup-script"]')).toBe("metadata.startup-script");
    expect(normalAttributePath('data["tls.key"]')).toBe('data["tls.key"]');
    expect(normalAttributePath("provisioner[0].connection")).toBe("provisioner[0].connection");
    expect(normalAttributePath('a["x\\"y"].b')).toBe('a["x\\"y"].b');
  });
});
