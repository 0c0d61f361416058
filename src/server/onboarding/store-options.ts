/**
 * The choices a merchant makes when creating a store: countries (ISO 3166-1 alpha-2),
 * currencies (ISO 4217, the ones the platform can sell in) and IANA time zones. Plain data
 * and Intl lookups only, so forms, actions and API schemas share one list.
 */

// Every officially assigned ISO 3166-1 alpha-2 code (249).
export const COUNTRY_CODES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
  "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
  "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
  "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
  "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

/** Currencies a store can price in (ISO 4217). */
export const CURRENCY_CODES = (
  "AED ARS AUD BDT BGN BHD BRL CAD CHF CLP CNY COP CZK DKK EGP EUR GBP HKD HUF IDR ILS INR ISK JPY KES KRW KWD LKR " +
  "MAD MXN MYR NGN NOK NPR NZD OMR PEN PHP PKR PLN QAR RON RSD SAR SEK SGD THB TRY TWD UAH USD VND ZAR"
).split(" ");

let zones: string[] | undefined;

/** IANA time zones this runtime knows, with "UTC" first (Intl leaves it out of its list). */
export function timeZones(): readonly string[] {
  zones ??= ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
  return zones;
}

export function isTimeZone(value: string): boolean {
  return timeZones().includes(value);
}

export type TOption = { value: string; label: string };

/** Countries as select options, sorted by English name. */
export function countryOptions(): TOption[] {
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label));
}

/** Currencies as select options, "LKR: Sri Lankan Rupee". */
export function currencyOptions(): TOption[] {
  const names = new Intl.DisplayNames(["en"], { type: "currency" });
  return CURRENCY_CODES.map((code) => ({ value: code, label: `${code}: ${names.of(code) ?? code}` }));
}

export function timeZoneOptions(): TOption[] {
  return timeZones().map((z) => ({ value: z, label: z.replaceAll("_", " ") }));
}
