import { blockHeader, getAttribute, literalString } from "../../src/model/query.js";
import type { Attribute, Body } from "../../src/hcl/ast.js";
import type { Module, Resource } from "../../src/model/types.js";
import { fileOfNode } from "../../src/model/node-files.js";
import type { Value } from "../../src/eval/value.js";
import { asBool, asNumber, asString } from "../../src/eval/values.js";
import { defineRule } from "../api/rule.js";
import type { ReportDescriptor, ReportTarget, RuleContext } from "../api/rule.js";
import type { Bindings } from "../lib/instances.js";
import type { ListItem } from "../lib/attributes.js";
import { attributeValue, isDefinitelySet, listItems, objectItemKey } from "../lib/attributes.js";
import { blockInstances, hasInstances, NO_BINDINGS, possibleResources } from "../lib/instances.js";
import { dedupingReporter } from "../lib/reporting.js";
import { liesWithin } from "../lib/origins.js";
import type { PortRange, Protocol } from "../lib/ports.js";
import {
  ALL_PORTS,
  awsPortRange,
  carriesTcp,
  isNetworkRangeReference,
  isPrivateSource,
  isWorldSource,
  normalizeProtocol,
  parsePortSpec,
  remoteAccessServices,
} from "../lib/ports.js";

const KEY_NAME_TYPES = new Set(["aws_instance", "aws_spot_instance_request", "aws_launch_template", "aws_launch_configuration"]);
const GOOGLE_METADATA_TYPES = new Set([
  "google_compute_instance",
  "google_compute_instance_template",
  "google_compute_region_instance_template",
  "google_compute_instance_from_template",
  "google_compute_project_metadata",
]);
const SSH_KEY_METADATA = new Set(["ssh-keys", "sshKeys"]);
/** Every type the rule checks. */
const CHECKED_TYPES = new Set([
  ...KEY_NAME_TYPES,
  ...GOOGLE_METADATA_TYPES,
  "aws_eks_node_group",
  "aws_security_group",
  "aws_security_group_rule",
  "aws_vpc_security_group_ingress_rule",
  "google_compute_firewall",
  "azurerm_network_security_rule",
  "azurerm_network_security_group",
  "google_compute_project_metadata_item",
]);

type Report = (d: ReportDescriptor) => void;

/** Where an ingress rule's ports and sources are, once read. */
interface IngressFacts {
  readonly resource: Resource;
  /** Dotted path for fingerprints: `ingress`, `security_rule`, `allow`. */
  readonly path: string;
  readonly services: readonly string[];
  /** What to point at for the port finding, and the value that decided it. */
  readonly portNode: ReportTarget;
  readonly portValue: Value | undefined;
  /** Source addresses open to the world, each with where it is written. */
  readonly worldSources: readonly ListItem[];
  /** The source is the world because none is given (Google firewall default). */
  readonly implicitWorld?: string;
  /** `TCP 22`, `all protocols`, ... for messages. */
  readonly what: string;
  /**
   * The rule opens every port (AWS protocol `-1`, 0-65535, a Google rule without ports, Azure `*`) rather than aiming at SSH or RDP, and
   * every source it names is known to be internal (private ranges, security groups, tags): traffic
   * between internal systems, not remote login access.
   */
  readonly broadAndInternal?: boolean;
}

const concerns = (r: Resource): boolean => CHECKED_TYPES.has(r.resourceType);

