/**
 * Generates a deterministic, realistic Terraform corpus for the benchmark:
 * many modules, each with the usual files (versions, variables, locals, main,
 * outputs), using the whole native syntax — resources with lifecycle and
 * provisioners, dynamic blocks, module calls, variables with validation,
 * heredocs with interpolation and directives, for-expressions, splats,
 * conditionals and every kind of comment. Every file is valid HCL that
 * hcl2json accepts, so both parsers can be timed on the same input.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** One generated file. */
export interface CorpusFile {
  /** Path relative to the corpus root, with `/` separators. */
  readonly path: string;
  readonly text: string;
}

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Gen {
  constructor(private readonly rnd: () => number) {}
  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }
  times<T>(min: number, max: number, f: (i: number) => T): T[] {
    const n = min + this.int(max - min + 1);
    return Array.from({ length: n }, (_, i) => f(i));
  }
}

const WORDS = [
  "web", "api", "worker", "cache", "db", "queue", "frontend", "backend", "auth", "billing",
  "search", "metrics", "logs", "gateway", "batch", "stream", "admin", "edge", "mail", "media",
];
const ENVS = ["dev", "staging", "prod", "qa", "sandbox"];
const REGIONS = ["eu-west-1", "us-east-1", "us-west-2", "ap-southeast-2", "eu-central-1"];
const INSTANCE_TYPES = ["t3.micro", "t3.small", "m5.large", "c6i.xlarge", "r6g.medium"];
const DESCRIPTIONS = [
  "Name of the service, used as a prefix for every resource.",
  "CIDR blocks allowed to reach the service.",
  "Tags applied to every resource — including the ones created by sub-modules.",
  "Whether to create the optional NAT gateways (costs money!).",
  "Image reference, pinned by digest: registry/app@sha256:…",
  "Größe des Datenträgers in GiB.",
  "Número de réplicas del servicio.",
];

function comment(g: Gen): string {
  switch (g.int(4)) {
    case 0:
      return `# ${g.pick(["Managed by platform team.", "TODO: split this module", "See ADR-0042 🚀", "Do not edit by hand"])}\n`;
    case 1:
      return `// ${g.pick(["Keep in sync with the staging stack", "Pinned on purpose", "ünïcödé comment"])}\n`;
    case 2:
      return `/*\n * ${g.pick(["Historical note: this was imported from CloudFormation.", "Multi-line comment block."])}\n * Owner: ${g.pick(WORDS)} team\n */\n`;
    default:
      return "";
  }
}

function versionsFile(g: Gen): string {
  return `terraform {
  required_version = ">= 1.${3 + g.int(6)}.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.${g.int(60)}"
    }
    random = {
      source  = "hashicorp/random"
      version = "3.6.${g.int(3)}"
    }${g.chance(0.3) ? `
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = ">= 2.${g.int(30)}.0"
    }` : ""}
  }
${g.chance(0.4) ? `
  backend "s3" {
    bucket         = "tfstate-${g.pick(WORDS)}-${g.int(1000)}"
    key            = "${g.pick(ENVS)}/${g.pick(WORDS)}/terraform.tfstate"
    region         = "${g.pick(REGIONS)}"
    dynamodb_table = "tf-locks"
    encrypt        = true
  }
` : ""}}
`;
}

function variable(g: Gen, name: string): string {
  const kind = g.int(6);
  const desc = `  description = "${g.pick(DESCRIPTIONS)}"\n`;
  switch (kind) {
    case 0:
      return `variable "${name}" {\n  type        = string\n${desc}  default     = "${g.pick(WORDS)}-${g.pick(ENVS)}"\n}\n`;
    case 1:
      return `variable "${name}" {
  type        = number
${desc}  default     = ${1 + g.int(10)}

  validation {
    condition     = var.${name} >= 1 && var.${name} <= ${10 + g.int(90)}
    error_message = "The ${name} value must be between 1 and the configured maximum."
  }
}
`;
    case 2:
      return `variable "${name}" {
  type = list(object({
    name     = string
    port     = number
    protocol = optional(string, "tcp")
    cidrs    = optional(list(string), [])
  }))
${desc}  default = [
    { name = "http", port = 80 },
    { name = "https", port = 443, cidrs = ["10.0.0.0/8"] },
  ]
}
`;
    case 3:
      return `variable "${name}" {
  type      = string
  sensitive = true
  nullable  = false
${desc}
  validation {
    condition     = length(var.${name}) >= 16 && can(regex("[A-Z]", var.${name}))
    error_message = <<-EOT
      The ${name} must be at least 16 characters long
      and contain an upper-case letter.
    EOT
  }
}
`;
    case 4:
      return `variable "${name}" {
  type    = map(string)
  default = {
    Team        = "${g.pick(WORDS)}"
    CostCenter  = "${1000 + g.int(9000)}"
    Environment = "${g.pick(ENVS)}"
  }
}
`;
    default:
      return `variable "${name}" {\n  type    = bool\n  default = ${g.chance(0.5)}\n}\n`;
  }
}

