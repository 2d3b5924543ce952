package org.chuanyu.e2e.contract;

import io.restassured.RestAssured;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts the contract filter on every RestAssured request of the e2e run, and at its end prints how many answers were
 * checked and what broke the contract (also in target/contract.txt). Registered through META-INF/services.
 */
public final class ContractSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        RestAssured.filters(new ContractFilter(System.getProperty("gateway.url", "http://127.0.0.1:8080")));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Contract contract = Contract.current();
        if (contract == null) {
            return;
        }
        String summary = contract.summary();
        System.out.print(summary);
        try {
            Files.writeString(Path.of("target", "contract.txt"), summary);
        } catch (IOException e) {
            System.out.println("contract: target/contract.txt not written: " + e);
        }
    }
}
