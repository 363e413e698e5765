import "@xyflow/react/dist/style.css";
import "./styles.css";
import "./map.css";
import "./panels.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { fromSearch } from "./state/url.ts";
import { useStore } from "./store.ts";

// Before the first render, so a deep link never flashes the default view first.
useStore.getState().hydrate(fromSearch(window.location.search));

const root = document.getElementById("root");
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
