/** A timestamp shown in UTC, with the machine-readable instant for assistive tech and copying. */
export function UtcTime({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{at.toISOString().slice(0, 19).replace("T", " ")} UTC</time>;
}
