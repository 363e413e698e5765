import "@xyflow/react/dist/style.css";
import "./styles.css";
import "./map.css";
import "./panels.css";
import "./responsive.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { TeamGapsDocument, TeamOverviewDocument, TeamsDocument } from "./api/types.generated.ts";
import { prefetch } from "./api/useQuery.ts";
import { fromSearch } from "./state/url.ts";
import { useStore } from "./store.ts";

// Before the first render, so a deep link never flashes the default view first.
useStore.getState().hydrate(fromSearch(window.location.search));

// The map's data is what takes longest to arrive (a 2,000-node team is 1.4 MB): ask for it
// now, not after the first render, when App's queries would.
const { team } = useStore.getState();
prefetch(TeamsDocument, {});
if (team !== null) {
  prefetch(TeamOverviewDocument, { team });
  prefetch(TeamGapsDocument, { team });
}

const root = document.getElementById("root");
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
