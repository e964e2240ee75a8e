/**
 * Terraform's IP network functions (cidrhost, cidrnetmask, cidrsubnet,
 * cidrsubnets) for IPv4 and IPv6, with addresses as BigInt.
 */
import { EvalError } from "../internal.js";
import type { Value } from "../value.js";
import { stringValue, tupleValue } from "../values.js";
import type { FunctionTable } from "./registry.js";
import { int, str } from "./registry.js";

interface Network {
  /** The network address (host bits cleared). */
  readonly addr: bigint;
  readonly prefix: number;
  /** 32 or 128. */
  readonly bits: number;
}

function parseIPv4(s: string): bigint | undefined {
  const parts = s.split(".");
  if (parts.length !== 4) return undefined;
  let acc = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    acc = (acc << 8n) | BigInt(n);
  }
  return acc;
}

function parseIPv6(s: string): bigint | undefined {
  let text = s;
  const lastColon = text.lastIndexOf(":");
  if (lastColon < 0) return undefined;
  if (text.slice(lastColon + 1).includes(".")) {
    // A trailing dotted quad stands for the last two groups.
    const v4 = parseIPv4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    text = text.slice(0, lastColon + 1) + (v4 >> 16n).toString(16) + ":" + (v4 & 0xffffn).toString(16);
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const parseGroups = (h: string): bigint[] | undefined => {
    if (h === "") return [];
    const out: bigint[] = [];
    for (const g of h.split(":")) {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return undefined;
      out.push(BigInt(parseInt(g, 16)));
    }
    return out;
  };
  const head = parseGroups(halves[0]);
  const tail = halves.length === 2 ? parseGroups(halves[1]) : [];
  if (!head || !tail) return undefined;
  let groups: bigint[];
  if (halves.length === 2) {
    if (head.length + tail.length > 7) return undefined;
    groups = [...head, ...Array<bigint>(8 - head.length - tail.length).fill(0n), ...tail];
  } else {
    groups = head;
  }
  if (groups.length !== 8) return undefined;
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
}

function parseCidr(s: string): Network {
  const slash = s.indexOf("/");
  if (slash < 0) throw new EvalError(`invalid CIDR address "${s}"`);
  const ip = s.slice(0, slash);
  const lenText = s.slice(slash + 1);
  if (!/^\d{1,3}$/.test(lenText)) throw new EvalError(`invalid CIDR address "${s}"`);
  const prefix = Number(lenText);
  const v4 = ip.includes(":") ? undefined : parseIPv4(ip);
  const v6 = v4 === undefined ? parseIPv6(ip) : undefined;
  const bits = v4 !== undefined ? 32 : 128;
  const addr = v4 ?? v6;
  if (addr === undefined || prefix > bits) throw new EvalError(`invalid CIDR address "${s}"`);
  return { addr: addr & mask(prefix, bits), prefix, bits };
}

function mask(prefix: number, bits: number): bigint {
  const all = (1n << BigInt(bits)) - 1n;
  return all ^ ((1n << BigInt(bits - prefix)) - 1n);
}

function formatIPv4(a: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((a >> s) & 0xffn)).join(".");
}

/** Go's net.IP.String for 16-byte addresses: RFC 5952, IPv4-mapped as dotted quad. */
function formatIPv6(a: bigint): string {
  if (a >> 32n === 0xffffn) return formatIPv4(a & 0xffffffffn);
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((a >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return hex.slice(0, bestStart).join(":") + "::" + hex.slice(bestStart + bestLen).join(":");
}

function formatAddr(a: bigint, bits: number): string {
  return bits === 32 ? formatIPv4(a) : formatIPv6(a);
}

function subnet(net: Network, newbits: number, netnum: bigint): Network {
  const prefix = net.prefix + newbits;
  if (newbits < 0) throw new EvalError("newbits must not be negative");
  if (prefix > net.bits) throw new EvalError(`insufficient address space to extend prefix of ${net.prefix} by ${newbits}`);
  if (netnum < 0n || netnum >= 1n << BigInt(newbits)) {
    throw new EvalError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  }
  return { addr: net.addr | (netnum << BigInt(net.bits - prefix)), prefix, bits: net.bits };
}

function cidrString(n: Network): string {
  return `${formatAddr(n.addr, n.bits)}/${n.prefix}`;
}

function lastAddress(n: Network): bigint {
  return n.addr | ((1n << BigInt(n.bits - n.prefix)) - 1n);
}

/** cidrsubnets: consecutive subnets, as Terraform allocates them with go-cidr's NextSubnet. */
function subnets(net: Network, lengths: readonly number[]): Value[] {
  const space = 1n << BigInt(net.bits);
  const wrap = (a: bigint): bigint => ((a % space) + space) % space;
  let current: Network = { addr: wrap(net.addr - 1n) & mask(net.prefix, net.bits), prefix: net.prefix, bits: net.bits };
  const out: Value[] = [];
  for (const extra of lengths) {
    if (extra < 1) throw new EvalError("must extend prefix by at least one bit");
    if (extra > 32) throw new EvalError("may not extend prefix by more than 32 bits");
    const length = net.prefix + extra;
    if (length > net.bits) throw new EvalError(`would extend prefix to ${length} bits, which is too long for an IPv${net.bits === 32 ? 4 : 6} address`);
    const m = mask(length, net.bits);
    const currentSubnet: Network = { addr: lastAddress(current) & m, prefix: length, bits: net.bits };
    const last = wrap(lastAddress(currentSubnet) + 1n);
    const next: Network = { addr: last & m, prefix: length, bits: net.bits };
    if (last === 0n || (next.addr & mask(net.prefix, net.bits)) !== net.addr) {
      throw new EvalError(`not enough remaining address space for a subnet with a prefix of ${length} bits after ${cidrString(current)}`);
    }
    current = next;
    out.push(stringValue(cidrString(current)));
  }
  return out;
}

export const networkFunctions: FunctionTable = {
  cidrsubnet: {
    params: 3,
    returns: "string",
    impl: ([p, nb, nn]) => stringValue(cidrString(subnet(parseCidr(str(p)), int(nb, "newbits"), BigInt(int(nn, "netnum"))))),
  },
  cidrhost: {
    params: 2,
    returns: "string",
    impl: ([p, h]) => {
      const net = parseCidr(str(p));
      const hostnum = BigInt(int(h, "hostnum"));
      const size = 1n << BigInt(net.bits - net.prefix);
      const offset = hostnum < 0n ? size + hostnum : hostnum;
      if (offset < 0n || offset >= size) throw new EvalError(`prefix of ${net.prefix} does not accommodate a host numbered ${hostnum}`);
      return stringValue(formatAddr(net.addr + offset, net.bits));
    },
  },
  cidrnetmask: {
    params: 1,
    returns: "string",
    impl: ([p]) => {
      const net = parseCidr(str(p));
      if (net.bits !== 32) throw new EvalError("only IPv4 networks have a netmask");
      return stringValue(formatIPv4(mask(net.prefix, 32)));
    },
  },
  cidrsubnets: {
    params: 1,
    variadic: true,
    returns: "tuple",
    impl: ([p, ...rest]) => tupleValue(subnets(parseCidr(str(p)), rest.map((r) => int(r, "newbits")))),
  },
};
