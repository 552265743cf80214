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
package io.github.camelbitrix24.notify.portals;

import java.util.UUID;

import io.github.camelbitrix24.notify.client.config.JdbcPortalDirectory;
import io.github.camelbitrix24.notify.client.config.PortalDirectory;
import org.h2.jdbcx.JdbcDataSource;

/** Many portals through one endpoint, with the portals kept in a database table (H2). */
class H2DirectoryPortalsTest extends ManyPortalsEndpointTest {

    @Override
    PortalDirectory newDirectory() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:portals-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return new JdbcPortalDirectory(dataSource);
    }
}
