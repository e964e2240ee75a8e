/**
 * Network rule arithmetic for remote-access checks: protocols, port ranges
 * in the forms each provider writes them, and sources open to the world.
 */

/** A protocol, normalised: `tcp`, `udp`, `icmp`, `all`, or the name/number as written. */
export type Protocol = string;

/**
 * Normalises a protocol as AWS, Google and Azure write it: `-1`, `all`, `*`
 * and `Asterisk` mean every protocol; `6` is TCP.
 */
export function normalizeProtocol(protocol: string): Protocol {
  const p = protocol.trim().toLowerCase();
  if (p === "-1" || p === "all" || p === "*" || p === "asterisk") return "all";
  if (p === "6") return "tcp";
  if (p === "17") return "udp";
  return p;
}

/** Whether the protocol carries TCP (SSH and RDP are TCP services). */
export function carriesTcp(protocol: Protocol): boolean {
  return protocol === "tcp" || protocol === "all";
}

/** An inclusive port range. */
export interface PortRange {
  readonly from: number;
  readonly to: number;
}

export const ALL_PORTS: PortRange = { from: 0, to: 65535 };

/**
 * Parses a port spec: `22`, `"22"`, `"20-30"`, `"*"` (every port), as
 * Google (`ports`) and Azure (`destination_port_range(s)`) write them.
 * Returns undefined for text that is not a port spec.
 */
export function parsePortSpec(spec: string | number): PortRange | undefined {
  if (typeof spec === "number") return Number.isInteger(spec) ? { from: spec, to: spec } : undefined;
  const s = spec.trim();
  if (s === "*" || s.toLowerCase() === "any") return ALL_PORTS;
  const m = /^(\d+)\s*(?:-\s*(\d+))?$/.exec(s);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/** Whether a range includes the port. */
export function coversPort(range: PortRange, port: number): boolean {
  return range.from <= port && port <= range.to;
}

/** Remote-access ports: SSH and RDP. */
export const REMOTE_ACCESS_PORTS: readonly { readonly port: number; readonly service: string }[] = [
  { port: 22, service: "SSH" },
  { port: 3389, service: "RDP" },
];

/** The remote-access services a range reaches, e.g. `["SSH"]`. */
export function remoteAccessServices(range: PortRange): string[] {
  return REMOTE_ACCESS_PORTS.filter((p) => coversPort(range, p.port)).map((p) => p.service);
}

/**
 * AWS security group semantics: with protocol `-1` the ports are ignored
 * and every port is open; AWS also writes `from_port = 0, to_port = 0` then.
 */
export function awsPortRange(protocol: Protocol, from: number | undefined, to: number | undefined): PortRange | undefined {
  if (protocol === "all") return ALL_PORTS;
  if (from === undefined || to === undefined) return undefined;
  // `-1` ports (ICMP "any") never reach TCP services.
  if (from < 0 || to < 0) return undefined;
  return { from: Math.min(from, to), to: Math.max(from, to) };
}

/**
 * Whether a source address is the whole internet: `0.0.0.0/0`, `::/0` (any
 * /0 prefix), or Azure's `*`, `Internet` and `Any`.
 */
export function isWorldSource(source: string): boolean {
  const s = source.trim().toLowerCase();
  if (s === "*" || s === "internet" || s === "any") return true;
  const m = /^([0-9a-f:.]+)\/(\d+)$/.exec(s);
  return m !== null && Number(m[2]) === 0;
}

/** Resource and data source types whose address ranges are a private network's own. */
const NETWORK_RANGE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  aws_vpc: ["cidr_block", "ipv6_cidr_block"],
  aws_default_vpc: ["cidr_block", "ipv6_cidr_block"],
  aws_vpc_ipv4_cidr_block_association: ["cidr_block"],
  aws_subnet: ["cidr_block", "ipv6_cidr_block"],
  aws_default_subnet: ["cidr_block", "ipv6_cidr_block"],
  google_compute_subnetwork: ["ip_cidr_range"],
  azurerm_subnet: ["address_prefixes"],
  azurerm_virtual_network: ["address_space"],
};

/**
 * Whether a value known only at apply, read as `reference` (see
 * `UnknownValue.reference`), is the address range of a private network:
 * a VPC's or subnet's own range (`aws_vpc.main.cidr_block`,
 * `data.aws_subnet.app[…].cidr_block`, `google_compute_subnetwork.x.ip_cidr_range`),
 * or a module output named for one (`module.vpc.vpc_cidr_block`).
 */
export function isNetworkRangeReference(reference: string): boolean {
  const steps = reference.replace(/\[[^\]]*\]/g, "").split(".");
  const last = steps[steps.length - 1];
  if (steps[0] === "module") return steps.length === 3 && (last === "vpc_cidr_block" || last === "vpc_ipv6_cidr_block");
  const [type, , attr] = steps[0] === "data" ? steps.slice(1) : steps;
  return type !== undefined && attr !== undefined && steps.length === (steps[0] === "data" ? 4 : 3) && (NETWORK_RANGE_ATTRIBUTES[type] ?? []).includes(attr);
}

/**
 * Whether a source address stays inside private networks: an RFC 1918,
 * shared (100.64.0.0/10), loopback or link-local IPv4 range, an IPv6 unique
 * local (fc00::/7) or link-local (fe80::/10) range, or Azure's
 * `VirtualNetwork` and `AzureLoadBalancer` tags.
 */
export function isPrivateSource(source: string): boolean {
  const s = source.trim().toLowerCase();
  if (s === "virtualnetwork" || s === "azureloadbalancer") return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(s);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    const prefix = v4[5] === undefined ? 32 : Number(v4[5]);
    if (a === 10) return prefix >= 8;
    if (a === 172 && b >= 16 && b <= 31) return prefix >= 12;
    if (a === 192 && b === 168) return prefix >= 16;
    if (a === 100 && b >= 64 && b <= 127) return prefix >= 10;
    if (a === 127) return prefix >= 8;
    if (a === 169 && b === 254) return prefix >= 16;
    return false;
  }
  const v6 = /^([0-9a-f]{1,4}):[0-9a-f:]*(?:\/(\d{1,3}))?$/.exec(s);
  if (v6) {
    const first = parseInt(v6[1], 16);
    const prefix = v6[2] === undefined ? 128 : Number(v6[2]);
    if ((first & 0xfe00) === 0xfc00) return prefix >= 7;
    if ((first & 0xffc0) === 0xfe80) return prefix >= 10;
  }
  return false;
}
