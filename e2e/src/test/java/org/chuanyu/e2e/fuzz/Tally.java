package org.chuanyu.e2e.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the fuzzer sent and what came back, for the coverage line. */
public final class Tally {

    public final Set<String> operations = new TreeSet<>();
    public int bodies;
    public int queries;
    public int rejected;
    public int accepted;
    public int unchecked;
    public final Set<String> uncheckedOperations = new TreeSet<>();
    /** Bodies the document forbids that a service accepted: printed, not failed (a service may be lenient). */
    public final List<String> lenient = new ArrayList<>();

    /** operation → status → answers (printed with -Dfuzz.verbose=true). */
    public final java.util.Map<String, java.util.Map<Integer, Integer>> statuses = new java.util.TreeMap<>();

    public void count(String operation, boolean body, int status) {
        operations.add(operation);
        statuses.computeIfAbsent(operation, o -> new java.util.TreeMap<>()).merge(status, 1, Integer::sum);
        if (body) {
            bodies++;
        } else {
            queries++;
        }
        if (status >= 200 && status < 300) {
            accepted++;
        } else if (status >= 400 && status < 500) {
            rejected++;
        }
    }

    public int requests() {
        return bodies + queries;
    }
}
