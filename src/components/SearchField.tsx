// A small text field with a magnifier in front: the search or filter box of a list.
import type { InputHTMLAttributes } from "react";
import { InputAdornment, TextField, type SxProps, type Theme } from "@mui/material";
import SearchIcon from "@mui/icons-material/Search";

export interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  placeholder?: string | undefined;
  disabled?: boolean;
  sx?: SxProps<Theme>;
  /** Attributes of the input itself (aria-invalid, aria-describedby…). */
  htmlInput?: InputHTMLAttributes<HTMLInputElement> & Record<`aria-${string}`, unknown>;
}

export function SearchField({ label, value, onChange, placeholder, disabled, sx, htmlInput }: SearchFieldProps) {
  return (
    <TextField
      size="small"
      label={label}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      disabled={disabled}
      sx={sx}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
        ...(htmlInput && { htmlInput }),
      }}
    />
  );
}
