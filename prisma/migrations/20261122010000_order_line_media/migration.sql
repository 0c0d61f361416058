-- Deleting a media file asks whether orders bought it (src/server/media/delete-media.ts).
CREATE INDEX `OrderLine_storeId_digitalMediaId_idx` ON `OrderLine`(`storeId`, `digitalMediaId`);