export default defineRule({
  id: "no-ssh-access",
  severity: "warning",
  category: "mutation",
  roles: ["deployment", "module", "example", "test"],
  summary: "Machines accept no SSH or RDP logins: no key pairs, no open remote-access ports, no metadata SSH keys",
  securitySeverity: 7.5,
  precision: "high",
  concerns,
  check(ctx) {
    const report = dedupingReporter(ctx);
    for (const resource of possibleResources(ctx, concerns)) {
      const type = resource.resourceType;
      if (!hasInstances(ctx, resource)) {
        // Switched off only by the module's own default: a caller may switch it on. A key pair
        // written in the resource is there whatever the values; the rest depends on them.
        if (KEY_NAME_TYPES.has(type)) checkKeyName(ctx, resource, report, true);
        continue;
      }
      if (KEY_NAME_TYPES.has(type)) checkKeyName(ctx, resource, report, false);
      if (type === "aws_eks_node_group") checkEksRemoteAccess(ctx, resource, report);
      if (type === "aws_security_group") {
        for (const { block, bindings } of blockInstances(ctx, resource, resource.body, "ingress")) {
          const facts = awsRule(ctx, resource, block.body, bindings, "ingress");
          if (facts) reportIngress(facts, report);
        }
        checkAwsIngressAttribute(ctx, resource, report);
      }
      if (type === "aws_security_group_rule") {
        const kind = attributeValue(ctx, resource, resource.body, "type");
        if (kind && asString(kind.value)?.toLowerCase() === "ingress") {
          const facts = awsRule(ctx, resource, resource.body, NO_BINDINGS, "");
          if (facts) reportIngress(facts, report);
        }
      }
      if (type === "aws_vpc_security_group_ingress_rule") {
        const facts = vpcIngressRule(ctx, resource);
        if (facts) reportIngress(facts, report);
      }
      if (type === "google_compute_firewall") {
        for (const facts of googleFirewall(ctx, resource)) reportIngress(facts, report);
      }
      if (type === "azurerm_network_security_rule") {
        const facts = azureRule(ctx, resource, resource.body, NO_BINDINGS, "");
        if (facts) reportIngress(facts, report);
      }
      if (type === "azurerm_network_security_group") {
        for (const { block, bindings } of blockInstances(ctx, resource, resource.body, "security_rule")) {
          const facts = azureRule(ctx, resource, block.body, bindings, "security_rule");
          if (facts) reportIngress(facts, report);
        }
      }
      if (GOOGLE_METADATA_TYPES.has(type)) checkGoogleMetadata(ctx, resource, report);
      if (type === "google_compute_project_metadata_item") checkProjectMetadataItem(ctx, resource, report);
    }
  },
});

/** `onlyLiteral`: report only a key pair written in the resource itself, as a string. */
function checkKeyName(ctx: RuleContext, resource: Resource, report: Report, onlyLiteral: boolean): void {
  const key = attributeValue(ctx, resource, resource.body, "key_name");
  if (!key || !isDefinitelySet(key.attr.expr, key.value)) return;
  if (onlyLiteral && literalString(key.attr.expr) === undefined) return;
  const name = asString(key.value);
  report({
    node: key.attr.expr,
    resource,
    attributePath: "key_name",
    value: key.value.kind === "unknown" ? undefined : key.value,
    message: `${resource.address} is launched with the SSH key pair ${name !== undefined ? `"${name}"` : "from " + exprText(ctx.module, resource, key.attr)}, so people can log in and change it by hand; remove key_name and use an audited channel such as SSM Session Manager for emergencies.`,
  });
}

function checkEksRemoteAccess(ctx: RuleContext, resource: Resource, report: Report): void {
  for (const { block, bindings } of blockInstances(ctx, resource, resource.body, "remote_access")) {
    const key = attributeValue(ctx, resource, block.body, "ec2_ssh_key", bindings);
    const sources = attributeValue(ctx, resource, block.body, "source_security_group_ids", bindings);
    const keySet = key !== undefined && isDefinitelySet(key.attr.expr, key.value, bindings);
    const noSources = sources === undefined || sources.value.kind === "null" || (sources.value.kind === "tuple" && sources.value.items.length === 0);
    const open = keySet && noSources;
    report({
      node: blockHeader(block.block),
      resource,
      attributePath: "remote_access",
      severity: open ? "error" : undefined,
      message: open
        ? `${resource.address} enables SSH to its nodes with an EC2 key and no source_security_group_ids, so EKS opens port 22 to 0.0.0.0/0; remove remote_access and replace nodes instead of logging in.`
        : `${resource.address} enables SSH access to its nodes (remote_access), so people can log in and change them by hand; remove remote_access and replace nodes instead.`,
    });
  }
}

/** Reads `from_port` / `to_port` / `protocol` and the CIDR lists of an AWS rule body. */
function awsRule(ctx: RuleContext, resource: Resource, body: Body, bindings: Bindings, path: string): IngressFacts | undefined {
  const protocol = tcpProtocol(ctx, resource, body, "protocol", bindings);
  if (!protocol) return undefined;
  const from = attributeValue(ctx, resource, body, "from_port", bindings);
  const to = attributeValue(ctx, resource, body, "to_port", bindings);
  const access = awsRemoteAccess(protocol.proto, from?.value, to?.value);
  if (!access) return undefined;
  if (access.range.from !== access.range.to && onlySelf(ctx, resource, body, bindings)) return undefined;
  const worldSources = ["cidr_blocks", "ipv6_cidr_blocks"].flatMap((name) => worldItems(ctx, resource, body, name, bindings));
  const facts = awsIngressFacts(resource, path, protocol, from, access, worldSources);
  return withBroadAndInternal(facts, access.range, () =>
    sourcesInternal(["cidr_blocks", "ipv6_cidr_blocks"].map((name) => attributeValue(ctx, resource, body, name, bindings)?.value)),
  );
}

