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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The directory contract on a database, plus what only a database does: the table made on first use, or refused clearly
 * when it is missing and not to be made, and a driver's message quoting a token kept out of ours.
 */
abstract class JdbcPortalDirectoryContract extends PortalDirectoryContract {

    /** Another client of the test's database. */
    protected abstract DataSource newDataSource();

    @BeforeEach
    void noTableYet() throws SQLException {
        try (Connection connection = newDataSource().getConnection(); Statement drop = connection.createStatement()) {
            drop.executeUpdate("DROP TABLE IF EXISTS " + JdbcPortalDirectory.DEFAULT_TABLE);
            drop.executeUpdate("DROP TABLE IF EXISTS tenant_portals");
        }
    }

    @Override
    protected PortalDirectory open(Duration renewalLease) {
        return new JdbcPortalDirectory(newDataSource(), JdbcPortalDirectory.DEFAULT_TABLE, renewalLease, true);
    }

    @Test
    void aTableThatIsMissingAndNotToBeMadeIsNamedInTheFailure() {
        JdbcPortalDirectory directory = new JdbcPortalDirectory(newDataSource(), "tenant_portals", LONG_LEASE, false);

        assertThatThrownBy(() -> directory.find("member-1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tenant_portals");

        directory.createTable();
        directory.register(portal("member-1"));
        assertThat(directory.find("member-1")).contains(portal("member-1"));
    }

    @Test
    void aTokenTooLongForItsColumnIsInNoMessageNorCause() {
        JdbcPortalDirectory directory = new JdbcPortalDirectory(newDataSource());
        directory.register(portal("member-1"));
        String tooLong = "s3cr3t".repeat(200);
        OAuthTokens renewed = new OAuthTokens(tooLong, "refresh-s3cr3t", Instant.ofEpochSecond(1_780_319_382L));

        assertThatThrownBy(() -> directory.tokens("member-1").save(renewed)).isInstanceOfSatisfying(
                IllegalStateException.class, failure -> {
                    assertThat(failure.getMessage()).contains("member-1").doesNotContain("s3cr3t");
                    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
                        assertThat(cause.getMessage()).doesNotContain("s3cr3t");
                    }
                });
        assertThat(directory.find("member-1")).contains(portal("member-1"));
    }

    @Test
    void twoDirectoriesOnOneDataSourceAndTableAreOneStore() {
        DataSource database = newDataSource();

        assertThat(new JdbcPortalDirectory(database).tokens("member-1"))
                .isEqualTo(new JdbcPortalDirectory(database).tokens("member-1"))
                .isNotEqualTo(new JdbcPortalDirectory(database, "tenant_portals", LONG_LEASE, true).tokens("member-1"));
    }
}