function locals(g: Gen, svc: string): string {
  return `locals {
  name_prefix = "\${var.name}-\${var.environment}"
  is_prod     = var.environment == "prod"
  common_tags = merge(var.tags, {
    Service     = "${svc}"
    Environment = var.environment
    ManagedBy   = "terraform"
  })
  azs          = slice(data.aws_availability_zones.available.names, 0, ${2 + g.int(2)})
  subnet_cidrs = [for i, az in local.azs : cidrsubnet(var.vpc_cidr, 8, i + ${g.int(50)})]
  rules_by_name = { for r in var.ingress_rules : r.name => r }
  open_ports    = [for r in var.ingress_rules : r.port if length(r.cidrs) > 0]
  by_protocol   = { for r in var.ingress_rules : r.protocol => r.name... }
  instance_type = local.is_prod ? "${g.pick(INSTANCE_TYPES)}" : "${g.pick(INSTANCE_TYPES)}"
  replicas      = local.is_prod ? max(3, var.replicas) : 1
  image         = "\${var.registry}/${svc}@sha256:\${var.image_digest}"
}
`;
}

function instance(g: Gen, name: string): string {
  return `resource "aws_instance" "${name}" {
  count                  = var.instance_count
  ami                    = data.aws_ami.base.id
  instance_type          = local.instance_type
  subnet_id              = element(aws_subnet.private[*].id, count.index)
  vpc_security_group_ids = [aws_security_group.${name}.id]
  iam_instance_profile   = aws_iam_instance_profile.${name}.name
  monitoring             = local.is_prod

  root_block_device {
    volume_size = ${8 * (1 + g.int(8))}
    volume_type = "gp3"
    encrypted   = true
  }

  metadata_options {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }

  user_data = base64encode(<<-EOF
    #!/bin/bash
    set -euo pipefail
    echo "service=${name} env=\${var.environment}" > /etc/service.env
    %{ for k, v in var.env_vars ~}
    echo "\${k}=\${v}" >> /etc/service.env
    %{ endfor ~}
    %{ if local.is_prod ~}
    systemctl enable --now node-exporter
    %{ else ~}
    echo "debug mode" >> /var/log/boot.log
    %{ endif ~}
  EOF
  )

  tags = merge(local.common_tags, {
    Name = "\${local.name_prefix}-${name}-\${count.index}"
  })

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [tags["LastScanned"], user_data]
    replace_triggered_by  = [aws_launch_template.${name}.latest_version]

    precondition {
      condition     = data.aws_ami.base.architecture == "x86_64"
      error_message = "The base AMI must be built for x86_64."
    }
  }
${g.chance(0.3) ? `
  connection {
    type        = "ssh"
    user        = "ec2-user"
    host        = self.private_ip
    private_key = file(var.ssh_key_path)
  }

  provisioner "file" {
    source      = "\${path.module}/files/bootstrap.sh"
    destination = "/tmp/bootstrap.sh"
  }

  provisioner "remote-exec" {
    inline = [
      "chmod +x /tmp/bootstrap.sh",
      "/tmp/bootstrap.sh \${var.environment}",
    ]
  }

  provisioner "local-exec" {
    when       = destroy
    command    = "echo 'destroying \${self.id}' >> destroyed.log"
    on_failure = continue
  }
` : ""}}
`;
}

function securityGroup(g: Gen, name: string): string {
  return `resource "aws_security_group" "${name}" {
  name_prefix = "\${local.name_prefix}-${name}-"
  description = "Security group for ${name}"
  vpc_id      = var.vpc_id

  dynamic "ingress" {
    for_each = local.rules_by_name
    iterator = rule
    content {
      description = "Allow \${rule.key}"
      from_port   = rule.value.port
      to_port     = rule.value.port
      protocol    = rule.value.protocol
      cidr_blocks = length(rule.value.cidrs) > 0 ? rule.value.cidrs : [var.vpc_cidr]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # tfsec:ignore:aws-ec2-no-public-egress-sgr
  }

  tags = local.common_tags

  lifecycle {
    create_before_destroy = true
  }
}
${g.chance(0.5) ? `
resource "aws_security_group_rule" "${name}_extra" {
  for_each          = toset([for p in local.open_ports : tostring(p)])
  type              = "ingress"
  from_port         = tonumber(each.value)
  to_port           = tonumber(each.value)
  protocol          = "tcp"
  cidr_blocks       = var.allowed_cidrs
  security_group_id = aws_security_group.${name}.id
}
` : ""}`;
}

