package org.fabrique.web.faces;

import java.io.Serializable;

/**
 * What a page's row-edit bean keeps of the record a person acts on from its row: which one is open, and whether to
 * correct it (its fields under the row) or to confirm its deletion. The subclass fills its fields on opening and
 * saves or deletes through its service.
 *
 * @param <V> the record's view, as its service lists it
 */
public abstract class RowEdit<V> implements Serializable {

    private static final long serialVersionUID = 1L;

    private enum Mode { CORRECTING, DELETING }

    private V opened;
    private Mode mode;

    /** Opens the record's correction, its fields filled from it ({@link #fill}). */
    public void open(V record) {
        opened = record;
        mode = Mode.CORRECTING;
        fill(record);
    }

    /** Asks to confirm the record's deletion. */
    public void askDelete(V record) {
        opened = record;
        mode = Mode.DELETING;
    }

    public void cancel() {
        opened = null;
        mode = null;
    }

    public boolean isOpen(V record) {
        return opened != null && idOf(opened) == idOf(record);
    }

    public boolean isCorrecting(V record) {
        return isOpen(record) && mode == Mode.CORRECTING;
    }

    public boolean isDeleting(V record) {
        return isOpen(record) && mode == Mode.DELETING;
    }

    /** The record opened, as it was read (or reread after a conflict); null when none is. */
    protected V opened() {
        return opened;
    }

    /** Keeps the record as it is now, after someone else changed it: the next save applies to that version. */
    protected void reread(V current) {
        opened = current;
    }

    /** The record's id, which tells the rows apart. */
    protected abstract long idOf(V record);

    /** Fills the correction's fields from the record. */
    protected abstract void fill(V record);
}
