package org.fabrique.evaluation.application;

/** A theme and how many of an evaluation's quotes carry it. */
public record ThemeCount(String theme, long quotes) {
}
