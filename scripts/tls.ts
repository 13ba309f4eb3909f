// A self-signed certificate for https://localhost, made at first start and kept in .certs/ (git-ignored).
// MSAL only accepts an https authority, so the local stack must be https even on loopback.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "selfsigned";

export async function localhostCertificate(dir: string): Promise<{ key: string; cert: string }> {
  const keyPath = join(dir, "localhost-key.pem");
  const certPath = join(dir, "localhost.pem");
  if (existsSync(keyPath) && existsSync(certPath)) return { key: readFileSync(keyPath, "utf8"), cert: readFileSync(certPath, "utf8") };
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    algorithm: "sha256",
    extensions: [
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyPath, pems.private, { mode: 0o600 });
  writeFileSync(certPath, pems.cert);
  return { key: pems.private, cert: pems.cert };
}
