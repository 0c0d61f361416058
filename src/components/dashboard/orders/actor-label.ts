/**
 * Who did something, as the order timeline and the stock ledger record it (`actorType`,
 * `actorId`), in words: staff by name (from the store's member list), the rest by kind. A
 * user who has left the store is "a former staff member": the id alone means nothing to people.
 */
export function actorLabel(actorType: string, actorId: string | null, staffNames: ReadonlyMap<string, string>): string {
  switch (actorType) {
    case "user":
      return (actorId && staffNames.get(actorId)) || "A former staff member";
    case "api_key":
      return "An API key";
    case "customer":
      return "The customer";
    case "system":
      return "ECOM (automatic)";
    default:
      return actorType;
  }
}
