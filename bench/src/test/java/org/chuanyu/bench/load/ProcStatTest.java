package org.chuanyu.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProcStatTest {

    @Test
    void cpuTicksAreUtimePlusStimeEvenWhenTheCommandHasSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 30 0 1 2 3";
        assertEquals(325, ProcStat.parseCpuTicks(stat));
    }

    @Test
    void rssComesFromVmRss() {
        String status = "Name:\tjava\nVmPeak:\t  9000 kB\nVmRSS:\t  123456 kB\nThreads:\t30\n";
        assertEquals(123456, ProcStat.parseRssKb(status));
        assertEquals(0, ProcStat.parseRssKb("Name:\tkthreadd\n"));
    }
}
