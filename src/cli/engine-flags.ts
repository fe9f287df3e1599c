// Settings of the JavaScript engine for this process and its worker threads (V8's flags are process-wide),
// imported before anything else so that they hold before the first pattern runs.
import { setFlagsFromString } from "node:v8";

// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code only once it is
// used again ("tier-up"). The lexicons here are large alternations that run on every sentence, so each is compiled
// twice and interpreted in between. Compiling them to machine code at once saves about 0.25 s of CPU when a thread
// starts (each batch worker pays it) and about a tenth of the CPU over the 509 CASIE articles.
setFlagsFromString("--no-regexp-tier-up");
