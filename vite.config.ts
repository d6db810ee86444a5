import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const serverUrl = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

// The client lives in client/, is built to dist/client and served by the Express server.
// In development Vite serves it with hot reload and forwards API and socket traffic to the server.
export default defineConfig({
  root: "client",
  plugins: [react()],
  resolve: {
    // Radix's scroll lock injects a <style> element, which our CSP refuses: see client/vendor/removeScroll.tsx.
    alias: [{ find: /^react-remove-scroll$/, replacement: fileURLToPath(new URL("./client/vendor/removeScroll.tsx", import.meta.url)) }],
  },
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/api": serverUrl,
      "/healthz": serverUrl,
      "/readyz": serverUrl,
      "/socket.io": { target: serverUrl, ws: true },
    },
  },
});
