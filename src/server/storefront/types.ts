/** Shapes returned by the storefront read model. Prices are decimal strings in `currency`. */

/** An image as the storefront renders it (served at /media/<id>/<width>). */
export type TMediaRef = { id: string; width: number | null; height: number | null; alt: string | null };

/** A link to a category. */
export type TCategoryLink = { id: string; handle: string; name: string };

/** A category with its image (home page tiles). */
export type TCategoryTile = TCategoryLink & { image: TMediaRef | null };

/** A product in a grid: the cheapest variant's price, and whether other variants differ. */
export type TProductCard = {
  id: string;
  handle: string;
  title: string;
  currency: string;
  price: string;
  /** The cheapest variant's compare-at price, only when it is above its price. */
  compareAtPrice: string | null;
  /** True when variants have different prices ("from" price). */
  priceVaries: boolean;
  image: TMediaRef | null;
  /** False when no variant can be bought now (the card says "Sold out"). */
  available: boolean;
};

/** One page of a product list. */
export type TProductList = { items: TProductCard[]; total: number; page: number; pageCount: number; pageSize: number };
