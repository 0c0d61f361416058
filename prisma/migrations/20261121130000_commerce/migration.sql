-- AlterTable
ALTER TABLE `ProductVariant` ADD COLUMN `lowStockThreshold` INTEGER NULL;

-- AlterTable
ALTER TABLE `ServiceSlot` ADD COLUMN `booked` INTEGER NOT NULL DEFAULT 0;

-- A slot's capacity is its stock: bookings can never exceed it (backs the conditional update).
ALTER TABLE `ServiceSlot` ADD CONSTRAINT `ServiceSlot_booked_check` CHECK (`booked` >= 0 AND `booked` <= `capacity`);

-- CreateTable
CREATE TABLE `CheckoutSettings` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `pricesIncludeTax` BOOLEAN NOT NULL DEFAULT false,
    `shipCountries` JSON NOT NULL,
    `reservationMinutes` INTEGER NOT NULL DEFAULT 30,
    `maxLineQuantity` INTEGER NOT NULL DEFAULT 50,
    `localPickupEnabled` BOOLEAN NOT NULL DEFAULT false,
    `pickupInstructions` TEXT NULL,
    `codEnabled` BOOLEAN NOT NULL DEFAULT true,
    `codInstructions` TEXT NULL,
    `stripeAccountId` VARCHAR(64) NULL,
    `stripeChargesEnabled` BOOLEAN NOT NULL DEFAULT false,
    `stripeDetailsSubmitted` BOOLEAN NOT NULL DEFAULT false,
    `stripeStatusCheckedAt` DATETIME(3) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    UNIQUE INDEX `CheckoutSettings_storeId_key`(`storeId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `StockLocation` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `name` VARCHAR(120) NOT NULL,
    `isDefault` BOOLEAN NOT NULL DEFAULT false,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    UNIQUE INDEX `StockLocation_storeId_name_key`(`storeId`, `name`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `StockLevel` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `variantId` VARCHAR(191) NOT NULL,
    `locationId` VARCHAR(191) NOT NULL,
    `onHand` INTEGER NOT NULL DEFAULT 0,
    `reserved` INTEGER NOT NULL DEFAULT 0,
    `updatedAt` DATETIME(3) NOT NULL,

    UNIQUE INDEX `StockLevel_storeId_variantId_locationId_key`(`storeId`, `variantId`, `locationId`),
    PRIMARY KEY (`id`),
    -- Stock can never go below zero, nor be reserved beyond what is on hand.
    CONSTRAINT `StockLevel_quantities_check` CHECK (`onHand` >= 0 AND `reserved` >= 0 AND `reserved` <= `onHand`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `InventoryLedgerEntry` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `variantId` VARCHAR(191) NOT NULL,
    `locationId` VARCHAR(191) NOT NULL,
    `kind` ENUM('SALE', 'RESERVATION', 'RELEASE', 'CANCELLATION', 'RETURN', 'ADJUSTMENT', 'TRANSFER', 'IMPORT') NOT NULL,
    `onHandDelta` INTEGER NOT NULL,
    `reservedDelta` INTEGER NOT NULL,
    `actorType` VARCHAR(20) NOT NULL,
    `actorId` VARCHAR(64) NULL,
    `reference` VARCHAR(100) NULL,
    `note` VARCHAR(500) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `InventoryLedgerEntry_storeId_variantId_createdAt_idx`(`storeId`, `variantId`, `createdAt`),
    INDEX `InventoryLedgerEntry_storeId_reference_idx`(`storeId`, `reference`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Cart` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `customerId` VARCHAR(191) NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    INDEX `Cart_storeId_updatedAt_idx`(`storeId`, `updatedAt`),
    UNIQUE INDEX `Cart_storeId_customerId_key`(`storeId`, `customerId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `CartLine` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `cartId` VARCHAR(191) NOT NULL,
    `variantId` VARCHAR(191) NOT NULL,
    `slotId` VARCHAR(191) NULL,
    `quantity` INTEGER NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    UNIQUE INDEX `CartLine_storeId_cartId_variantId_slotId_key`(`storeId`, `cartId`, `variantId`, `slotId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `ShippingZone` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `name` VARCHAR(120) NOT NULL,
    `countries` JSON NOT NULL,
    `position` INTEGER NOT NULL DEFAULT 0,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    INDEX `ShippingZone_storeId_position_idx`(`storeId`, `position`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `ShippingRate` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `zoneId` VARCHAR(191) NOT NULL,
    `name` VARCHAR(120) NOT NULL,
    `kind` ENUM('FLAT', 'WEIGHT') NOT NULL,
    `priceMinor` BIGINT NOT NULL,
    `minWeightGrams` INTEGER NULL,
    `maxWeightGrams` INTEGER NULL,
    `freeOverMinor` BIGINT NULL,
    `position` INTEGER NOT NULL DEFAULT 0,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    INDEX `ShippingRate_storeId_zoneId_position_idx`(`storeId`, `zoneId`, `position`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `TaxRate` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `country` CHAR(2) NOT NULL,
    `region` VARCHAR(64) NULL,
    `name` VARCHAR(100) NOT NULL,
    `rateBp` INTEGER NOT NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    UNIQUE INDEX `TaxRate_storeId_country_region_key`(`storeId`, `country`, `region`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `OrderCounter` (
    `storeId` VARCHAR(191) NOT NULL,
    `lastNumber` INTEGER NOT NULL,

    PRIMARY KEY (`storeId`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Order` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `number` INTEGER NOT NULL,
    `customerId` VARCHAR(191) NULL,
    `email` VARCHAR(254) NOT NULL,
    `status` ENUM('OPEN', 'CANCELLED', 'CLOSED') NOT NULL DEFAULT 'OPEN',
    `paymentStatus` ENUM('PENDING', 'AUTHORIZED', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'FAILED', 'VOIDED') NOT NULL DEFAULT 'PENDING',
    `fulfillmentStatus` ENUM('UNFULFILLED', 'PARTIALLY_FULFILLED', 'FULFILLED', 'NOT_REQUIRED') NOT NULL DEFAULT 'UNFULFILLED',
    `paymentMethod` ENUM('COD', 'STRIPE') NOT NULL,
    `currency` CHAR(3) NOT NULL,
    `subtotalMinor` BIGINT NOT NULL,
    `shippingMinor` BIGINT NOT NULL DEFAULT 0,
    `taxMinor` BIGINT NOT NULL DEFAULT 0,
    `discountMinor` BIGINT NOT NULL DEFAULT 0,
    `totalMinor` BIGINT NOT NULL,
    `pricesIncludeTax` BOOLEAN NOT NULL,
    `shippingAddress` TEXT NULL,
    `shippingRateName` VARCHAR(120) NULL,
    `shippingRateId` VARCHAR(191) NULL,
    `requiresShipping` BOOLEAN NOT NULL,
    `statusTokenHash` CHAR(64) NOT NULL,
    `checkoutKey` VARCHAR(100) NOT NULL,
    `reservationExpiresAt` DATETIME(3) NULL,
    `placedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `paidAt` DATETIME(3) NULL,
    `paidByUserId` VARCHAR(191) NULL,
    `cancelledAt` DATETIME(3) NULL,
    `cancelReason` VARCHAR(255) NULL,
    `updatedAt` DATETIME(3) NOT NULL,

    INDEX `Order_storeId_placedAt_idx`(`storeId`, `placedAt`),
    INDEX `Order_storeId_paymentStatus_placedAt_idx`(`storeId`, `paymentStatus`, `placedAt`),
    INDEX `Order_storeId_email_idx`(`storeId`, `email`),
    INDEX `Order_storeId_customerId_placedAt_idx`(`storeId`, `customerId`, `placedAt`),
    INDEX `Order_storeId_reservationExpiresAt_idx`(`storeId`, `reservationExpiresAt`),
    INDEX `Order_reservationExpiresAt_idx`(`reservationExpiresAt`),
    UNIQUE INDEX `Order_storeId_number_key`(`storeId`, `number`),
    UNIQUE INDEX `Order_storeId_checkoutKey_key`(`storeId`, `checkoutKey`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `OrderLine` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `orderId` VARCHAR(191) NOT NULL,
    `productId` VARCHAR(191) NULL,
    `variantId` VARCHAR(191) NULL,
    `slotId` VARCHAR(191) NULL,
    `productType` ENUM('PHYSICAL', 'DIGITAL', 'SERVICE') NOT NULL,
    `title` VARCHAR(255) NOT NULL,
    `variantTitle` VARCHAR(255) NOT NULL,
    `sku` VARCHAR(64) NOT NULL,
    `unitPriceMinor` BIGINT NOT NULL,
    `quantity` INTEGER NOT NULL,
    `taxMinor` BIGINT NOT NULL,
    `totalMinor` BIGINT NOT NULL,
    `requiresShipping` BOOLEAN NOT NULL,
    `slotStartsAt` DATETIME(3) NULL,
    `slotEndsAt` DATETIME(3) NULL,
    `digitalMediaId` VARCHAR(191) NULL,
    `position` INTEGER NOT NULL DEFAULT 0,

    INDEX `OrderLine_storeId_orderId_position_idx`(`storeId`, `orderId`, `position`),
    INDEX `OrderLine_storeId_slotStartsAt_idx`(`storeId`, `slotStartsAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `OrderEvent` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `orderId` VARCHAR(191) NOT NULL,
    `kind` VARCHAR(50) NOT NULL,
    `message` VARCHAR(500) NOT NULL,
    `actorType` VARCHAR(20) NOT NULL,
    `actorId` VARCHAR(64) NULL,
    `data` JSON NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `OrderEvent_storeId_orderId_createdAt_idx`(`storeId`, `orderId`, `createdAt`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Payment` (
    `id` VARCHAR(191) NOT NULL,
    `storeId` VARCHAR(191) NOT NULL,
    `orderId` VARCHAR(191) NOT NULL,
    `provider` ENUM('COD', 'STRIPE') NOT NULL,
    `status` ENUM('PENDING', 'AUTHORIZED', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'FAILED', 'VOIDED') NOT NULL DEFAULT 'PENDING',
    `amountMinor` BIGINT NOT NULL,
    `currency` CHAR(3) NOT NULL,
    `providerRef` VARCHAR(191) NULL,
    `idempotencyKey` VARCHAR(255) NOT NULL,
    `applicationFeeMinor` BIGINT NULL,
    `lastEventCreated` INTEGER NULL,
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `updatedAt` DATETIME(3) NOT NULL,

    INDEX `Payment_storeId_orderId_idx`(`storeId`, `orderId`),
    UNIQUE INDEX `Payment_storeId_providerRef_key`(`storeId`, `providerRef`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `WebhookEvent` (
    `provider` VARCHAR(20) NOT NULL,
    `eventId` VARCHAR(191) NOT NULL,
    `type` VARCHAR(100) NOT NULL,
    `storeId` VARCHAR(191) NULL,
    `receivedAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    INDEX `WebhookEvent_receivedAt_idx`(`receivedAt`),
    PRIMARY KEY (`provider`, `eventId`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `CheckoutSettings` ADD CONSTRAINT `CheckoutSettings_storeId_fkey` FOREIGN KEY (`storeId`) REFERENCES `Store`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `StockLocation` ADD CONSTRAINT `StockLocation_storeId_fkey` FOREIGN KEY (`storeId`) REFERENCES `Store`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `StockLevel` ADD CONSTRAINT `StockLevel_variantId_fkey` FOREIGN KEY (`variantId`) REFERENCES `ProductVariant`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `StockLevel` ADD CONSTRAINT `StockLevel_locationId_fkey` FOREIGN KEY (`locationId`) REFERENCES `StockLocation`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `InventoryLedgerEntry` ADD CONSTRAINT `InventoryLedgerEntry_storeId_fkey` FOREIGN KEY (`storeId`) REFERENCES `Store`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `Cart` ADD CONSTRAINT `Cart_storeId_fkey` FOREIGN KEY (`storeId`) REFERENCES `Store`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `CartLine` ADD CONSTRAINT `CartLine_cartId_fkey` FOREIGN KEY (`cartId`) REFERENCES `Cart`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `CartLine` ADD CONSTRAINT `CartLine_variantId_fkey` FOREIGN KEY (`variantId`) REFERENCES `ProductVariant`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `CartLine` ADD CONSTRAINT `CartLine_slotId_fkey` FOREIGN KEY (`slotId`) REFERENCES `ServiceSlot`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `ShippingZone` ADD CONSTRAINT `ShippingZone_storeId_fkey` FOREIGN KEY (`storeId`) REFERENCES `Store`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `ShippingRate` ADD CONSTRAINT `ShippingRate_zoneId_fkey` FOREIGN KEY (`zoneId`) REFERENCES `ShippingZone`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `TaxRate` ADD CONSTRAINT `TaxRate_storeId_fkey` FOREIGN KEY (`storeId`) REFERENCES `Store`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `OrderCounter` ADD CONSTRAINT `OrderCounter_storeId_fkey` FOREIGN KEY (`storeId`) REFERENCES `Store`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `Order` ADD CONSTRAINT `Order_storeId_fkey` FOREIGN KEY (`storeId`) REFERENCES `Store`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `OrderLine` ADD CONSTRAINT `OrderLine_orderId_fkey` FOREIGN KEY (`orderId`) REFERENCES `Order`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `OrderEvent` ADD CONSTRAINT `OrderEvent_orderId_fkey` FOREIGN KEY (`orderId`) REFERENCES `Order`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `Payment` ADD CONSTRAINT `Payment_orderId_fkey` FOREIGN KEY (`orderId`) REFERENCES `Order`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- Every store that existed before inventory gets its default stock location (new stores get
-- theirs lazily from the inventory domain).
INSERT INTO `StockLocation` (`id`, `storeId`, `name`, `isDefault`, `createdAt`)
SELECT CONCAT('loc_', REPLACE(UUID(), '-', '')), `id`, 'Main warehouse', true, CURRENT_TIMESTAMP(3)
FROM `Store`;

-- ... and its order counter (the first order is #1001), so checkouts only increment it.
INSERT INTO `OrderCounter` (`storeId`, `lastNumber`)
SELECT `id`, 1000 FROM `Store`;
