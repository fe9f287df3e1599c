// The project's own fixtures: every article's record equals its expected record (extract check fixtures/).
import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";

it("extract check fixtures/ finds every expected record unchanged", () => {
  const bin = new URL("../bin/extract", import.meta.url).pathname;
  const fixtures = new URL("../fixtures/", import.meta.url).pathname;
  const r = spawnSync(bin, ["check", "--quiet", fixtures], { encoding: "utf8" });
  expect(r.stdout).toBe("");
  expect(r.status).toBe(0);
});
