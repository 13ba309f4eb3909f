// Tabs whose choice lives in the URL (?tab=…), so a reload or a shared link opens the same tab; the
// first tab is the default and leaves the URL clean. Renders the tab list and the labelled panel.
import type { ReactNode } from "react";
import { Box, Tab, Tabs } from "@mui/material";
import { useSearchParams } from "react-router-dom";
import { tabOf, type UrlTab } from "../lib/url-tab";

export type { UrlTab };

export function useUrlTab<K extends string>(tabs: readonly UrlTab<K>[]): [K, (key: K) => void] {
  const [params, setParams] = useSearchParams();
  const first = tabs[0]!.key;
  const current = tabOf(tabs, params);
  return [current, (key) => setParams(key === first ? {} : { tab: key }, { replace: true })];
}

export function UrlTabs<K extends string>(props: {
  tabs: readonly UrlTab<K>[];
  value: K;
  onChange: (key: K) => void;
  label: string;
  idPrefix: string;
  children: ReactNode;
}) {
  const { tabs, value, onChange, label, idPrefix, children } = props;
  return (
    <>
      <Box sx={{ borderBottom: 1, borderColor: "divider" }}>
        <Tabs
          value={value}
          onChange={(_e, v: K) => onChange(v)}
          aria-label={label}
          variant="scrollable"
          scrollButtons="auto"
          // On a phone-width screen too: without the buttons, tabs past the edge are easy to miss.
          allowScrollButtonsMobile
        >
          {tabs.map((t) => (
            <Tab key={t.key} value={t.key} label={t.label} id={`${idPrefix}-tab-${t.key}`} aria-controls={`${idPrefix}-panel-${t.key}`} />
          ))}
        </Tabs>
      </Box>
      <Box role="tabpanel" id={`${idPrefix}-panel-${value}`} aria-labelledby={`${idPrefix}-tab-${value}`}>
        {children}
      </Box>
    </>
  );
}
