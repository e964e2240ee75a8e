/** The text of `tfmould --help`. */
export const HELP_TEXT = `Usage: tfmould [options] [paths...]
       tfmould merge <report.json>... [options]
       tfmould lsp                   (the language server, on stdin and stdout)

Lints Terraform for immutable-infrastructure practice. Paths are directories
(scanned recursively; each directory is one module) or files; default ".".

Output:
  -f, --format <name>       stylish (default), json, sarif, github, gitlab
                            (Code Quality), junit, checkstyle or compact
                            (file:line:col: severity: message [rule])
  -o, --output-file <file>  write the report to a file (atomically) instead of stdout
  -q, --quiet               report errors only
      --color, --no-color   force colours on or off (default: on for a terminal;
                            NO_COLOR and FORCE_COLOR are honoured)

Configuration:
  -c, --config <file>       use this .tfmould.json instead of searching upward
      --var-file <file>     a variables file (repeatable)
      --var <name=value>    a variable value (repeatable)
      --rule <id=level>     set a rule to off, note, warning or error (repeatable)
      --strict              require digests and commits, not tags and refs
      --print-config <path> print the configuration that applies to a path, and exit
      --allow-plugins       load the plugins named by configs found among the
                            scanned files (a plugin runs its own code; without
                            this only the --config file's plugins load)

Fixing:
      --fix                 apply the fixes rules offer to the files scanned
                            (atomically), then report what is left
      --fix-dry-run         print the fixes as a unified diff; change nothing
      --fix-rule <id>       apply only this rule's fixes (repeatable)

Plan:
      --plan <file>         also check a saved plan: the output of
                            terraform show -json PLANFILE (or tofu show -json);
                            the paths are the configuration it came from, the
                            first one its root module
      --max-plan-size <size>
                            the largest plan read, e.g. 200MiB (default 512MiB)

Baseline:
      --baseline <file>        accept the findings listed in a baseline file
      --write-baseline <file>  write the current findings to a baseline file

Exit status:
      --max-warnings <n>    fail when there are more than n warnings

Code scanning:
      --sarif-category <name>
                            SARIF run id tfmould/<name>/, to tell analyses of
                            the same commit apart (default tfmould/)

Sharding across CI jobs:
      --shard <i/n>         lint only the i-th of n parts of the scan (modules
                            that call each other stay together); the n parts'
                            findings are one run's. With --format json, the
                            reports join with: tfmould merge <report.json>...
                            (tfmould merge --help)

Cache:
      --cache               keep each group of modules' results, and reuse them
                            while none of the files the group read changed
      --cache-location <path>
                            the cache file, or a directory to keep it in
                            (default .tfmould-cache beside the config file, or
                            in the working directory)

Other:
      --no-error-on-unmatched-path
                            a path with no Terraform files is a notice, not an
                            error (exit 2)
      --dirs-of-files       lint the directory (module) of each file given
                            (used by the pre-commit hook)
      --concurrency <n>     threads to lint with: a number, auto (default: one
                            per two cores, at most 4, for scans of 400 files or
                            more) or off
      --max-file-size <size>
                            the largest file read, e.g. 32MiB (default 16MiB)
      --list-rules          list the rules with their default severity, and exit
                            (--format json for JSON)
      --debug               print stack traces of internal errors
  -v, --version             print the version, and exit
  -h, --help                print this help, and exit

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings,
2 usage, configuration or internal error.
`;
