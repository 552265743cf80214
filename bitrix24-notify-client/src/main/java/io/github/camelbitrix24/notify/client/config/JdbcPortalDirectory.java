/*
 * Copyright The camel-bitrix24-notify maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelbitrix24.notify.client.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the portals in one table of any database reachable through a {@link DataSource}, in plain SQL (no ORM, no
 * driver of its own), so that every replica and every restart sees the same portals and the latest pair of each. The
 * table, {@value #DEFAULT_TABLE} unless named otherwise, is created on first use with {@link #createTableStatement()}
 * ({@code CREATE TABLE IF NOT EXISTS}, which PostgreSQL, MySQL, MariaDB, H2 and SQLite know); where that is not wanted
 * (a database user without DDL rights, an Oracle database, which has no {@code BIGINT}), create it beforehand from that
 * statement and pass {@code createTable = false}.
 * <p>
 * A renewal's lock is a lease in the portal's row: one conditional {@code UPDATE ... WHERE member_id = ? AND
 * (lease_until IS NULL OR lease_until < ?)} takes it when the update counts one row, so it works alike on every
 * database, never waits for a lock of the database beyond that one statement, and survives no longer than
 * {@code renewalLease} a holder that died. The lease's deadline is the holder's clock (Unix milliseconds): replicas
 * whose clocks differ by more than a few seconds should have a lease longer by as much.
 * <p>
 * Each call takes a connection from the data source and gives it back (a pool is advised); statements run in
 * auto-commit. Errors are {@link IllegalStateException}s whose message and cause show no token, whatever the driver put
 * in its own message. Two directories on the same data source and table are equal, and so are their views of one
 * portal's pair: one OAuth session.
 * <p>
 * With camel-main: {@code camel.beans.portals =
 * #class:io.github.camelbitrix24.notify.client.config.JdbcPortalDirectory(#dataSource)}.
 */
public final class JdbcPortalDirectory implements PortalDirectory {

