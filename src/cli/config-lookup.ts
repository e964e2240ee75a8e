/**
 * Which `.tfmould.json` applies to a file, for the command's own decisions
 * (exclusion during discovery): the `--config` file, or the nearest one
 * above the file's directory. Each config is read once, and each directory
 * is looked in once (the answer for a directory without a config file is
 * its parent's).
 */
import { dirname, isAbsolute, resolve, sep } from "node:path";
import { CONFIG_FILE_NAME, ConfigFileFinder, loadConfigFile } from "../config/index.js";
import type { LoadedConfig } from "../config/index.js";
import { excludeMatcher } from "./discover.js";
import type { DirectoryListings } from "./listings.js";
import { isFile } from "./listings.js";

export class ConfigLookup {
  /** A directory discovery listed (thousands are looked in) says at once whether it holds a config file. */
  private readonly files = new ConfigFileFinder(
    (candidate) => {
      const listed = this.listings?.entry(candidate);
      const found = isFile(candidate, this.listings);
      if (listed === undefined || listed === "link") this.looked.set(candidate, found);
      return found;
    },
    (dir) => this.listings?.listing(dir)?.has(CONFIG_FILE_NAME) === false,
  );
  /** Candidates the listings did not answer for, looked for on the disk, and whether each was found (for `--cache`'s manifest). */
  readonly looked = new Map<string, boolean>();
  private readonly byFile = new Map<string, LoadedConfig>();
  private readonly matchers = new Map<LoadedConfig, (file: string) => boolean>();

  /**
   * `given` is the `--config` file, which then applies everywhere.
   * `listings` (discovery's) answer for the directories discovery read.
   */
  constructor(
    private readonly given: LoadedConfig | undefined,
    private readonly listings?: DirectoryListings,
  ) {}

  /** The config files read so far. */
  configFiles(): string[] {
    return [...this.byFile.keys()];
  }

  /** The config for files in `dir`, or undefined when there is none. @throws ConfigError */
  configFor(dir: string): LoadedConfig | undefined {
    if (this.given) return this.given;
    // Discovery's paths are absolute already; resolving each of thousands again only makes garbage.
    const file = this.files.nearest(isAbsolute(dir) ? dir : resolve(dir));
    if (file === undefined) return undefined;
    let loaded = this.byFile.get(file);
    if (!loaded) this.byFile.set(file, (loaded = loadConfigFile(file)));
    return loaded;
  }

  /** Whether the config that applies to `file` excludes it. @throws ConfigError */
  readonly isExcluded = (file: string): boolean => {
    const loaded = this.configFor(directoryOf(file));
    const patterns = loaded?.config.exclude ?? [];
    if (!loaded || patterns.length === 0) return false;
    let matcher = this.matchers.get(loaded);
    if (!matcher) this.matchers.set(loaded, (matcher = excludeMatcher({ patterns, baseDir: loaded.baseDir })));
    return matcher(file);
  };
}

/**
 * `dirname(file)`, without its work for the common case (asked of every file
 * discovery finds): a POSIX path with a name after its last separator, and
 * no other just before it, whose directory is all before that separator.
 */
function directoryOf(file: string): string {
  const slash = file.lastIndexOf("/");
  return sep === "/" && slash > 0 && slash < file.length - 1 && file[slash - 1] !== "/" ? file.slice(0, slash) : dirname(file);
}
