/**
 * What a `local-exec` command does: whether it provably reaches a deployed
 * machine or changes live infrastructure (a remote login, a configuration
 * run, a mutating cloud CLI or Kubernetes call, a database client, a
 * mutating HTTP request), or only builds, packages and waits on the machine
 * that runs Terraform. Anything not recognised as reaching out counts as
 * local: a command is judged by the words it is written with, never guessed.
 */

/** Why a command reaches a deployed machine or changes live infrastructure, e.g. "runs `kubectl apply`". */
export type RemoteEffect = string;

/** Words that only prefix the real command: `sudo kubectl`, `env A=b aws`, `exec ssh`. */
const PREFIXES = new Set(["sudo", "exec", "command", "env", "time", "nohup", "nice", "xargs", "then", "do", "else", "!", "{", "("]);

/** Commands that log in to or configure another machine, or talk to a database: always remote. */
const ALWAYS_REMOTE: Readonly<Record<string, string>> = {
  ssh: "logs in to a machine over SSH",
  scp: "copies files to a machine over SSH",
  sftp: "copies files to a machine over SSH",
  ansible: "runs Ansible against machines",
  "ansible-playbook": "runs Ansible against machines",
  psql: "runs a database client against a live database",
  mysql: "runs a database client against a live database",
  mariadb: "runs a database client against a live database",
  mongo: "runs a database client against a live database",
  mongosh: "runs a database client against a live database",
  sqlcmd: "runs a database client against a live database",
  "redis-cli": "runs a database client against a live database",
  cqlsh: "runs a database client against a live database",
};

/** Verbs (or verb prefixes, before a `-`) of cloud CLI operations that change resources. */
const MUTATING_VERB =
  /^(?:create|update|delete|put|modify|attach|detach|start|stop|reboot|restart|terminate|run|associate|disassociate|register|deregister|tag|untag|enable|disable|set|add|remove|restore|import|invoke|publish|send|authorize|revoke|reset|replace|cancel|upload|promote|failover|rotate|apply|execute|deploy|patch|resize|scale|upgrade|purge|move|rollback|swap)(?:-|$)/;

/** Cloud CLI operations whose verb says "change" but which only write local files. */
const LOCAL_OPERATIONS = [
  /^aws (?:eks update-kubeconfig|configure\b)/,
  /^gcloud (?:config|auth|components)\b/,
  /^gcloud container clusters get-credentials\b/,
  /^az (?:login|logout|config|extension|account set|aks get-credentials|aks install-cli)\b/,
];

/** kubectl subcommands that only read. */
const KUBECTL_READS = new Set(["get", "describe", "config", "version", "explain", "api-resources", "api-versions", "cluster-info", "logs", "wait", "top", "auth", "completion", "diff", "plugin"]);

/** helm subcommands that change a cluster. */
const HELM_WRITES = new Set(["install", "upgrade", "uninstall", "delete", "rollback", "test"]);

/** terraform subcommands that change infrastructure or state. */
const TERRAFORM_WRITES = new Set(["apply", "destroy", "import", "state", "taint", "untaint", "force-unlock"]);

/** Global options of cloud CLIs that take a value: `aws --region eu-west-1 ec2 ...`. */
const OPTIONS_WITH_VALUE = new Set([
  "--region",
  "--profile",
  "--output",
  "--endpoint-url",
  "--query",
  "--project",
  "--subscription",
  "--account",
  "--configuration",
  "--format",
  "--namespace",
  "-n",
  "--context",
  "--kubeconfig",
  "--method",
  "-m",
]);

