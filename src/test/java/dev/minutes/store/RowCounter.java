package dev.minutes.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the rows a store reads: every {@code ResultSet.next()} that returns a row. */
final class RowCounter {
  private final AtomicLong rows = new AtomicLong();

  long rows() {
    return rows.get();
  }

  void reset() {
    rows.set(0);
  }

  Connection count(Connection connection) {
    return wrap(Connection.class, connection);
  }

  private <T> T wrap(Class<T> type, T target) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result instanceof ResultSet resultSet && !(target instanceof ResultSet)) {
            return wrap(ResultSet.class, resultSet);
          }
          if (result instanceof PreparedStatement statement) {
            return wrap(PreparedStatement.class, statement);
          }
          if (result instanceof Statement statement) {
            return wrap(Statement.class, statement);
          }
          if (target instanceof ResultSet && method.getName().equals("next") && (Boolean) result) {
            rows.incrementAndGet();
          }
          return result;
        };
    return type.cast(
        Proxy.newProxyInstance(RowCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
