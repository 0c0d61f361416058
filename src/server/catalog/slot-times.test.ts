import { describe, expect, it } from "vitest";
import { ZCreateServiceSlotsInput, ZUpdateServiceSlotInput } from "./catalog.schemas";
import { addDays, formatSlotTimes, isTimeZone, localDateTime, parseLocalDate, seriesDates, slotTimeFormat, weekdayOf, zonedInstant } from "./slot-times";

describe("zonedInstant", () => {
  it("reads a wall-clock time in the store's zone", () => {
    expect(zonedInstant("2026-12-01", "09:30", "Asia/Colombo")?.toISOString()).toBe("2026-12-01T04:00:00.000Z");
    expect(zonedInstant("2026-12-01", "09:30", "UTC")?.toISOString()).toBe("2026-12-01T09:30:00.000Z");
    expect(zonedInstant("2026-07-01", "09:30", "America/New_York")?.toISOString()).toBe("2026-07-01T13:30:00.000Z");
    expect(zonedInstant("2026-12-01", "09:30", "America/New_York")?.toISOString()).toBe("2026-12-01T14:30:00.000Z");
    expect(zonedInstant("2026-12-31", "23:45", "Pacific/Kiritimati")?.toISOString()).toBe("2026-12-31T09:45:00.000Z");
  });

  it("is null for a time the clocks skip, and the earlier instant for one they repeat", () => {
    expect(zonedInstant("2026-03-29", "01:30", "Europe/London")).toBeNull();
    expect(zonedInstant("2026-03-08", "02:15", "America/New_York")).toBeNull();
    expect(zonedInstant("2026-10-25", "01:30", "Europe/London")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(zonedInstant("2026-03-29", "02:30", "Europe/London")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("is null for malformed or impossible dates and times", () => {
    expect(zonedInstant("2026-02-30", "09:00", "UTC")).toBeNull();
    expect(zonedInstant("2026-1-5", "09:00", "UTC")).toBeNull();
    expect(zonedInstant("2026-01-05", "24:00", "UTC")).toBeNull();
    expect(zonedInstant("2026-01-05", "9:00", "UTC")).toBeNull();
  });

  it("round-trips with localDateTime", () => {
    const instant = zonedInstant("2026-11-01", "18:05", "Asia/Kolkata")!;
    expect(localDateTime(instant, "Asia/Kolkata")).toEqual({ date: "2026-11-01", time: "18:05" });
    expect(localDateTime(instant, "UTC")).toEqual({ date: "2026-11-01", time: "12:35" });
  });
});

describe("calendar helpers", () => {
  it("knows real days, weekdays and month ends", () => {
    expect(parseLocalDate("2028-02-29")).toEqual([2028, 2, 29]);
    expect(parseLocalDate("2026-02-29")).toBeNull();
    expect(weekdayOf("2026-11-21")).toBe(6);
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(isTimeZone("Asia/Colombo")).toBe(true);
    expect(isTimeZone("Mars/Base")).toBe(false);
  });

  it("builds a series: every day, or only the chosen weekdays, starting on the first date", () => {
    expect(seriesDates("2026-11-30", [], 3)).toEqual(["2026-11-30", "2026-12-01", "2026-12-02"]);
    // Monday and Thursday from a Saturday
    expect(seriesDates("2026-11-21", [1, 4], 4)).toEqual(["2026-11-23", "2026-11-26", "2026-11-30", "2026-12-03"]);
    expect(seriesDates("2026-11-23", [1], 1)).toEqual(["2026-11-23"]);
  });

  it("formats slot times in the store's zone", () => {
    const instant = new Date("2026-12-01T04:00:00Z");
    expect(slotTimeFormat("Asia/Colombo").format(instant)).toBe("Tue, 1 Dec 2026, 09:30");
    expect(slotTimeFormat("UTC").format(instant)).toBe("Tue, 1 Dec 2026, 04:00");
    expect(formatSlotTimes({ startsAt: instant, endsAt: new Date("2026-12-01T05:30:00Z") }, "Asia/Colombo")).toEqual({ start: "Tue, 1 Dec 2026, 09:30", end: "11:00" });
    // Ends after midnight in the store's zone: the end date is spelled out.
    expect(formatSlotTimes({ startsAt: new Date("2026-12-01T18:00:00Z"), endsAt: new Date("2026-12-01T19:00:00Z") }, "Asia/Colombo")).toEqual({
      start: "Tue, 1 Dec 2026, 23:30",
      end: "Wed, 2 Dec 2026, 00:30",
    });
  });
});

describe("slot inputs", () => {
  it("reads form text: numbers, blank optional fields, weekdays", () => {
    expect(ZCreateServiceSlotsInput.parse({ date: "2026-12-01", time: "09:30", capacity: "8", durationMinutes: "", count: "", weekdays: ["4", "1", "1"] })).toEqual({
      date: "2026-12-01",
      time: "09:30",
      capacity: 8,
      durationMinutes: undefined,
      count: 1,
      weekdays: [1, 4],
    });
    expect(ZCreateServiceSlotsInput.parse({ date: "2026-12-01", time: "09:30", capacity: 2, count: 10, durationMinutes: 90 })).toMatchObject({ count: 10, weekdays: [], durationMinutes: 90 });
  });

  it("names each bad field", () => {
    const r = ZCreateServiceSlotsInput.safeParse({ date: "2026-02-30", time: "25:00", capacity: "0", count: "101", durationMinutes: "2", weekdays: ["7"] });
    expect(r.success).toBe(false);
    expect(new Set(r.error!.issues.map((i) => String(i.path[0])))).toEqual(new Set(["date", "time", "capacity", "count", "durationMinutes", "weekdays"]));
    expect(ZUpdateServiceSlotInput.safeParse({ capacity: "2.5" }).success).toBe(false);
    expect(ZUpdateServiceSlotInput.safeParse({ capacity: "lots" }).error?.issues[0]?.path).toEqual(["capacity"]);
    expect(ZUpdateServiceSlotInput.parse({ capacity: " 12 " })).toEqual({ capacity: 12 });
  });
});
