package de.kundenstimme.customer.control;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * The result of a department's query against its own database, read over a read-only
 * connection in a read-only transaction, so the query cannot change their data.
 */
public final class DatabaseQuery implements SourceRows {

    private final Connection connection;
    private final Statement statement;
    private final ResultSet result;
    private final List<String> columns = new ArrayList<>();
    private int line;
    private Boolean hasNext;

    private DatabaseQuery(Connection connection, String query) throws SQLException {
        this.connection = connection;
        connection.setReadOnly(true);
        connection.setAutoCommit(false);
        statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(500);
        result = statement.executeQuery(query);
        ResultSetMetaData meta = result.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
    }

    /** Connects with the driver that accepts the URL; the server's MariaDB driver is visible to the application. */
    public static DatabaseQuery open(String jdbcUrl, String user, String password, String query) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user == null ? "" : user);
        credentials.setProperty("password", password == null ? "" : password);
        for (Driver driver : ServiceLoader.load(Driver.class, DatabaseQuery.class.getClassLoader())) {
            if (driver.acceptsURL(jdbcUrl)) {
                Connection connection = driver.connect(jdbcUrl, credentials);
                try {
                    return new DatabaseQuery(connection, query);
                } catch (SQLException failed) {
                    connection.close();
                    throw failed;
                }
            }
        }
        throw new SQLException("No driver for " + jdbcUrl);
    }

    @Override
    public boolean hasNext() {
        if (hasNext == null) {
            try {
                hasNext = result.next();
            } catch (SQLException broken) {
                throw new IllegalStateException(broken);
            }
        }
        return hasNext;
    }

    @Override
    public SourceRow next() {
        hasNext();
        hasNext = null;
        line++;
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (int i = 0; i < columns.size(); i++) {
                Object value = result.getObject(i + 1);
                values.put(columns.get(i), value == null ? null : value.toString());
            }
        } catch (SQLException unreadable) {
            return new SourceRow(line, "", Map.of(), "customer.import.rejected.malformed");
        }
        return new SourceRow(line, String.join(" | ", values.values().stream().map(String::valueOf).toList()), values, null);
    }

    @Override
    public void close() {
        try (connection; statement; result) {
            connection.rollback();
        } catch (SQLException ignored) {
            // Only read; there is nothing to keep.
        }
    }
}
