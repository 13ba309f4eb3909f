// A value kept in sessionStorage per signed-in user and organization, validated when read back, and
// forgotten for everyone on sign-out. A full or blocked storage only costs the value after a reload.
import type { z } from "zod";

export interface SessionRecord<T> {
  /** The kept value; null when none is kept or it no longer reads as one. */
  load(userId: string, organization: string): T | null;
  /** Keeps the value; null removes it. */
  save(userId: string, organization: string, value: T | null): void;
  /** Removes every user's and organization's value. */
  forgetAll(): void;
}

const storage = (): Storage | undefined => (typeof sessionStorage === "undefined" ? undefined : sessionStorage);

export function sessionRecord<S extends z.ZodType>(prefix: string, schema: S): SessionRecord<z.infer<S>> {
  const keyOf = (userId: string, organization: string) => `${prefix}${userId}:${organization}`;
  return {
    load(userId, organization) {
      try {
        const text = storage()?.getItem(keyOf(userId, organization));
        const parsed = schema.safeParse(text ? JSON.parse(text) : null);
        return parsed.success ? (parsed.data as z.infer<S>) : null;
      } catch {
        return null;
      }
    },
    save(userId, organization, value) {
      try {
        if (value === null) storage()?.removeItem(keyOf(userId, organization));
        else storage()?.setItem(keyOf(userId, organization), JSON.stringify(value));
      } catch {
        // Only the value after a reload is lost.
      }
    },
    forgetAll() {
      const s = storage();
      if (!s) return;
      for (const key of Object.keys(s)) if (key.startsWith(prefix)) s.removeItem(key);
    },
  };
}
