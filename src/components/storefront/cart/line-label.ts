/** "Blue Sapphire Pendant (18k Gold)"; a single-variant product is just its title. */
export function lineLabel(line: { title: string; variantTitle: string }): string {
  return line.variantTitle && line.variantTitle !== "Default" ? `${line.title} (${line.variantTitle})` : line.title;
}

/** "1 item", "3 items". */
export function itemCountText(n: number): string {
  return n === 1 ? "1 item" : `${n} items`;
}
