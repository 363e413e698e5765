import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development Vite serves the explorer and forwards API calls, so the browser sees one
// origin exactly as it does in production, where the API serves dist/ itself.
const API = "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/graphql": API, "/healthz": API } },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2500 },
});