/**
 * `facts` marked `broadAndInternal` when the rule opens every port and
 * `internal()` (asked only then) says all its address sources are private.
 */
function withBroadAndInternal(facts: IngressFacts, range: PortRange, internal: () => boolean): IngressFacts {
  // AWS protocol `-1` opens every port; an Azure `*` protocol with port 3389 is still aimed at RDP.
  const broad = range.from <= ALL_PORTS.from && range.to >= ALL_PORTS.to;
  return broad && internal() ? { ...facts, broadAndInternal: true } : facts;
}

/**
 * Whether the address sources of a rule (lists or single strings; absent
 * and null ones name nothing) are all known private ranges. An unknown
 * source may be the internet, so it is not internal. Security groups, tags
 * and service accounts are not passed here: they are internal by nature.
 */
function sourcesInternal(values: readonly (Value | undefined)[]): boolean {
  for (const value of values) {
    if (value === undefined || value.kind === "null") continue;
    const items = value.kind === "tuple" ? value.items : [value];
    for (const item of items) {
      // A VPC's or subnet's own range is known only at apply, but it is the network's inside.
      if (item.kind === "unknown" && item.reference !== undefined && isNetworkRangeReference(item.reference)) continue;
      const text = asString(item);
      if (text === undefined || !isPrivateSource(text)) return false;
    }
  }
  return true;
}

/**
 * The facts of an AWS rule (a security group's ingress, a rule resource):
 * the port finding points at `from_port`, or at the protocol when that
 * opens every port (or no `from_port` is written).
 */
function awsIngressFacts(
  resource: Resource,
  path: string,
  protocol: { attr: Attribute; value: Value; proto: Protocol },
  from: { attr: Attribute; value: Value } | undefined,
  access: { range: PortRange; services: string[] },
  worldSources: readonly ListItem[],
): IngressFacts {
  const portAttr = protocol.proto === "all" ? protocol : (from ?? protocol);
  return {
    resource,
    path,
    services: access.services,
    portNode: portAttr.attr.expr,
    portValue: portAttr.value,
    worldSources,
    what: describeAccess(protocol.proto, access.range, access.services),
  };
}

/**
 * Whether a rule admits only the group's own members (`self = true` and no
 * other source): "all traffic within the cluster" rather than remote access.
 */
function onlySelf(ctx: RuleContext, resource: Resource, body: Body, bindings: Bindings): boolean {
  const self = attributeValue(ctx, resource, body, "self", bindings);
  if (!self || asBool(self.value) !== true) return false;
  return ["cidr_blocks", "ipv6_cidr_blocks", "security_groups", "source_security_group_id", "prefix_list_ids"].every((name) =>
    isUnsetOrEmpty(attributeValue(ctx, resource, body, name, bindings)?.value),
  );
}

/** The `ingress = [{ ... }]` attribute form of `aws_security_group`. */
function checkAwsIngressAttribute(ctx: RuleContext, resource: Resource, report: Report): void {
  const attr = getAttribute(resource.body, "ingress");
  if (!attr) return;
  const value = ctx.evaluate(attr.expr, resource);
  if (value.kind !== "tuple") return;
  for (const rule of value.items) {
    if (rule.kind !== "object") continue;
    const get = (k: string) => rule.entries.get(k);
    const proto = tcpProtocolOf(get("protocol"));
    if (proto === undefined) continue;
    const from = get("from_port");
    const access = awsRemoteAccess(proto, from, get("to_port"));
    if (!access) continue;
    const { range, services } = access;
    const worldSources: ListItem[] = [];
    for (const list of ["cidr_blocks", "ipv6_cidr_blocks"]) {
      const v = get(list);
      if (v?.kind !== "tuple") continue;
      for (const item of v.items) {
        if (isWorldValue(item)) worldSources.push({ node: innerNode(ctx.module, resource, attr, item), value: item });
      }
    }
    const facts: IngressFacts = {
      resource,
      path: "ingress",
      services,
      portNode: innerNode(ctx.module, resource, attr, proto === "all" ? get("protocol") : from),
      portValue: proto === "all" ? get("protocol") : from,
      worldSources,
      what: describeAccess(proto, range, services),
    };
    reportIngress(
      withBroadAndInternal(facts, range, () => sourcesInternal([get("cidr_blocks"), get("ipv6_cidr_blocks")])),
      report,
    );
  }
}

