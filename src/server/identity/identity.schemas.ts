import { z } from "zod";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "Enter a valid email address" }));

export const ZSignInInput = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password").max(128, "At most 128 characters"),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;
