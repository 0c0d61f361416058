-- CreateTable
CREATE TABLE `CacheTag` (
    `tag` VARCHAR(191) NOT NULL,
    `version` BIGINT NOT NULL DEFAULT 1,
    `updatedAt` DATETIME(3) NOT NULL,

    PRIMARY KEY (`tag`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
