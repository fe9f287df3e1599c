// `extract check` (articles against <name>.expected.json) and `extract validate` (records against the schema).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ARTICLES, put, run, runSync, scratch } from "../batch/run.js";

let dir = "";

beforeAll(() => {
  dir = scratch("extract-check-");
  put(dir, "fx/dated.txt", ARTICLES[0]!);
  put(dir, "fx/nested/undated.txt", ARTICLES[3]!);
  put(dir, "fx/no-expected.txt", ARTICLES[2]!); // no expected file: not checked
  // expected records as a maintainer makes them; the undated one with --published
  writeFileSync(join(dir, "fx/dated.expected.json"), runSync(["--pretty", "fx/dated.txt"], { cwd: dir }).stdout);
  writeFileSync(join(dir, "fx/nested/undated.expected.json"), runSync(["--pretty", "--published", "2024-05-03", "fx/nested/undated.txt"], { cwd: dir }).stdout);
});

describe("extract check", () => {
  it("passes when every record matches, whatever folder it runs from (source.path is ignored)", async () => {
    const here = await run(["check", "fx"], { cwd: dir });
    expect(here.stderr).toMatch(/2 checked, 2 match, 0 differ/);
    expect(here.status).toBe(0);
    const above = await run(["check", join(dir, "fx")], { cwd: "/" });
    expect(above.status).toBe(0);
  });

  it("fails on a hand-edited expected file, with the JSON path, the expected and the got", async () => {
    const d = scratch("extract-check-");
    put(d, "a.txt", ARTICLES[0]!);
    const rec = JSON.parse(runSync(["a.txt"], { cwd: d }).stdout) as { source: { title: string | null }; entities: { countries: unknown[] } };
    const title = rec.source.title;
    rec.source.title = "A title nobody extracted";
    rec.entities.countries.push({ code: "ZZ", name: "Nowhere", mentions: [] });
    writeFileSync(join(d, "a.expected.json"), JSON.stringify(rec, null, 2) + "\n");
    const r = await run(["check", "."], { cwd: d });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/a\.txt: 2 differences/);
    expect(r.stdout).toContain(`$.source.title: expected "A title nobody extracted", got ${JSON.stringify(title)}`);
    expect(r.stdout).toMatch(/\$\.entities\.countries\[\d+\]: expected \{"code":"ZZ".*got \(missing\)/);

    // --update rewrites it: pretty, two spaces, trailing newline; then it passes
    const u = await run(["check", ".", "--update"], { cwd: d });
    expect(u.status).toBe(0);
    const text = readFileSync(join(d, "a.expected.json"), "utf8");
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toMatch(/^ {2}"schemaVersion"/);
    expect(JSON.parse(text).source.title).toBe(title);
    expect((await run(["check", "."], { cwd: d })).status).toBe(0);
  });

  it("a missing folder: exit 66", async () => {
    const r = await run(["check", "no/such/folder"], { cwd: dir });
    expect(r.status).toBe(66);
  });
});

describe("extract validate", () => {
  it("accepts the JSONL of a batch and a pretty record", async () => {
    const jsonl = runSync(["fx", "--jsonl", "--quiet", "--jobs", "1"], { cwd: dir }).stdout;
    put(dir, "good.jsonl", jsonl);
    const r = await run(["validate", "good.jsonl"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/3 records, 3 valid, 0 invalid/);
    const pretty = await run(["validate", "fx/dated.expected.json"], { cwd: dir });
    expect(pretty.status).toBe(0);
    const piped = await run(["validate", "-"], { cwd: dir, input: jsonl });
    expect(piped.status).toBe(0);
  });

  it("names the line, the JSON path and the problem; exit 1", async () => {
    const good = readFileSync(join(dir, "fx/dated.expected.json"), "utf8");
    const rec = JSON.parse(good) as Record<string, any>;
    const broken = structuredClone(rec);
    broken.source.sha256 = "not-a-hash";
    broken.dates = [{ text: "May", value: null, grain: "fortnight", start: 0, end: 3 }];
    const compact = [JSON.stringify(rec), "{oops", JSON.stringify(broken), JSON.stringify({ source: { id: "x", path: "a.txt" }, error: { code: "not-text", message: "binary" } })].join("\n") + "\n";
    put(dir, "bad.jsonl", compact);
    const r = await run(["validate", "bad.jsonl"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^bad\.jsonl:2: \$: not JSON/m);
    expect(r.stdout).toMatch(/^bad\.jsonl:3: \$\.source\.sha256: /m);
    expect(r.stdout).toMatch(/^bad\.jsonl:3: \$\.dates\[0\]\.grain: /m);
    expect(r.stdout).toMatch(/^bad\.jsonl:4: \$: an error line/m);
    expect(r.stdout).not.toMatch(/^bad\.jsonl:1:/m);
    expect(r.stderr).toMatch(/4 records, 1 valid, 3 invalid/);

    // in a pretty record, the line of the offending value
    put(dir, "bad.json", JSON.stringify(broken, null, 2) + "\n");
    const p = await run(["validate", "bad.json"], { cwd: dir });
    expect(p.status).toBe(1);
    const shaLine = JSON.stringify(broken, null, 2).split("\n").findIndex((l) => l.includes('"not-a-hash"')) + 1;
    expect(p.stdout).toContain(`bad.json:${shaLine}: $.source.sha256: `);
  });

  it("a missing file: exit 66", async () => {
    expect((await run(["validate", "nope.jsonl"], { cwd: dir })).status).toBe(66);
  });
});
