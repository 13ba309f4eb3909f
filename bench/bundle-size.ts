// First-route JavaScript: the entry chunk of index.html plus every chunk it imports statically
// (Vite manifest `imports`, followed transitively), not the lazily loaded `dynamicImports`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface BundleSize {
  files: { file: string; raw: number; gzip: number }[];
  raw: number;
  gzip: number;
}

/** `dist` must have been built with `build.manifest: true` (manifest at dist/.vite/manifest.json). */
export function firstRouteJs(dist: string, entry = "index.html"): BundleSize {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8")) as Record<string, ManifestChunk>;
  if (!manifest[entry]) throw new Error(`no entry "${entry}" in ${dist}/.vite/manifest.json`);
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest refers to missing chunk ${key}`);
    if (chunk.file.endsWith(".js")) files.push(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(entry);
  const sized = files.map((file) => {
    const bytes = readFileSync(join(dist, file));
    // Level 9, the same for the console and the floor: the ratio is what the target compares.
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files: sized, raw: sized.reduce((n, f) => n + f.raw, 0), gzip: sized.reduce((n, f) => n + f.gzip, 0) };
}
