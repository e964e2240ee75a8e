/** Values known only at apply remember the reference they were read as (UnknownValue.reference). */
import { describe, expect, it } from "vitest";
import { evalLocal } from "./helpers.js";

function referenceOf(text: string, files: Readonly<Record<string, string>> = {}): string | undefined {
  const v = evalLocal(text, files);
  if (v.kind === "unknown") return v.reference;
  if (v.kind === "tuple" && v.items[0]?.kind === "unknown") return v.items[0].reference;
  return undefined;
}

describe("the reference of an apply-time value", () => {
  it("writes attribute steps out and other steps as […] / [*]", () => {
    expect(referenceOf("aws_vpc.main.cidr_block")).toBe("aws_vpc.main.cidr_block");
    expect(referenceOf("data.aws_subnet.app[0].cidr_block")).toBe("data.aws_subnet.app[…].cidr_block");
    expect(referenceOf("aws_subnet.app[*].cidr_block")).toBe("aws_subnet.app[*].cidr_block");
    expect(referenceOf("module.vpc.vpc_cidr_block")).toBe("module.vpc.vpc_cidr_block");
  });

  it("survives a list and an index (and a module variable's type conversion: see no-ssh-access's fixtures)", () => {
    expect(referenceOf("[module.vpc.vpc_cidr_block]")).toBe("module.vpc.vpc_cidr_block");
    expect(referenceOf("[module.vpc.vpc_cidr_block][0]")).toBe("module.vpc.vpc_cidr_block");
    // An unknown index picks one of the elements: the reference they share, if they share one.
    expect(referenceOf("[module.vpc.vpc_cidr_block, module.vpc.vpc_cidr_block][var.u]", { "v.tf": 'variable "u" {}\n' })).toBe("module.vpc.vpc_cidr_block");
    expect(referenceOf("[module.vpc.vpc_cidr_block, aws_eip.x.public_ip][var.u]", { "v.tf": 'variable "u" {}\n' })).toBeUndefined();
  });

  it("is not given to values computed from it, nor to variables", () => {
    expect(referenceOf('"${aws_vpc.main.cidr_block}/x"')).toBeUndefined();
    expect(referenceOf("cidrsubnet(aws_vpc.main.cidr_block, 8, 1)")).toBeUndefined();
    expect(referenceOf("var.u", { "v.tf": 'variable "u" {}\n' })).toBeUndefined();
  });
});
