// `node --import tsx bench/generate-xl.ts [stream|whole]`: XL generated in memory with no
// Neo4j, its time, CPU and memory (docs/performance.md, "Size XL"): `stream` is what the bench
// does (streamOrganisation, both passes, one team in hand), `whole` generateOrganisation's
// every team at once, for comparison (about 3 GB). Run under `/usr/bin/time -v` for peak RSS.
import { generateOrganisation, streamOrganisation, summaryCounter } from "../seed/generate.ts";
const mode = process.argv[2] ?? "stream";
const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
let peak = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
if (mode === "stream") {
  const stream = streamOrganisation("XL", { seed: 1 });
  const pass1 = performance.now() - t0;
  console.log(`pass 1: ${Math.round(pass1)} ms, rss ${mb()} MB`);
  const counter = summaryCounter();
  let n = 0;
  for (const b of stream.teams()) {
    counter.add(b.team, b.handoffs.length);
    if (++n % 100 === 0) { peak = Math.max(peak, mb()); console.log(`${n} teams, ${Math.round(performance.now() - t0)} ms, rss ${mb()} MB`); }
  }
  console.log(JSON.stringify(counter.summary(stream)));
} else {
  const org = generateOrganisation("XL", { seed: 1 });
  peak = mb();
  console.log(`whole: ${org.teams.length} teams, ${org.handoffs.length} handoffs, heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB`);
}
const cpu = process.cpuUsage(cpu0);
console.log(`${mode}: wall ${Math.round(performance.now() - t0)} ms, cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms, peak rss sampled ${peak} MB`);