/** Where a value inside an attribute was written, when that is within the attribute; else the attribute. */
function innerNode(module: Module, resource: Resource, attr: Attribute, value: Value | undefined): ReportTarget {
  const o = value?.origins[0];
  const inside = o !== undefined && liesWithin(o, { file: (fileOfNode(module, attr) ?? resource.file).filename, range: attr.expr.range });
  return inside ? { range: o.range, of: attr } : attr.expr;
}

function vpcIngressRule(ctx: RuleContext, resource: Resource): IngressFacts | undefined {
  const protocol = tcpProtocol(ctx, resource, resource.body, "ip_protocol", NO_BINDINGS);
  if (!protocol) return undefined;
  const from = attributeValue(ctx, resource, resource.body, "from_port");
  const to = attributeValue(ctx, resource, resource.body, "to_port");
  const access = awsRemoteAccess(protocol.proto, from?.value, to?.value);
  if (!access) return undefined;
  const worldSources: ListItem[] = [];
  for (const name of ["cidr_ipv4", "cidr_ipv6"]) {
    const cidr = attributeValue(ctx, resource, resource.body, name);
    if (cidr && isWorldValue(cidr.value)) worldSources.push({ node: cidr.attr.expr, value: cidr.value });
  }
  const facts = awsIngressFacts(resource, "", protocol, from, access, worldSources);
  return withBroadAndInternal(facts, access.range, () =>
    sourcesInternal(["cidr_ipv4", "cidr_ipv6"].map((name) => attributeValue(ctx, resource, resource.body, name)?.value)),
  );
}

function googleFirewall(ctx: RuleContext, resource: Resource): IngressFacts[] {
  const direction = attributeValue(ctx, resource, resource.body, "direction");
  if (direction) {
    const d = asString(direction.value);
    if (d === undefined || d.toUpperCase() !== "INGRESS") return [];
  }
  const disabled = attributeValue(ctx, resource, resource.body, "disabled");
  if (disabled && asBool(disabled.value) !== false) return [];

  const sourceAttrs = ["source_ranges", "source_tags", "source_service_accounts"].map((n) => attributeValue(ctx, resource, resource.body, n));
  const noSources = sourceAttrs.every((a) => isUnsetOrEmpty(a?.value));
  const worldSources = worldItems(ctx, resource, resource.body, "source_ranges", NO_BINDINGS);

  const out: IngressFacts[] = [];
  for (const { block, bindings } of blockInstances(ctx, resource, resource.body, "allow")) {
    const protocol = tcpProtocol(ctx, resource, block.body, "protocol", bindings);
    if (!protocol) continue;
    const { proto } = protocol;
    const ports = getAttribute(block.body, "ports");
    let node: ReportTarget = protocol.attr.expr;
    let decided: Value | undefined = protocol.value;
    let covering: PortRange | undefined;
    let services: string[] = [];
    if (ports === undefined) {
      covering = ALL_PORTS;
      services = remoteAccessServices(ALL_PORTS);
    } else {
      const portsValue = ctx.evaluate(ports.expr, resource, bindings);
      if (portsValue.kind === "tuple" && portsValue.items.length === 0) {
        covering = ALL_PORTS;
        services = remoteAccessServices(ALL_PORTS);
        node = ports.expr;
        decided = portsValue;
      } else {
        const found = firstRemoteAccessPort(listItems(ctx, resource, ports, bindings));
        if (found) {
          covering = found.range;
          services = found.services;
          node = found.item.node;
          decided = found.item.value;
        }
      }
    }
    if (!covering || services.length === 0) continue;
    const facts: IngressFacts = {
      resource,
      path: "allow",
      services,
      portNode: node,
      portValue: decided,
      worldSources,
      implicitWorld: noSources ? "it names no source_ranges, source_tags or source_service_accounts, so Google applies it to 0.0.0.0/0" : undefined,
      what: describeAccess(proto, covering, services),
    };
    out.push(noSources ? facts : withBroadAndInternal(facts, covering, () => sourcesInternal([sourceAttrs[0]?.value])));
  }
  return out;
}

