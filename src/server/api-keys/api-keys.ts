import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { platformDb, storeDb } from "@/server/db";
import { recordAudit } from "@/server/audit";
import type { TPermission } from "@/server/access";
import { ZCreateApiKeyInput } from "./api-keys.schemas";

/**
 * Store API keys for the admin REST API: `ek_<keyId>_<secret>`. The key id is the row's
 * primary key (so a key is found without scanning), the secret is 32 random bytes; only the
 * SHA-256 of the whole key is stored (the secret is high-entropy, so a slow hash adds
 * nothing). The key is returned once, at creation.
 */
const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
const KEY = /^ek_([a-z0-9]{20,40})_([A-Za-z0-9_-]{43})$/;

export type TApiKeyView = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

type TActor = { userId: string; ip?: string | null; userAgent?: string | null };

export async function createApiKey(storeId: string, actor: TActor, input: unknown): Promise<{ key: string; apiKey: TApiKeyView }> {
  const { name, scopes } = ZCreateApiKeyInput.parse(input);
  const db = storeDb(storeId);
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { storeId, name, prefix: "", secretHash: "", scopes, createdById: actor.userId },
    });
    const key = `ek_${row.id}_${randomBytes(32).toString("base64url")}`;
    const updated = await tx.apiKey.update({
      where: { id: row.id },
      data: { prefix: key.slice(0, 20), secretHash: sha256(key) },
    });
    await recordAudit(
      { storeId, actorType: "platform_user", actorId: actor.userId, action: "api_key.created", targetType: "api_key", targetId: row.id, ip: actor.ip, userAgent: actor.userAgent, data: { scopes } },
      tx,
    );
    return { key, apiKey: toView(updated) };
  });
}

export async function listApiKeys(storeId: string): Promise<TApiKeyView[]> {
  const rows = await storeDb(storeId).apiKey.findMany({ where: { storeId }, orderBy: { createdAt: "desc" } });
  return rows.map(toView);
}

/** Revokes a key of this store; another store's key id is simply not found (false). */
export async function revokeApiKey(storeId: string, actor: TActor, keyId: string): Promise<boolean> {
  return storeDb(storeId).$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({ where: { id: keyId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count) {
      await recordAudit(
        { storeId, actorType: "platform_user", actorId: actor.userId, action: "api_key.revoked", targetType: "api_key", targetId: keyId, ip: actor.ip, userAgent: actor.userAgent },
        tx,
      );
    }
    return count > 0;
  });
}

export type TVerifiedApiKey = { keyId: string; storeId: string; scopes: TPermission[] };

const USE_RECORD_INTERVAL_MS = 60_000;

/**
 * The store and scopes of a presented key, or null for anything malformed, unknown, revoked
 * or wrong. Records the last use (at most once a minute per key).
 */
export async function verifyApiKey(presented: string): Promise<TVerifiedApiKey | null> {
  const match = KEY.exec(presented);
  if (!match) return null;
  // Looked up by its globally unique id before the store is known: this is how a key names its store.
  const row = await platformDb().$queryRaw<{ id: string; storeId: string; secretHash: string; scopes: unknown; revokedAt: Date | null; lastUsedAt: Date | null }[]>`
    SELECT id, storeId, secretHash, scopes, revokedAt, lastUsedAt FROM ApiKey WHERE id = ${match[1]}`;
  const key = row[0];
  if (!key || key.revokedAt) return null;
  const expected = Buffer.from(key.secretHash, "hex");
  const actual = Buffer.from(sha256(presented), "hex");
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > USE_RECORD_INTERVAL_MS) {
    await storeDb(key.storeId).apiKey.updateMany({ where: { id: key.id }, data: { lastUsedAt: new Date() } });
  }
  const scopes = (typeof key.scopes === "string" ? JSON.parse(key.scopes) : key.scopes) as TPermission[];
  return { keyId: key.id, storeId: key.storeId, scopes };
}

function toView(row: { id: string; name: string; prefix: string; scopes: unknown; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }): TApiKeyView {
  return { id: row.id, name: row.name, prefix: row.prefix, scopes: row.scopes as string[], createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, revokedAt: row.revokedAt };
}
