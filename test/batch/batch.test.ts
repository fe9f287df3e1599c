// Batch mode as a user runs it: folders with bad files among good ones, --out and resuming, order for any
// --jobs, and the manifest stream on stdin.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ARTICLES, BAD_UTF8, lines, PNG, put, run, scratch } from "./run.js";

type Line = { source: { id: string | null; path: string; publishedAt?: string | null; title?: string | null; url?: string | null }; error?: { code: string; message: string }; schemaVersion?: string };

let mixed = "";

beforeAll(() => {
  mixed = scratch();
  put(mixed, "in/a-good.txt", ARTICLES[0]!);
  put(mixed, "in/b-image.png", PNG); // not an article: skipped, counted
  put(mixed, "in/c-notes.md", "# notes\n"); // skipped too
  put(mixed, "in/sub/d-empty.txt", "");
  put(mixed, "in/sub/e-binary.txt", PNG); // an image under an article's name: fails
  put(mixed, "in/sub/f-latin1.txt", BAD_UTF8); // invalid UTF-8: fails
  symlinkSync(join(mixed, "in/sub/nowhere.txt"), join(mixed, "in/sub/g-dangling.txt")); // unreadable: fails
  put(mixed, "in/sub/h-page.html", `<html><head><title>Hospital hit</title></head><body><p>${ARTICLES[1]}</p></body></html>`);
  put(mixed, "in/z-last.txt", ARTICLES[2]!);
});

