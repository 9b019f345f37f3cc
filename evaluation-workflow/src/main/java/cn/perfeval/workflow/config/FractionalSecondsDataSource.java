package cn.perfeval.workflow.config;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * MariaDB 10.x announces itself to mysql-connector-j as "5.5.5-10.x-MariaDB"; the connector takes it for MySQL 5.5,
 * which had no fractional seconds, and cuts every timestamp it binds to whole seconds (sendFractionalSeconds does
 * not help). Bound as text ("2026-06-13 09:15:20.123") the milliseconds reach the DATETIME(3) columns. Timestamps
 * are written in the session's zone (serverTimezone), as the connector itself would convert them.
 */
public final class FractionalSecondsDataSource extends DelegatingDataSource {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final ZoneId sessionZone;

    public FractionalSecondsDataSource(DataSource target, ZoneId sessionZone) {
        super(target);
        this.sessionZone = sessionZone;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    return result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")
                            ? wrap(statement) : result;
                });
    }

    private PreparedStatement wrap(PreparedStatement statement) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("setTimestamp") && args[1] instanceof Timestamp ts) {
                ZoneId from = args.length == 3 && args[2] instanceof Calendar calendar
                        ? calendar.getTimeZone().toZoneId() : ZoneId.systemDefault();
                statement.setString((Integer) args[0], TEXT.format(ts.toLocalDateTime().atZone(from)
                        .withZoneSameInstant(sessionZone)));
                return null;
            }
            if (name.equals("setObject") && args[1] instanceof LocalDateTime time) {
                statement.setString((Integer) args[0], TEXT.format(time));
                return null;
            }
            // JdbcTemplate hands a java.sql.Timestamp to setObject, not setTimestamp
            if (name.equals("setObject") && args[1] instanceof Timestamp ts) {
                statement.setString((Integer) args[0], TEXT.format(ts.toLocalDateTime().atZone(ZoneId.systemDefault())
                        .withZoneSameInstant(sessionZone)));
                return null;
            }
            return invoke(statement, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
