package dev.minutes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RowsTest {
  @Test
  void storedDatesReadBackAsWritten() {
    for (LocalDate date :
        new LocalDate[] {
          LocalDate.of(2024, 3, 4), LocalDate.of(1999, 12, 31), LocalDate.of(2024, 2, 29)
        }) {
      assertThat(Rows.date(Rows.text(date))).isEqualTo(date);
    }
    assertThat(Rows.date(null)).isNull();
  }

  @Test
  void anImpossibleOrOddlyWrittenDateIsStillRefusedOrReadByTheFullParser() {
    assertThatThrownBy(() -> Rows.date("2023-02-29")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Rows.date("2023-13-01")).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Rows.date("2023-1-011")).isInstanceOf(DateTimeException.class);
    assertThat(Rows.date("+12024-03-04")).isEqualTo(LocalDate.of(12024, 3, 4));
  }
}
