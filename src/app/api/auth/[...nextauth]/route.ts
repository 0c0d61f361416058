import { handleAuthRoute } from "@/server/http/auth-route";

// Options are chosen per request (platform or the store's customers) and built on first use,
// so `next build` needs no configuration.
export { handleAuthRoute as GET, handleAuthRoute as POST };
