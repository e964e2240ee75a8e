import { describe, expect, it } from "vitest";
import { parse } from "../../src/hcl/index.js";
import { buildModule } from "../../src/model/build.js";

describe("buildModule over JSON files", () => {
  it("collects resources, variables and providers", () => {
    const main = parse(
      JSON.stringify({
        resource: { aws_instance: { web: { ami: "ami-1", count: 2, lifecycle: { create_before_destroy: true } } } },
        variable: { region: { type: "string", default: "eu-west-1" } },
        provider: { aws: [{ region: "eu-west-1" }, { alias: "us", region: "us-east-1" }] },
      }),
      "main.tf.json",
    );
    const m = buildModule([main]);
    expect(m.diagnostics).toEqual([]);
    expect([...m.resourcesByAddress.keys()]).toEqual(["aws_instance.web"]);
    const r = m.resourcesByAddress.get("aws_instance.web");
    expect(r?.count?.expr.type).toBe("Literal");
    expect(r?.lifecycle?.createBeforeDestroy?.expr).toMatchObject({ type: "Literal", value: true });
    expect(m.providers.map((p) => p.address)).toEqual(["aws", "aws.us"]);
    expect(m.variables.get("region")?.default?.expr).toMatchObject({ type: "Template" });
  });
});
