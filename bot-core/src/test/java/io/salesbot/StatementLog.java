package io.salesbot;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records every SQL statement the application executes, by JPA or by JdbcTemplate alike, so a test
 * can assert how often a command reads a table. Wraps the data source; install it with {@link
 * #recording()} as a bean of a test configuration.
 */
public final class StatementLog {

    private final List<String> executed = new CopyOnWriteArrayList<>();
    private volatile boolean on;

    /** A post-processor that routes the application's data source through a new log. */
    public static BeanPostProcessor recording(StatementLog log) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source ? log.wrap(source) : bean;
            }
        };
    }

    /** Starts recording afresh. */
    public void start() {
        executed.clear();
        on = true;
    }

    /** Stops recording and returns what ran since {@link #start()}. */
    public List<String> stop() {
        on = false;
        return new ArrayList<>(executed);
    }

    /** How many of the statements read {@code table} ({@code FROM table} or {@code JOIN table}). */
    public static long reads(List<String> statements, String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return statements.stream()
                .map(sql -> sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                .filter(sql -> sql.startsWith("select"))
                .filter(sql -> sql.matches(".*\\b(from|join) " + name + "\\b.*"))
                .count();
    }

    private DataSource wrap(DataSource source) {
        return proxy(DataSource.class, source, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof PreparedStatement prepared && args != null && args[0] instanceof String sql) {
                return proxy(PreparedStatement.class, prepared, (statement, call, callArgs) -> {
                    if (call.getName().startsWith("execute")) {
                        record(sql);
                    }
                    return invoke(statement, call, callArgs);
                });
            }
            if (result instanceof Statement plain && !(result instanceof PreparedStatement)) {
                return proxy(Statement.class, plain, (statement, call, callArgs) -> {
                    if (call.getName().startsWith("execute") && callArgs != null && callArgs[0] instanceof String sql) {
                        record(sql);
                    }
                    return invoke(statement, call, callArgs);
                });
            }
            return result;
        });
    }

    private void record(String sql) {
        if (on) {
            executed.add(sql);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (self, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }
}
