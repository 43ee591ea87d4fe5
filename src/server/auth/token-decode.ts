import { hkdf } from "node:crypto";
import { jwtDecrypt, type JWTPayload } from "jose";

const keys = new Map<string, Promise<Uint8Array>>();

// next-auth derives the session token's key from the secret on every decode (an HKDF per
// request); it is the same key each time, so it is derived once per secret.
function encryptionKey(secret: string): Promise<Uint8Array> {
  let key = keys.get(secret);
  if (!key) {
    key = new Promise((resolve, reject) =>
      hkdf("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32, (error, derived) =>
        error ? reject(error) : resolve(new Uint8Array(derived)),
      ),
    );
    keys.set(secret, key);
  }
  return key;
}

/**
 * next-auth's own `decode` (jose's jwtDecrypt of its "dir"/A256GCM token, 15 s of clock
 * tolerance) with the key derived once: a token it issues decodes here, and nothing else does.
 */
export async function decodeSessionToken({
  token,
  secret,
}: {
  token?: string;
  secret: string | Buffer;
}): Promise<JWTPayload | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(String(secret)), { clockTolerance: 15 });
  return payload;
}
