import { describe, expect, it } from "vitest";
import { http, HttpResponse } from "msw";
import { server, installMswServer } from "../../test/msw";
import { renderWithProviders, TEST_API, TEST_ITWIN_ID } from "../../test/render";
import { FirstSection } from "./FirstSection";

installMswServer();

const permissionsAre = (permissions: string[]) =>
  server.use(http.get(`${TEST_API}/accesscontrol/itwins/:id/permissions`, () => HttpResponse.json({ permissions })));

const open = () => renderWithProviders(<FirstSection />, { path: `/itwins/${TEST_ITWIN_ID}`, route: "/itwins/:iTwinId" }).router;

describe("the first section of an iTwin", () => {
  it("is Roles for someone who may manage roles", async () => {
    permissionsAre(["administration_manage_roles", "itwins_read"]);
    const router = open();
    await expect.poll(() => router.state.location.pathname).toBe(`/itwins/${TEST_ITWIN_ID}/roles`);
  });

  it("is Members for a read-only member, not a page that says it is not allowed", async () => {
    permissionsAre(["itwins_read"]);
    const router = open();
    await expect.poll(() => router.state.location.pathname).toBe(`/itwins/${TEST_ITWIN_ID}/members`);
  });

  it("is Roles, which explains the failure, when the permissions cannot be read", async () => {
    server.use(http.get(`${TEST_API}/accesscontrol/itwins/:id/permissions`, () => HttpResponse.json({}, { status: 500 })));
    const router = open();
    await expect.poll(() => router.state.location.pathname, { timeout: 5000 }).toBe(`/itwins/${TEST_ITWIN_ID}/roles`);
  });
});