function iam(g: Gen, name: string): string {
  return `data "aws_iam_policy_document" "${name}_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"${g.chance(0.5) ? ', "ecs-tasks.amazonaws.com"' : ""}]
    }
  }
}

resource "aws_iam_role" "${name}" {
  name               = "\${local.name_prefix}-${name}"
  assume_role_policy = data.aws_iam_policy_document.${name}_assume.json
  tags               = local.common_tags
}

resource "aws_iam_role_policy" "${name}" {
  name = "${name}-access"
  role = aws_iam_role.${name}.id
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": [
        "arn:aws:s3:::\${var.bucket_name}",
        "arn:aws:s3:::\${var.bucket_name}/*"
      ]
    },
    {
      "Effect": "Allow",
      "Action": "kms:Decrypt",
      "Resource": "\${var.kms_key_arn}"
    }
  ]
}
POLICY
}

resource "aws_iam_role_policy" "${name}_json" {
  name = "${name}-logs"
  role = aws_iam_role.${name}.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = ["\${aws_cloudwatch_log_group.${name}.arn}:*"]
      },
    ]
  })
}

resource "aws_iam_instance_profile" "${name}" {
  name = "\${local.name_prefix}-${name}"
  role = aws_iam_role.${name}.name
}

resource "aws_cloudwatch_log_group" "${name}" {
  name              = "/app/\${var.environment}/${name}"
  retention_in_days = local.is_prod ? 365 : ${g.pick([7, 14, 30])}
  kms_key_id        = var.kms_key_arn
}
`;
}

function kubernetes(g: Gen, name: string): string {
  return `resource "kubernetes_deployment" "${name}" {
  metadata {
    name      = "${name}"
    namespace = var.namespace
    labels = {
      app                          = "${name}"
      "app.kubernetes.io/part-of" = var.name
    }
  }

  spec {
    replicas = local.replicas

    selector {
      match_labels = { app = "${name}" }
    }

    template {
      metadata {
        labels      = { app = "${name}" }
        annotations = { "prometheus.io/scrape" = "true", "prometheus.io/port" = "${9000 + g.int(100)}" }
      }

      spec {
        service_account_name = "${name}"

        container {
          name  = "${name}"
          image = local.image
          args  = ["--port=8080", "--env=\${var.environment}"]

          port {
            container_port = 8080
          }

          dynamic "env" {
            for_each = var.env_vars
            content {
              name  = env.key
              value = env.value
            }
          }

          resources {
            limits   = { cpu = "${250 * (1 + g.int(4))}m", memory = "${256 * (1 + g.int(4))}Mi" }
            requests = { cpu = "100m", memory = "128Mi" }
          }

          liveness_probe {
            http_get {
              path = "/healthz"
              port = 8080
            }
            initial_delay_seconds = ${5 + g.int(30)}
          }
        }
      }
    }
  }
}
`;
}

function storage(g: Gen, name: string): string {
  return `resource "aws_s3_bucket" "${name}" {
  bucket        = "\${local.name_prefix}-${name}-\${random_id.suffix.hex}"
  force_destroy = !local.is_prod
  tags          = local.common_tags
}

resource "aws_s3_bucket_versioning" "${name}" {
  bucket = aws_s3_bucket.${name}.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "${name}" {
  bucket = aws_s3_bucket.${name}.id

  dynamic "rule" {
    for_each = { for i, days in [${g.times(1, 4, () => 30 * (1 + g.int(12))).join(", ")}] : "tier-\${i}" => days }
    content {
      id     = rule.key
      status = "Enabled"
      transition {
        days          = rule.value
        storage_class = rule.value > 180 ? "GLACIER" : "STANDARD_IA"
      }
    }
  }
}

resource "aws_db_instance" "${name}" {
  count                   = var.create_database ? 1 : 0
  identifier              = "\${local.name_prefix}-${name}"
  engine                  = "postgres"
  engine_version          = "${14 + g.int(3)}.${g.int(10)}"
  instance_class          = "db.\${local.instance_type}"
  allocated_storage       = ${20 * (1 + g.int(10))}
  password                = var.db_password
  backup_retention_period = local.is_prod ? 30 : 1
  deletion_protection     = local.is_prod
  skip_final_snapshot     = !local.is_prod

  lifecycle {
    prevent_destroy = false
    ignore_changes  = [password]
  }
}
`;
}

