// React.lazy for code that is often loaded before it renders (preloaded with the first screen's data,
// or prefetched when idle). Once loaded, the lazy component renders at once: React.lazy alone always
// suspends on its first render, and React holds a boundary's fallback for up to 300 ms once shown.
import { lazy, type ComponentType } from "react";

export interface Preloadable<P extends object> {
  Component: ComponentType<P>;
  /** Starts loading (once); resolves with the component. */
  preload(): Promise<ComponentType<P>>;
}

export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (e: unknown) => {
        pending = undefined; // a failed chunk may be retried
        throw e;
      },
    );
    return pending;
  };
  const Component = lazy(() => {
    // A thenable that calls back at once: React.lazy then resolves without suspending.
    if (loaded) {
      const module = { default: loaded };
      return { then: (resolve: (m: typeof module) => void) => resolve(module) } as PromiseLike<typeof module> as Promise<typeof module>;
    }
    return preload().then((component) => ({ default: component }));
  });
  return { Component, preload };
}
