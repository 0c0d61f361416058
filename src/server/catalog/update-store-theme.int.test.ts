import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb, platformDb, storeDb } from "@/server/db";
import { createCollection } from "./index";
import { audits, events, failure, fieldPaths, makeActor, makeStore } from "./int-test-support";
import { getStoreThemeSettings, updateStoreTheme } from "./update-store-theme";

let a: { id: string };
let b: { id: string };
let actor: Awaited<ReturnType<typeof makeActor>>;
const own = { logo: "", banner: "", file: "", collection: "" };
const victim = { image: "", collection: "" };

const makeMedia = (storeId: string, kind: "IMAGE" | "FILE" = "IMAGE") =>
  storeDb(storeId).mediaAsset.create({
    data: { storeId, kind, storageKey: `${storeId}/test/${Math.random().toString(36).slice(2)}`, mimeType: kind === "IMAGE" ? "image/png" : "application/pdf", byteSize: 10 },
    select: { id: true },
  });

beforeAll(async () => {
  a = await makeStore("theme-a");
  b = await makeStore("theme-b");
  actor = await makeActor();
  own.logo = (await makeMedia(a.id)).id;
  own.banner = (await makeMedia(a.id)).id;
  own.file = (await makeMedia(a.id, "FILE")).id;
  own.collection = (await createCollection(a.id, actor, { title: "Featured" })).id;
  victim.image = (await makeMedia(b.id)).id;
  victim.collection = (await createCollection(b.id, actor, { title: "Victim featured" })).id;
  await updateStoreTheme(b.id, actor, { logoMediaId: victim.image, homeCollectionId: victim.collection, announcement: "Victim sale" });
});
afterAll(disconnectDb);

const themeEvents = (storeId: string) => events(storeId, "store.theme_updated");

describe("updateStoreTheme", () => {
  it("saves the fields sent, with audit entry and store.theme_updated event; unchanged input writes nothing", async () => {
    const saved = await updateStoreTheme(a.id, actor, { logoMediaId: own.logo, bannerMediaId: own.banner, announcement: " Free delivery this week ", homeCollectionId: own.collection, themeColor: "#0F766E" });
    expect(saved).toEqual({ logoMediaId: own.logo, bannerMediaId: own.banner, announcement: "Free delivery this week", homeCollectionId: own.collection, themeColor: "#0f766e" });
    expect(await getStoreThemeSettings(a.id)).toEqual(saved);
    expect((await themeEvents(a.id)).at(-1)!.payload).toEqual({ storeId: a.id, fields: ["logoMediaId", "bannerMediaId", "announcement", "homeCollectionId", "themeColor"] });
    expect((await audits(a.id, "store.theme_updated")).at(-1)).toMatchObject({ actorType: "platform_user", actorId: actor.userId, targetId: a.id });

    const counts = { audits: (await audits(a.id)).length, events: (await events(a.id)).length };
    await updateStoreTheme(a.id, actor, { themeColor: "#0f766e", announcement: "Free delivery this week" });
    expect({ audits: (await audits(a.id)).length, events: (await events(a.id)).length }).toEqual(counts);

    const cleared = await updateStoreTheme(a.id, actor, { bannerMediaId: "", announcement: "" });
    expect(cleared).toMatchObject({ logoMediaId: own.logo, bannerMediaId: null, announcement: null, homeCollectionId: own.collection });
    expect((await themeEvents(a.id)).at(-1)!.payload).toEqual({ storeId: a.id, fields: ["bannerMediaId", "announcement"] });
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const before = await getStoreThemeSettings(a.id);
    const counts = { audits: (await audits(a.id)).length, events: (await events(a.id)).length };
    expect(fieldPaths(await failure(updateStoreTheme(a.id, actor, { themeColor: "teal", announcement: "x".repeat(201) }))).sort()).toEqual(["announcement", "themeColor"]);
    const file = await failure(updateStoreTheme(a.id, actor, { logoMediaId: own.file, announcement: "Changed" }));
    expect(file.code).toBe("VALIDATION_FAILED");
    expect(fieldPaths(file)).toEqual(["logoMediaId"]);
    expect(await getStoreThemeSettings(a.id)).toEqual(before);
    expect({ audits: (await audits(a.id)).length, events: (await events(a.id)).length }).toEqual(counts);
  });

  it("across stores: another store's image or collection is not found (404) and nothing is written", async () => {
    const before = await getStoreThemeSettings(a.id);
    const victimBefore = await getStoreThemeSettings(b.id);
    const counts = { audits: (await audits(a.id)).length, events: (await events(a.id)).length, victimEvents: (await events(b.id)).length };
    for (const input of [
      { logoMediaId: victim.image, announcement: "Hijacked" },
      { bannerMediaId: victim.image },
      { homeCollectionId: victim.collection, themeColor: "#ff0000" },
    ]) {
      const error = await failure(updateStoreTheme(a.id, actor, input));
      expect(error).toMatchObject({ code: "NOT_FOUND", status: 404 });
      expect(fieldPaths(error)).toEqual([Object.keys(input)[0]]);
      expect(JSON.stringify(error)).not.toContain("Victim");
    }
    expect(await getStoreThemeSettings(a.id)).toEqual(before);
    expect(await getStoreThemeSettings(b.id)).toEqual(victimBefore);
    expect(victimBefore).toMatchObject({ logoMediaId: victim.image, homeCollectionId: victim.collection, announcement: "Victim sale" });
    expect({ audits: (await audits(a.id)).length, events: (await events(a.id)).length, victimEvents: (await events(b.id)).length }).toEqual(counts);
    expect((await platformDb().store.findUnique({ where: { id: b.id }, select: { themeColor: true } }))!.themeColor).toBe("#111827");
  });
});
