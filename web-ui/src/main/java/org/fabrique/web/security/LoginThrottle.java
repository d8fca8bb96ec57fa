package org.fabrique.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many wrong passwords (or tokens) a caller may send before being made to wait. It counts failures
 * under three keys, each with its own rule:
 * <ul>
 * <li><b>one account from one address</b>: 5 failures within a minute lock that pair for 30 s, then 1,
 * 2, 4… minutes for each new lock, at most 15;</li>
 * <li><b>one address, whatever the account</b> (someone trying a common password on many accounts): 30
 * failures within a minute lock the address for 1 minute, then 2, 4… at most 15;</li>
 * <li><b>one account, whatever the address</b> (many machines on one account): 20 failures within a
 * minute lock the account for 30 s, at most 1 minute.</li>
 * </ul>
 * The last two never stop a person signing in from an address where they signed in successfully in the
 * last 30 days: an attacker elsewhere cannot lock a real user out, and from a shared address (a city's
 * network behind one address) one person's mistakes cannot lock out everyone else. A locked attempt is
 * refused before its password is checked (no hashing, nothing counted); a success clears the pair's and
 * the account's failures. Everything is kept in memory, within bounds: a restart forgets it.
 */
public final class LoginThrottle {

    /** A rule: so many failures within a window start a lock, growing from {@code firstLock} to {@code maxLock}. */
    record Rule(int failures, Duration window, Duration firstLock, Duration maxLock) {
    }

    static final Rule PAIR = new Rule(5, Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofMinutes(15));
    static final Rule ADDRESS = new Rule(30, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(15));
    static final Rule ACCOUNT = new Rule(20, Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofMinutes(1));

    static final Duration TRUSTED_FOR = Duration.ofDays(30);
    /** Past this many keys, quiet ones are forgotten (a key untouched for an hour has no effect left). */
    static final int MAX_KEYS = 100_000;
    static final Duration QUIET = Duration.ofHours(1);

    /** A lock just started: under which key, and for how long. */
    public record Lock(String reason, Duration duration) {
    }

    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Instant> trusted = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt must wait, or empty when it may be checked now. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = remaining(pairKey(username, address), now);
        if (!isTrusted(username, address, now)) {
            wait = max(wait, remaining(addressKey(address), now));
            wait = max(wait, remaining(accountKey(username), now));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failure; returns the lock it starts, if it starts one. */
    public Optional<Lock> failed(String username, String address) {
        Instant now = clock.instant();
        sweepIfFull(now);
        Optional<Lock> lock = count(pairKey(username, address), PAIR, now)
                .map(d -> new Lock("5 failures within a minute for this account from this address", d));
        Optional<Lock> byAddress = count(addressKey(address), ADDRESS, now)
                .map(d -> new Lock("30 failures within a minute from this address", d));
        Optional<Lock> byAccount = count(accountKey(username), ACCOUNT, now)
                .map(d -> new Lock("20 failures within a minute for this account", d));
        return lock.or(() -> byAddress).or(() -> byAccount);
    }

    /** A success: the pair's and the account's failures are forgotten, and the address is trusted for the account. */
    public void succeeded(String username, String address) {
        Instant now = clock.instant();
        sweepIfFull(now);
        counters.remove(pairKey(username, address));
        counters.remove(accountKey(username));
        trusted.put(pairKey(username, address), now);
    }

    int keys() {
        return counters.size() + trusted.size();
    }

    private boolean isTrusted(String username, String address, Instant now) {
        Instant since = trusted.get(pairKey(username, address));
        return since != null && since.plus(TRUSTED_FOR).isAfter(now);
    }

    private Duration remaining(String key, Instant now) {
        Counter counter = counters.get(key);
        return counter == null ? Duration.ZERO : counter.remaining(now);
    }

    private Optional<Duration> count(String key, Rule rule, Instant now) {
        return counters.computeIfAbsent(key, k -> new Counter()).failed(rule, now);
    }

    private void sweepIfFull(Instant now) {
        if (counters.size() + trusted.size() < MAX_KEYS) {
            return;
        }
        counters.values().removeIf(c -> c.quietSince(now, QUIET));
        trusted.values().removeIf(since -> !since.plus(TRUSTED_FOR).isAfter(now));
        if (counters.size() + trusted.size() >= MAX_KEYS) {
            // a flood of made-up names from many addresses: keep the locks, forget the counts and the trust
            // rather than grow without end (or sweep again at every attempt)
            counters.values().removeIf(c -> c.remaining(now).isZero());
            trusted.clear();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pairKey(String username, String address) {
        return "p\u0000" + username + "\u0000" + address;
    }

    private static String addressKey(String address) {
        return "a\u0000" + address;
    }

    private static String accountKey(String username) {
        return "u\u0000" + username;
    }

    /** The recent failures under one key and its lock. */
    private static final class Counter {

        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;
        private int locks;
        private Instant touched = Instant.MIN;

        synchronized Duration remaining(Instant now) {
            return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        synchronized Optional<Duration> failed(Rule rule, Instant now) {
            if (touched.plus(QUIET).isBefore(now)) {
                locks = 0; // an hour of quiet: the next lock is short again
            }
            touched = now;
            while (!failures.isEmpty() && !failures.peekFirst().plus(rule.window()).isAfter(now)) {
                failures.pollFirst();
            }
            failures.addLast(now);
            if (failures.size() < rule.failures()) {
                return Optional.empty();
            }
            failures.clear();
            long seconds = rule.firstLock().getSeconds() << Math.min(locks, 20);
            Duration lock = Duration.ofSeconds(Math.min(seconds, rule.maxLock().getSeconds()));
            locks++;
            lockedUntil = now.plus(lock);
            return Optional.of(lock);
        }

        synchronized boolean quietSince(Instant now, Duration quiet) {
            return touched.plus(quiet).isBefore(now) && !now.isBefore(lockedUntil);
        }
    }
}
