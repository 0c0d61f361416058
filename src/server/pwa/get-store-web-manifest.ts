import "server-only";
import { buildWebManifest, type TWebManifest } from "./build-web-manifest";
import { getStoreApp } from "./get-store-app";

/** The web app manifest of a store, or null for an unknown store id. */
export async function getStoreWebManifest(storeId: string): Promise<TWebManifest | null> {
  const app = await getStoreApp(storeId);
  return app ? buildWebManifest(app) : null;
}
