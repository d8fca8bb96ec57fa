/**
 * Exactly once under retries: a {@code POST} sent with an {@code Idempotency-Key} header runs once per
 * account and key within 24 hours; a retry gets the first answer again. The keys and the answers are
 * kept in the {@code idempotency_key} table (migration V13).
 */
package org.fabrique.web.api.idempotency;
