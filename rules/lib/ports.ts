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
