import { describe, expect, it } from "vitest";
import { act, screen } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../../test/render";
import { server, installMswServer } from "../../test/msw";
import { useAllGroups } from "./all-groups";
import { iTwinGroupsKey, useITwinGroups } from "./itwin-groups";

installMswServer();

const group = (n: number, name = `Group ${n}`) => ({ id: `g-${n}`, name, description: "", members: [], imsGroups: [] });

/** An iTwin of `count` groups, answered 100 a page; returns the $skip of every page asked for. */
function groupsOf(count: number, name?: (n: number) => string): { skips: number[]; rename: (to: (n: number) => string) => void } {
  let named = name ?? ((n: number) => `Group ${n}`);
  const skips: number[] = [];
  server.use(
    http.get(`${TEST_API}/accesscontrol/itwins/:id/groups`, ({ request }) => {
      const url = new URL(request.url);
      const skip = Number(url.searchParams.get("$skip") ?? 0);
      skips.push(skip);
      const all = Array.from({ length: count }, (_, i) => group(i + 1, named(i + 1)));
      const next = skip + 100 < count ? { href: `${url.origin}${url.pathname}?$skip=${skip + 100}&$top=100` } : undefined;
      return HttpResponse.json({ groups: all.slice(skip, skip + 100), _links: { ...(next && { next }) } });
    }),
  );
  return { skips, rename: (to) => (named = to) };
}

/** The groups page (groups that reach the iTwin) and "Add groups" (groups to offer) on screen together. */
function BothLists() {
  const reaching = useITwinGroups(TEST_ITWIN_ID);
  const offered = useAllGroups(TEST_ITWIN_ID);
  return (
    <>
      <p data-testid="reaching">
        {reaching.data ? `${reaching.data.groups.length} reaching, first ${reaching.data.groups[0]?.name}` : "…"}
      </p>
      <p data-testid="offered">{offered.data ? `${offered.data.length} offered, first ${offered.data[0]?.name}` : "…"}</p>
    </>
  );
}

describe("the groups of an iTwin", () => {
  it("are listed once, page by page, for every screen that shows them", async () => {
    const { skips } = groupsOf(250);
    renderWithProviders(<BothLists />);
    expect(await screen.findByText("250 reaching, first Group 1")).toBeInTheDocument();
    expect(await screen.findByText("250 offered, first Group 1")).toBeInTheDocument();
    expect(skips).toEqual([0, 100, 200]);
  });

  it("are listed again, and shown changed everywhere, once a change marks them stale", async () => {
    const { skips, rename } = groupsOf(150);
    const { queryClient } = renderWithProviders(<BothLists />);
    expect(await screen.findByText("150 reaching, first Group 1")).toBeInTheDocument();
    rename((n) => `Renamed ${n}`);
    await act(() => queryClient.invalidateQueries({ queryKey: iTwinGroupsKey(TEST_ITWIN_ID) }));
    expect(await screen.findByText("150 reaching, first Renamed 1")).toBeInTheDocument();
    expect(await screen.findByText("150 offered, first Renamed 1")).toBeInTheDocument();
    expect(skips).toEqual([0, 100, 0, 100]);
  });
});
