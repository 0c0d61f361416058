/**
 * Demo catalogs, generated from small tables so both stores get 60+ realistic products in
 * 7 categories, with options and variants, one service and one digital product each.
 * Prices are decimal strings in the store's currency. Pure data: no I/O.
 */
export type TSeedVariant = { sku: string; options: string[]; price: string; compareAtPrice?: string; weightGrams?: number };
export type TSeedProduct = {
  handle: string;
  title: string;
  description: string;
  type: "PHYSICAL" | "DIGITAL" | "SERVICE";
  vendor: string;
  tags: string[];
  category: string;
  options: { name: string; values: string[] }[];
  variants: TSeedVariant[];
  serviceDurationMinutes?: number;
  /** Colour used to draw the product's generated image. */
  hue: number;
};
export type TSeedCategory = { handle: string; name: string; description: string };
export type TSeedCatalog = { categories: TSeedCategory[]; products: TSeedProduct[]; featured: string[] };

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/(^-|-$)/g, "");
const sku = (prefix: string, ...parts: string[]) => [prefix, ...parts].map((p) => slug(p).slice(0, 12).toUpperCase()).join("-");

type TLine = { category: string; items: string[]; base: number; step: number; option?: { name: string; values: string[]; extra: number[] }; vendor: string; blurb: string };

function build(prefix: string, lines: TLine[], extras: TSeedProduct[], categories: TSeedCategory[], decimals: number): TSeedCatalog {
  const products: TSeedProduct[] = [];
  lines.forEach((line, li) => {
    line.items.forEach((item, i) => {
      const handle = slug(item);
      const base = line.base + i * line.step;
      const money = (n: number) => n.toFixed(decimals);
      const variants: TSeedVariant[] = line.option
        ? line.option.values.map((v, vi) => ({ sku: sku(prefix, item, v), options: [v], price: money(base + line.option!.extra[vi]!), weightGrams: 100 + vi * 150 }))
        : [{ sku: sku(prefix, item), options: [], price: money(base), ...(i % 4 === 0 ? { compareAtPrice: money(base * 1.2) } : {}), weightGrams: 250 }];
      products.push({
        handle,
        title: item,
        description: `**${item}** ${line.blurb}\n\n- Carefully packed\n- Ships within 2 business days`,
        type: "PHYSICAL",
        vendor: line.vendor,
        tags: [line.category, ...item.toLowerCase().split(" ").slice(0, 2)],
        category: line.category,
        options: line.option ? [{ name: line.option.name, values: line.option.values }] : [],
        variants,
        hue: (li * 53 + i * 17) % 360,
      });
    });
  });
  return { categories, products: [...products, ...extras], featured: products.filter((_, i) => i % 7 === 0).slice(0, 8).map((p) => p.handle) };
}

const demoCategories: TSeedCategory[] = [
  { handle: "tea", name: "Ceylon Tea", description: "Single-estate teas from the hill country." },
  { handle: "spices", name: "Spices", description: "True cinnamon, pepper and blends from the island's spice gardens." },
  { handle: "gems", name: "Gems & Jewellery", description: "Sapphires and moonstones set by Ratnapura jewellers." },
  { handle: "handloom", name: "Handloom", description: "Cotton sarongs, scarves and throws woven by hand." },
  { handle: "ayurveda", name: "Ayurveda", description: "Herbal oils, balms and teas." },
  { handle: "crafts", name: "Crafts", description: "Masks, lacquerware and batik." },
  { handle: "experiences", name: "Experiences", description: "Classes and tastings you can book." },
];

