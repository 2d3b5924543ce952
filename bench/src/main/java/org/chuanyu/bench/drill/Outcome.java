package org.chuanyu.bench.drill;

/**
 * How one submission ended for the client: acknowledged with a case number (after how many attempts, at which
 * moment in epoch milliseconds), refused with a 4xx the client cannot fix by retrying, or given up after the
 * deadline with only failures seen. The moment tells the restore drill which acknowledgements came before the
 * database was destroyed, and how old the oldest lost one was (the recovery point).
 */
record Outcome(Submission submission, String caseNumber, long acknowledgedAtMillis, int attempts, Integer refusedWith) {

    static Outcome acknowledged(Submission s, String caseNumber, int attempts) {
        return new Outcome(s, caseNumber, System.currentTimeMillis(), attempts, null);
    }

    static Outcome failed(Submission s, int attempts, Integer refusedWith) {
        return new Outcome(s, null, 0, attempts, refusedWith);
    }

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
