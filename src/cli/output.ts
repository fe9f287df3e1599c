// Writing to stdout and stderr: records on stdout, every message on stderr, one line each.
export function writeOut(s: string): void {
  process.stdout.write(s);
}

export function warn(message: string): void {
  process.stderr.write(`extract: warning: ${message}\n`);
}

export function fail(message: string): void {
  process.stderr.write(`extract: ${message}\n`);
}

export function formatRecord(record: unknown, pretty: boolean): string {
  return JSON.stringify(record, null, pretty ? 2 : undefined) + "\n";
}
