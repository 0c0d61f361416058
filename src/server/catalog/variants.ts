/**
 * Pure rules of options and variants. A product has up to three options (Size, Colour, ...);
 * each variant picks exactly one value of each option, in the options' order, and no two
 * variants share a combination (so a product without options has exactly one variant).
 * Not every combination needs a variant.
 */
export type TProductOption = { name: string; values: string[] };
export type TIssue = { path: (string | number)[]; message: string };

export const MAX_VARIANTS = 100;
export const SKU_MAX = 64;
export const SKU_PATTERN = /^[A-Za-z0-9._-]+$/;

/** Every combination of option values, first option slowest ([] -> one empty combination). */
export function optionCombinations(options: TProductOption[]): string[][] {
  return options.reduce<string[][]>((acc, option) => acc.flatMap((combo) => option.values.map((value) => [...combo, value])), [[]]);
}

/** How many variants the options would generate, without building them. */
export function combinationCount(options: TProductOption[]): number {
  return options.reduce((n, option) => n * option.values.length, 1);
}

/** "M / Red"; "Default" for the single variant of a product without options. */
export function variantTitle(optionValues: string[]): string {
  return optionValues.length ? optionValues.join(" / ").slice(0, 255) : "Default";
}

const skuPart = (value: string) => value.replace(/[^A-Za-z0-9.]+/g, "-").replace(/^-+|-+$/g, "");

/**
 * The SKU of a generated variant: the base SKU and each option value joined by hyphens
 * ("TEE" + ["M", "Navy blue"] -> "TEE-M-Navy-blue"). A value with no usable characters stands
 * as its 1-based position among the option's values.
 */
export function generatedSku(base: string, options: TProductOption[], optionValues: string[]): string {
  return [base, ...optionValues.map((value, i) => skuPart(value) || String((options[i]?.values.indexOf(value) ?? 0) + 1))].join("-");
}

/**
 * Problems with variants against the options: a wrong number of values, a value the option
 * does not have, a repeated combination, a repeated SKU (SKUs compare case-insensitively, as
 * the database does). Paths are relative to the product input.
 */
export function variantIssues(options: TProductOption[], variants: { sku: string; optionValues: string[] }[]): TIssue[] {
  const issues: TIssue[] = [];
  const combos = new Map<string, number>();
  const skus = new Map<string, number>();
  variants.forEach((variant, i) => {
    if (variant.optionValues.length !== options.length) {
      issues.push({
        path: ["variants", i, "optionValues"],
        message: options.length ? `Choose one value for each option (${options.map((o) => o.name).join(", ")})` : "This product has no options: leave the option values empty",
      });
    } else {
      variant.optionValues.forEach((value, j) => {
        if (!options[j]!.values.includes(value)) issues.push({ path: ["variants", i, "optionValues", j], message: `"${value}" is not a value of ${options[j]!.name}` });
      });
      const combo = JSON.stringify(variant.optionValues);
      if (combos.has(combo)) issues.push({ path: ["variants", i, "optionValues"], message: `Variant ${combos.get(combo)! + 1} has the same option values` });
      else combos.set(combo, i);
    }
    const sku = variant.sku.toLowerCase();
    if (skus.has(sku)) issues.push({ path: ["variants", i, "sku"], message: `Variant ${skus.get(sku)! + 1} has the same SKU` });
    else skus.set(sku, i);
  });
  return issues;
}

/**
 * Problems with generating every combination from a base SKU: too many combinations, or
 * generated SKUs that are too long or collide. Paths point at the input's "sku" and "options".
 */
export function generationIssues(options: TProductOption[], baseSku: string): TIssue[] {
  const count = combinationCount(options);
  if (count > MAX_VARIANTS) return [{ path: ["options"], message: `These options make ${count} variants; at most ${MAX_VARIANTS} are allowed` }];
  const skus = optionCombinations(options).map((values) => generatedSku(baseSku, options, values));
  if (skus.some((sku) => sku.length > SKU_MAX)) return [{ path: ["sku"], message: `Generated SKUs would be longer than ${SKU_MAX} characters: use a shorter SKU or list the variants` }];
  if (new Set(skus.map((s) => s.toLowerCase())).size !== skus.length) return [{ path: ["sku"], message: "Some option values give the same generated SKU: list the variants with their SKUs" }];
  return [];
}
