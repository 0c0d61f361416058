import type { TAuditEntry } from "@/server/audit";

/** Who changes media: a dashboard user, an API key, or the system (seed, imports). */
export type TMediaActor = { kind: "user"; userId: string } | { kind: "api_key"; keyId: string } | { kind: "system" };

/** Where the request came from, for the audit log. */
export type TMediaRequestContext = { ip?: string | null; userAgent?: string | null };

export function auditActor(actor: TMediaActor): Pick<TAuditEntry, "actorType" | "actorId"> {
  switch (actor.kind) {
    case "user":
      return { actorType: "platform_user", actorId: actor.userId };
    case "api_key":
      return { actorType: "api_key", actorId: actor.keyId };
    case "system":
      return { actorType: "system", actorId: null };
  }
}
