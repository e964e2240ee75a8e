import { describe, expect, it } from "vitest";
import { evalLocal, js } from "./helpers.js";

// Expected values from Terraform's documentation of the functions.
const cases: [string, unknown][] = [
  ['cidrsubnet("10.0.0.0/8", 8, 2)', "10.2.0.0/16"],
  ['cidrsubnet("172.16.0.0/12", 4, 2)', "172.18.0.0/16"],
  ['cidrsubnet("10.1.2.0/24", 4, 15)', "10.1.2.240/28"],
  ['cidrsubnet("10.1.2.3/24", 0, 0)', "10.1.2.0/24"],
  ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', "fd00:fd12:3456:7800:a200::/72"],
  ['cidrhost("10.12.112.0/20", 16)', "10.12.112.16"],
  ['cidrhost("10.12.112.0/20", 268)', "10.12.113.12"],
  ['cidrhost("10.0.0.0/24", -1)', "10.0.0.255"],
  ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', "fd00:fd12:3456:7890::22"],
  ['cidrhost("::ffff:10.0.0.0/120", 5)', "10.0.0.5"],
  ['cidrnetmask("172.16.0.0/12")', "255.240.0.0"],
  ['cidrnetmask("10.0.0.0/32")', "255.255.255.255"],
  ['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', ["10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"]],
  [
    'cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)',
    ["fd00:fd12:3456:7800::/72", "fd00:fd12:3456:7800:100::/72", "fd00:fd12:3456:7800:200::/72", "fd00:fd12:3456:7800:300::/88"],
  ],
];

describe("IP network functions", () => {
  it.each(cases)("%s", (expr, expected) => {
    expect(js(expr)).toEqual(expected);
  });

  it("nests cidrsubnets as in Terraform's documentation", () => {
    expect(js('[for cidr_block in cidrsubnets("10.0.0.0/8", 8, 8) : cidrsubnets(cidr_block, 4, 4)]')).toEqual([
      ["10.0.0.0/20", "10.0.16.0/20"],
      ["10.1.0.0/20", "10.1.16.0/20"],
    ]);
  });

  it.each([
    'cidrsubnet("10.0.0.0/8", 8, 256)',
    'cidrsubnet("10.0.0.0/30", 4, 0)',
    'cidrsubnet("10.0.0.0/8", 8, -1)',
    'cidrsubnet("10.0.0.0", 8, 1)',
    'cidrsubnet("300.0.0.0/8", 8, 1)',
    'cidrhost("10.0.0.0/24", 256)',
    'cidrnetmask("fd00::/8")',
    'cidrsubnets("10.0.0.0/24", 1, 1, 1)',
    'cidrsubnets("10.0.0.0/24", 0)',
  ])("%s is an error, so unknown", (expr) => {
    const v = evalLocal(expr);
    expect(v.kind === "unknown" && v.error).toBe(true);
  });
});
