package dev.minutes.store;

import dev.minutes.notes.Owner;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * How one listing reads its rows' text columns and owner lists. On SQLite a text is taken as its
 * UTF-8 bytes (the encoding of every store Minutes creates) and decoded here: the driver's {@code
 * getString} goes through a direct buffer per value, and at 57,000 rows of seven texts that cost
 * twice as much. Owner lists are parsed once per distinct text ({@link OwnerLists}).
 */
final class ColumnReads {
  private final boolean utf8Bytes;
  private final OwnerLists ownerLists = new OwnerLists();

  ColumnReads(Dialect dialect) {
    this.utf8Bytes = dialect == Dialect.SQLITE;
  }

  String text(ResultSet row, int column) throws SQLException {
    if (!utf8Bytes) {
      return row.getString(column);
    }
    byte[] bytes = row.getBytes(column);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** The owner list of a JSON text, parsed once per listing. */
  List<Owner> owners(String json) {
    return ownerLists.of(json);
  }
}
