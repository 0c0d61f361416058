-- The tax as charged, named with its rate ("VAT 18%"), kept on the order like its amount: a
-- later change of the store's rates does not rename what an order was charged.
ALTER TABLE `Order` ADD COLUMN `taxLabel` VARCHAR(140) NULL;
