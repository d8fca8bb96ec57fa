package org.fabrique.prospective.application;

/** One cycle's figures. */
public record CycleFiguresView(CycleView cycle, FiguresView figures) {
}
