// A button the caller's own permissions may not allow: disabled, and saying which permission it needs
// (tooltip + accessible description), instead of failing with a 403 after the click.
import { Button, IconButton, Tooltip, type ButtonProps } from "@mui/material";
import type { ReactNode } from "react";

export interface Access {
  allowed: boolean;
  /** False while the caller's permissions are still loading. */
  known: boolean;
}

export function needsText(permission: string) {
  return `Needs the permission ${permission} on this iTwin`;
}

export function GuardedButton({ access, permission, children, disabled, ...props }: ButtonProps & { access: Access; permission: string }) {
  const denied = access.known && !access.allowed;
  const button = (
    <Button
      {...props}
      disabled={disabled || !access.allowed}
      {...(denied && { "aria-description": needsText(permission), "data-needs-permission": permission })}
    >
      {children}
    </Button>
  );
  return denied ? (
    <Tooltip title={needsText(permission)}>
      <span>{button}</span>
    </Tooltip>
  ) : (
    button
  );
}

/** An icon-only variant; `label` is its accessible name. */
export function GuardedIconButton({
  access,
  permission,
  label,
  onClick,
  children,
  color,
}: {
  access: Access;
  permission: string;
  label: string;
  onClick: () => void;
  children: ReactNode;
  color?: "error" | "default" | "primary";
}) {
  const denied = access.known && !access.allowed;
  return (
    <Tooltip title={denied ? needsText(permission) : label}>
      <span>
        <IconButton
          size="small"
          aria-label={label}
          onClick={onClick}
          color={color ?? "default"}
          disabled={!access.allowed}
          {...(denied && { "aria-description": needsText(permission), "data-needs-permission": permission })}
        >
          {children}
        </IconButton>
      </span>
    </Tooltip>
  );
}
