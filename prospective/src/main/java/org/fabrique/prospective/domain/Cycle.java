package org.fabrique.prospective.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;

/** A cycle of workshops (the seed's first cycle, June 2008 – December 2009, re-examined ten policies). */
@Entity
@Table(name = "prospective_cycle")
public class Cycle {

    public static final int NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate start;

    @Column(name = "ends_on", nullable = false)
    private LocalDate end;

    protected Cycle() {
        // for JPA
    }

    public Cycle(String name, LocalDate start, LocalDate end) {
        this.name = Invariants.requiredText(name, "name", NAME_MAX_LENGTH);
        this.start = Objects.requireNonNull(start, "start is required");
        this.end = Objects.requireNonNull(end, "end is required");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a cycle ends after it starts");
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getName() { return name; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
}
