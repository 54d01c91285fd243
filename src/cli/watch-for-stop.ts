// Stopping a build from outside. Signals reach the build itself from a terminal (Ctrl-C goes to
// the whole foreground process group), but not always through a launcher: `npx digest build`
// runs the build as a grandchild (npx -> sh -> node), and SIGTERM or SIGINT sent to npx alone ends
// npx and leaves the build running, to swap in its site seconds later. So the build also stops
// when the process that started it goes away (its parent process id changes: it was orphaned).

/** Why the build stops, and the exit status a shell expects for it. */
export type StopHandler = (why: string, exitCode: number) => void;

const SIGNALS: Array<[NodeJS.Signals, number]> = [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
];
/** The process that started this one, as it was when the command began. */
const STARTED_BY = process.ppid;
/** How often the parent is checked: Node has no event for it. */
const PARENT_POLL_MS = 200;

/** Calls `stop` once on a signal or when the parent process ends; returns a function that stops watching. */
export function watchForStop(stop: StopHandler): () => void {
  let stopped = false;
  const once = (why: string, code: number) => {
    if (stopped) return;
    stopped = true;
    stop(why, code);
  };
  const handlers = SIGNALS.map(([signal, code]) => [signal, () => once(signal, code)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  const poll = setInterval(() => {
    if (process.ppid !== STARTED_BY) once("the command that started the build ended", 143);
  }, PARENT_POLL_MS);
  poll.unref();
  return () => {
    clearInterval(poll);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
