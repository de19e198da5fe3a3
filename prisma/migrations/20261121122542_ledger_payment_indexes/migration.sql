-- CreateIndex
CREATE INDEX "Transfer_paymentId_idx" ON "Transfer"("paymentId");

-- CreateIndex
CREATE INDEX "LedgerEntry_paymentId_account_idx" ON "LedgerEntry"("paymentId", "account");

