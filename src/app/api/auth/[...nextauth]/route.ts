import NextAuth from "next-auth";
import { platformAuthOptions } from "@/server/identity";

type TContext = { params: Promise<{ nextauth: string[] }> };

// Options are built on first request (not at import), so `next build` needs no configuration.
async function handler(req: Request, context: TContext) {
  return NextAuth(req as never, context as never, platformAuthOptions());
}

export { handler as GET, handler as POST };
