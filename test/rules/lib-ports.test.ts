import { describe, expect, it } from "vitest";
import { awsPortRange, isNetworkRangeReference, isWorldSource, normalizeProtocol, parsePortSpec, remoteAccessServices } from "../../rules/lib/ports.js";

describe("ports", () => {
  it("normalises protocols", () => {
    expect(["-1", "all", "*", "Asterisk"].map(normalizeProtocol)).toEqual(["all", "all", "all", "all"]);
    expect(["6", "TCP", "Tcp"].map(normalizeProtocol)).toEqual(["tcp", "tcp", "tcp"]);
  });
  it("parses port specs", () => {
    expect(parsePortSpec("22")).toEqual({ from: 22, to: 22 });
    expect(parsePortSpec("3000-3500")).toEqual({ from: 3000, to: 3500 });
    expect(parsePortSpec("*")).toEqual({ from: 0, to: 65535 });
    expect(parsePortSpec(443)).toEqual({ from: 443, to: 443 });
    expect(parsePortSpec("http")).toBeUndefined();
  });
  it("finds SSH and RDP in ranges", () => {
    expect(remoteAccessServices({ from: 0, to: 65535 })).toEqual(["SSH", "RDP"]);
    expect(remoteAccessServices({ from: 20, to: 23 })).toEqual(["SSH"]);
    expect(remoteAccessServices({ from: 3389, to: 3389 })).toEqual(["RDP"]);
    expect(remoteAccessServices({ from: 23, to: 3388 })).toEqual([]);
  });
  it("follows AWS protocol -1 semantics", () => {
    expect(awsPortRange("all", 0, 0)).toEqual({ from: 0, to: 65535 });
    expect(awsPortRange("tcp", 22, 22)).toEqual({ from: 22, to: 22 });
    expect(awsPortRange("icmp", -1, -1)).toBeUndefined();
  });
  it("knows world sources", () => {
    for (const s of ["0.0.0.0/0", "::/0", "*", "Internet", "0::/0"]) expect(isWorldSource(s)).toBe(true);
    for (const s of ["10.0.0.0/8", "VirtualNetwork", "203.0.113.7/32", "0.0.0.0/1"]) expect(isWorldSource(s)).toBe(false);
  });
  it("knows a network's own ranges by the reference they are read as", () => {
    const internal = [
      "aws_vpc.main.cidr_block",
      "aws_vpc.main.ipv6_cidr_block",
      "data.aws_vpc.shared.cidr_block",
      "aws_subnet.app[…].cidr_block",
      "aws_subnet.app[*].cidr_block",
      "module.vpc.vpc_cidr_block",
      "google_compute_subnetwork.x.ip_cidr_range",
    ];
    expect(internal.filter((r) => !isNetworkRangeReference(r))).toEqual([]);
    const other = ["aws_eip.vpn.public_ip", "module.partners.cidr_block", "aws_vpc.main.id", "module.vpc.inner.vpc_cidr_block", "aws_instance.x.cidr_block"];
    expect(other.filter(isNetworkRangeReference)).toEqual([]);
  });
});
