package dev.minutes.store;

import dev.minutes.items.ItemLine;
import dev.minutes.items.TrackedItem;
import dev.minutes.notes.Owner;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * What a listing reads of each item row: the columns it selects (they come first in the row) and
 * how they become a value. Each column read costs a call into the SQLite driver, so a listing that
 * prints lines selects only theirs.
 */
record RowShape<T>(
    String columns, int columnCount, RowReader<T> reader, Function<T, List<Owner>> owners) {
  static final RowShape<TrackedItem> ITEM =
      new RowShape<>(
          Rows.ITEM_COLUMNS,
          Rows.ITEM_COLUMN_COUNT,
          (row, reads) -> Rows.item(row, reads::owners),
          TrackedItem::owners);
  static final RowShape<ItemLine> LINE =
      new RowShape<>(Rows.LINE_COLUMNS, Rows.LINE_COLUMN_COUNT, Rows::line, ItemLine::owners);

  /** Reads the shape's columns of the current row, as the listing's {@link ColumnReads} do. */
  interface RowReader<T> {
    T read(ResultSet row, ColumnReads reads) throws SQLException;
  }
}