/** Splits a shell text into simple commands (at newlines, `;`, `&&`, `||`, `|`, `&`, `$(`, backquotes). */
function simpleCommands(text: string): string[] {
  return text
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n|;|&&|\|\||\||&|\$\(|`|\)/)
    .map((s) => s.trim())
    .filter((s) => s !== "" && !s.startsWith("#"));
}

/** The words of one simple command, quotes taken off, env assignments and prefix words skipped. */
function commandWords(command: string): string[] {
  const words = (command.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^["']|["']$/g, ""));
  let i = 0;
  while (i < words.length && (PREFIXES.has(words[i]) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]))) {
    // `xargs -I '{}' az ...`: the prefix's own options.
    if (words[i] === "xargs") {
      while (i + 1 < words.length && words[i + 1].startsWith("-")) i += /^-[IinPLsd]$/.test(words[i + 1]) ? 2 : 1;
    }
    i++;
  }
  return words.slice(i);
}

/** The words after the first that are not options (nor their values). */
function operands(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.startsWith("-")) {
      if (OPTIONS_WITH_VALUE.has(w) && i + 1 < words.length) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

/** The base name of a command word: `/usr/bin/ssh` → `ssh`. */
function baseName(word: string): string {
  return word.slice(word.lastIndexOf("/") + 1);
}

function cloudCli(cli: string, args: readonly string[], allWords: readonly string[]): RemoteEffect | undefined {
  const line = [cli, ...args].join(" ");
  if (LOCAL_OPERATIONS.some((re) => re.test(line))) return undefined;
  // `az rest --method delete --url …`: an HTTP call to the management API.
  if (cli === "az" && args[0] === "rest") {
    const i = allWords.findIndex((w) => w === "--method" || w === "-m");
    const method = i >= 0 ? allWords[i + 1] : undefined;
    return method && /^(?:post|put|patch|delete)$/i.test(method) ? `changes cloud resources (\`az rest --method ${method}\`)` : undefined;
  }
  if (cli === "aws" && args[0] === "s3") {
    const [op, ...paths] = args.slice(1);
    if (op === "rm" || op === "rb" || op === "mb" || op === "mv") return `changes S3 (\`aws s3 ${op}\`)`;
    if ((op === "cp" || op === "sync") && paths.length > 0 && paths[paths.length - 1].startsWith("s3://")) return `uploads to S3 (\`aws s3 ${op}\`)`;
    return undefined;
  }
  // `aws <service> <operation>`, `gcloud [alpha|beta] <group>... <verb>`, `az <group>... <verb>`.
  // `aws cognito-idp admin-create-user`, `aws dynamodb batch-write-item`: the verb follows the prefix.
  const words = cli === "aws" ? args.slice(1, 2).map((op) => op.replace(/^(?:admin|batch)-/, "")) : args.slice(0, 5);
  const login = cli === "aws" ? undefined : words.find((w) => w === "ssh" || w === "scp");
  if (login) return `logs in to a machine (\`${[cli, ...args.slice(0, args.indexOf(login) + 1)].join(" ")}\`)`;
  const verb = words.find((w) => MUTATING_VERB.test(w));
  if (!verb) return undefined;
  const shown = cli === "aws" ? args.slice(0, 2) : args.slice(0, args.indexOf(verb) + 1);
  return `changes cloud resources (\`${[cli, ...shown].join(" ")}\`)`;
}

function httpCall(words: readonly string[]): RemoteEffect | undefined {
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    const method = w === "-X" || w === "--request" ? words[i + 1] : /^-X(\w+)$/.exec(w)?.[1] ?? /^--request=(\w+)$/.exec(w)?.[1];
    if (method && /^(?:POST|PUT|PATCH|DELETE)$/i.test(method)) return `sends a ${method.toUpperCase()} request to a live API`;
  }
  return undefined;
}

/** Commands whose arguments are text, not a command to run: `echo "kubectl apply"`. */
const TEXT_COMMANDS = new Set(["echo", "printf", "cat", "grep", "log", "logger", "read", "local", "export", "declare"]);

/** Command names this module judges. */
const JUDGED = new Set([...Object.keys(ALWAYS_REMOTE), "aws", "gcloud", "az", "kubectl", "oc", "helm", "terraform", "tofu", "curl"]);

/**
 * What one simple command does to the outside world, if anything provably.
 * A judged command name after other words counts too: scripts wrap their
 * calls (`execute_with_backoff az network ... create`, `retry 3 kubectl apply`).
 */
function effectOf(command: string): RemoteEffect | undefined {
  const words = commandWords(command);
  if (words.length === 0 || TEXT_COMMANDS.has(baseName(words[0]))) return undefined;
  const at = words.findIndex((w) => JUDGED.has(baseName(w)));
  return at < 0 ? undefined : judge(words.slice(at));
}

function judge(words: readonly string[]): RemoteEffect | undefined {
  const name = baseName(words[0]);
  const always = ALWAYS_REMOTE[name];
  if (always) return `${always} (\`${name}\`)`;
  const args = operands(words);
  switch (name) {
    case "aws":
    case "gcloud":
    case "az":
      return cloudCli(name, args, words);
    case "kubectl":
    case "oc":
      return args[0] !== undefined && !KUBECTL_READS.has(args[0]) ? `changes a live cluster (\`${name} ${args[0]}\`)` : undefined;
    case "helm":
      return args[0] !== undefined && HELM_WRITES.has(args[0]) ? `changes a live cluster (\`helm ${args[0]}\`)` : undefined;
    case "terraform":
    case "tofu":
      return args[0] !== undefined && TERRAFORM_WRITES.has(args[0]) ? `changes infrastructure (\`${name} ${args[0]}\`)` : undefined;
    case "curl":
      return httpCall(words);
    default:
      return undefined;
  }
}

/**
 * The first thing a `local-exec` command provably does beyond the machine
 * that runs Terraform, or undefined when it only builds, packages, waits or
 * writes local files (or is not recognised).
 */
export function remoteEffect(text: string): RemoteEffect | undefined {
  for (const command of simpleCommands(text)) {
    const effect = effectOf(command);
    if (effect) return effect;
  }
  return undefined;
}
