// What the date parsers find: candidates with a span and either what the text states (to be resolved
// against the reference date by resolve.ts) or a value already computed.
import type { DateGrain } from "../../record/schema.js";
import type { Ymd } from "./calendar.js";

/** the calendar parts a text states; what is absent is not stated */
export interface Stated {
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday */
  weekday?: number;
  /** a clock time is stated too */
  time?: boolean;
  /** "last Friday", "last July": strictly before the reference, never on it */
  strict?: boolean;
}

export interface Candidate {
  start: number;
  end: number;
  /** the parser that found it (for tests and debugging) */
  source: string;
  /** higher wins when two candidates of equal length overlap */
  priority: number;
  /** a calendar statement, resolved later with look-back */
  stated?: Stated;
  /** the end of a range whose start is `stated` */
  until?: Stated;
  /** a value computed by the parser (null: not resolvable) */
  value?: string | null;
  grain?: DateGrain;
}

export interface ParseContext {
  text: string;
  /** the reference (publication) date, or null */
  ref: Ymd | null;
  /** numeric dates such as 05/03/2024 read day first */
  dayFirst: boolean;
}

export type DateParser = (ctx: ParseContext) => Candidate[];
