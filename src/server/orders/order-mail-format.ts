import { keptPerProcess } from "@/lib/kept-per-process";

/** An order line as mails name it: the title, with the variant unless it is the default one. */
export const lineLabel = (l: { title: string; variantTitle: string }) => (l.variantTitle && l.variantTitle !== "Default" ? `${l.title} (${l.variantTitle})` : l.title);

/** Date-and-time formats per store time zone, made once per process (they are dear to build). */
const dateTimeFormats = keptPerProcess<Intl.DateTimeFormat>();

/** A moment as order mails show it (a booked slot, a link's expiry), in the store's time zone. */
export const formatStoreTime = (date: Date, timeZone: string) =>
  dateTimeFormats(timeZone, () => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone })).format(date);
