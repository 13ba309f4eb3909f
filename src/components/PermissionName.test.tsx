import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { PermissionName } from "./PermissionName";

describe("PermissionName", () => {
  it("shows a known permission by its label, keeps the key beside it, and describes it on hover", () => {
    render(<PermissionName permission="edfs_objipexec" />);
    const name = screen.getByText(/Execute integration packages/);
    expect(name).toHaveTextContent("Execute integration packages edfs_objipexec");
    expect(name).toHaveAttribute("title", expect.stringMatching(/^Execute integration packages \(edfs_objipexec\): .+/));
  });

  it("shows an unknown key as it is, so nothing the server sends is hidden", () => {
    render(<PermissionName permission="bridges_inspect" />);
    const name = screen.getByText("bridges_inspect");
    expect(name).toHaveAttribute("title", "bridges_inspect");
  });
});
