/**
 * The REST API under {@code /api} (contract: shared/design/api.md): JSON in and out, errors as
 * {@code application/problem+json}, lists paged with {@code ?page=&size=}. Resources of each mission
 * live in a sub-package named after it.
 */
package org.fabrique.web.api;
