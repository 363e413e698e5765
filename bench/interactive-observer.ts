/**
 * A page script (addInitScript) that marks, from navigation start, when the first element
 * matching `first` appears and when the page became interactive as Lighthouse's TTI has it:
 * the end of the last long task (>50 ms) after `ready` matches, once 500 ms pass without
 * another (fitting the view and drawing every node and edge happen after that). Read back as
 * `window.__bench.firstRender` and `window.__bench.interactive`. Shared by bench/explorer.ts
 * (ready: the laid-out map) and bench/org-map.ts (ready: the first team drawn).
 */
export function interactiveObserver(first: string, ready: string, watchAttribute?: string): string {
  const watch = watchAttribute === undefined
    ? "{ childList: true, subtree: true }"
    : `{ childList: true, subtree: true, attributes: true, attributeFilter: [${JSON.stringify(watchAttribute)}] }`;
  return `
window.__bench = { longTaskEnd: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__bench.longTaskEnd = Math.max(window.__bench.longTaskEnd, e.startTime + e.duration);
}).observe({ type: "longtask", buffered: true });
new MutationObserver((_, observer) => {
  const b = window.__bench;
  if (b.firstRender === undefined && document.querySelector(${JSON.stringify(first)})) b.firstRender = performance.now();
  if (b.ready === undefined && document.querySelector(${JSON.stringify(ready)})) {
    b.ready = performance.now();
    observer.disconnect();
    const check = () => {
      const quietSince = Math.max(b.ready, b.longTaskEnd);
      if (performance.now() - quietSince >= 500) b.interactive = quietSince;
      else setTimeout(check, 50);
    };
    setTimeout(check, 50);
  }
}).observe(document, ${watch});
`;
}