    /** The table's name unless another is given. */
    public static final String DEFAULT_TABLE = "bitrix24_portals";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcPortalDirectory.class);
    /** A table name, optionally with its schema: it is put in the statements as it is, so nothing else is accepted. */
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    /** SQLSTATE class 23: integrity constraint violation, here a row inserted meanwhile by another replica. */
    private static final String INTEGRITY_VIOLATION = "23";
    private static final String COLUMNS = "member_id, client_endpoint, portal_domain, access_token, refresh_token, "
                                          + "expires_at, application_token, portal_plan";

    /** The table, whole lines of comment marking it for the docs (docs/many-portals.md) left out when it is run. */
    private static final String TABLE_DDL = """
            -- tag::portal-table[]
            CREATE TABLE IF NOT EXISTS bitrix24_portals (
                member_id         VARCHAR(64)   NOT NULL PRIMARY KEY,
                client_endpoint   VARCHAR(2048) NOT NULL,
                portal_domain     VARCHAR(255)  NOT NULL,
                access_token      VARCHAR(1024) NOT NULL,
                refresh_token     VARCHAR(1024) NOT NULL,
                expires_at        BIGINT,       -- Unix seconds, NULL when unknown
                application_token VARCHAR(255),
                portal_plan       VARCHAR(16)   NOT NULL,
                lease_owner       VARCHAR(64),
                lease_until       BIGINT        -- Unix milliseconds on the holder's clock
            )
            -- end::portal-table[]
            """;

    private final DataSource dataSource;
    private final String table;
    private final long leaseMillis;
    private final boolean createTable;
    private volatile boolean tableReady;

    /** On the table {@value #DEFAULT_TABLE}, created when missing, with a lease of {@link #DEFAULT_RENEWAL_LEASE}. */
    public JdbcPortalDirectory(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE, DEFAULT_RENEWAL_LEASE, true);
    }

    /**
     * @param dataSource   the database
     * @param table        the table's name, letters, digits and underscores, optionally after a schema and a dot
     * @param renewalLease how long a renewal lock is held at most when its holder never lets it go: longer than a
     *                     renewal takes (the component's {@code requestTimeout})
     * @param createTable  whether to create the table on first use when it is missing
     */
    public JdbcPortalDirectory(DataSource dataSource, String table, Duration renewalLease, boolean createTable) {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcPortalDirectory needs a DataSource");
        }
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException(
                    "The portal table's name must be letters, digits and underscores (optionally "
                                               + "schema.table): " + table);
        }
        this.dataSource = dataSource;
        this.table = table;
        this.leaseMillis = InMemoryPortalDirectory.requirePositive(renewalLease).toMillis();
        this.createTable = createTable;
    }

    /**
     * The table's DDL, in SQL that PostgreSQL, MySQL, MariaDB, H2 and SQLite take as it is (SQL Server without
     * {@code IF NOT EXISTS}; Oracle with {@code NUMBER(19)} for {@code BIGINT}).
     */
    public String createTableStatement() {
        return TABLE_DDL.lines().filter(line -> !line.startsWith("-- ")).collect(Collectors.joining("\n"))
                .replace("EXISTS " + DEFAULT_TABLE + " (", "EXISTS " + table + " (");
    }

    /** Creates the table unless it exists; done on first use unless {@code createTable} is false. */
    public void createTable() {
        run("create the portal table", null, connection -> {
            try (PreparedStatement create = connection.prepareStatement(createTableStatement())) {
                create.executeUpdate();
            } catch (SQLException createdMeanwhile) {
                // two replicas creating it at once: PostgreSQL may refuse the second even with IF NOT EXISTS
                if (!tableExists(connection)) {
                    throw createdMeanwhile;
                }
            }
            tableReady = true;
            return null;
        });
    }

    private boolean tableExists(Connection connection) {
        try (PreparedStatement probe = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE 1 = 0");
             ResultSet none = probe.executeQuery()) {
            return true;
        } catch (SQLException missing) {
            return false;
        }
    }

    @Override
    public Optional<PortalRecord> find(String memberId) {
        return call("read", memberId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM " + table + " WHERE member_id = ?")) {
                select.setString(1, memberId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(record(row)) : Optional.<PortalRecord> empty();
                }
            }
        });
    }

    private static PortalRecord record(ResultSet row) throws SQLException {
        long expires = row.getLong("expires_at");
        Instant expiresAt = row.wasNull() ? null : Instant.ofEpochSecond(expires);
        return new PortalRecord(
                row.getString("member_id"), row.getString("client_endpoint"), row.getString("portal_domain"),
                new OAuthTokens(row.getString("access_token"), row.getString("refresh_token"), expiresAt),
                row.getString("application_token"), PortalPlan.valueOf(row.getString("portal_plan")));
    }

    /** An update of the row, else an insert; an insert that another replica beat is an update after all. */
    @Override
    public void register(PortalRecord portal) {
        String[] secrets = secretsOf(portal);
        call("register", portal.memberId(), connection -> {
            if (updateWhole(connection, portal) == 1) {
                return null;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                bindRecord(insert, portal, 1);
                insert.setString(8, portal.plan().name());
                insert.executeUpdate();
            } catch (SQLException insertedMeanwhile) {
                if (insertedMeanwhile.getSQLState() == null
                        || !insertedMeanwhile.getSQLState().startsWith(INTEGRITY_VIOLATION)
                        || updateWhole(connection, portal) != 1) {
                    throw insertedMeanwhile;
                }
            }
            return null;
        }, secrets);
    }

    /** The record's fields but the lease, whoever holds it. */
    private int updateWhole(Connection connection, PortalRecord portal) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET client_endpoint = ?, portal_domain = ?, access_token = ?, refresh_token = ?, "
                                                                    + "expires_at = ?, application_token = ?, portal_plan = ? WHERE member_id = ?")) {
            update.setString(1, portal.clientEndpoint());
            update.setString(2, portal.domain());
            bindTokens(update, portal.tokens(), 3);
            update.setString(6, portal.applicationToken());
            update.setString(7, portal.plan().name());
            update.setString(8, portal.memberId());
            return update.executeUpdate();
        }
    }

    /** member_id, address, domain, pair and application token from the index given on. */
    private static void bindRecord(PreparedStatement statement, PortalRecord portal, int first) throws SQLException {
        statement.setString(first, portal.memberId());
        statement.setString(first + 1, portal.clientEndpoint());
        statement.setString(first + 2, portal.domain());
        bindTokens(statement, portal.tokens(), first + 3);
        statement.setString(first + 6, portal.applicationToken());
    }

    private static void bindTokens(PreparedStatement statement, OAuthTokens tokens, int first) throws SQLException {
        statement.setString(first, tokens.accessToken());
        statement.setString(first + 1, tokens.refreshToken());
        if (tokens.expiresAt() == null) {
            statement.setNull(first + 2, Types.BIGINT);
        } else {
            statement.setLong(first + 2, tokens.expiresAt().getEpochSecond());
        }
    }

    @Override
    public boolean updateAddress(String memberId, String clientEndpoint, String domain) {
        PortalRecord.checkAddress(memberId, clientEndpoint, domain);
        return call("move", memberId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET client_endpoint = ?, portal_domain = ? WHERE member_id = ?")) {
                update.setString(1, clientEndpoint);
                update.setString(2, domain);
                update.setString(3, memberId);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean remove(String memberId) {
        return call("remove", memberId, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE member_id = ?")) {
                delete.setString(1, memberId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void saveTokens(String memberId, OAuthTokens tokens) {
        boolean saved = call("save the OAuth pair of", memberId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET access_token = ?, refresh_token = ?, expires_at = ? WHERE member_id = ?")) {
                bindTokens(update, tokens, 1);
                update.setString(4, memberId);
                return update.executeUpdate() == 1;
            }
        }, tokens.accessToken(), tokens.refreshToken());
        if (!saved) {
            throw InMemoryPortalDirectory.notInstalled(memberId);
        }
    }

    /** Takes the row's lease when it is free or expired; a portal without a row has nothing to guard. */
    @Override
    public Optional<TokenStore.RenewalLock> tryLockRenewal(String memberId) {
        String owner = UUID.randomUUID().toString();
        return call("lease", memberId, connection -> {
            long now = System.currentTimeMillis();
            try (PreparedStatement lease = connection.prepareStatement(
                    "UPDATE " + table + " SET lease_owner = ?, lease_until = ? WHERE member_id = ? "
                                                                       + "AND (lease_until IS NULL OR lease_until < ?)")) {
                lease.setString(1, owner);
                lease.setLong(2, now + leaseMillis);
                lease.setString(3, memberId);
                lease.setLong(4, now);
                if (lease.executeUpdate() == 1) {
                    return Optional.of((TokenStore.RenewalLock) () -> release(memberId, owner));
                }
            }
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT 1 FROM " + table + " WHERE member_id = ?")) {
                exists.setString(1, memberId);
                try (ResultSet row = exists.executeQuery()) {
                    return row.next() ? Optional.<TokenStore.RenewalLock> empty() : Optional.of(TokenStore.RenewalLock.NONE);
                }
            }
        });
    }

    /** Lets the lease go if it is still this holder's: an expired lease may be someone else's by now. */
    private void release(String memberId, String owner) {
        try {
            call("release the renewal lease of", memberId, connection -> {
                try (PreparedStatement release = connection.prepareStatement(
                        "UPDATE " + table + " SET lease_owner = NULL, lease_until = NULL WHERE member_id = ? "
                                                                             + "AND lease_owner = ?")) {
                    release.setString(1, memberId);
                    release.setString(2, owner);
                    return release.executeUpdate();
                }
            });
        } catch (IllegalStateException e) {
            LOG.warn("{}; the lease expires by itself within {} ms", e.getMessage(), leaseMillis);
        }
    }

    private <T> T call(String what, String memberId, SqlWork<T> work, String... secrets) {
        if (createTable && !tableReady) {
            createTable();
        }
        return run(what, memberId, work, secrets);
    }

    private <T> T run(String what, String memberId, SqlWork<T> work, String... secrets) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                connection.setAutoCommit(true);
            }
            try {
                return work.run(connection);
            } finally {
                if (!autoCommit) {
                    connection.setAutoCommit(false);
                }
            }
        } catch (SQLException e) {
            String subject = memberId == null ? "" : " portal " + memberId + " in";
            String detail = detail(e, secrets);
            SQLException scrubbed = new SQLException(detail, e.getSQLState(), e.getErrorCode());
            scrubbed.setStackTrace(e.getStackTrace());
            throw new IllegalStateException("Could not " + what + subject + " table " + table + ": " + detail, scrubbed);
        }
    }

    /**
     * The driver's message, unless the statement carried a token: drivers quote values in their messages, even cut
     * short (H2 quotes the start of a value too long for its column), which no mask would catch. The exception that
     * goes out as the cause is a copy with this text, without the driver's causes and chained exceptions.
     */
    private static String detail(SQLException e, String... secrets) {
        if (secrets.length == 0) {
            return e.getMessage();
        }
        return "SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode()
               + " (the driver's message is left out, as it may quote a token)";
    }

    private static String[] secretsOf(PortalRecord portal) {
        return new String[] {
                portal.tokens().accessToken(), portal.tokens().refreshToken(), portal.applicationToken() };
    }

    /** The same data source and table. */
    @Override
    public boolean equals(Object other) {
        return other instanceof JdbcPortalDirectory directory && dataSource.equals(directory.dataSource)
                && table.toLowerCase(Locale.ROOT).equals(directory.table.toLowerCase(Locale.ROOT));
    }

    @Override
    public int hashCode() {
        return 31 * dataSource.hashCode() + table.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return "JdbcPortalDirectory[" + table + "]";
    }

    /** Work on one connection. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
