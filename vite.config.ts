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
    // No source maps in the build: served maps would hand anyone the full client source with comments.
    // (`npm run dev` still has them, from Vite's dev server.)
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Named shared chunks (otherwise named after one of their modules), so bench:bundle reads well.
        codeSplitting: {
          // Libraries only, never our modules (which import each other across areas: a group of them
          // could import a chunk that imports it back, and read its values before they exist).
          // Only the modules named here: their dependencies (React…) stay where they are shared.
          includeDependenciesRecursively: false,
          groups: [
            { name: "forms", test: /node_modules[\\/](zod|react-hook-form|@hookform)[\\/]/ },
            { name: "ui", test: /node_modules[\\/](@radix-ui|@floating-ui|aria-hidden|lucide-react)[\\/]|client[\\/]vendor[\\/]/ },
            { name: "realtime", test: /node_modules[\\/](socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io)[\\/]/ },
          ],
        },
      },
    },
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
