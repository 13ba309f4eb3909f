import { afterEach, describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { server, installMswServer } from "../../../test/msw";
import { renderWithProviders, TEST_API } from "../../../test/render";
import { setITwinScope } from "../itwin-scope";
import { ITwinPicker } from "./ITwinPicker";

installMswServer();
afterEach(() => setITwinScope("mine"));

const ACCOUNT_ID = "a0000000-0000-4000-8000-000000000001";
const mine = { id: "b0000000-0000-4000-8000-000000000001", displayName: "White River Bridge", number: "WRB-001" };
const theirs = { id: "b0000000-0000-4000-8000-000000000002", displayName: "Harbour Tunnel", number: "HT-7" };
const forbidden = () =>
  HttpResponse.json(
    { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
    { status: 403 },
  );

function stack(opts: { orgAdmin: boolean; refuseOrganization?: boolean }) {
  const scopes: (string | null)[] = [];
  server.use(
    http.get(`${TEST_API}/itwins/myprimaryaccount`, () => HttpResponse.json({ iTwin: { id: ACCOUNT_ID, displayName: "Riverbend" } })),
    http.get(`${TEST_API}/accesscontrol/itwins/${ACCOUNT_ID}/groups`, () =>
      opts.orgAdmin ? HttpResponse.json({ groups: [] }) : forbidden(),
    ),
    http.get(`${TEST_API}/itwins/recents`, () => HttpResponse.json({ iTwins: [] })),
    http.get(`${TEST_API}/itwins`, ({ request }) => {
      const scope = request.headers.get("x-itwin-query-scope");
      scopes.push(scope);
      if (scope && opts.refuseOrganization) return forbidden();
      return HttpResponse.json({ iTwins: scope === "OrganizationAdmin" ? [mine, theirs] : [] });
    }),
  );
  return scopes;
}

describe("the iTwin picker", () => {
  it("offers an organization administrator every iTwin of the organization, asked with the query-scope header", async () => {
    const user = userEvent.setup();
    const scopes = stack({ orgAdmin: true });
    renderWithProviders(<ITwinPicker section="roles" />, { path: "/", route: "/" });

    await user.click(await screen.findByRole("combobox", { name: "Show" }, { timeout: 5000 }));
    await user.click(await screen.findByRole("option", { name: "All iTwins of my organization" }));
    await user.click(screen.getByRole("combobox", { name: "iTwin" }));
    const listbox = await screen.findByRole("listbox");
    expect(await within(listbox).findByText("Harbour Tunnel")).toBeInTheDocument();
    expect(within(listbox).getByText("All iTwins of my organization")).toBeInTheDocument();
    expect(scopes).toContain("OrganizationAdmin");
  });

  it("says My iTwins is empty for someone who is a member of none", async () => {
    const user = userEvent.setup();
    stack({ orgAdmin: true });
    renderWithProviders(<ITwinPicker section="roles" />, { path: "/", route: "/" });
    await screen.findByRole("combobox", { name: "Show" }, { timeout: 5000 });
    await user.click(screen.getByRole("combobox", { name: "iTwin" }));
    expect(await screen.findByText(/You are a member of no iTwin/)).toBeInTheDocument();
  });

  it("offers no organization-wide choice to someone the server says is no organization administrator", async () => {
    const scopes = stack({ orgAdmin: false });
    renderWithProviders(<ITwinPicker section="roles" />, { path: "/", route: "/" });
    await userEvent.click(await screen.findByRole("combobox", { name: "iTwin" }));
    await expect.poll(() => scopes.length).toBeGreaterThan(0);
    expect(screen.queryByRole("combobox", { name: "Show" })).not.toBeInTheDocument();
    expect(scopes.every((s) => s === null)).toBe(true);
  });

  it("explains a refusal when the organization-wide list is not allowed", async () => {
    const user = userEvent.setup();
    stack({ orgAdmin: true, refuseOrganization: true });
    renderWithProviders(<ITwinPicker section="roles" />, { path: "/", route: "/" });
    await user.click(await screen.findByRole("combobox", { name: "Show" }, { timeout: 5000 }));
    await user.click(await screen.findByRole("option", { name: "All iTwins of my organization" }));
    await user.click(screen.getByRole("combobox", { name: "iTwin" }));
    expect(await screen.findByText(/only organization administrators may list them/)).toBeInTheDocument();
  });

  it("cuts a 300-character name to two lines with the whole name in a tooltip on hover and while highlighted by keyboard, the hidden-characters flag in view", async () => {
    const user = userEvent.setup();
    const long = {
      id: "b0000000-0000-4000-8000-000000000003",
      displayName: `Bridge ${"Infrastructure Delivery ".repeat(13)}`.slice(0, 300),
    };
    const spoof = { id: "b0000000-0000-4000-8000-000000000004", displayName: `${"Harbour ".repeat(30)}\u202Egnp.exe` };
    stack({ orgAdmin: false });
    server.use(http.get(`${TEST_API}/itwins/recents`, () => HttpResponse.json({ iTwins: [long, spoof] })));
    renderWithProviders(<ITwinPicker section="roles" />, { path: "/", route: "/" });
    await user.click(screen.getByRole("combobox", { name: "iTwin" }));
    const listbox = await screen.findByRole("listbox");
    const longOption = await within(listbox).findByRole("option", { name: long.displayName });
    const longName = within(longOption).getByTestId("server-name");
    expect(longName).toHaveStyle({ display: "-webkit-box", overflow: "hidden" });
    expect(longName.textContent).toBe(long.displayName);
    // No tab stop inside the list: tabbing would leave the combobox and close it.
    expect(longName).not.toHaveAttribute("tabindex");

    // By keyboard (focus stays in the field; the highlighted option stands for it), then by hover.
    await user.keyboard("{ArrowDown}");
    await expect.poll(() => longOption.classList.contains("Mui-focused")).toBe(true);
    expect(await screen.findByRole("tooltip")).toHaveTextContent(long.displayName);
    expect(screen.getByRole("combobox", { name: "iTwin" })).toHaveFocus();

    const spoofOption = within(listbox).getByRole("option", { name: /Contains hidden characters/ });
    await user.hover(within(spoofOption).getByTestId("server-name"));
    await expect.poll(() => screen.getByRole("tooltip").textContent).toMatch(/^Harbour Harbour/);
    expect(screen.getByRole("tooltip")).toHaveTextContent(/⟦U\+202E⟧gnp\.exe — Contains hidden characters \(U\+202E\)$/);
    // The code may lie in the cut-off part: the flag beside the name stays in view.
    expect(within(spoofOption).getByTestId("hidden-characters-flag")).toHaveTextContent("U+202E");
    expect(within(longOption).queryByTestId("hidden-characters-flag")).not.toBeInTheDocument();
  });
});