function moduleCall(g: Gen, name: string, source: string): string {
  return `module "${name}" {
  source = "${source}"
${g.chance(0.5) ? `  for_each = { for s in var.services : s.name => s if s.enabled }\n\n  name         = each.key\n  replicas     = each.value.replicas\n` : `  count = var.enable_${name} ? 1 : 0\n\n  name     = "${name}"\n  replicas = ${1 + g.int(5)}\n`}  environment  = var.environment
  vpc_id       = module.network.vpc_id
  vpc_cidr     = module.network.vpc_cidr
  tags         = merge(var.tags, { Component = "${name}" })
  ingress_rules = [
    for port in [80, 443, ${8000 + g.int(1000)}] : {
      name  = "port-\${port}"
      port  = port
      cidrs = port == 443 ? ["0.0.0.0/0"] : [module.network.vpc_cidr]
    }
  ]

  providers = {
    aws = aws.${g.pick(["primary", "secondary"])}
  }

  depends_on = [module.network]
}
`;
}

function outputs(g: Gen, names: readonly string[]): string {
  return names
    .map(
      (n) => `output "${n}_ids" {
  description = "IDs of the ${n} instances."
  value       = aws_instance.${n}[*].id
}

output "${n}_private_ips" {
  value = { for i in aws_instance.${n} : i.id => i.private_ip }
}

output "${n}_role_arn" {
  value     = aws_iam_role.${n}.arn
  sensitive = ${g.chance(0.3)}
}
`,
    )
    .join("\n");
}

function serviceModule(g: Gen, dir: string, index: number): CorpusFile[] {
  const names = g.times(1, 3, (i) => `${g.pick(WORDS)}_${index}_${i}`);
  const vars = [
    "name", "environment", "instance_count", "replicas", "vpc_id", "vpc_cidr", "tags", "ingress_rules",
    "env_vars", "allowed_cidrs", "db_password", "create_database", "bucket_name", "kms_key_arn",
    "ssh_key_path", "namespace", "registry", "image_digest",
  ];
  const svc = names[0];
  const main = [
    comment(g),
    `data "aws_availability_zones" "available" {\n  state = "available"\n}\n`,
    `data "aws_ami" "base" {\n  most_recent = true\n  owners      = ["amazon"]\n\n  filter {\n    name   = "name"\n    values = ["al2023-ami-*-x86_64"]\n  }\n}\n`,
    `resource "random_id" "suffix" {\n  byte_length = 4\n}\n`,
    ...names.flatMap((n) => [comment(g), instance(g, n), securityGroup(g, n), iam(g, n)]),
    `resource "aws_launch_template" "${svc}" {\n  name_prefix   = "${svc}-"\n  image_id      = data.aws_ami.base.id\n  instance_type = local.instance_type\n}\n`,
    ...names.slice(1).map((n) => `resource "aws_launch_template" "${n}" {\n  name_prefix = "${n}-"\n  image_id    = data.aws_ami.base.id\n}\n`),
    g.chance(0.6) ? kubernetes(g, svc) : "",
    storage(g, svc),
  ];
  const files: CorpusFile[] = [
    { path: `${dir}/versions.tf`, text: versionsFile(g) },
    {
      path: `${dir}/variables.tf`,
      text: vars.map((v) => comment(g) + variable(g, v)).join("\n"),
    },
    { path: `${dir}/locals.tf`, text: locals(g, svc) },
    { path: `${dir}/main.tf`, text: main.join("\n") },
    { path: `${dir}/outputs.tf`, text: outputs(g, names) },
  ];
  return files;
}

