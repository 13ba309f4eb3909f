// A value that changes outside React, read by components through useSyncExternalStore: the change log,
// the rate-limit wait and the expired session are each one of these.
import { useSyncExternalStore } from "react";

export interface ReadableStore<T> {
  /** Arrow functions: React calls subscribe and getSnapshot unbound. */
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
}

export interface ExternalStore<T> extends ReadableStore<T> {
  /** Replaces the value and tells every subscriber (nothing happens when it is the same value). */
  set(next: T): void;
}

export function createExternalStore<T>(initial: T): ExternalStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      listeners.forEach((listener) => listener());
    },
  };
}

/** The store's current value; the component re-renders when it changes. */
export function useExternalStore<T>(store: ReadableStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
