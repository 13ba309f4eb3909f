import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../test/render";
import { server, installMswServer } from "../test/msw";
import { useAllUserMembers } from "../api/queries/all-user-members";
import { PrivilegedCount } from "./PrivilegedCount";

installMswServer();

const AC = `${TEST_API}/accesscontrol/itwins/:id`;
const MANAGER = { id: "r-pm", displayName: "Project Manager", description: "", permissions: ["administration_manage_roles"] };
const user = (n: number) => ({
  id: `u-${n}`,
  email: `person${n}@riverbend.example`,
  givenName: `Person${n}`,
  surname: "Tester",
  organization: "Riverbend",
  roles: [{ id: MANAGER.id, displayName: MANAGER.displayName }],
});

/** The paths asked for beside the users pages. */
let others: string[] = [];

/** An iTwin of `count` user members; returns the $skip of every users page asked for. */
function iTwinOf(count: number): number[] {
  const members = Array.from({ length: count }, (_, i) => user(i + 1));
  const skips: number[] = [];
  others = [];
  const noted =
    (answer: () => Response) =>
    ({ request }: { request: Request }) => {
      others.push(new URL(request.url).pathname.replace(/^.*\/itwins\/[^/]+/, ""));
      return answer();
    };
  server.use(
    http.get(`${AC}/permissions`, () => HttpResponse.json({ permissions: ["administration_manage_roles"] })),
    http.get(`${AC}/roles`, () => HttpResponse.json({ roles: [MANAGER] })),
    http.get(`${AC}/members/users`, ({ request }) => {
      const url = new URL(request.url);
      const skip = Number(url.searchParams.get("$skip") ?? 0);
      skips.push(skip);
      const next = skip + 100 < members.length ? { href: `${url.origin}${url.pathname}?$skip=${skip + 100}&$top=100` } : undefined;
      return HttpResponse.json({ members: members.slice(skip, skip + 100), _links: { ...(next && { next }) } });
    }),
    http.get(
      `${AC}/members/groups`,
      noted(() => HttpResponse.json({ members: [], _links: {} })),
    ),
    http.get(
      `${AC}/members/owners`,
      noted(() => HttpResponse.json({ members: [], _links: {} })),
    ),
    http.get(
      `${AC}/groups`,
      noted(() => HttpResponse.json({ groups: [], _links: {} })),
    ),
  );
  return skips;
}

const renderCount = () => renderWithProviders(<PrivilegedCount iTwinId={TEST_ITWIN_ID} />);

/** The users table after "Count all": every member loaded, beside the count. */
function EveryMember() {
  const all = useAllUserMembers(TEST_ITWIN_ID);
  return <p>{all.data ? `${all.data.length} members` : "loading"}</p>;
}

describe("the count of who can change access", () => {
  it("counts an iTwin of a few hundred members by itself", async () => {
    iTwinOf(150);
    renderCount();
    expect(await screen.findByTestId("privileged-count", {}, { timeout: 5000 })).toHaveTextContent(/can change access on this iTwin/);
  });

  it("offers to count a large iTwin instead of loading every member unasked, and counts when asked", async () => {
    const skips = iTwinOf(1200);
    renderCount();
    expect(await screen.findByTestId("privileged-count-offer", {}, { timeout: 5000 })).toHaveTextContent(/more than 500/);
    expect(skips).toEqual([0, 100, 200, 300, 400]);
    await userEvent.click(screen.getByRole("button", { name: "Count" }));
    expect(await screen.findByTestId("privileged-count", {}, { timeout: 5000 })).toHaveTextContent(/can change access on this iTwin/);
    // The pages already loaded are not asked again.
    expect(skips).toEqual(Array.from({ length: 12 }, (_, i) => i * 100));
  });

  it("still waits to be asked once another screen has loaded every member of a large iTwin, then reads only the groups and owners", async () => {
    const skips = iTwinOf(1200);
    renderWithProviders(
      <>
        <PrivilegedCount iTwinId={TEST_ITWIN_ID} />
        <EveryMember />
      </>,
    );
    expect(await screen.findByText("1200 members", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(await screen.findByTestId("privileged-count-offer")).toHaveTextContent(/its 1200 members, its groups and owners/);
    expect(others).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "Count" }));
    expect(await screen.findByTestId("privileged-count", {}, { timeout: 5000 })).toHaveTextContent(/can change access on this iTwin/);
    expect([...others].sort()).toEqual(["/groups", "/members/groups", "/members/owners"]);
    expect(skips).toEqual(Array.from({ length: 12 }, (_, i) => i * 100));
  });
});
