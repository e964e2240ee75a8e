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

describe("an id known only at apply", () => {
  const known = (text: string) => {
    const v = evalLocal(text);
    return v.kind === "bool" ? v.value : v.kind;
  };

  it("is never empty nor null: a comparison with either is decided", () => {
    expect(known('data.aws_ami.x.id == ""')).toBe(false);
    expect(known('"" != data.aws_ami.x.image_id')).toBe(true);
    expect(known("aws_iam_role.r.arn == null")).toBe(false);
    expect(known('google_compute_network.n.self_link == "" ? 1 : 0')).toBe("number");
  });

  it("other attributes, module outputs and other strings stay unknown", () => {
    expect(known('data.aws_ami.x.description == ""')).toBe("unknown");
    expect(known('aws_instance.x.outpost_arn == ""')).toBe("unknown");
    expect(known('module.m.id == ""')).toBe("unknown");
    expect(known('data.aws_ami.x.id == "ami-1"')).toBe("unknown");
  });
});
