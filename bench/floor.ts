// The floor: the smallest app on the console's own stack (React, ReactDOM, a few MUI components,
// MSAL browser + react, react-router, TanStack Query, zod) rendering one page, built with the same Vite
// into bench/.floor/dist. The console's first route is judged against it: what we add over the libraries.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import react from "@vitejs/plugin-react";

const floorRoot = join(import.meta.dirname, ".floor");

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Floor</title></head>
  <body><div id="root"></div><script type="module" src="/main.tsx"></script></body>
</html>
`;

// One signed-in-looking page: app bar, a heading, a button, a field, data fetched through TanStack Query
// and validated with zod, routed by react-router, wrapped in MSAL's provider.
const MAIN_TSX = `import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AppBar, Box, Button, CircularProgress, Container, CssBaseline, TextField, ThemeProvider, Toolbar, Typography, createTheme } from "@mui/material";
import { PublicClientApplication } from "@azure/msal-browser";
import { MsalProvider, useMsal } from "@azure/msal-react";
import { createBrowserRouter, RouterProvider } from "react-router-dom";
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { z } from "zod";

const Config = z.object({ clientId: z.string(), authority: z.string().url() });

function Page() {
  const { accounts } = useMsal();
  const config = useQuery({ queryKey: ["config"], queryFn: async () => Config.parse(await (await fetch("/config.json")).json()) });
  return (
    <>
      <AppBar position="sticky"><Toolbar><Typography variant="h6">Floor</Typography></Toolbar></AppBar>
      <Container sx={{ py: 3 }}>
        <Typography variant="h5" component="h1">Hello {accounts[0]?.name ?? "there"}</Typography>
        {config.isPending ? <CircularProgress size={20} /> : <Typography>{config.data?.clientId}</Typography>}
        <Box sx={{ display: "flex", gap: 2, mt: 2 }}>
          <TextField size="small" label="Search" />
          <Button variant="contained">Go</Button>
        </Box>
      </Container>
    </>
  );
}

const msal = new PublicClientApplication({ auth: { clientId: "floor", authority: location.origin + "/idp", knownAuthorities: [location.host] } });
const router = createBrowserRouter([{ path: "*", element: <Page /> }]);
const queryClient = new QueryClient();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <MsalProvider instance={msal}>
      <QueryClientProvider client={queryClient}>
        <ThemeProvider theme={createTheme()}>
          <CssBaseline />
          <RouterProvider router={router} />
        </ThemeProvider>
      </QueryClientProvider>
    </MsalProvider>
  </StrictMode>,
);
`;

/** Writes the floor's sources into bench/.floor and builds them; returns the dist folder (with manifest). */
export async function buildFloor(): Promise<string> {
  const src = join(floorRoot, "src");
  const dist = join(floorRoot, "dist");
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, "index.html"), INDEX_HTML);
  writeFileSync(join(src, "main.tsx"), MAIN_TSX);
  await build({
    root: src,
    configFile: false,
    logLevel: "warn",
    plugins: [react()],
    build: { outDir: dist, emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 5000 },
  });
  return dist;
}

/** The console, built with its own vite.config.ts plus a manifest, into bench/.floor/console-dist. */
export async function buildConsole(): Promise<string> {
  const root = join(import.meta.dirname, "..");
  const dist = join(floorRoot, "console-dist");
  await build({
    root,
    configFile: join(root, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir: dist, emptyOutDir: true, manifest: true },
  });
  return dist;
}
