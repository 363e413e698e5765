// Preloaded with NODE_OPTIONS="--import=bench/cpu-profile.mjs" (node refuses --cpu-prof there):
// SIGUSR2 starts profiling this process, the next SIGUSR2 writes CPU.<pid>.cpuprofile into
// CPU_PROFILE_DIR, so a bench profiles exactly its measured window. The inspector session is
// in this thread, so post() answers synchronously.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join } from "node:path";
const session = new Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.setSamplingInterval", { interval: 1000 });
let running = false;
process.on("SIGUSR2", () => {
  if (!running) session.post("Profiler.start");
  else {
    session.post("Profiler.stop", (error, result) => {
      if (!error) writeFileSync(join(process.env.CPU_PROFILE_DIR ?? ".", `CPU.${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  }
  running = !running;
});
