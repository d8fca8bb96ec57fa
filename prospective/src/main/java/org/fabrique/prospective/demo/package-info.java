/**
 * The prospective part of the demo data: the seed's two cycles and 16 workshops and a current one, built
 * through the prospective domain's own behaviour, offered to the start-up through the core's
 * {@link org.fabrique.core.application.DemoContent}; the evaluation a workshop commissions goes through the
 * core's commission service and its event, as the pôle's would. And the prospective part of the generated volume
 * ({@link org.fabrique.core.application.GeneratedContent}), three workshops per step built the same way from the
 * demo's texts. Nothing outside the demo imports it.
 */
package org.fabrique.prospective.demo;
