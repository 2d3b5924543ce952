package org.chuanyu.bench.drill;

/**
 * How one submission ended for the client: acknowledged with a case number (after how many attempts), refused
 * with a 4xx the client cannot fix by retrying, or given up after the deadline with only failures seen.
 */
record Outcome(Submission submission, String caseNumber, int attempts, Integer refusedWith) {

    boolean acknowledged() {
        return caseNumber != null;
    }

    boolean retried() {
        return attempts > 1;
    }

    boolean gaveUp() {
        return caseNumber == null && refusedWith == null;
    }
}
