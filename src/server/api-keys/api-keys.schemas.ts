import { z } from "zod";
import { API_KEY_SCOPES } from "@/server/access";

export const ZApiKeyScope = z.enum(API_KEY_SCOPES as unknown as [string, ...string[]]);

export const ZCreateApiKeyInput = z.object({
  name: z.string().trim().min(1, "Name the key").max(100, "At most 100 characters"),
  scopes: z.array(ZApiKeyScope).min(1, "Choose at least one scope").max(API_KEY_SCOPES.length),
});
export type TCreateApiKeyInput = z.infer<typeof ZCreateApiKeyInput>;
