package org.fabrique.core.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One transaction that changed audited records (Hibernate Envers' revision): when, and by whom (the
 * caller's username, or {@value CallerRevisionListener#SYSTEM} for the application's own work).
 */
@Entity
@Table(name = "history_revision")
@RevisionEntity(CallerRevisionListener.class)
public class HistoryRevision {

    /**
     * The author of the revisions a migration writes when it starts auditing records that exist already: their
     * state then, which a timeline does not show but compares the next change with. Not a possible username.
     */
    public static final String BASELINE = "#baseline";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(nullable = false)
    private long changedAt;

    @Column(nullable = false, length = 40)
    private String username;

    public Long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAt);
    }

    public String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