describe("extract <dir> --jsonl", () => {
  it("walks the folder in sorted order; good articles give records, each bad one an error line; exit 1", async () => {
    const r = await run(["in", "--jsonl", "--jobs", "2"], { cwd: mixed });
    // (with the signal and the end of stderr, so that a run killed from outside says so)
    expect({ status: r.status, signal: r.signal, stderr: r.status === 1 ? "" : r.stderr.slice(-600) }).toEqual({ status: 1, signal: null, stderr: "" });
    const out = lines(r.stdout) as Line[];
    expect(out.map((l) => l.source.path)).toEqual([
      "in/a-good.txt", "in/sub/d-empty.txt", "in/sub/e-binary.txt", "in/sub/f-latin1.txt", "in/sub/g-dangling.txt",
      "in/sub/h-page.html", "in/z-last.txt",
    ]);
    const byPath = new Map(out.map((l) => [l.source.path, l]));
    expect(byPath.get("in/a-good.txt")!.schemaVersion).toBeDefined();
    expect(byPath.get("in/sub/d-empty.txt")!.error).toBeUndefined();
    expect(byPath.get("in/sub/h-page.html")!.schemaVersion).toBeDefined();
    expect(byPath.get("in/sub/e-binary.txt")!.error).toMatchObject({ code: "not-text" });
    expect(byPath.get("in/sub/f-latin1.txt")!.error).toMatchObject({ code: "invalid-encoding" });
    expect(byPath.get("in/sub/g-dangling.txt")!.error).toMatchObject({ code: "not-found" });
    // each failure once on stderr, naming its file, then the summary
    const err = r.stderr.trim().split("\n");
    expect(err.filter((l) => /e-binary\.txt/.test(l))).toHaveLength(1);
    expect(err.filter((l) => /f-latin1\.txt/.test(l))).toHaveLength(1);
    expect(err.filter((l) => /g-dangling\.txt/.test(l))).toHaveLength(1);
    // the empty article has its record, and a warning
    expect(err.filter((l) => /warning: .*d-empty\.txt: input is empty/.test(l))).toHaveLength(1);
    expect(err.at(-1)).toMatch(/^extract: 4 done, 3 failed, 2 skipped, \d+\.\d s$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("exit 0 when every article succeeds; --quiet leaves stderr empty", async () => {
    const r = await run(["in/a-good.txt", "in/z-last.txt", "--jsonl", "--quiet", "--jobs", "1"], { cwd: mixed });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect((lines(r.stdout) as Line[]).map((l) => l.source.path)).toEqual(["in/a-good.txt", "in/z-last.txt"]);
  });

  it("gives byte-identical output for --jobs 1 and --jobs 2", async () => {
    const dir = scratch();
    ARTICLES.forEach((a, i) => put(dir, `docs/${i % 2 ? "odd" : "even"}/article-${i}.txt`, a));
    const [one, two] = await Promise.all([
      run(["docs", "--jsonl", "--jobs", "1", "--quiet"], { cwd: dir }),
      run(["docs", "--jsonl", "--jobs", "2", "--quiet"], { cwd: dir }),
    ]);
    expect(one.status).toBe(0);
    expect(lines(one.stdout)).toHaveLength(ARTICLES.length);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe("extract <dir> --out", () => {
  it("mirrors the tree, one <name>.json per article, no temporary files left", async () => {
    const r = await run(["in", "--out", "out", "--jobs", "2"], { cwd: mixed });
    expect(r.status).toBe(1);
    const files = (d: string): string[] => readdirSync(join(mixed, d), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(join(mixed, d).length + 1)).sort();
    expect(files("out")).toEqual(["a-good.json", "sub/d-empty.json", "sub/h-page.json", "z-last.json"]);
    const rec = JSON.parse(readFileSync(join(mixed, "out/sub/h-page.json"), "utf8")) as Line;
    expect(rec.source.path).toBe("in/sub/h-page.html");
    expect(r.stdout).toBe("");
  });

  it("--skip-existing resumes: only articles newer than their output run again", async () => {
    const dir = scratch();
    ARTICLES.slice(0, 3).forEach((a, i) => put(dir, `docs/n${i}.txt`, a));
    const first = await run(["docs", "--out", "out", "--jobs", "1"], { cwd: dir });
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/3 done, 0 failed, 0 skipped/);
    const again = await run(["docs", "--out", "out", "--skip-existing", "--jobs", "1"], { cwd: dir });
    expect(again.stderr).toMatch(/0 done, 0 failed, 3 skipped/);
    // one article edited after its record was written, one record deleted
    const later = statSync(join(dir, "out/n1.json")).mtime.getTime() / 1000 + 60;
    utimesSync(join(dir, "docs/n1.txt"), later, later);
    const gone = join(dir, "out/n2.json");
    readFileSync(gone);
    await import("node:fs").then((fs) => fs.rmSync(gone));
    const resumed = await run(["docs", "--out", "out", "--skip-existing", "--jobs", "1"], { cwd: dir });
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/2 done, 0 failed, 1 skipped/);
    expect(existsSync(gone)).toBe(true);
  });

  it("usage: several files without --out or --jsonl, --skip-existing without --out, a folder alone", async () => {
    const several = await run(["in/a-good.txt", "in/z-last.txt"], { cwd: mixed });
    expect(several.status).toBe(2);
    expect(several.stderr).toMatch(/--out DIR.*--jsonl/);
    const skip = await run(["in", "--jsonl", "--skip-existing"], { cwd: mixed });
    expect(skip.status).toBe(2);
    const folder = await run(["in"], { cwd: mixed });
    expect(folder.status).toBe(66);
    expect(folder.stderr).toMatch(/directory/);
    const jobs = await run(["in", "--jsonl", "--jobs", "0"], { cwd: mixed });
    expect(jobs.status).toBe(2);
  });
});

describe("extract --jsonl - (manifest on stdin)", () => {
  it("takes text and path lines, sets source.id, keeps input order, and reports bad lines in place", async () => {
    const dir = scratch();
    put(dir, "docs/one.txt", ARTICLES[0]!);
    put(dir, "docs/two.html", `<html><body><p>${ARTICLES[3]}</p></body></html>`);
    mkdirSync(join(dir, "empty"));
    const manifest = [
      { id: "m1", text: ARTICLES[1], publishedAt: "2024-05-03" },
      { id: "m2", path: "docs/one.txt" },
      "this line is not JSON",
      { id: 4, path: "docs/two.html", title: "Estonia under fire", url: "https://news.example/estonia" },
      { id: "m5", path: "docs/missing.txt" },
      { id: "m6", text: ARTICLES[4], publishedAt: "3 May 2024" },
      { id: "m7", path: "docs/one.txt", publishedAt: null },
    ].map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n";
    const r = await run(["--jsonl", "-", "--jobs", "2"], { cwd: dir, input: manifest });
    expect(r.status).toBe(1);
    const out = lines(r.stdout) as Line[];
    expect(out.map((l) => l.source.id)).toEqual(["m1", "m2", null, "4", "m5", "m6", "m7"]);
    expect(out[0]!.source).toMatchObject({ path: "-", publishedAt: "2024-05-03" });
    expect(out[1]!.source.path).toBe("docs/one.txt");
    expect(out[2]!.error!.message).toMatch(/manifest line 3/);
    expect(out[3]!.source).toMatchObject({ path: "docs/two.html", title: "Estonia under fire", url: "https://news.example/estonia" });
    expect(out[4]!.error!.code).toBe("not-found");
    expect(out[5]!.error!.message).toMatch(/publishedAt/);
    expect(out[6]!.schemaVersion).toBeDefined();
    // the same article by path gives the same record but for source.id
    expect({ ...out[6], source: { ...out[6]!.source, id: "m2" } }).toEqual(out[1]);
    expect(r.stderr.trim().split("\n").at(-1)).toMatch(/4 done, 3 failed, 0 skipped/);
  });
});
