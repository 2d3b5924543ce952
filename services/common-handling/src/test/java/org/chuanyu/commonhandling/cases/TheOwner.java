package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Someone holding the owner's credentials: the tables force row-level security even on their owner, so the owner
 * first lifts that, as an attacker with those credentials would, then rewrites what it likes. Tests use it to prove
 * that such rewrites are detected (the timeline's proof) or refused (append-only records).
 */
@ApplicationScoped
public class TheOwner {

    static final String[] GUARDED = {"case_event", "case_file", "personal_data_access"};

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.flyway.username")
    String user;
    @ConfigProperty(name = "quarkus.flyway.password")
    String password;

    /** Runs {@code sql} (its one parameter the case number) with row-level security lifted; the rows it changed. */
    public int rewrite(String sql, String caseNumber) throws SQLException {
        try (Connection owner = DriverManager.getConnection(jdbcUrl, user, password)) {
            owner.setAutoCommit(false);
            try {
                force(owner, false);
                int changed;
                try (PreparedStatement p = owner.prepareStatement(sql)) {
                    p.setString(1, caseNumber);
                    changed = p.executeUpdate();
                }
                force(owner, true);
                owner.commit();
                return changed;
            } catch (SQLException e) {
                owner.rollback();
                throw e;
            }
        }
    }

    private static void force(Connection owner, boolean on) throws SQLException {
        try (Statement s = owner.createStatement()) {
            for (String table : GUARDED) {
                s.execute("alter table " + table + (on ? " force" : " no force") + " row level security");
            }
        }
    }
}
