// Abbreviations after which a full stop does not necessarily end a sentence (lower case, without the final dot).
// Source: common English news style (AP and Reuters style guides), written for this project.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "st", "rev", "hon", "maj", "adm", "cmdr",
  "jr", "sr", "inc", "ltd", "co", "corp", "llc", "plc", "no", "vs", "etc", "approx", "dept", "est", "fig", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
  "u.s", "u.k", "e.u", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "n.y", "l.a", "u.s.a",
]);
