-- Housekeeping: the worker's `housekeeping.prune-expired-records` job deletes rows that no
-- longer serve any purpose (src/server/events/registry.ts). These indexes let it find them.

-- A throttle bucket records when it stops mattering: the later of its window's end and its
-- block's end (src/server/security/throttle.ts keeps it on every hit). Buckets written before
-- this migration did not record their window; they get a day after their window's start, which
-- is longer than any window the platform uses by default (the longest is an hour).
ALTER TABLE `ThrottleBucket` ADD COLUMN `expiresAt` DATETIME(3) NULL;
UPDATE `ThrottleBucket` SET `expiresAt` = GREATEST(`windowStart` + INTERVAL 1 DAY, COALESCE(`blockedUntil`, `windowStart`));
ALTER TABLE `ThrottleBucket` MODIFY `expiresAt` DATETIME(3) NOT NULL;
CREATE INDEX `ThrottleBucket_expiresAt_idx` ON `ThrottleBucket`(`expiresAt`);

-- Delivered outbox events are deleted OUTBOX_RETENTION_DAYS after delivery.
CREATE INDEX `OutboxEvent_status_deliveredAt_idx` ON `OutboxEvent`(`status`, `deliveredAt`);

-- Emailed tokens are deleted once expired.
CREATE INDEX `PlatformUserToken_expiresAt_idx` ON `PlatformUserToken`(`expiresAt`);
CREATE INDEX `CustomerToken_expiresAt_idx` ON `CustomerToken`(`expiresAt`);
