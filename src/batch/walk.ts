// Finding the articles of a batch: folders walked recursively in a fixed order, files taken as given.
import { readdirSync, statSync, type Dirent } from "node:fs";
import { basename, join } from "node:path";

/** What a folder walk takes: articles as text or saved pages. */
export const ARTICLE_EXTENSION = /\.(txt|html?)$/i;

export interface Input {
  /** the path to read, as given or joined onto a given folder */
  path: string;
  /** the path relative to the folder given (the basename for a file given): mirrored under --out */
  rel: string;
  /** an error found while walking (a folder that cannot be listed) */
  error?: string;
}

export interface Walk {
  inputs: Input[];
  /** files that are not articles (.txt, .html, .htm), and other non-files, passed over */
  skipped: number;
}

/** Code-unit order: the same on every machine and locale. */
const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The articles under each argument: a folder is walked (sorted, depth first), a file or "-" is taken as it
 * is, whatever its extension. A symbolic link to an article is read through (a dangling one fails as
 * that input); links to folders are not followed, so a cycle cannot trap the walk.
 */
export function walkInputs(args: string[]): Walk {
  const walk: Walk = { inputs: [], skipped: 0 };
  for (const arg of args) {
    if (arg !== "-" && isDirectory(arg)) walkDir(arg, "", walk);
    else walk.inputs.push({ path: arg, rel: basename(arg) });
  }
  return walk;
}

function walkDir(root: string, rel: string, walk: Walk): void {
  const dir = rel ? join(root, rel) : root;
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "error";
    walk.inputs.push({ path: dir, rel, error: `${dir}: folder cannot be read (${code})` });
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    const childRel = rel ? join(rel, entry.name) : entry.name;
    if (entry.isDirectory()) walkDir(root, childRel, walk);
    else if ((entry.isFile() || entry.isSymbolicLink()) && ARTICLE_EXTENSION.test(entry.name)) {
      walk.inputs.push({ path: join(root, childRel), rel: childRel });
    } else walk.skipped++;
  }
}

/** The output file of an input: its relative path with .json for the article's extension. */
export function outputPathOf(outDir: string, rel: string): string {
  const base = ARTICLE_EXTENSION.test(rel) ? rel.replace(ARTICLE_EXTENSION, "") : rel.replace(/\.[^./\\]*$/, "");
  return join(outDir, `${base || "stdin"}.json`);
}
