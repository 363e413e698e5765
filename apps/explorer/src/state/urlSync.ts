import { useEffect } from "react";
import { useStore, viewStateOf } from "../store.ts";
import { fromSearch, toSearch } from "./url.ts";

/**
 * Keeps the address bar and the store in step (main.tsx hydrates from the link before the
 * first render): moving focus or switching view is a history entry (Back undoes it), and
 * filter tweaks just rewrite it.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const onPop = () => useStore.getState().hydrate(fromSearch(window.location.search));
    window.addEventListener("popstate", onPop);
    const unsubscribe = useStore.subscribe((state, previous) => {
      const next = toSearch(viewStateOf(state));
      if (next === window.location.search || (next === "" && window.location.search === "")) return;
      // Picking the first team for a bare URL is a default, not a step Back should undo; a
      // team opened from the organisation view (which has none) is.
      const chosen = previous.team !== null || previous.view === "org";
      const landmark = chosen && (state.focus !== previous.focus || state.view !== previous.view || state.team !== previous.team);
      const url = `${window.location.pathname}${next}`;
      if (landmark) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    });
    return () => {
      window.removeEventListener("popstate", onPop);
      unsubscribe();
    };
  }, []);
}
