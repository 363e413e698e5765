// Passes SIGINT and SIGTERM on to the child, once. Ctrl-C in a terminal reaches the whole
// process group: npm, this script and the API each get SIGINT, and npm passes its own on to
// us too. Forwarding every one gave the API a second SIGINT mid-drain, and a supervisor that
// takes a second signal as "force" (tsx does) killed it with SIGKILL before Neo4j stopped.
// The API drains on the first; later signals are only reported.
export function forwardSignalsOnce(child, { log = (line) => console.error(line), on = process.on.bind(process) } = {}) {
  let forwarded = null;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    on(signal, () => {
      if (forwarded) {
        log(`rolegraph: ${signal} again: still stopping after ${forwarded} (finishing requests, then Neo4j); not passed on`);
        return;
      }
      forwarded = signal;
      child.kill(signal);
    });
  }
}