function azureRule(ctx: RuleContext, resource: Resource, body: Body, bindings: Bindings, path: string): IngressFacts | undefined {
  const read = (name: string) => {
    const a = attributeValue(ctx, resource, body, name, bindings);
    return a ? asString(a.value) : undefined;
  };
  if (read("direction")?.toLowerCase() !== "inbound" || read("access")?.toLowerCase() !== "allow") return undefined;
  const protocol = tcpProtocol(ctx, resource, body, "protocol", bindings);
  if (!protocol) return undefined;
  const { proto } = protocol;

  const single = attributeValue(ctx, resource, body, "destination_port_range", bindings);
  const candidates: ListItem[] = single ? [{ node: single.attr.expr, value: single.value }] : [];
  const many = getAttribute(body, "destination_port_ranges");
  if (many) candidates.push(...listItems(ctx, resource, many, bindings));
  const found = firstRemoteAccessPort(candidates);
  if (!found) return undefined;
  const worldSources: ListItem[] = [];
  const prefix = attributeValue(ctx, resource, body, "source_address_prefix", bindings);
  if (prefix && isWorldValue(prefix.value)) worldSources.push({ node: prefix.attr.expr, value: prefix.value });
  worldSources.push(...worldItems(ctx, resource, body, "source_address_prefixes", bindings));
  const facts: IngressFacts = {
    resource,
    path,
    services: found.services,
    portNode: found.item.node,
    portValue: found.item.value,
    worldSources,
    what: describeAccess(proto, found.range, found.services),
  };
  return withBroadAndInternal(facts, found.range, () =>
    sourcesInternal([prefix?.value, attributeValue(ctx, resource, body, "source_address_prefixes", bindings)?.value]),
  );
}

/** The world-open entries of a list of sources. */
function worldItems(ctx: RuleContext, resource: Resource, body: Body, name: string, bindings: Bindings): ListItem[] {
  const attr = getAttribute(body, name);
  if (!attr) return [];
  return listItems(ctx, resource, attr, bindings).filter((item) => isWorldValue(item.value));
}

/** Whether a value is a known source address open to the whole internet. */
function isWorldValue(value: Value): boolean {
  const s = asString(value);
  return s !== undefined && isWorldSource(s);
}

/** Whether a list argument names nothing: absent, null or `[]`. */
function isUnsetOrEmpty(value: Value | undefined): boolean {
  return value === undefined || value.kind === "null" || (value.kind === "tuple" && value.items.length === 0);
}

/** A known protocol that carries TCP, normalised (`-1` → `all`, `6` → `tcp`); else undefined. */
function tcpProtocolOf(value: Value | undefined): Protocol | undefined {
  const text = value ? asString(value) : undefined;
  if (text === undefined) return undefined;
  const proto = normalizeProtocol(text);
  return carriesTcp(proto) ? proto : undefined;
}

/** A rule body's protocol argument (`protocol`, `ip_protocol`) when it is known and carries TCP. */
function tcpProtocol(
  ctx: RuleContext,
  resource: Resource,
  body: Body,
  name: string,
  bindings: Bindings,
): { attr: Attribute; value: Value; proto: Protocol } | undefined {
  const protocol = attributeValue(ctx, resource, body, name, bindings);
  const proto = tcpProtocolOf(protocol?.value);
  return protocol && proto !== undefined ? { ...protocol, proto } : undefined;
}

/** The ports an AWS rule opens (`from_port`..`to_port`, every port for protocol `-1`) when they reach SSH or RDP. */
function awsRemoteAccess(
  proto: Protocol,
  from: Value | undefined,
  to: Value | undefined,
): { range: PortRange; services: string[] } | undefined {
  const range = awsPortRange(proto, from ? asNumber(from) : undefined, to ? asNumber(to) : undefined);
  const services = range ? remoteAccessServices(range) : [];
  return range && services.length > 0 ? { range, services } : undefined;
}

/** The first port spec (`22`, `"20-30"`, `"*"`) among `items` that reaches SSH or RDP. */
function firstRemoteAccessPort(items: readonly ListItem[]): { item: ListItem; range: PortRange; services: string[] } | undefined {
  for (const item of items) {
    const spec = item.value.kind === "number" ? item.value.value : asString(item.value);
    const range = spec === undefined ? undefined : parsePortSpec(spec);
    const services = range ? remoteAccessServices(range) : [];
    if (range && services.length > 0) return { item, range, services };
  }
  return undefined;
}