function rootStack(g: Gen, dir: string, modules: readonly string[]): CorpusFile[] {
  const calls = modules
    .slice(0, 8)
    .map((m, i) => moduleCall(g, `svc_${i}`, `../../${m}`))
    .join("\n");
  const providers = `provider "aws" {
  alias  = "primary"
  region = "${g.pick(REGIONS)}"

  default_tags {
    tags = var.tags
  }
}

provider "aws" {
  alias  = "secondary"
  region = "${g.pick(REGIONS)}"

  assume_role {
    role_arn = "arn:aws:iam::\${var.account_id}:role/terraform"
  }
}

module "network" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.${g.int(10)}.${g.int(5)}"

  name            = var.name
  cidr            = "10.${g.int(255)}.0.0/16"
  azs             = ["${g.pick(REGIONS)}a", "${g.pick(REGIONS)}b"]
  private_subnets = [for i in range(2) : cidrsubnet("10.0.0.0/16", 8, i)]
  public_subnets  = [for i in range(2) : cidrsubnet("10.0.0.0/16", 8, i + 100)]
}

moved {
  from = module.legacy_network
  to   = module.network
}

import {
  to = aws_s3_bucket.state
  id = "tfstate-\${var.name}"
}

resource "aws_s3_bucket" "state" {
  bucket = "tfstate-\${var.name}"
}

check "endpoint" {
  assert {
    condition     = module.network.vpc_id != ""
    error_message = "The network module returned no VPC."
  }
}
`;
  const tfvars = `name        = "${g.pick(WORDS)}"
environment = "${g.pick(ENVS)}"
account_id  = "${100000000000 + g.int(899999999999)}"
tags = {
  Team  = "${g.pick(WORDS)}"
  Owner = "ops@example.com"
}
services = [
${g.times(2, 6, () => `  { name = "${g.pick(WORDS)}", enabled = ${g.chance(0.8)}, replicas = ${1 + g.int(5)} },`).join("\n")}
]
`;
  const vars = ["name", "environment", "account_id", "tags", "services"]
    .map((v) => `variable "${v}" {}\n`)
    .concat(modules.slice(0, 8).map((_, i) => `variable "enable_svc_${i}" {\n  type    = bool\n  default = true\n}\n`))
    .join("\n");
  return [
    { path: `${dir}/main.tf`, text: providers + "\n" + calls },
    { path: `${dir}/variables.tf`, text: vars },
    { path: `${dir}/terraform.tfvars`, text: tfvars },
    { path: `${dir}/versions.tf`, text: versionsFile(g) },
  ];
}

/** Options for {@link generateCorpus}. */
export interface CorpusOptions {
  /** Stop once at least this many bytes (UTF-8) have been generated. */
  readonly targetBytes: number;
  readonly seed?: number;
}

/**
 * Builds the corpus in memory: service modules under `modules/`, root stacks
 * under `stacks/` that call them. A few files use CRLF line endings, as
 * checkouts on Windows do. Same options, same files.
 */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const g = new Gen(prng(options.seed ?? 20240601));
  const files: CorpusFile[] = [];
  let bytes = 0;
  const modules: string[] = [];
  let i = 0;
  while (bytes < options.targetBytes) {
    const dir = `modules/${g.pick(WORDS)}-${i}`;
    modules.push(dir);
    const batch = serviceModule(g, dir, i);
    if (i % 8 === 7) batch.push(...rootStack(g, `stacks/${g.pick(ENVS)}-${i}`, modules.slice(-8)));
    for (const f of batch) {
      const text = g.chance(0.05) ? f.text.replace(/\n/g, "\r\n") : f.text;
      files.push({ path: f.path, text });
      bytes += Buffer.byteLength(text, "utf8");
    }
    i++;
  }
  return files;
}

/** Writes the corpus under `root` and returns the total size in bytes. */
export function writeCorpus(root: string, files: readonly CorpusFile[]): number {
  let bytes = 0;
  for (const f of files) {
    const p = join(root, f.path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.text);
    bytes += Buffer.byteLength(f.text, "utf8");
  }
  return bytes;
}

/**
 * One module of `fileCount` files (at least 5), as an editor holds a
 * service's directory: versions, variables, locals, outputs and one file per
 * service, each with its instances, security groups, IAM and storage. For the
 * language server's re-lint timing.
 */
export function generateModule(fileCount: number, seed = 20240601): CorpusFile[] {
  const g = new Gen(prng(seed));
  const names = Array.from({ length: Math.max(1, fileCount - 4) }, (_, i) => `${g.pick(WORDS)}_${i}`);
  const vars = ["name", "environment", "instance_count", "replicas", "vpc_id", "vpc_cidr", "tags", "ingress_rules", "env_vars", "allowed_cidrs", "db_password", "create_database", "bucket_name", "kms_key_arn", "ssh_key_path", "namespace", "registry", "image_digest"];
  const shared = `data "aws_availability_zones" "available" {\n  state = "available"\n}\n\ndata "aws_ami" "base" {\n  most_recent = true\n  owners      = ["amazon"]\n}\n`;
  return [
    { path: "versions.tf", text: versionsFile(g) },
    { path: "variables.tf", text: vars.map((v) => comment(g) + variable(g, v)).join("\n") },
    { path: "locals.tf", text: `${locals(g, names[0])}\n${shared}` },
    { path: "outputs.tf", text: outputs(g, names) },
    ...names.map((n) => ({ path: `${n}.tf`, text: [comment(g), instance(g, n), securityGroup(g, n), iam(g, n), storage(g, n)].join("\n") })),
  ];
}
