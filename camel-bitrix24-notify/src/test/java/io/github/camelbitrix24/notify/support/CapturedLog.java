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
package io.github.camelbitrix24.notify.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Every log line (all loggers, from TRACE up) while it is open, with its level and stack traces, for secret-leak
 * checks.
 */
public final class CapturedLog extends AbstractAppender implements AutoCloseable {

    /**
     * One captured line: its level, logger, message and the chain of exceptions, and the stack trace printed with it
     * (empty when it has no exception).
     */
    public record Line(Level level, String logger, String text, String stackTrace) {

        /** Whether the line prints a stack trace: frames ({@code \tat ...}) under the message. */
        public boolean hasStackTrace() {
            return stackTrace.contains("\tat ");
        }
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Level previousRootLevel;

    private CapturedLog() {
        super("captured-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        LoggerConfig root = configuration.getRootLogger();
        previousRootLevel = root.getLevel();
        start();
        root.addAppender(this, Level.ALL, null);
        root.setLevel(Level.ALL);
        configuration.getLoggers().values().forEach(logger -> logger.setLevel(Level.ALL));
        context.updateLoggers();
    }

    public static CapturedLog open() {
        return new CapturedLog();
    }

    @Override
    public void append(LogEvent event) {
        StringBuilder text = new StringBuilder(event.getMessage().getFormattedMessage());
        for (Throwable error = event.getThrown(); error != null; error = error.getCause()) {
            text.append(" | ").append(error);
        }
        String stackTrace = event.getThrown() == null ? "" : StackTraces.of(event.getThrown());
        lines.add(new Line(event.getLevel(), event.getLoggerName(), text.toString(), stackTrace));
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.removeAppender(getName());
        root.setLevel(previousRootLevel);
        context.reconfigure();
        stop();
    }
}
