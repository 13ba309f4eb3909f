// Light and dark themes following the system setting, with a toggle remembered in localStorage
// (a display preference only: tokens never go there).
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { CssBaseline, ThemeProvider, createTheme, useMediaQuery } from "@mui/material";

type Mode = "light" | "dark";
const STORAGE_KEY = "itwin-access-console.color-mode";

const ColorModeContext = createContext<{ mode: Mode; toggle: () => void }>({ mode: "light", toggle: () => {} });
export const useColorMode = () => useContext(ColorModeContext);

function storedMode(): Mode | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return v === "light" || v === "dark" ? v : null;
  } catch {
    return null;
  }
}

export function AppThemeProvider({ children }: { children: ReactNode }) {
  const prefersDark = useMediaQuery("(prefers-color-scheme: dark)", { noSsr: true });
  const [chosen, setChosen] = useState<Mode | null>(storedMode);
  const mode: Mode = chosen ?? (prefersDark ? "dark" : "light");
  const theme = useMemo(
    () =>
      createTheme({
        palette: {
          mode,
          // WCAG AA: text on a coloured fill is white only where white reaches 4.5:1, otherwise dark.
          contrastThreshold: 4.5,
          primary: { main: mode === "dark" ? "#8ab4f8" : "#0b57d0" },
          // MUI's own light orange and dark red are too faint as text on the page (under 4.5:1).
          ...(mode === "dark" ? { error: { main: "#f28b82" } } : { warning: { main: "#b45309" } }),
          background: mode === "dark" ? { default: "#121417", paper: "#1b1e22" } : { default: "#f5f7fa" },
        },
        shape: { borderRadius: 6 },
        typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' },
        components: {
          MuiButtonBase: { defaultProps: { disableRipple: false } },
          MuiCssBaseline: {
            styleOverrides: {
              // A visible focus ring on everything reached by keyboard, in both themes. Text fields keep
              // MUI's own thick focused border instead (a second ring inside it would only add noise).
              "*:focus-visible": { outline: `2px solid ${mode === "dark" ? "#8ab4f8" : "#0b57d0"}`, outlineOffset: 2 },
              ".MuiInputBase-input:focus-visible": { outline: "none" },
              // Checkboxes and switches hide their native input: ring the visible control instead.
              ".MuiButtonBase-root.Mui-focusVisible": { outline: `2px solid ${mode === "dark" ? "#8ab4f8" : "#0b57d0"}`, outlineOffset: 2 },
            },
          },
        },
      }),
    [mode],
  );
  const value = useMemo(
    () => ({
      mode,
      toggle: () => {
        const next: Mode = mode === "dark" ? "light" : "dark";
        setChosen(next);
        try {
          window.localStorage.setItem(STORAGE_KEY, next);
        } catch {
          /* private mode: the choice lasts for this page only */
        }
      },
    }),
    [mode],
  );
  return (
    <ColorModeContext.Provider value={value}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        {children}
      </ThemeProvider>
    </ColorModeContext.Provider>
  );
}
