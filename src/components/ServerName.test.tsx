import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ServerName } from "./ServerName";
import { hiddenCharacters, revealHidden, safeName, shortened } from "../lib/server-text";

const SPOOF = "Admin\u202Etxt.exe";

describe("ServerName", () => {
  it("shows a right-to-left override as a visible code instead of letting it reverse the name", () => {
    render(<ServerName name={SPOOF} />);
    const name = screen.getByTestId("server-name");
    expect(name.textContent).toBe("AdminU+202Etxt.exe");
    expect(name.textContent).not.toContain("\u202E");
    expect(name).toHaveAttribute("data-hidden-characters", "U+202E");
    expect(name).toHaveAccessibleName(/Contains hidden characters \(U\+202E\)/);
  });

  it("isolates the name from the text around it", () => {
    render(
      <p data-testid="sentence">
        Delete <ServerName name={"\u05D0\u05D1 role"} /> now?
      </p>,
    );
    const name = screen.getByTestId("server-name");
    expect(name.tagName).toBe("BDI");
    expect(name).toHaveStyle({ unicodeBidi: "isolate" });
    expect(screen.getByTestId("sentence")).toHaveTextContent("Delete \u05D0\u05D1 role now?");
  });

  it("flags zero-width and other invisible characters, and leaves ordinary names untouched", () => {
    const { rerender } = render(<ServerName name={"Ad\u200Bmin\uFEFF"} />);
    expect(screen.getByTestId("server-name")).toHaveAttribute("data-hidden-characters", "U+200B U+FEFF");
    rerender(<ServerName name="Écrivain — Ünïcödé 日本" />);
    const plain = screen.getByTestId("server-name");
    expect(plain.textContent).toBe("Écrivain — Ünïcödé 日本");
    expect(plain).not.toHaveAttribute("data-hidden-characters");
  });

  it("cuts a 300-character name to one line, keeps it reachable by keyboard, and shows all of it on hover", async () => {
    const long = `Role ${"x".repeat(295)}`;
    render(<ServerName name={long} maxWidth={200} />);
    const name = screen.getByTestId("server-name");
    expect(name).toHaveStyle({ maxWidth: "200px", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" });
    expect(name.textContent).toBe(long);
    await userEvent.tab();
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(long);
    await userEvent.hover(name);
    expect(await screen.findByRole("tooltip")).toHaveTextContent(long);
  });
});

describe("ServerName in lines", () => {
  it("cuts a long name to the lines asked for, and shows it whole in a tooltip when the caller opens it, as no tab stop", async () => {
    const long = `iTwin ${"Infrastructure Programme ".repeat(12)}`.trim();
    const { rerender } = render(<ServerName name={long} lines={2} open={false} />);
    const name = screen.getByTestId("server-name");
    expect(name).toHaveStyle({ display: "-webkit-box", overflow: "hidden" });
    expect(name.style.webkitLineClamp || getComputedStyle(name).webkitLineClamp).toBe("2");
    expect(name.textContent).toBe(long);
    expect(name).not.toHaveAttribute("tabindex");
    expect(screen.queryByRole("tooltip")).not.toBeInTheDocument();
    rerender(<ServerName name={long} lines={2} open />);
    expect(await screen.findByRole("tooltip")).toHaveTextContent(long);
  });

  it("says in the opened tooltip that a cut name holds hidden characters, spelled as codes", async () => {
    render(<ServerName name={`${"Bridge ".repeat(40)}\u202Egnp.exe`} lines={2} open />);
    const tooltip = await screen.findByRole("tooltip");
    expect(tooltip).toHaveTextContent(/⟦U\+202E⟧gnp\.exe — Contains hidden characters \(U\+202E\)$/);
    expect(tooltip.textContent).not.toContain("\u202E");
  });
});

describe("ServerName measured", () => {
  it("is no tab stop and has no tooltip when the name fits its width, and becomes one once it is cut", async () => {
    let textWidth = 80;
    Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 120 });
    Object.defineProperty(HTMLElement.prototype, "scrollWidth", { configurable: true, get: () => textWidth });
    try {
      const { rerender } = render(<ServerName name="Reader" maxWidth={120} />);
      const name = screen.getByTestId("server-name");
      expect(name).not.toHaveAttribute("tabindex");
      await userEvent.tab();
      expect(name).not.toHaveFocus();
      textWidth = 400;
      // A new, longer name is measured again: now cut, it is a tab stop with its full text on focus.
      const long = `Reader ${"x".repeat(80)}`;
      rerender(<ServerName name={long} maxWidth={120} />);
      expect(screen.getByTestId("server-name")).toHaveAttribute("tabindex", "0");
      await userEvent.tab();
      expect(screen.getByTestId("server-name")).toHaveFocus();
      expect(screen.getByTestId("server-name")).toHaveAccessibleDescription(long);
    } finally {
      // Back to jsdom's own (inherited from Element).
      delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
      delete (HTMLElement.prototype as { scrollWidth?: number }).scrollWidth;
    }
  });
});

describe("server text helpers", () => {
  it("lists each hidden character once, by code", () => {
    expect(hiddenCharacters("a\u202Eb\u202Ec\u2066d\u0007")).toEqual(["U+202E", "U+2066", "U+0007"]);
    expect(hiddenCharacters("plain")).toEqual([]);
  });

  it("makes hidden characters visible and wraps a name in a directional isolate for plain-text places", () => {
    expect(revealHidden(SPOOF)).toBe("Admin⟦U+202E⟧txt.exe");
    expect(safeName(SPOOF)).toBe("\u2068Admin⟦U+202E⟧txt.exe\u2069");
    expect(safeName(SPOOF)).not.toContain("\u202E");
  });

  it("shortens only names longer than the room, by characters not code units", () => {
    expect(shortened("Reader", 10)).toBe("Reader");
    expect(shortened("😀".repeat(12), 10)).toBe(`${"😀".repeat(9)}…`);
  });
});
