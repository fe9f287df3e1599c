// A readable structural diff of two JSON values: one line per differing leaf, with its JSON path.

export interface Difference {
  path: string;
  expected: unknown;
  got: unknown;
}

/** Marks a side where a key or an array element does not exist. */
export const MISSING: unique symbol = Symbol("missing");

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return SIMPLE_KEY.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** Every difference between expected and got, depth first, in key order of expected then got. */
export function diffJson(expected: unknown, got: unknown, path = "$", out: Difference[] = []): Difference[] {
  if (Array.isArray(expected) && Array.isArray(got)) {
    const n = Math.max(expected.length, got.length);
    for (let i = 0; i < n; i++) {
      diffJson(i < expected.length ? expected[i] : MISSING, i < got.length ? got[i] : MISSING, childPath(path, i), out);
    }
    return out;
  }
  if (isObject(expected) && isObject(got)) {
    const keys = [...Object.keys(expected), ...Object.keys(got).filter((k) => !(k in expected))];
    for (const k of keys) diffJson(k in expected ? expected[k] : MISSING, k in got ? got[k] : MISSING, childPath(path, k), out);
    return out;
  }
  if (expected === got) return out;
  if (expected !== MISSING && got !== MISSING && JSON.stringify(expected) === JSON.stringify(got)) return out;
  out.push({ path, expected, got });
  return out;
}

export function showValue(v: unknown, max = 100): string {
  if (v === MISSING) return "(missing)";
  const s = JSON.stringify(v) ?? String(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The lines of a diff, at most `limit` of them, then a count of the rest. */
export function formatDiff(diffs: Difference[], limit = 30): string[] {
  const lines = diffs.slice(0, limit).map((d) => `  ${d.path}: expected ${showValue(d.expected)}, got ${showValue(d.got)}`);
  if (diffs.length > limit) lines.push(`  ... and ${diffs.length - limit} more`);
  return lines;
}
