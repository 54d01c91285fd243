/**
 * A fault point for tests only: `DIGEST_TEST_FAULT=<point>:<how>` makes the build fail there
 * (`throw`, as a file that cannot be deleted), die (`kill`, as kill -9 or a power cut) or be
 * interrupted (`sigint`, as Ctrl-C, and carry on until the signal is handled).
 */
export function faultPoint(point: string): void {
  const fault = process.env.DIGEST_TEST_FAULT;
  if (!fault?.startsWith(`${point}:`)) return;
  if (fault.endsWith(":kill")) process.kill(process.pid, "SIGKILL");
  if (fault.endsWith(":sigint")) {
    process.kill(process.pid, "SIGINT");
    return;
  }
  const error = new Error(`injected fault at ${point}`) as NodeJS.ErrnoException;
  error.code = "EACCES";
  throw error;
}
