import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { renderWithProviders, TEST_ITWIN_ID } from "../../../test/render";
import { server, installMswServer } from "../../../test/msw";
import { MembersPage } from "./MembersPage";
import { AC, ANNA, editorHandlers, permissionsHandler, rolesHandler, SEED_422, usersHandler } from "./members-test-data";

installMswServer();

async function openEditor() {
  renderWithProviders(<MembersPage />, { path: `/itwins/${TEST_ITWIN_ID}/members` });
  await userEvent.click(await screen.findByRole("button", { name: "Edit roles of Anna Editor" }));
  return screen.findByRole("dialog", { name: "Roles of Anna Editor" });
}

/** Gives Write Access and takes iTwin Reader away. */
async function changeRoles(dialog: HTMLElement) {
  await userEvent.click(await within(dialog).findByRole("checkbox", { name: /Write Access/ }));
  await userEvent.click(within(dialog).getByRole("checkbox", { name: /iTwin Reader/ }));
}

describe("Member role editor", () => {
  it("lists every role with its description and permission count and shows what is added and removed", async () => {
    server.use(permissionsHandler(), rolesHandler(), usersHandler([ANNA]));
    const dialog = await openEditor();
    expect(await within(dialog).findByText(/Edits data · 3 permissions/)).toBeInTheDocument();
    await changeRoles(dialog);
    const diff = within(dialog).getByTestId("role-diff");
    expect(diff).toHaveTextContent("Adding (1):+ Write Access");
    expect(diff).toHaveTextContent("Removing (1):− iTwin Reader");
  });

  it("saves with PATCH {roleIds} after checking the member did not change meanwhile", async () => {
    let patched: unknown;
    server.use(
      ...editorHandlers(),
      http.patch(`${AC}/members/users/:memberId`, async ({ request }) => {
        patched = await request.json();
        return HttpResponse.json({ member: { ...ANNA, roles: [{ id: "r-writer", displayName: "Write Access" }] } });
      }),
    );
    const dialog = await openEditor();
    await changeRoles(dialog);
    await userEvent.click(within(dialog).getByRole("button", { name: "Save roles" }));
    expect(await screen.findByText("Roles of Anna Editor saved.")).toBeInTheDocument();
    expect(patched).toEqual({ roleIds: ["r-writer"] });
  });

  it("shows the 422 details under the role picker, the untargeted one in the banner, and keeps the selection", async () => {
    server.use(
      ...editorHandlers(),
      http.patch(`${AC}/members/users/:memberId`, () => HttpResponse.json(SEED_422, { status: 422 })),
    );
    const dialog = await openEditor();
    await changeRoles(dialog);
    await userEvent.click(within(dialog).getByRole("button", { name: "Save roles" }));
    const helper = await within(dialog).findByTestId("roleIds-helper");
    await waitFor(() => expect(helper).toHaveTextContent("Required property is missing. Collection size exceeds maximum size."));
    expect(helper).toHaveAttribute("id", "roleIds-helper");
    expect(within(dialog).getByTestId("role-picker")).toHaveAttribute("aria-invalid", "true");
    const banner = within(dialog).getByTestId("server-error-banner");
    expect(banner).toHaveTextContent("Failed to parse request body or collection is empty.");
    expect(banner).not.toHaveTextContent("Collection size exceeds maximum size.");
    // The selection is kept.
    expect(within(dialog).getByRole("checkbox", { name: /Write Access/ })).toHaveAttribute("aria-checked", "true");
    expect(within(dialog).getByRole("checkbox", { name: /iTwin Reader/ })).toHaveAttribute("aria-checked", "false");
    expect(within(dialog).getByTestId("role-diff")).toHaveTextContent("Adding (1)");
  });

  it("names the missing permission when the server answers 403", async () => {
    server.use(
      ...editorHandlers(),
      http.patch(`${AC}/members/users/:memberId`, () =>
        HttpResponse.json(
          { error: { code: "InsufficientPermissions", message: "The user has insufficient permissions for the requested operation." } },
          { status: 403 },
        ),
      ),
    );
    const dialog = await openEditor();
    await changeRoles(dialog);
    await userEvent.click(within(dialog).getByRole("button", { name: "Save roles" }));
    expect(await within(dialog).findByText("Changing roles is not allowed")).toBeInTheDocument();
    expect(within(dialog).getByText("administration_invite_member")).toBeInTheDocument();
    expect(within(dialog).getByRole("checkbox", { name: /Write Access/ })).toHaveAttribute("aria-checked", "true");
  });

  it("detects that the member changed on the server since the editor opened and shows the difference", async () => {
    let patches = 0;
    server.use(
      permissionsHandler(),
      rolesHandler(),
      usersHandler([ANNA]),
      http.get(`${AC}/members/users/:memberId`, () =>
        HttpResponse.json({ member: { ...ANNA, roles: [...ANNA.roles, { id: "r-pm", displayName: "Project Manager" }] } }),
      ),
      http.patch(`${AC}/members/users/:memberId`, () => {
        patches += 1;
        return HttpResponse.json({ member: ANNA });
      }),
    );
    const dialog = await openEditor();
    await changeRoles(dialog);
    await userEvent.click(within(dialog).getByRole("button", { name: "Save roles" }));
    const conflict = await within(dialog).findByTestId("role-conflict");
    expect(conflict).toHaveTextContent("Added on the server (1):+ Project Manager");
    expect(patches).toBe(0);
    expect(within(dialog).getByRole("checkbox", { name: /Write Access/ })).toHaveAttribute("aria-checked", "true");
    await userEvent.click(within(conflict).getByRole("button", { name: "Start from the server's roles" }));
    expect(within(dialog).getByRole("checkbox", { name: /Project Manager/ })).toHaveAttribute("aria-checked", "true");
    expect(within(dialog).getByRole("checkbox", { name: /Write Access/ })).toHaveAttribute("aria-checked", "false");
  });

  it("prevents saving more than 50 roles and says why", async () => {
    const many = Array.from({ length: 51 }, (_, i) => ({
      id: `r${i}`,
      displayName: `Role ${String(i).padStart(2, "0")}`,
      description: "",
      permissions: [],
    }));
    server.use(permissionsHandler(), rolesHandler(many), usersHandler([ANNA]));
    const dialog = await openEditor();
    // More are shown than fit: the picker offers only as many as the limit leaves room for…
    await userEvent.click(await within(dialog).findByRole("button", { name: "Select the first 49 shown" }));
    expect(within(dialog).getByRole("button", { name: /Select shown: 50 already selected/ })).toBeDisabled();
    // …and a person who ticks two more by hand is stopped before sending.
    await userEvent.click(within(dialog).getByRole("checkbox", { name: /^Role 49/ }));
    await userEvent.click(within(dialog).getByRole("checkbox", { name: /^Role 50/ }));
    expect(within(dialog).getByRole("button", { name: "Save roles" })).toBeDisabled();
    expect(within(dialog).getByText(/at most 50 roles at once; 52 are selected/)).toBeInTheDocument();
  });
});
