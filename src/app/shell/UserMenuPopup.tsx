// The user menu's popup (name, e-mail, organization, Sign out), loaded when the menu is first opened.
import { Divider, ListItemText, Menu, MenuItem } from "@mui/material";

export interface UserMenuPopupProps {
  anchor: HTMLElement | null;
  onClose: () => void;
  name?: string | null;
  secondary: string;
  onSignOut: () => void;
}

export function UserMenuPopup({ anchor, onClose, name, secondary, onSignOut }: UserMenuPopupProps) {
  return (
    <Menu id="user-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={onClose}>
      <MenuItem disabled sx={{ opacity: "1 !important" }}>
        <ListItemText primary={name} secondary={secondary} />
      </MenuItem>
      <Divider />
      <MenuItem onClick={onSignOut}>Sign out</MenuItem>
    </Menu>
  );
}
