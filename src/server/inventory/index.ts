/**
 * Inventory: stock locations (every store has a default one), a stock level per variant per
 * location (on hand, reserved; available = on hand - reserved) and the append-only ledger
 * that every change writes (a level always equals the sums of its ledger deltas). Staff
 * adjust and transfer stock (callers check inventory:write); the checkout reserves stock and
 * service-slot seats inside its own transaction with conditional updates that can never
 * oversell; paying commits a reservation (SALE), expiry, failure and cancellation release it.
 * Events: inventory.adjusted, inventory.low_stock, and inventory.availability_changed (at most
 * one per transaction, only when a variant's available stock crosses zero or a slot fills up or
 * frees up: it refreshes cached storefront pages without a cache bump per order). Everything
 * takes the storeId first; another store's ids are NOT_FOUND.
 */
import "server-only";

export {
  ZStockAdjustmentInput,
  ZStockTransferInput,
  ZInventoryQuery,
  ZInventoryHistoryQuery,
  ZLowStockQuery,
  ZLowStockThresholdInput,
  ZStockLocationInput,
  ZStockImportInput,
  MAX_STOCK_QUANTITY,
  MAX_IMPORT_ROWS,
  type TStockAdjustmentInput,
  type TStockTransferInput,
  type TInventoryQuery,
  type TInventoryHistoryQuery,
  type TLowStockQuery,
  type TLowStockThresholdInput,
  type TStockLocationInput,
  type TStockImportInput,
} from "./inventory.schemas";
export { ledgerActor, orderReference, INVENTORY_TX_OPTIONS, type TStockActor, type TLedgerActor, type TLedgerActorType, type TStoreTx } from "./inventory-tx";
export {
  ensureDefaultLocation,
  listStockLocations,
  createStockLocation,
  renameStockLocation,
  setDefaultStockLocation,
  defaultLocationIdOf,
  DEFAULT_LOCATION_NAME,
  DEFAULT_LOCATION_TTL_MS,
  type TStockLocationView,
} from "./stock-locations";
export { adjustStock, type TAdjustOptions } from "./adjust-stock";
export { transferStock } from "./transfer-stock";
export { importStockLevels } from "./import-stock-levels";
export {
  getVariantInventory,
  listProductInventories,
  listInventoryHistory,
  type TVariantInventory,
  type TLocationLevel,
  type TInventoryHistoryEntry,
  type TInventoryHistoryPage,
} from "./get-variant-inventory";
export { listLowStock, type TLowStockItem, type TLowStockPage } from "./list-low-stock";
export { setLowStockThreshold } from "./set-low-stock-threshold";
export { crossedLowStock } from "./low-stock-events";
export { availabilityOf, slotAvailabilityOf, productAvailabilityOf, productAvailableSql } from "./availability";
export { AVAILABILITY_CHANGED, crossedZero } from "./availability-events";
export { reserveStock, reserveAtDefaultLocation, type TReserveItem, type TOutOfStockItem, type TReserveResult } from "./reserve-stock";
export { reserveSlots, type TSlotReserveItem, type TSlotUnavailableItem, type TSlotReserveResult } from "./reserve-slots";
export { commitReservation, releaseReservation, outstandingReservations, type TReservedStock } from "./order-reservations";
