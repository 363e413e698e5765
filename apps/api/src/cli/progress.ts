/**
 * A spinner with elapsed time on stderr for work that takes longer than a second; silent
 * for quick work and when stderr is not a terminal (CI logs stay clean).
 */
export async function progress<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const frames = ["|", "/", "-", "\\"];
  let frame = 0;
  const tty = process.stderr.isTTY === true;
  const timer = setInterval(() => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (tty) process.stderr.write(`\r${frames[frame++ % frames.length]} ${label} ${seconds}s`);
  }, 1000);
  try {
    return await work();
  } finally {
    clearInterval(timer);
    if (tty && Date.now() - started >= 1000) process.stderr.write(`\r${label} done in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  }
}
