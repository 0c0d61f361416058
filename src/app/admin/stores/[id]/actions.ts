"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { TStoreStatusState } from "@/components/admin/store-status-form";
import { AppError } from "@/server/errors";
import { clientIp, requirePlatformAdminPage, userAgent } from "@/server/http";
import { reinstateStore, suspendStore, ZStoreStatusChangeInput } from "@/server/platform-admin";

type TChange = typeof suspendStore;

async function changeStatus(formData: FormData, change: TChange, done: string, unchanged: string): Promise<TStoreStatusState> {
  const actor = await requirePlatformAdminPage("/admin");
  const parsed = ZStoreStatusChangeInput.safeParse({ storeId: formData.get("storeId") ?? undefined });
  if (!parsed.success) return { ok: false, message: "", fieldErrors: { storeId: "Choose a store to change." } };
  const h = await headers();
  try {
    const result = await change(parsed.data.storeId, { userId: actor.userId, ip: clientIp(h), userAgent: userAgent(h) });
    revalidatePath(`/admin/stores/${parsed.data.storeId}`);
    revalidatePath("/admin");
    return { ok: true, message: result.changed ? done : unchanged };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { ok: false, message: "That store no longer exists." };
    throw error;
  }
}

/** Suspends the store named by the form's `storeId`. Platform admins only (checked here again). */
export async function suspendStoreAction(_state: TStoreStatusState, formData: FormData): Promise<TStoreStatusState> {
  return changeStatus(formData, suspendStore, "Store suspended. Its storefront now answers 503.", "This store was already suspended.");
}

/** Reinstates the store named by the form's `storeId`. Platform admins only (checked here again). */
export async function reinstateStoreAction(_state: TStoreStatusState, formData: FormData): Promise<TStoreStatusState> {
  return changeStatus(formData, reinstateStore, "Store reinstated. Its storefront is serving again.", "This store was already active.");
}
