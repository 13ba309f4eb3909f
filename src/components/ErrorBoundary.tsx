// Last line of defence: a render error shows a readable page with a way back, never a blank screen.
import { Component, type ErrorInfo, type ReactNode } from "react";
import { Alert, AlertTitle, Button, Box } from "@mui/material";

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  componentDidCatch(error: Error, info: ErrorInfo) {
    // Only the name and message: component stacks may carry props, and props may carry data.
    console.error(`[console] render failed: ${error.name}: ${error.message}`, info.componentStack?.split("\n")[1]?.trim());
  }
  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Box sx={{ p: 3 }}>
        <Alert severity="error" role="alert">
          <AlertTitle>This page failed to display</AlertTitle>
          {this.state.error.message}
          <Box sx={{ mt: 2 }}>
            <Button variant="outlined" onClick={() => this.setState({ error: null })}>
              Try again
            </Button>
          </Box>
        </Alert>
      </Box>
    );
  }
}