export const DEMO_CATALOG: TSeedCatalog = build(
  "CC",
  [
    { category: "tea", vendor: "Nuwara Eliya Estates", blurb: "is plucked at high elevation and packed at the estate.", base: 1450, step: 150, option: { name: "Size", values: ["100 g", "250 g", "500 g"], extra: [0, 1800, 3900] },
      items: ["Pekoe Highland Black Tea", "Uva Golden Tips", "Dimbula Breakfast Blend", "Kandy Orange Pekoe", "Ruhuna Dark Leaf", "Silver Tips White Tea", "Green Tea with Lemongrass", "Earl Grey Ceylon", "Masala Chai Blend", "Uda Pussellawa Flowery", "Sabaragamuwa Tippy Tea", "Jasmine Green Tea"] },
    { category: "spices", vendor: "Matale Spice Garden", blurb: "is grown without pesticides and dried in the sun.", base: 650, step: 90, option: { name: "Weight", values: ["50 g", "200 g"], extra: [0, 1200] },
      items: ["Alba True Cinnamon Quills", "Black Peppercorns", "Roasted Curry Powder", "Cardamom Pods", "Whole Cloves", "Nutmeg and Mace", "Turmeric Root Powder", "Chilli Flakes", "Goraka Fruit"] },
    { category: "gems", vendor: "Ratnapura Gem House", blurb: "comes with a certificate of origin.", base: 38000, step: 9500, option: { name: "Metal", values: ["Silver", "18k Gold"], extra: [0, 64000] },
      items: ["Blue Sapphire Pendant", "Moonstone Stud Earrings", "Star Sapphire Ring", "Padparadscha Bracelet", "Cat's Eye Ring", "Yellow Sapphire Necklace", "Garnet Drop Earrings", "Aquamarine Brooch"] },
    { category: "handloom", vendor: "Dumbara Weavers", blurb: "is woven on a foot loom in Kandy.", base: 4200, step: 600, option: { name: "Colour", values: ["Indigo", "Saffron", "Forest"], extra: [0, 0, 300] },
      items: ["Cotton Sarong", "Handloom Scarf", "Dumbara Wall Hanging", "Table Runner", "Throw Blanket", "Cushion Cover", "Beach Wrap", "Tote Bag", "Tea Towel Set"] },
    { category: "ayurveda", vendor: "Siddhalepa Traditions", blurb: "follows a traditional recipe.", base: 980, step: 120,
      items: ["Herbal Balm", "Coconut Hair Oil", "Neem Soap", "Sandalwood Face Pack", "Ginger Herbal Tea", "Pinda Massage Oil", "Aloe Vera Gel", "Kothalahimbutu Tea", "Venivel Tea"] },
    { category: "crafts", vendor: "Ambalangoda Masks", blurb: "is made by hand and signed by the artisan.", base: 3500, step: 700,
      items: ["Naga Raksha Mask", "Kolam Mask", "Lacquer Box", "Batik Wall Art", "Brass Oil Lamp", "Coconut Shell Bowl", "Wooden Elephant", "Palmyrah Basket", "Clay Pottery Vase", "Dumbara Mat", "Carved Ebony Elephant"] },
  ],
  [
    { handle: "ceylon-tea-tasting-class", title: "Ceylon Tea Tasting Class", description: "A guided tasting of six single-estate teas in our Colombo studio.", type: "SERVICE", vendor: "Ceylon Curated", tags: ["experiences", "tea"], category: "experiences", options: [], variants: [{ sku: "CC-TASTING", options: [], price: "7500.00" }], serviceDurationMinutes: 90, hue: 140 },
    { handle: "spice-garden-cooking-class", title: "Spice Garden Cooking Class", description: "Cook rice and curry with spices from the garden. Ingredients included.", type: "SERVICE", vendor: "Ceylon Curated", tags: ["experiences", "spices"], category: "experiences", options: [], variants: [{ sku: "CC-COOKING", options: [], price: "12500.00" }], serviceDurationMinutes: 180, hue: 30 },
    { handle: "sri-lankan-curry-cookbook", title: "Sri Lankan Curry Cookbook (e-book)", description: "Forty family recipes as a PDF, delivered after purchase.", type: "DIGITAL", vendor: "Ceylon Curated", tags: ["spices", "digital"], category: "spices", options: [], variants: [{ sku: "CC-EBOOK", options: [], price: "1900.00" }], hue: 10 },
  ],
  demoCategories,
  2,
);

const acmeCategories: TSeedCategory[] = [
  { handle: "jackets", name: "Jackets", description: "Shells, insulated and rain jackets." },
  { handle: "packs", name: "Packs", description: "Daypacks to expedition packs." },
  { handle: "footwear", name: "Footwear", description: "Trail runners and hiking boots." },
  { handle: "camp", name: "Camp", description: "Tents, sleeping bags and kitchen." },
  { handle: "accessories", name: "Accessories", description: "Hats, gloves, bottles and more." },
  { handle: "base-layers", name: "Base Layers", description: "Merino and synthetic layers." },
  { handle: "guided-trips", name: "Guided Trips", description: "Day trips and clinics with our guides." },
];

