// `extract <file>` as a new user tries it: good files, and every kind of bad input, with the documented exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const bin = new URL("../bin/extract", import.meta.url).pathname;
const run = (args: string[], input?: string | Buffer) => spawnSync(bin, args, { input, encoding: "utf8" });
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-test-"));
});

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe("extract <file>", () => {
  it("prints one compact record line, and messages only on stderr", () => {
    const r = run([file("a.txt", "Hackers hit a bank in Germany on 3 May 2024.\n")]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    const rec = JSON.parse(r.stdout);
    expect(rec.source.format).toBe("text");
    expect(rec.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads standard input with -", () => {
    const r = run(["--published", "2024-05-03", "-"], "Nothing happened.\n");
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.source.path).toBe("-");
    expect(rec.source.publishedAt).toBe("2024-05-03");
  });

  it("--pretty indents", () => {
    const r = run(["--pretty", file("p.txt", "Text.\n")]);
    expect(r.stdout.split("\n").length).toBeGreaterThan(10);
  });

  it("a missing file: exit 66, one line", () => {
    const r = run([join(dir, "nope.txt")]);
    expect(r.status).toBe(66);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/no such file/);
  });

  it("a directory where a file is expected: exit 66", () => {
    const r = run([dir]);
    expect(r.status).toBe(66);
    expect(r.stderr).toMatch(/directory/);
  });

  it("a PNG: exit 65, not a stack trace", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const r = run([file("image.txt", png)]);
    expect(r.status).toBe(65);
    expect(r.stderr).toMatch(/binary/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("invalid UTF-8: exit 65", () => {
    const r = run([file("bad.txt", Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x0a]))]);
    expect(r.status).toBe(65);
    expect(r.stderr).toMatch(/UTF-8/);
  });

  it("an empty file: a valid record with empty lists, and a warning", () => {
    const r = run([file("empty.txt", "")]);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.entities.countries).toEqual([]);
    expect(rec.incidents).toEqual([]);
    expect(r.stderr).toMatch(/empty/);
  });

  it("UTF-16 LE and BE with BOM, and CRLF, read as the same text", () => {
    const text = "Attack on Czech institutions\r\n\r\nCzechia said on 3 May 2024 that Russian hackers attacked.\r\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    const outLe = run(["--text", file("le.txt", le)]);
    const outBe = run(["--text", file("be.txt", be)]);
    expect(outLe.status).toBe(0);
    expect(outLe.stdout).toBe(text.replace(/\r\n/g, "\n"));
    expect(outBe.stdout).toBe(outLe.stdout);
  });

  it("a UTF-8 BOM is not part of the text", () => {
    const r = run(["--text", file("bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Hello.\n")]))]);
    expect(r.stdout).toBe("Hello.\n");
  });

  it("wrong usage: exit 2", () => {
    const bad = run(["--no-such-option", "x"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("extract: unknown option '--no-such-option'\n");
    expect(run(["--published", "03/05/2024", file("u.txt", "x")]).status).toBe(2);
  });

  it("--help and --version exit 0", () => {
    const h = run(["--help"]);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/Examples/);
    expect(run(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("schema prints the JSON Schema generated from the zod schema", () => {
    const r = run(["schema"]);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.source.properties.publishedAt).toBeDefined();
    expect(schema.required).toContain("incidents");
  });
});