function reportIngress(facts: IngressFacts, report: Report): void {
  const { resource } = facts;
  const services = facts.services.join(" and ");
  if (facts.worldSources.length > 0) {
    for (const source of facts.worldSources) {
      const text = asString(source.value) ?? "";
      report({
        node: source.node,
        resource,
        attributePath: facts.path,
        severity: "error",
        value: source.value,
        message: `${resource.address} allows ${services} (${facts.what}) from "${text}", the whole internet; remove this rule and reach machines through an audited channel (SSM Session Manager, IAP, Azure Bastion) instead.`,
      });
    }
    return;
  }
  // Opening every port between internal systems is not remote login access (see the docs).
  if (facts.broadAndInternal) return;
  if (facts.implicitWorld) {
    report({
      node: facts.portNode,
      resource,
      attributePath: facts.path,
      severity: "error",
      value: facts.portValue,
      message: `${resource.address} allows ${services} (${facts.what}) and ${facts.implicitWorld}; remove this rule and reach machines through IAP or another audited channel instead.`,
    });
    return;
  }
  report({
    node: facts.portNode,
    resource,
    attributePath: facts.path,
    value: facts.portValue,
    message: `${resource.address} allows ${services} (${facts.what}) into its machines, so people can log in and change them by hand; remove this rule and replace machines instead of repairing them.`,
  });
}

function describeAccess(proto: string, range: PortRange, services: readonly string[]): string {
  const every = range.from === ALL_PORTS.from && range.to === ALL_PORTS.to;
  if (proto === "all" && every) return "all protocols and ports";
  const what = proto === "all" ? "port" : "TCP";
  const suffix = proto === "all" ? ", any protocol" : "";
  if (every) return `every ${what === "port" ? "port" : "TCP port"}${suffix}`;
  if (range.from === range.to) return `${what} ${range.from}${suffix}`;
  return `${what} ${range.from}-${range.to}, which includes ${services.map((s) => (s === "SSH" ? "22" : "3389")).join(" and ")}${suffix}`;
}

function checkGoogleMetadata(ctx: RuleContext, resource: Resource, report: Report): void {
  const metadata = getAttribute(resource.body, "metadata");
  if (!metadata) return;
  if (metadata.expr.type === "Object") {
    for (const item of metadata.expr.items) {
      const key = objectItemKey(ctx, item, resource);
      if (key === undefined || !SSH_KEY_METADATA.has(key)) continue;
      const value = ctx.evaluate(item.value, resource);
      if (!isDefinitelySet(item.value, value)) continue;
      report({
        node: item,
        resource,
        attributePath: `metadata.${key}`,
        message: sshKeyMessage(resource, key),
      });
    }
    return;
  }
  const value = ctx.evaluate(metadata.expr, resource);
  if (value.kind !== "object") return;
  for (const [key, entry] of value.entries) {
    if (!SSH_KEY_METADATA.has(key)) continue;
    if (entry.kind === "null" || (entry.kind === "string" && entry.value === "") || entry.kind === "unknown") continue;
    report({ node: metadata.expr, resource, attributePath: `metadata.${key}`, value: entry, message: sshKeyMessage(resource, key) });
  }
}

function checkProjectMetadataItem(ctx: RuleContext, resource: Resource, report: Report): void {
  const key = attributeValue(ctx, resource, resource.body, "key");
  const keyText = key ? asString(key.value) : undefined;
  if (!key || keyText === undefined || !SSH_KEY_METADATA.has(keyText)) return;
  const value = attributeValue(ctx, resource, resource.body, "value");
  if (value && !isDefinitelySet(value.attr.expr, value.value)) return;
  report({ node: key.attr.expr, resource, attributePath: "key", value: key.value, message: sshKeyMessage(resource, keyText) });
}

function sshKeyMessage(resource: Resource, key: string): string {
  return `${resource.address} puts SSH keys in metadata ("${key}"), so people can log in and change machines by hand; remove them and use OS Login with IAP for audited emergency access.`;
}

/** The source text of an attribute's expression, for messages about unknown values. */
function exprText(module: Module, resource: Resource, attr: Attribute): string {
  const text = (fileOfNode(module, attr) ?? resource.file).source.slice(attr.expr.range.start.offset, attr.expr.range.end.offset);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