export const ACME_CATALOG: TSeedCatalog = build(
  "AO",
  [
    { category: "jackets", vendor: "Acme", blurb: "keeps you dry and warm on the trail.", base: 129, step: 20, option: { name: "Size", values: ["S", "M", "L", "XL"], extra: [0, 0, 0, 10] },
      items: ["Ridgeline Rain Shell", "Summit Down Jacket", "Canyon Softshell", "Trailhead Windbreaker", "Glacier Parka", "Switchback Fleece", "Alpine Insulated Vest", "Storm Hardshell", "Cascade Packable Jacket"] },
    { category: "packs", vendor: "Acme", blurb: "carries comfortably with an adjustable harness.", base: 79, step: 15, option: { name: "Capacity", values: ["20 L", "30 L", "45 L"], extra: [0, 20, 45] },
      items: ["Traverse Daypack", "Ascent Backpack", "Ridge Hydration Pack", "Expedition Duffel", "Commuter Roll-top", "Summit Sling", "Trail Running Vest", "Basecamp Travel Pack"] },
    { category: "footwear", vendor: "Acme Trail", blurb: "grips wet rock and dry dirt alike.", base: 119, step: 12, option: { name: "Size", values: ["8", "9", "10", "11"], extra: [0, 0, 0, 0] },
      items: ["Trailblazer Runner", "Ridge Mid Hiker", "Canyon Approach Shoe", "Summit Leather Boot", "Riverbed Sandal", "Winter Trek Boot", "Switchback Trail Shoe", "Camp Slipper"] },
    { category: "camp", vendor: "Acme Camp", blurb: "sets up fast and packs small.", base: 49, step: 35,
      items: ["Two-Person Tent", "Four-Season Tent", "Down Sleeping Bag", "Synthetic Sleeping Bag", "Inflatable Sleeping Pad", "Camp Stove", "Titanium Cook Set", "Folding Camp Chair", "Headlamp 400", "Water Filter", "Camp Lantern", "Hammock", "Bear Canister"] },
    { category: "accessories", vendor: "Acme", blurb: "is built to last for years.", base: 19, step: 6,
      items: ["Insulated Bottle", "Merino Beanie", "Sun Hoodie Cap", "Trekking Poles", "Touchscreen Gloves", "Neck Gaiter", "Carabiner Set", "First Aid Kit", "Dry Bag Set", "Polarized Sunglasses", "Trail Gaiters"] },
    { category: "base-layers", vendor: "Acme Merino", blurb: "regulates temperature and resists odour.", base: 59, step: 8, option: { name: "Size", values: ["S", "M", "L"], extra: [0, 0, 0] },
      items: ["Merino Crew", "Merino Bottoms", "Synthetic Tee", "Merino Quarter-Zip", "Lightweight Hoodie", "Wool Socks Three-Pack", "Thermal Leggings", "Merino Long Sleeve"] },
  ],
  [
    { handle: "guided-summit-day-trip", title: "Guided Summit Day Trip", description: "A full-day guided hike with lunch and gear check.", type: "SERVICE", vendor: "Acme Guides", tags: ["guided-trips", "hiking"], category: "guided-trips", options: [], variants: [{ sku: "AO-SUMMIT-TRIP", options: [], price: "149.00" }], serviceDurationMinutes: 480, hue: 200 },
    { handle: "navigation-clinic", title: "Map and Compass Navigation Clinic", description: "Three hours of hands-on navigation practice.", type: "SERVICE", vendor: "Acme Guides", tags: ["guided-trips", "skills"], category: "guided-trips", options: [], variants: [{ sku: "AO-NAV-CLINIC", options: [], price: "59.00" }], serviceDurationMinutes: 180, hue: 260 },
    { handle: "trail-maps-bundle", title: "Trail Maps Bundle (digital)", description: "Printable topographic maps of twelve classic trails, as PDFs.", type: "DIGITAL", vendor: "Acme Guides", tags: ["accessories", "digital"], category: "accessories", options: [], variants: [{ sku: "AO-MAPS", options: [], price: "12.00" }], hue: 90 },
  ],
  acmeCategories,
  2,
);
