package io.vistazo.core.service;

import io.vistazo.core.port.out.FailureCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Failure buckets in a map, as the database keeps them. */
final class FakeFailureCounts implements FailureCounts {

    private final Map<String, TreeMap<Instant, Integer>> buckets = new TreeMap<>();
    /** How many times the buckets were read. */
    int reads;

    @Override
    public synchronized void add(String scope, String client, Instant bucketStart, Instant forgetAt) {
        buckets.computeIfAbsent(scope + " " + client, key -> new TreeMap<>()).merge(bucketStart, 1, Integer::sum);
    }

    @Override
    public synchronized List<Bucket> since(String scope, String client, Instant since) {
        reads++;
        List<Bucket> found = new ArrayList<>();
        buckets.getOrDefault(scope + " " + client, new TreeMap<>()).tailMap(since, true)
                .forEach((start, failures) -> found.add(new Bucket(start, failures)));
        return found;
    }

    @Override
    public int forgetBefore(Instant now) {
        return 0;
    }
}
