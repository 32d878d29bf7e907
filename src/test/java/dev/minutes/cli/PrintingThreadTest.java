package dev.minutes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrintingThreadTest {
  @Test
  void printsEveryRowInTheOrderReadBeforeReturningTheReadersResult() {
    List<Integer> printed = Collections.synchronizedList(new ArrayList<>());
    int rows = PrintingThread.WAITING * 3; // more than wait at once: the reader pauses

    String result =
        PrintingThread.<Integer, String>overlap(
            printed::add,
            row -> {
              IntStream.range(0, rows).forEach(row::accept);
              return "read " + rows;
            });

    assertThat(result).isEqualTo("read " + rows);
    assertThat(printed).hasSize(rows).isSorted();
  }

  @Test
  void theRowsReadBeforeTheReaderFailedArePrintedAndItsErrorIsThrown() {
    List<Integer> printed = Collections.synchronizedList(new ArrayList<>());

    assertThatThrownBy(
            () ->
                PrintingThread.<Integer, Void>overlap(
                    printed::add,
                    row -> {
                      IntStream.range(0, 100).forEach(row::accept);
                      throw new IllegalStateException("the store went away");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the store went away");
    assertThat(printed).hasSize(100).isSorted();
  }

  @Test
  void aPrinterThatFailsFailsTheListing() {
    assertThatThrownBy(
            () ->
                PrintingThread.overlap(
                    (Integer row) -> {
                      if (row == 10) {
                        throw new IllegalArgumentException("cannot print row 10");
                      }
                    },
                    row -> {
                      IntStream.range(0, 1000).forEach(row::accept);
                      return null;
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot print row 10");
  }
}
