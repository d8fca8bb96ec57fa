/**
 * Cross-module integration events: past-tense records (such as {@code EvaluationCommissioned}) that
 * implement {@link org.fabrique.core.events.IntegrationEvent}, fired with CDI {@code Event<>} by one
 * mission module and observed ({@code @Observes} / {@code @ObservesAsync}) by another, so that modules
 * never depend on each other.
 */
package org.fabrique.core.events;
